// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import java.util.Optional;

/**
 * The 38 provinces of Indonesia with their Kemendagri (Dukcapil) codes, used in NIK and family-card
 * numbers, and their BPS statistical codes where those differ.
 *
 * <p>Sources: Kepmendagri 100.1.1-6117/2022 and 300.2.2-2138/2025 (Kemendagri codes); BPS Master File
 * Desa (BPS codes). The codes 11–82 are the same in both systems; the Papua provinces differ. The four
 * provinces created in 2022 (UU 14, 15, 16/2022 and UU 29/2022) have their own codes 93–96, but NIKs
 * issued before the split keep the old Papua (91) or Papua Barat (92) prefix for life: such a NIK is
 * valid and its {@link Nik#province()} is the province of its prefix.
 *
 * <pre>{@code
 * Province.ofCode("31");              // Optional[DKI_JAKARTA]
 * Province.DKI_JAKARTA.indonesianName(); // "DKI Jakarta"
 * Province.PAPUA.bpsCode();           // "94"
 * }</pre>
 */
public enum Province {
    /** Aceh. */
    ACEH("11", "11", "Aceh"),
    /** Sumatera Utara. */
    SUMATERA_UTARA("12", "12", "Sumatera Utara"),
    /** Sumatera Barat. */
    SUMATERA_BARAT("13", "13", "Sumatera Barat"),
    /** Riau. */
    RIAU("14", "14", "Riau"),
    /** Jambi. */
    JAMBI("15", "15", "Jambi"),
    /** Sumatera Selatan. */
    SUMATERA_SELATAN("16", "16", "Sumatera Selatan"),
    /** Bengkulu. */
    BENGKULU("17", "17", "Bengkulu"),
    /** Lampung. */
    LAMPUNG("18", "18", "Lampung"),
    /** Kepulauan Bangka Belitung. */
    KEPULAUAN_BANGKA_BELITUNG("19", "19", "Kepulauan Bangka Belitung"),
    /** Kepulauan Riau. */
    KEPULAUAN_RIAU("21", "21", "Kepulauan Riau"),
    /** DKI Jakarta. */
    DKI_JAKARTA("31", "31", "DKI Jakarta"),
    /** Jawa Barat. */
    JAWA_BARAT("32", "32", "Jawa Barat"),
    /** Jawa Tengah. */
    JAWA_TENGAH("33", "33", "Jawa Tengah"),
    /** DI Yogyakarta. */
    DI_YOGYAKARTA("34", "34", "DI Yogyakarta"),
    /** Jawa Timur. */
    JAWA_TIMUR("35", "35", "Jawa Timur"),
    /** Banten. */
    BANTEN("36", "36", "Banten"),
    /** Bali. */
    BALI("51", "51", "Bali"),
    /** Nusa Tenggara Barat. */
    NUSA_TENGGARA_BARAT("52", "52", "Nusa Tenggara Barat"),
    /** Nusa Tenggara Timur. */
    NUSA_TENGGARA_TIMUR("53", "53", "Nusa Tenggara Timur"),
    /** Kalimantan Barat. */
    KALIMANTAN_BARAT("61", "61", "Kalimantan Barat"),
    /** Kalimantan Tengah. */
    KALIMANTAN_TENGAH("62", "62", "Kalimantan Tengah"),
    /** Kalimantan Selatan. */
    KALIMANTAN_SELATAN("63", "63", "Kalimantan Selatan"),
    /** Kalimantan Timur. */
    KALIMANTAN_TIMUR("64", "64", "Kalimantan Timur"),
    /** Kalimantan Utara. */
    KALIMANTAN_UTARA("65", "65", "Kalimantan Utara"),
    /** Sulawesi Utara. */
    SULAWESI_UTARA("71", "71", "Sulawesi Utara"),
    /** Sulawesi Tengah. */
    SULAWESI_TENGAH("72", "72", "Sulawesi Tengah"),
    /** Sulawesi Selatan. */
    SULAWESI_SELATAN("73", "73", "Sulawesi Selatan"),
    /** Sulawesi Tenggara. */
    SULAWESI_TENGGARA("74", "74", "Sulawesi Tenggara"),
    /** Gorontalo. */
    GORONTALO("75", "75", "Gorontalo"),
    /** Sulawesi Barat. */
    SULAWESI_BARAT("76", "76", "Sulawesi Barat"),
    /** Maluku. */
    MALUKU("81", "81", "Maluku"),
    /** Maluku Utara. */
    MALUKU_UTARA("82", "82", "Maluku Utara"),
    /** Papua (Kemendagri 91, BPS 94). */
    PAPUA("91", "94", "Papua"),
    /** Papua Barat (Kemendagri 92, BPS 91). */
    PAPUA_BARAT("92", "91", "Papua Barat"),
    /** Papua Selatan, created by UU 14/2022 (Kemendagri 93, BPS 95). */
    PAPUA_SELATAN("93", "95", "Papua Selatan"),
    /** Papua Tengah, created by UU 15/2022 (Kemendagri 94, BPS 96). */
    PAPUA_TENGAH("94", "96", "Papua Tengah"),
    /** Papua Pegunungan, created by UU 16/2022 (Kemendagri 95, BPS 97). */
    PAPUA_PEGUNUNGAN("95", "97", "Papua Pegunungan"),
    /** Papua Barat Daya, created by UU 29/2022 (Kemendagri 96, BPS 92). */
    PAPUA_BARAT_DAYA("96", "92", "Papua Barat Daya");

    private static final Province[] BY_CODE = new Province[100];

    static {
        for (Province p : values()) {
            BY_CODE[Integer.parseInt(p.code)] = p;
        }
    }

    private final String code;
    private final String bpsCode;
    private final String indonesianName;

    Province(String code, String bpsCode, String indonesianName) {
        this.code = code;
        this.bpsCode = bpsCode;
        this.indonesianName = indonesianName;
    }

    /** The two-digit Kemendagri code, as in the first two digits of a NIK, e.g. {@code "31"}. */
    public String code() {
        return code;
    }

    /** The two-digit BPS code; the same as {@link #code()} except for the Papua provinces. */
    public String bpsCode() {
        return bpsCode;
    }

    /** The official Indonesian name, e.g. {@code "DKI Jakarta"}. */
    public String indonesianName() {
        return indonesianName;
    }

    /** The province with the Kemendagri code {@code code} ({@code "11"}…{@code "96"}), if any. */
    public static Optional<Province> ofCode(String code) {
        if (code == null || code.length() != 2) {
            return Optional.empty();
        }
        int tens = code.charAt(0) - '0';
        int ones = code.charAt(1) - '0';
        if (tens < 0 || tens > 9 || ones < 0 || ones > 9) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE[tens * 10 + ones]);
    }

    /** The province with the Kemendagri code {@code code} (0–99), or {@code null}. */
    static Province byNumber(int code) {
        return code >= 0 && code < 100 ? BY_CODE[code] : null;
    }

    /** The province with the BPS code {@code bpsCode}, if any. */
    public static Optional<Province> ofBpsCode(String bpsCode) {
        for (Province p : values()) {
            if (p.bpsCode.equals(bpsCode)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
