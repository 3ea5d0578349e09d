// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/**
 * Other government social assistance an applicant receives (wire names as in the applicant record).
 * During the semi-social-assistance period (to wave 47) recipients were excluded; from 2023 they may
 * register. See {@link ParameterKey#EXCLUDED_SOCIAL_ASSISTANCE} and, for the assistance of the applicant's
 * family, {@link ParameterKey#EXCLUDED_FAMILY_SOCIAL_ASSISTANCE}.
 */
public enum SocialAssistance implements Labelled {
    /** Bantuan sosial Kemensos based on the DTKS register. */
    DTKS_BANSOS("bansos Kemensos (DTKS)", "Kemensos social assistance (DTKS)"),
    /** Program Keluarga Harapan. */
    PKH("Program Keluarga Harapan (PKH)", "Family Hope Programme (PKH)"),
    /** Bantuan Pangan Non-Tunai. */
    BPNT("Bantuan Pangan Non-Tunai (BPNT)", "non-cash food assistance (BPNT)"),
    /** Bantuan Subsidi Upah (wage subsidy). */
    BSU("Bantuan Subsidi Upah (BSU)", "wage subsidy (BSU)"),
    /** Banpres Produktif Usaha Mikro. */
    BPUM("Banpres Produktif Usaha Mikro (BPUM)", "micro-business presidential assistance (BPUM)"),
    /** Bantuan Sosial Tunai (cash social assistance of the COVID-19 period). */
    BST("Bantuan Sosial Tunai (BST)", "cash social assistance (BST)"),
    /** Kartu Indonesia Sehat (health-insurance contribution assistance). */
    KIS("Kartu Indonesia Sehat (KIS)", "Indonesia Health Card (KIS)");

    private final String indonesian;
    private final String english;

    SocialAssistance(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
