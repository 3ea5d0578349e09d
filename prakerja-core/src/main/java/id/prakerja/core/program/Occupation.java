// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/**
 * An applicant's occupation, as far as the programme's exclusions care (wire names as in the applicant
 * record). Which occupations a wave excludes is the dated parameter
 * {@link ParameterKey#EXCLUDED_OCCUPATIONS} (from Perpres 76/2020; Permenko Perekonomian 11/2020 Pasal
 * 2(5)).
 */
public enum Occupation implements Labelled {
    /** Pejabat negara. */
    STATE_OFFICIAL("pejabat negara", "state official"),
    /** Pimpinan dan anggota DPRD. */
    DPRD_MEMBER("pimpinan atau anggota DPRD", "DPRD leader or member"),
    /** Aparatur sipil negara (ASN). */
    CIVIL_SERVANT("aparatur sipil negara", "civil servant (ASN)"),
    /** Prajurit TNI. */
    MILITARY("prajurit TNI", "TNI soldier"),
    /** Anggota Polri. */
    POLICE("anggota Polri", "Polri officer"),
    /** Kepala desa. */
    VILLAGE_HEAD("kepala desa", "village head"),
    /** Perangkat desa. */
    VILLAGE_APPARATUS("perangkat desa", "village apparatus"),
    /** Direksi, komisaris atau dewan pengawas BUMN/BUMD. */
    SOE_BOARD_MEMBER(
            "direksi, komisaris atau dewan pengawas BUMN/BUMD",
            "director or board member of a state/regional enterprise"),
    /** Karyawan swasta. */
    PRIVATE_EMPLOYEE("karyawan swasta", "private employee"),
    /** Pekerja informal. */
    INFORMAL_WORKER("pekerja informal", "informal worker"),
    /** Pemilik usaha. */
    BUSINESS_OWNER("pemilik usaha", "business owner"),
    /** Tidak bekerja. */
    UNEMPLOYED("tidak bekerja", "unemployed"),
    /** Lainnya (the default). */
    OTHER("lainnya", "other");

    private final String indonesian;
    private final String english;

    Occupation(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
