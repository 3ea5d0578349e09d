// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.internal.Templates;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The id/en texts of the reminders, from the bundles {@code reminders_id} and {@code reminders_en} of this package. */
final class ReminderTexts {

    static final String BUNDLE = "id.prakerja.core.participation.reminders";

    private static final ReminderTexts ID = new ReminderTexts(Messages.indonesian());
    private static final ReminderTexts EN = new ReminderTexts(Messages.english());

    private final Messages values;
    private final Map<ReminderCode, String> templates;

    private ReminderTexts(Messages values) {
        this.values = values;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, values.locale());
        Map<ReminderCode, String> map = new EnumMap<>(ReminderCode.class);
        for (ReminderCode code : ReminderCode.values()) {
            if (bundle.containsKey(code.name())) {
                map.put(code, bundle.getString(code.name()));
            }
        }
        this.templates = Collections.unmodifiableMap(map);
    }

    /** English for {@code en}, Bahasa Indonesia for every other locale (including {@code null}). */
    static ReminderTexts forLocale(Locale locale) {
        return Languages.of(locale) == Languages.ENGLISH ? EN : ID;
    }

    String template(ReminderCode code) {
        String t = templates.get(code);
        if (t == null) {
            throw new MissingResourceException(
                    "no " + values.locale() + " reminder text for " + code, BUNDLE, code.name());
        }
        return t;
    }

    String format(ReminderCode code, Map<String, Object> arguments) {
        return Templates.fill(template(code), arguments, "", values::formatValue);
    }
}
