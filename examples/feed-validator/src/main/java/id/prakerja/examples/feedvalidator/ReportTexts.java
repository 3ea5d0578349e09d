// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import id.prakerja.json.FeedReader;
import id.prakerja.tabular.TabularException;
import id.prakerja.tabular.TabularReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The report's metadata as label and value pairs, in the order the text and HTML reports show them: the
     * source, what was checked, the input, the evaluation, the versions and the time. Values that come from
     * the input (the file name) are not escaped here: each report escapes them its way.
     */
    java.util.List<String[]> metadata(RunInfo info) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {get("source"), info.source()});
        rows.add(new String[] {get("kind"), get("kind." + info.kind())});
        RunInfo.Input in = info.input();
        String format = in.format() + in.sheet().map(s -> " (" + s + ")").orElse("");
        rows.add(new String[] {
            get("input"),
            get(in.gzip() ? "inputGzip" : "inputDetails", Map.of("bytes", number(in.bytes()), "format", format))
        });
        rows.add(new String[] {get("evaluation"), info.evaluation().description()});
        rows.add(new String[] {
            get("versions"), "feed-validator " + info.version() + ", prakerja " + info.libraryVersion()
        });
        rows.add(new String[] {
            get("time"),
            get(
                    "timeDetails",
                    Map.of(
                            "started", info.started().toString(),
                            "finished", info.finished().toString(),
                            "duration", seconds(info.duration())))
        });
        return rows;
    }

    /** A duration in seconds, to the millisecond, with the language's decimal separator: 1,234 (id), 1.234 (en). */
    String seconds(java.time.Duration d) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(3);
        f.setMaximumFractionDigits(3);
        return f.format(d.toMillis() / 1000.0);
    }

    /** A count with the language's thousands separator: 1.000.000 (id), 1,000,000 (en). */
    String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /**
     * The heading of the samples: what they are (violations, not records), how many are shown of how many
     * the feed has, and in which order.
     */
    String samplesHeading(long shown, long total) {
        return shown >= total
                ? get("samplesAll", Map.of("total", number(total)))
                : get("samples", Map.of("shown", number(shown), "total", number(total)));
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
     * The one line for a tabular feed that cannot be read (its header row, or the file itself), in this
     * language: {@code cannot read FILE: } and the problems of {@code e}. In English it is the library's own
     * message; in Bahasa Indonesia each {@link TabularException.Problem} is put in words from the {@code tabular.*}
     * texts (a problem this command has no text for leaves the English message). Column and sheet names come
     * masked from the library, and {@link Main#error} masks the whole line again.
     *
     * @param file the file as given, or {@code null} for the bundled sample
     */
    String unreadable(String file, TabularException e) {
        String what = file == null ? get("bundledSample") : file;
        return get("cannotRead", Map.of("file", what, "reason", tabular(e)));
    }

    /** The problems of {@code e} in this language; see {@link #unreadable(String, TabularException)}. */
    String tabular(TabularException e) {
        if (Languages.isEnglish(locale) || e.problems().isEmpty()) {
            return e.getMessage();
        }
        List<String> header = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (TabularException.Problem p : e.problems()) {
            Map<String, Object> args = new HashMap<>(p.arguments());
            String key = "tabular." + p.reason().name();
            if (args.get("columns") instanceof List<?> names) {
                args.put("columns", join(names, ""));
            }
            if (args.get("sheets") instanceof List<?> names) {
                args.put("sheets", join(names, "'"));
            }
            if (p.reason() == TabularException.Reason.TOO_MANY_COLUMNS && args.containsKey("columns")) {
                key += ".columns";
            }
            if (!bundle.containsKey(key)) {
                return e.getMessage(); // a reason of a newer library: its English text rather than none
            }
            String text = get(key, args);
            switch (p.reason()) {
                case MISSING_COLUMNS, UNNAMED_COLUMN, DUPLICATE_COLUMN -> header.add(text);
                case COLUMN_CASE -> hints.add(text);
                default -> other.add(text);
            }
        }
        if (!hints.isEmpty()) {
            String hint = get("tabular.caseHints", Map.of("hints", String.join(", ", hints)));
            if (header.isEmpty()) {
                header.add(hint);
            } else {
                header.set(0, header.get(0) + " " + hint);
            }
        }
        if (!header.isEmpty()) {
            other.add(get(
                    "tabular.header",
                    Map.of(
                            "problems", String.join("; ", header),
                            "columns", String.join(", ", TabularReader.columnNames()))));
        }
        return String.join("; ", other);
    }

    private static String join(List<?> names, String quote) {
        List<String> out = new ArrayList<>(names.size());
        for (Object n : names) {
            out.add(quote + n + quote);
        }
        return String.join(", ", out);
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
