// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** What the applicant had of the programme before (wire names {@code NONE}, {@code RECIPIENT}, {@code REVOKED}). */
public enum PriorParticipation implements Labelled {
    /** Never held the card. */
    NONE("belum pernah menerima", "never a recipient"),
    /** Already received the card (it is given once). */
    RECIPIENT("pernah menerima Kartu Prakerja", "already a recipient"),
    /** Held a card that was revoked (permanent exclusion). */
    REVOKED("kepesertaan pernah dicabut", "card revoked");

    private final String indonesian;
    private final String english;

    PriorParticipation(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
