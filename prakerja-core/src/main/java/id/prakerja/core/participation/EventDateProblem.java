// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/**
 * What is wrong with an event's date: the {@code reason} argument of
 * {@link id.prakerja.core.validation.RuleCode#PARTICIPATION_EVENT_DATE}; its {@code limit} argument is the
 * date crossed.
 */
public enum EventDateProblem implements Labelled {
    /** Dated before the participant's acceptance ({@code limit}: the acceptance date). */
    BEFORE_ACCEPTANCE("sebelum penerimaan", "before the acceptance"),
    /** Dated after the evaluation date ({@code limit}: the evaluation date). */
    AFTER_EVALUATION_DATE("setelah tanggal evaluasi", "after the evaluation date");

    private final String indonesian;
    private final String english;

    EventDateProblem(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
