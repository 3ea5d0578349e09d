// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** Small text helpers shared by the types of this package. */
final class Texts {
    private Texts() {}

    /** Whether {@code locale} asks for English (as {@link id.prakerja.core.validation.Messages} decides). */
    static boolean english(Locale locale) {
        return Languages.isEnglish(locale);
    }

    /** Throws when {@code value} is blank; for structure checks. */
    static void requireText(String value, String what) {
        if (value.isBlank()) {
            throw new InvalidValueException(what + " must not be blank");
        }
    }
}
