package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import id.prakerja.json.FeedReader;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report's headings in Bahasa Indonesia or English. */
final class ReportTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("id.prakerja.examples.feedvalidator.report", locale);
    }

    static ReportTexts of(Locale locale) {
        return new ReportTexts(Languages.of(locale));
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

    /**
     * The references of a report row in words, each with its kind (regulation, announcement, secondary
     * source) and confidence, so that an announcement is never shown as a legal basis; a citation the
     * standard programme does not know is printed as it is.
     */
    String references(java.util.Collection<String> citations) {
        Messages messages = Messages.forLocale(locale);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String c : citations) {
            out.add(Programme.standard()
                    .parameters()
                    .cited(c)
                    .map(messages::reference)
                    .orElse(c));
        }
        return String.join("; ", out);
    }

    /**
     * The text {@code key} with its {@code {name}} placeholders filled from {@code args}, each value written as
     * the library's messages write it ({@link Messages#formatValue(Object)}: dates in words, amounts in rupiah).
     */
    String get(String key, Map<String, ?> args) {
        Messages values = Messages.forLocale(locale);
        return PLACEHOLDER
                .matcher(bundle.getString(key))
                .replaceAll(m -> Matcher.quoteReplacement(
                        args.containsKey(m.group(1)) ? values.formatValue(args.get(m.group(1))) : m.group()));
    }
}
