package id.prakerja.core.cooperation;

import java.util.Locale;

/** Small text helpers shared by the types of this package. */
final class Texts {
    private Texts() {}

    /** Whether {@code locale} asks for English (as {@link id.prakerja.core.validation.Messages} decides). */
    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Throws when {@code value} is blank; for structure checks. */
    static void requireText(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalStateException(what + " must not be blank");
        }
    }

    /** Whether {@code s} is {@code length} ASCII digits. */
    static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
