// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import java.util.Objects;

/**
 * The Kemendagri names of the district where a NIK or family-card number was issued (its digits 1–6), as the
 * latest edition 2016–2025 listing each code names it, and whether the district code is still current
 * (listed by the 2025 edition) or retired since (as the Papua districts re-coded in 2022 are; a retired
 * code stays valid in a lifelong NIK).
 *
 * <pre>{@code
 * Nik.parse("9101015708990001").regionNames();
 * // RegionNames[910101: Merauke, KAB. MERAUKE, Papua (retired)]
 * }</pre>
 *
 * @param districtCode the six-digit district code (never the full number)
 * @param province the province name
 * @param regency the regency/city name
 * @param district the district (kecamatan) name
 * @param current whether the district code is listed by the latest edition (2025)
 */
public record RegionNames(String districtCode, String province, String regency, String district, boolean current) {

    /** Checks that no part is null. */
    public RegionNames {
        Objects.requireNonNull(districtCode, "districtCode");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(regency, "regency");
        Objects.requireNonNull(district, "district");
    }

    static RegionNames of(long sixteenDigits) {
        RegionTable t = RegionTable.get();
        int code = (int) (sixteenDigits / 10_000_000_000L);
        int p = t.indexOf(RegionTable.PROVINCE, code / 10_000);
        int r = t.indexOf(RegionTable.REGENCY, code / 100);
        int d = t.indexOf(RegionTable.DISTRICT, code);
        if (p < 0 || r < 0 || d < 0) {
            throw new IllegalStateException("district " + code + " is not in the Kemendagri table");
        }
        return new RegionNames(
                Integer.toString(code),
                t.name(RegionTable.PROVINCE, p),
                t.name(RegionTable.REGENCY, r),
                t.name(RegionTable.DISTRICT, d),
                t.isCurrent(RegionTable.DISTRICT, d));
    }

    @Override
    public String toString() {
        return "RegionNames[" + districtCode + ": " + district + ", " + regency + ", " + province
                + (current ? " (current)" : " (retired)") + "]";
    }
}
