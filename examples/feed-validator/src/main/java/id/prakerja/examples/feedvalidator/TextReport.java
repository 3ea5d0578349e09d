// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import java.util.Map;
import java.util.SortedSet;

/**
 * The plain-text report: summary, a table of codes with counts and legal references, the first samples. Every
 * text from the input (the file name, field names, masked NIKs, messages quoting them) is escaped by
 * {@link TerminalText}, so the input cannot drive the terminal or forge report lines.
 */
final class TextReport {
    private TextReport() {}

    static void write(FeedReport r, RunInfo info, ReportTexts t, ReportWriter out) {
        Messages messages = Messages.forLocale(t.locale());
        out.println(t.get("title"));
        out.println("=".repeat(t.get("title").length()));
        for (String[] row : t.metadata(info)) {
            out.println(row[0] + ": " + TerminalText.escape(row[1]));
        }
        out.println();
        out.printf(
                "%s: %s   %s: %s   %s: %s%n",
                t.get("records"),
                t.number(r.records()),
                t.get("valid"),
                t.number(r.valid()),
                t.get("invalid"),
                t.number(r.invalid()));
        if (info.cutShort().isPresent()) {
            out.println();
            out.println("!! " + TerminalText.escape(info.cutShort().get()));
        }
        if (r.violationsByCode().isEmpty()) {
            out.println();
            out.println(t.get("allValid"));
            out.flush();
            return;
        }
        out.println();
        out.println(t.get("byCode"));
        int width = 4;
        for (RuleCode c : r.violationsByCode().keySet()) {
            width = Math.max(width, c.name().length());
        }
        out.printf("  %-" + width + "s  %10s  %s%n", t.get("code"), t.get("count"), t.get("reference"));
        for (Map.Entry<RuleCode, Long> e : r.violationsByCode().entrySet()) {
            SortedSet<String> refs = r.legalReferences().get(e.getKey());
            out.printf(
                    "  %-" + width + "s  %10s  %s%n",
                    e.getKey().name(),
                    t.number(e.getValue()),
                    refs == null ? t.get("none") : TerminalText.escape(t.references(refs)));
        }
        out.println();
        out.println(t.get("byProvince"));
        out.printf("  %-28s  %10s  %10s%n", t.get("province"), t.get("records"), t.get("invalid"));
        for (Map.Entry<String, Long> e : r.recordsByProvince().entrySet()) {
            out.printf(
                    "  %-28s  %10s  %10s%n",
                    t.province(e.getKey()),
                    t.number(e.getValue()),
                    t.number(r.invalidByProvince().getOrDefault(e.getKey(), 0L)));
        }
        if (!r.samples().isEmpty()) {
            long total = r.violationsByCode().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            out.println();
            out.println(t.samplesHeading(r.samples().size(), total));
            for (FeedSample s : r.samples()) {
                out.printf(
                        "  %s %-6d  %-16s  %-34s  %-18s  %s%n",
                        t.get("line").toLowerCase(t.locale()),
                        s.line(),
                        TerminalText.escape(s.maskedNik().orElse(t.get("none"))),
                        s.violation().code().name(),
                        s.violation().field().isEmpty()
                                ? t.get("none")
                                : TerminalText.escape(s.violation().field()),
                        TerminalText.escape(messages.format(s.violation())));
            }
        }
        out.flush();
    }
}
