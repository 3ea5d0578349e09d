// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import java.util.Locale;

/**
 * The two languages of the library's texts, as {@link Locale}s, and the one rule that picks between them.
 *
 * <pre>{@code
 * decision.explain(Languages.INDONESIAN);             // a Locale wherever a method takes one
 * Messages.indonesian().format(violation);            // the Messages of that language
 * Locale shown = Languages.of(request.getLocale());   // id or en: English for "en", Indonesian for anything else
 * }</pre>
 */
public final class Languages {

    /** Bahasa Indonesia ({@code id}), the library's default language. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** English ({@code en}). */
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    /**
     * The language the library writes for {@code locale}: {@link #ENGLISH} when its language is {@code en}
     * (any country, e.g. {@code en-US}), {@link #INDONESIAN} for every other locale, including {@code null}.
     */
    public static Locale of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    /** Whether {@code locale} is English, by the rule of {@link #of(Locale)}. */
    public static boolean isEnglish(Locale locale) {
        return of(locale) == ENGLISH;
    }
}
