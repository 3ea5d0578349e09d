package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.validation.Messages;
import id.prakerja.json.FeedReader;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The report's headings in Bahasa Indonesia or English. */
final class ReportTexts {
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("id.prakerja.examples.feedvalidator.report", locale);
    }

    static ReportTexts of(Locale locale) {
        return new ReportTexts("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id"));
    }

    Locale locale() {
        return locale;
    }

    /** A count with the language's thousands separator: 1.000.000 (id), 1,000,000 (en). */
    String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** The province's name for a report key, "unknown" in this language for {@link FeedReport#UNKNOWN_PROVINCE}. */
    String province(String key) {
        return key.equals(FeedReport.UNKNOWN_PROVINCE) ? get("unknownProvince") : FeedReport.provinceName(key);
    }

    /** Where and why reading stopped early, in words. */
    String cutShort(FeedReader.CutShort c) {
        return get(
                "cutShort",
                Map.of(
                        "element", c.element(),
                        "line", c.line(),
                        "code", c.reason().code().name(),
                        "reason", Messages.forLocale(locale).format(c.reason())));
    }

    /** The text {@code key} with {@code {name}} placeholders filled from {@code args}, as messages are. */
    String get(String key, Map<String, ?> args) {
        return Messages.forLocale(locale).formatTemplate(bundle.getString(key), args);
    }
}
