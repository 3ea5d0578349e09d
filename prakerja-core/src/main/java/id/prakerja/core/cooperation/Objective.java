// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link CooperationAgreement} sets out to achieve: one of the {@link BuiltInObjective built-in
 * objectives} (the three of the DKI Jakarta agreement of 2021) or an agreement-specific {@link
 * CustomObjective} with free text.
 *
 * <p>An objective is identified by its {@link #code()}, an UPPER_SNAKE name: outreach activities refer to
 * the objectives they serve by code, and one agreement never holds two objectives with the same code.
 *
 * <pre>{@code
 * Objective reminders = BuiltInObjective.RECIPIENT_REMINDERS;
 * Objective fairs = Objective.custom("JOB_FAIR_REFERRALS",
 *         "Merujuk peserta bursa kerja ke Program Kartu Prakerja",
 *         "Refer job-fair visitors to the Kartu Prakerja programme");
 * fairs.text(Locale.ENGLISH);         // "Refer job-fair visitors to the Kartu Prakerja programme"
 * Objective.builtIn("DIGITAL_LITERACY"); // Optional[DIGITAL_LITERACY]
 * }</pre>
 */
public sealed interface Objective permits BuiltInObjective, CustomObjective {

    /** The code that identifies the objective, e.g. {@code "DIGITAL_LITERACY"}. */
    String code();

    /**
     * The full wording in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en} and
     * an English wording is known (otherwise the Indonesian one).
     */
    String text(Locale locale);

    /** The built-in objective with {@code code}, if there is one. */
    static Optional<BuiltInObjective> builtIn(String code) {
        return BuiltInObjective.find(code);
    }

    /**
     * An agreement-specific objective with Indonesian wording only.
     *
     * @throws id.prakerja.core.validation.InvalidValueException if the code is not UPPER_SNAKE, names a built-in objective, or the
     *     text is blank
     */
    static CustomObjective custom(String code, String indonesian) {
        return CustomObjective.of(code, indonesian);
    }

    /**
     * An agreement-specific objective with Indonesian and English wording.
     *
     * @throws id.prakerja.core.validation.InvalidValueException if the code is not UPPER_SNAKE, names a built-in objective, or a text
     *     is blank
     */
    static CustomObjective custom(String code, String indonesian, String english) {
        return CustomObjective.of(code, indonesian, english);
    }
}
