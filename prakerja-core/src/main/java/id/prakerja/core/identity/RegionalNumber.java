// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.internal.Digits;
import java.io.Serializable;

/**
 * What a NIK and a family-card number share: sixteen digits held in a {@code long}, starting with the
 * Kemendagri code of a district and ending with a four-digit serial. Subclasses define equality (a NIK is
 * never equal to a family-card number with the same digits) and what the middle digits mean.
 */
abstract class RegionalNumber implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The sixteen digits. */
    final long value;

    RegionalNumber(long value) {
        this.value = value;
    }

    /** The name of the first region level that {@code digits} (16 ASCII digits) fail: province, regency, district. */
    static String regionLevel(String digits) {
        int level = failedLevel(digits);
        return RegionTable.LEVEL_NAMES[level < 0 ? RegionTable.PROVINCE : level];
    }

    /** The leading digits of the first region level that {@code digits} fail (2, 4 or 6 digits). */
    static String regionCode(String digits) {
        int level = failedLevel(digits);
        return digits.substring(0, 2 * (1 + Math.max(level, 0)));
    }

    private static int failedLevel(String digits) {
        long v = Digits.parseAsciiDigits(digits, 16);
        if (Province.byNumber(Digits.pair(v, 0)) == null) {
            return RegionTable.PROVINCE;
        }
        return RegionTable.get().failedLevel(v);
    }

    /** The province of the first two digits. */
    public Province province() {
        return Province.byNumber(Digits.pair(value, 0));
    }

    /** The four-digit Kemendagri regency/city code, e.g. {@code "3174"} (Jakarta Selatan). */
    public String regencyCode() {
        return digits().substring(0, 4);
    }

    /** The six-digit Kemendagri district (kecamatan) code, e.g. {@code "317401"}. */
    public String districtCode() {
        return digits().substring(0, 6);
    }

    /**
     * The names of the issuing district, its regency/city and province (Kemendagri, latest edition listing
     * each code) and whether the district code is current or retired; see {@link RegionNames}.
     */
    public RegionNames regionNames() {
        return RegionNames.of(value);
    }

    /** The serial (last four digits), 1–9999. */
    public int serial() {
        return Digits.lastFour(value);
    }

    /** The full 16-digit number. Personal data: do not log it. */
    public String digits() {
        return Digits.toSixteenDigits(value);
    }

    /** The number as a {@code long} (for compact indexes). Personal data: do not log it. */
    public long asLong() {
        return value;
    }

    /** The masked form, {@code 3174********0001}. */
    public String masked() {
        return Digits.mask(digits());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** The masked form, {@code 3174********0001}; never the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
