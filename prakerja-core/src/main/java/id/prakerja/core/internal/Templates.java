// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;

/**
 * The library's one way of filling a text template: {@code {name}} placeholders take the argument of that
 * name, written by the given value writer (the one of {@code Messages}: dates in words, amounts as
 * {@code Rp3.550.000}, enums by label); {@code {field}} takes the field path, or {@code -} when there is none; a
 * placeholder without an argument stays as it is. Library-internal: users format through {@code Messages},
 * {@code Cure.describe} and {@code Reminder.text}.
 */
public final class Templates {

    /** The resource bundle of every violation message, label and what-if text. */
    public static final String MESSAGES = "id.prakerja.core.validation.messages";

    private Templates() {}

    /**
     * The text {@code key} of the message bundle in {@code locale} (exactly {@code id} or {@code en}).
     *
     * @throws MissingResourceException if the key is absent (a defect of the library, caught by its tests)
     */
    public static String text(Locale locale, String key) {
        return ResourceBundle.getBundle(MESSAGES, locale).getString(key);
    }

    /** {@code template} with its placeholders filled (see the class comment). */
    public static String fill(
            String template, Map<String, ?> arguments, String field, Function<Object, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            if ("field".equals(name)) {
                out.append(field.isEmpty() ? "-" : field);
            } else if (arguments.containsKey(name)) {
                out.append(values.apply(arguments.get(name)));
            } else {
                out.append('{').append(name).append('}');
            }
            i = close + 1;
        }
        return out.toString();
    }

    /** The names of the placeholders in {@code template}, in order of first appearance. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (true) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                return names;
            }
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                return names;
            }
            names.add(template.substring(open + 1, close));
            i = close + 1;
        }
    }
}
