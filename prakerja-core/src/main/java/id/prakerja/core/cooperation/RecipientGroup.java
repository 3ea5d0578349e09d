// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.Labelled;
import java.util.Locale;

/**
 * Card holders as a target audience, beside the workforce categories of a {@link TargetAudience}.
 *
 * <p>The DKI Jakarta agreement of 2021 aims its third objective at people who currently hold the card
 * (reminding them to use the programme and their balance).
 *
 * <pre>{@code
 * RecipientGroup.CURRENT_RECIPIENTS.label(Languages.INDONESIAN); // "penerima Kartu Prakerja saat ini"
 * }</pre>
 */
public enum RecipientGroup implements Labelled {
    /** People who currently hold the Kartu Prakerja. */
    CURRENT_RECIPIENTS("penerima Kartu Prakerja saat ini", "current card recipients");

    private final String indonesian;
    private final String english;

    RecipientGroup(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The label in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String label(Locale locale) {
        return Texts.english(locale) ? english : indonesian;
    }
}
