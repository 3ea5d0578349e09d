// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** Why a card was revoked. */
public enum RevocationReason implements Labelled {
    /**
     * No first training bought within the deadline (30 days to wave 47, Permenko Perekonomian 11/2020 Pasal
     * 20; 15 days from wave 48). The remaining aid is returned and the recipient cannot take part again.
     */
    NO_FIRST_PURCHASE("tidak membeli pelatihan pertama dalam batas waktu", "no first training bought in time"),
    /** Found ineligible after acceptance; aid and incentives must be repaid (Perpres 76/2020 Pasal 31C). */
    INELIGIBLE("tidak memenuhi syarat", "not eligible"),
    /** Any other reason. */
    OTHER("alasan lain", "other reason");

    private final String indonesian;
    private final String english;

    RevocationReason(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
