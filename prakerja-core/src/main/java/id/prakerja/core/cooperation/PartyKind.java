// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.Labelled;
import java.util.Locale;

/**
 * What kind of body a party to a {@link CooperationAgreement} is.
 *
 * <pre>{@code
 * PartyKind.PROVINCIAL_GOVERNMENT.label(Languages.INDONESIAN); // "pemerintah provinsi"
 * }</pre>
 */
public enum PartyKind implements Labelled {
    /** A provincial government (pemerintah provinsi), e.g. Pemprov DKI Jakarta. */
    PROVINCIAL_GOVERNMENT("pemerintah provinsi", "provincial government"),
    /** A regency (kabupaten) or city (kota) government. */
    REGENCY_GOVERNMENT("pemerintah kabupaten/kota", "regency or city government"),
    /** The programme management office (Manajemen Pelaksana Program Kartu Prakerja). */
    PROGRAMME_MANAGEMENT_OFFICE("manajemen pelaksana program", "programme management office"),
    /** A ministry or other central government agency (kementerian/lembaga). */
    MINISTRY("kementerian/lembaga", "ministry or agency"),
    /** Any other body: a company, a university, an association. */
    OTHER("pihak lain", "other");

    private final String indonesian;
    private final String english;

    PartyKind(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The label in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String label(Locale locale) {
        return Texts.english(locale) ? english : indonesian;
    }
}
