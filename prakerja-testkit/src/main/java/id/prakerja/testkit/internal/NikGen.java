// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.testkit.NikGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** The implementation of {@link NikGenerator}. */
public final class NikGen implements NikGenerator {

    /** The date whose regions random NIKs use when no province is set (the latest wave's year). */
    static final LocalDate REGIONS_AS_OF = LocalDate.of(2024, 12, 31);

    private static final NikGen DEFAULT =
            new NikGen(null, null, null, LocalDate.of(1940, 1, 1), LocalDate.of(2008, 12, 31));

    private final Province province;
    private final String regency;
    private final Sex sex;
    private final LocalDate from;
    private final LocalDate to;

    private NikGen(Province province, String regency, Sex sex, LocalDate from, LocalDate to) {
        this.province = province;
        this.regency = regency;
        this.sex = sex;
        this.from = from;
        this.to = to;
    }

    /** The unconfigured generator. */
    public static NikGen standard() {
        return DEFAULT;
    }

    @Override
    public NikGenerator province(Province p) {
        Objects.requireNonNull(p, "province");
        return new NikGen(p, regency != null && regency.startsWith(p.code()) ? regency : null, sex, from, to);
    }

    @Override
    public NikGenerator regencyCode(String regencyCode) {
        Objects.requireNonNull(regencyCode, "regencyCode");
        if (regencyCode.length() != 4
                || !Ids.isSixteenDigits(regencyCode + "000000000000")
                || Province.ofCode(regencyCode.substring(0, 2)).isEmpty()
                || !Regions.isKnownRegency(regencyCode)) {
            throw new IllegalArgumentException(
                    "a regency code is four ASCII digits, a Kemendagri regency/city code of some edition 2016-2025, e.g. 3174;"
                            + " was '"
                            + regencyCode + "'");
        }
        return new NikGen(Province.ofCode(regencyCode.substring(0, 2)).get(), regencyCode, sex, from, to);
    }

    @Override
    public NikGenerator sex(Sex s) {
        return new NikGen(province, regency, Objects.requireNonNull(s, "sex"), from, to);
    }

    @Override
    public NikGenerator bornBetween(LocalDate f, LocalDate t) {
        Objects.requireNonNull(f, "from");
        Objects.requireNonNull(t, "to");
        if (f.isAfter(t)) {
            throw new IllegalArgumentException("bornBetween: " + f + " is after " + t);
        }
        return new NikGen(province, regency, sex, f, t);
    }

    @Override
    public Nik next(RandomGenerator random) {
        String district = Regions.drawDistrict(random, drawRegency(random));
        LocalDate birth = Dates.between(random, from, to);
        Sex s = sex != null ? sex : (random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
        return Nik.parse(Ids.nik(district, birth, s, Ids.drawSerial(random)));
    }

    private String drawRegency(RandomGenerator random) {
        if (regency != null) {
            return regency;
        }
        List<String> legacy = legacyCandidates();
        if (!legacy.isEmpty() && random.nextInt(100) < 3) {
            return Names.pick(random, legacy);
        }
        Province p = province != null ? province : Regions.drawProvince(random, REGIONS_AS_OF);
        return Regions.drawRegency(random, p, REGIONS_AS_OF);
    }

    private List<String> legacyCandidates() {
        List<String> out = new ArrayList<>();
        for (String code : Regions.legacyCodes()) {
            if (province == null || code.startsWith(province.code())) {
                out.add(code);
            }
        }
        return out;
    }

    @Override
    public List<Nik> edgeCases() {
        String baseDistrict = regency != null
                ? Regions.firstDistrict(regency)
                : province != null
                        ? Regions.firstDistrict(
                                Regions.regencies(province, REGIONS_AS_OF).get(0))
                        : "317401";
        LocalDate baseBirth = clamp(LocalDate.of(1999, 8, 17));
        Map<String, Nik> out = new LinkedHashMap<>();
        LocalDate first = Dates.dayOfMonthBetween(from, to, 1);
        LocalDate thirtyFirst = Dates.dayOfMonthBetween(from, to, 31);
        LocalDate leap = Dates.leapDayBetween(from, to);
        add(out, baseDistrict, first, Sex.MALE, 1);
        add(out, baseDistrict, thirtyFirst, Sex.MALE, 1);
        add(out, baseDistrict, first, Sex.FEMALE, 1);
        add(out, baseDistrict, thirtyFirst, Sex.FEMALE, 1);
        add(out, baseDistrict, leap, Sex.MALE, 1);
        add(out, baseDistrict, leap, Sex.FEMALE, 1);
        Sex baseSex = sex != null ? sex : Sex.MALE;
        add(out, baseDistrict, baseBirth, baseSex, 1);
        add(out, baseDistrict, baseBirth, baseSex, 9999);
        if (regency == null) {
            for (String code : legacyCandidates()) {
                add(out, Regions.firstDistrict(code), baseBirth, baseSex, 1);
            }
            if (province == null) {
                add(out, "110101", baseBirth, baseSex, 1);
                add(out, "967101", baseBirth, baseSex, 1);
            }
        }
        return List.copyOf(out.values());
    }

    private void add(Map<String, Nik> out, String district, LocalDate birth, Sex s, int serial) {
        if (birth == null || (sex != null && s != sex)) {
            return;
        }
        String text = Ids.nik(district, birth, s, serial);
        out.putIfAbsent(text, Nik.parse(text));
    }

    private LocalDate clamp(LocalDate d) {
        return d.isBefore(from) ? from : d.isAfter(to) ? to : d;
    }

    @Override
    public List<Nik> shrink(Nik failing) {
        List<Nik> out = new ArrayList<>();
        String digits = failing.digits();
        if (failing.serial() != 1) {
            out.add(Nik.parse(digits.substring(0, 12) + "0001"));
        }
        String firstDistrict = Regions.firstDistrict(digits.substring(0, 4));
        if (regency == null && !digits.startsWith(firstDistrict)) {
            out.add(Nik.parse(firstDistrict + digits.substring(6)));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "NikGenerator[" + (province != null ? province : "any province")
                + (regency != null ? ", regency " + regency : "") + (sex != null ? ", " + sex : "") + ", born "
                + from + ".." + to + "]";
    }
}
