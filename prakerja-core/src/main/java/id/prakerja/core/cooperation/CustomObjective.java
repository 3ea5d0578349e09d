// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective particular to one agreement, with its own code and wording.
 *
 * <pre>{@code
 * CustomObjective o = Objective.custom("JOB_FAIR_REFERRALS",
 *         "Merujuk peserta bursa kerja ke Program Kartu Prakerja");
 * o.text(Locale.ENGLISH); // the Indonesian wording: no English one was given
 * }</pre>
 *
 * <p>The code is UPPER_SNAKE ({@code A-Z}, {@code 0-9} and {@code _}, starting with a letter, at most
 * 64 characters) and is not the code of a {@link BuiltInObjective}: those come with their own wording.
 */
@Value.Immutable
public abstract non-sealed class CustomObjective implements Objective {

    /** The longest code accepted. */
    public static final int MAX_CODE_LENGTH = 64;

    CustomObjective() {}

    /** The code, e.g. {@code "JOB_FAIR_REFERRALS"}. */
    @Override
    public abstract String code();

    /** The wording in Bahasa Indonesia. */
    public abstract String indonesian();

    /** The wording in English, if given. */
    public abstract Optional<String> english();

    @Override
    public final String text(Locale locale) {
        return Texts.english(locale) ? english().orElse(indonesian()) : indonesian();
    }

    @Value.Check
    protected void check() {
        String c = code();
        if (!isUpperSnake(c)) {
            throw new InvalidValueException("an objective code is UPPER_SNAKE (A-Z, 0-9, _; a letter first; at most "
                    + MAX_CODE_LENGTH + " characters): '" + c + "'");
        }
        if (BuiltInObjective.find(c).isPresent()) {
            throw new InvalidValueException(
                    c + " is a built-in objective; use BuiltInObjective." + c + " instead of a custom one");
        }
        Texts.requireText(indonesian(), "the Indonesian wording of objective " + c);
        english().ifPresent(e -> Texts.requireText(e, "the English wording of objective " + c));
    }

    static boolean isUpperSnake(String s) {
        if (s.isEmpty() || s.length() > MAX_CODE_LENGTH || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) {
                return false;
            }
        }
        return true;
    }

    /** An objective with Indonesian wording only (see {@link Objective#custom(String, String)}). */
    public static CustomObjective of(String code, String indonesian) {
        return ImmutableCustomObjective.builder()
                .code(code)
                .indonesian(indonesian)
                .build();
    }

    /** An objective with both wordings (see {@link Objective#custom(String, String, String)}). */
    public static CustomObjective of(String code, String indonesian, String english) {
        return ImmutableCustomObjective.builder()
                .code(code)
                .indonesian(indonesian)
                .english(english)
                .build();
    }
}
