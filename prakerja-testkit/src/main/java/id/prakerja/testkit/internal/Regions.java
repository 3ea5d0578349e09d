// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.CodeSystem;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Regency;
import id.prakerja.core.identity.RegionDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Realistic region codes: provinces weighted by population, regency codes from the built-in
 * {@link RegionDirectory} where it has them (DKI Jakarta, the Papua provinces) and the current Kemendagri
 * codes of core's bundled table elsewhere, district codes only from that table, and the Papua split of 2022
 * with the legacy codes that older NIKs keep.
 */
public final class Regions {
    private Regions() {}

    /** UU 14, 15 and 16/2022: Papua Selatan, Papua Tengah and Papua Pegunungan (25 July 2022). */
    public static final LocalDate PAPUA_SPLIT = LocalDate.of(2022, 7, 25);

    /** UU 29/2022: Papua Barat Daya (8 December 2022). */
    public static final LocalDate PAPUA_BARAT_DAYA_CREATED = LocalDate.of(2022, 12, 8);

    private static final RegionDirectory DIRECTORY = RegionDirectory.builtIn();

    /** Population in hundred thousands, 2020 census (BPS), rounded; Papua as split in 2022. */
    private static final Map<Province, Integer> WEIGHTS = new EnumMap<>(Province.class);

    static {
        int[] w = {
            53, 148, 55, 64, 35, 85, 20, 90, 15, 21, 106, 483, 365, 37, 407, 119, 43, 53, 53, 54, 27, 41, 38, 7, 26, 30,
            91, 26, 12, 14, 18, 13, 10, 5, 5, 14, 14, 6
        };
        Province[] all = Province.values();
        for (int i = 0; i < all.length; i++) {
            WEIGHTS.put(all[i], w[i]);
        }
    }

    /** When {@code p} was created, or {@code null} for provinces older than the programme. */
    public static LocalDate created(Province p) {
        switch (p) {
            case PAPUA_SELATAN:
            case PAPUA_TENGAH:
            case PAPUA_PEGUNUNGAN:
                return PAPUA_SPLIT;
            case PAPUA_BARAT_DAYA:
                return PAPUA_BARAT_DAYA_CREATED;
            default:
                return null;
        }
    }

    /** Whether {@code p} existed on {@code on}. */
    public static boolean exists(Province p, LocalDate on) {
        LocalDate c = created(p);
        return c == null || !on.isBefore(c);
    }

    private static int weight(Province p, LocalDate on) {
        if (!exists(p, on)) {
            return 0;
        }
        if (p == Province.PAPUA && on.isBefore(PAPUA_SPLIT)) {
            return 43;
        }
        if (p == Province.PAPUA_BARAT && on.isBefore(PAPUA_BARAT_DAYA_CREATED)) {
            return 11;
        }
        return WEIGHTS.get(p);
    }

    /** A province that existed on {@code on}, weighted by population. */
    public static Province drawProvince(RandomGenerator random, LocalDate on) {
        int total = 0;
        for (Province p : Province.values()) {
            total += weight(p, on);
        }
        int x = random.nextInt(total);
        for (Province p : Province.values()) {
            x -= weight(p, on);
            if (x < 0) {
                return p;
            }
        }
        throw new AssertionError("unreachable");
    }

    /** The regency codes of {@code p} that were in use on {@code on}. */
    public static List<String> regencies(Province p, LocalDate on) {
        List<String> out = new ArrayList<>();
        for (Regency r : DIRECTORY.regencies(p)) {
            out.add(r.code());
        }
        if (on.isBefore(PAPUA_BARAT_DAYA_CREATED)) {
            // before the split the codes later retired were current: Merauke 9101, Kota Sorong 9271, ...
            for (Regency r : DIRECTORY.all(CodeSystem.KEMENDAGRI)) {
                if (r.isRetired()
                        && r.code().startsWith(p.code())
                        && (on.isBefore(PAPUA_SPLIT) || p == Province.PAPUA_BARAT)) {
                    out.add(r.code());
                }
            }
        }
        if (out.isEmpty()) {
            // the province's regency/city codes of the latest Kemendagri edition, from core's bundled table
            out.addAll(DIRECTORY.currentRegencyCodes(p));
        }
        return out;
    }

    /** A regency code of {@code p} in use on {@code on}. */
    public static String drawRegency(RandomGenerator random, Province p, LocalDate on) {
        return Names.pick(random, regencies(p, on));
    }

    /**
     * A six-digit district code within {@code regency}: a real Kemendagri code of some edition 2016–2025
     * (from core's bundled table), so that a generated NIK or KK passes NIK_REGION / KK_REGION.
     */
    public static String drawDistrict(RandomGenerator random, String regency) {
        List<String> districts = DIRECTORY.districtCodes(regency);
        if (districts.isEmpty()) {
            throw new IllegalStateException("no Kemendagri district code for the regency " + regency);
        }
        return Names.pick(random, districts);
    }

    /** The lowest Kemendagri district code of {@code regency} (of any edition). */
    public static String firstDistrict(String regency) {
        List<String> districts = DIRECTORY.districtCodes(regency);
        if (districts.isEmpty()) {
            throw new IllegalStateException("no Kemendagri district code for the regency " + regency);
        }
        return districts.get(0);
    }

    /**
     * A district of {@code regency} standing in for {@code district} of another regency (a re-coded one):
     * the one with the same last two digits when {@code regency} has it, else one chosen from those digits,
     * so no random draw is spent and the result is a real Kemendagri code.
     */
    public static String districtLike(String regency, String district) {
        List<String> districts = DIRECTORY.districtCodes(regency);
        if (districts.isEmpty()) {
            throw new IllegalStateException("no Kemendagri district code for the regency " + regency);
        }
        String same = regency + district.substring(4);
        return districts.contains(same)
                ? same
                : districts.get(Integer.parseInt(district.substring(4)) % districts.size());
    }

    /** Whether {@code regency} has a district code in some Kemendagri edition 2016–2025. */
    public static boolean isKnownRegency(String regency) {
        return !DIRECTORY.districtCodes(regency).isEmpty();
    }

    /** Whether {@code district} is a Kemendagri district code of some edition 2016–2025. */
    public static boolean isKnownDistrict(String district) {
        return district.length() == 6
                && DIRECTORY.districtCodes(district.substring(0, 4)).contains(district);
    }

    /** The retired code that {@code regency} replaced in the 2022 split (e.g. 9301 → 9101), if any. */
    public static Optional<String> legacyOf(String regency) {
        for (Regency r : DIRECTORY.all(CodeSystem.KEMENDAGRI)) {
            if (r.isRetired() && r.successor().get().equals(regency)) {
                return Optional.of(r.code());
            }
        }
        return Optional.empty();
    }

    /** The retired regency codes that lifelong NIKs still carry (9101, 9102, 9104, 9271). */
    public static List<String> legacyCodes() {
        List<String> out = new ArrayList<>();
        for (Regency r : DIRECTORY.all(CodeSystem.KEMENDAGRI)) {
            if (r.isRetired()) {
                out.add(r.code());
            }
        }
        return out;
    }

    /** The current regency that replaced the retired {@code legacy} code. */
    public static String successorOf(String legacy) {
        return DIRECTORY.regency(legacy).flatMap(Regency::successor).orElseThrow();
    }

    /** Kemendagri province codes that no province has (NIK_REGION / KK_REGION). */
    public static List<String> unknownProvinceCodes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String code = (i < 10 ? "0" : "") + i;
            if (Province.ofCode(code).isEmpty()) {
                out.add(code);
            }
        }
        return out;
    }
}
