// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Province;
import id.prakerja.testkit.FamilyCardNumberGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The implementation of {@link FamilyCardNumberGenerator}. */
public final class FamilyCardGen implements FamilyCardNumberGenerator {

    /** The earliest recording date a family-card number can hold (the year is read as 20YY). */
    public static final LocalDate EARLIEST_RECORDING = LocalDate.of(2000, 1, 1);

    private static final FamilyCardGen DEFAULT =
            new FamilyCardGen(null, null, EARLIEST_RECORDING, LocalDate.of(2024, 12, 31));

    private final Province province;
    private final String district;
    private final LocalDate from;
    private final LocalDate to;

    private FamilyCardGen(Province province, String district, LocalDate from, LocalDate to) {
        this.province = province;
        this.district = district;
        this.from = from;
        this.to = to;
    }

    /** The unconfigured generator. */
    public static FamilyCardGen standard() {
        return DEFAULT;
    }

    @Override
    public FamilyCardNumberGenerator province(Province p) {
        Objects.requireNonNull(p, "province");
        return new FamilyCardGen(p, district != null && district.startsWith(p.code()) ? district : null, from, to);
    }

    @Override
    public FamilyCardNumberGenerator districtCode(String code) {
        Objects.requireNonNull(code, "districtCode");
        if (code.length() != 6
                || !Ids.isSixteenDigits(code + "0000000000")
                || Province.ofCode(code.substring(0, 2)).isEmpty()
                || !Regions.isKnownDistrict(code)) {
            throw new IllegalArgumentException(
                    "a district code is six ASCII digits, a Kemendagri district code of some edition 2016-2025, e.g. 317401;"
                            + " was '" + code
                            + "'");
        }
        return new FamilyCardGen(Province.ofCode(code.substring(0, 2)).get(), code, from, to);
    }

    @Override
    public FamilyCardNumberGenerator recordedBetween(LocalDate f, LocalDate t) {
        Objects.requireNonNull(f, "from");
        Objects.requireNonNull(t, "to");
        if (f.isAfter(t)) {
            throw new IllegalArgumentException("recordedBetween: " + f + " is after " + t);
        }
        if (f.isBefore(EARLIEST_RECORDING) || t.isAfter(IdMutations.LATEST_RECORDING)) {
            throw new IllegalArgumentException("the recording date of a family-card number is read as 20YY: the range "
                    + f + ".." + t + " must lie within 2000-01-01..2099-12-31");
        }
        return new FamilyCardGen(province, district, f, t);
    }

    @Override
    public FamilyCardNumber next(RandomGenerator random) {
        String d = district;
        if (d == null) {
            Province p = province != null ? province : Regions.drawProvince(random, NikGen.REGIONS_AS_OF);
            d = Regions.drawDistrict(random, Regions.drawRegency(random, p, NikGen.REGIONS_AS_OF));
        }
        LocalDate recorded = Dates.between(random, from, to);
        return FamilyCardNumber.parse(Ids.familyCard(d, recorded, Ids.drawSerial(random)));
    }

    @Override
    public List<FamilyCardNumber> edgeCases() {
        String d = district != null
                ? district
                : province != null
                        ? Regions.firstDistrict(Regions.regencies(province, NikGen.REGIONS_AS_OF)
                                .get(0))
                        : "317401";
        Map<String, FamilyCardNumber> out = new LinkedHashMap<>();
        add(out, d, from, 1);
        add(out, d, to, 1);
        add(out, d, Dates.leapDayBetween(from, to), 1);
        add(out, d, from, 9999);
        return List.copyOf(out.values());
    }

    private static void add(Map<String, FamilyCardNumber> out, String d, LocalDate recorded, int serial) {
        if (recorded != null) {
            String text = Ids.familyCard(d, recorded, serial);
            out.putIfAbsent(text, FamilyCardNumber.parse(text));
        }
    }

    @Override
    public List<FamilyCardNumber> shrink(FamilyCardNumber failing) {
        List<FamilyCardNumber> out = new ArrayList<>();
        if (failing.serial() != 1) {
            out.add(FamilyCardNumber.parse(failing.digits().substring(0, 12) + "0001"));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "FamilyCardNumberGenerator[" + (district != null ? district : province != null ? province : "anywhere")
                + ", recorded " + from + ".." + to + "]";
    }
}
