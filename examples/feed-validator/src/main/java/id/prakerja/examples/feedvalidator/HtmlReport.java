// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * A self-contained HTML report: no scripts, no external files; the two bar charts (violations per code,
 * invalid records per province) are inline SVG. Every text from the feed is escaped.
 */
final class HtmlReport {
    private HtmlReport() {}

    static void write(FeedReport r, RunInfo info, ReportTexts t, ReportWriter out) {
        Messages messages = Messages.forLocale(t.locale());
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + t.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">");
        out.println("<title>" + esc(t.get("title")) + "</title>");
        out.println("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}"
                + "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;"
                + "text-align:left;vertical-align:top}th{background:#f3f3f3}.num{text-align:right}"
                + ".summary span{display:inline-block;margin-right:2rem;font-size:1.2rem}"
                + ".bad{color:#b00020}.ok{color:#1b5e20}svg text{font-size:12px;font-family:inherit}</style>");
        out.println("</head><body>");
        out.println("<h1>" + esc(t.get("title")) + "</h1>");
        out.println("<table class=\"meta\">");
        for (String[] row : t.metadata(info)) {
            out.println("<tr><th scope=\"row\">" + esc(row[0]) + "</th><td>" + esc(row[1]) + "</td></tr>");
        }
        out.println("</table>");
        out.println("<p class=\"summary\"><span>" + esc(t.get("records")) + ": <b>" + t.number(r.records())
                + "</b></span><span class=\"ok\">"
                + esc(t.get("valid")) + ": <b>" + t.number(r.valid()) + "</b></span><span class=\"bad\">"
                + esc(t.get("invalid"))
                + ": <b>" + t.number(r.invalid()) + "</b></span></p>");
        if (info.cutShort().isPresent()) {
            out.println(
                    "<p class=\"bad\" role=\"alert\"><b>" + esc(info.cutShort().get()) + "</b></p>");
        }
        if (r.violationsByCode().isEmpty()) {
            out.println("<p class=\"ok\">" + esc(t.get("allValid")) + "</p>");
        } else {
            List<String[]> codeBars = new ArrayList<>();
            for (Map.Entry<RuleCode, Long> e : r.violationsByCode().entrySet()) {
                codeBars.add(new String[] {e.getKey().name(), Long.toString(e.getValue())});
            }
            out.println("<h2>" + esc(t.get("chartCodes")) + "</h2>");
            out.println(barChart(codeBars, "#b00020", t));
            List<String[]> provinceBars = new ArrayList<>();
            for (Map.Entry<String, Long> e : r.invalidByProvince().entrySet()) {
                provinceBars.add(new String[] {t.province(e.getKey()), Long.toString(e.getValue())});
            }
            out.println("<h2>" + esc(t.get("chartProvinces")) + "</h2>");
            out.println(barChart(provinceBars, "#e65100", t));
            out.println("<h2>" + esc(t.get("byCode")) + "</h2>");
            out.println("<table><tr><th>" + esc(t.get("code")) + "</th><th>" + esc(t.get("count")) + "</th><th>"
                    + esc(t.get("meaning")) + "</th><th>" + esc(t.get("reference")) + "</th></tr>");
            for (Map.Entry<RuleCode, Long> e : r.violationsByCode().entrySet()) {
                SortedSet<String> refs = r.legalReferences().get(e.getKey());
                out.println("<tr><td><code>" + esc(e.getKey().name()) + "</code></td><td class=\"num\">"
                        + t.number(e.getValue())
                        + "</td><td>" + esc(messages.meaning(e.getKey())) + "</td><td>"
                        + esc(refs == null ? t.get("none") : t.references(refs)) + "</td></tr>");
            }
            out.println("</table>");
        }
        out.println("<h2>" + esc(t.get("byProvince")) + "</h2>");
        out.println("<table><tr><th>" + esc(t.get("province")) + "</th><th>" + esc(t.get("records")) + "</th><th>"
                + esc(t.get("invalid")) + "</th></tr>");
        for (Map.Entry<String, Long> e : r.recordsByProvince().entrySet()) {
            out.println("<tr><td>" + esc(t.province(e.getKey())) + "</td><td class=\"num\">" + t.number(e.getValue())
                    + "</td><td class=\"num\">" + t.number(r.invalidByProvince().getOrDefault(e.getKey(), 0L))
                    + "</td></tr>");
        }
        out.println("</table>");
        if (!r.samples().isEmpty()) {
            long total = r.violationsByCode().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            out.println("<h2>" + esc(t.samplesHeading(r.samples().size(), total)) + "</h2>");
            out.println("<table><tr><th>" + esc(t.get("line")) + "</th><th>" + esc(t.get("nik")) + "</th><th>"
                    + esc(t.get("code")) + "</th><th>" + esc(t.get("field")) + "</th><th>" + esc(t.get("message"))
                    + "</th></tr>");
            for (FeedSample s : r.samples()) {
                out.println("<tr><td class=\"num\">" + s.line() + "</td><td><code>"
                        + esc(s.maskedNik().orElse(t.get("none"))) + "</code></td><td><code>"
                        + esc(s.violation().code().name()) + "</code></td><td>"
                        + esc(s.violation().field())
                        + "</td><td>" + esc(messages.format(s.violation())) + "</td></tr>");
            }
            out.println("</table>");
        }
        out.println("<p><small>" + esc(t.get("generated", Map.of("version", info.version()))) + "</small></p>");
        out.println("</body></html>");
        out.flush();
    }

    /** A horizontal bar chart as inline SVG; {@code bars} are label/value pairs; values shown as {@code t} writes counts. */
    static String barChart(List<String[]> bars, String colour, ReportTexts t) {
        long max = 1;
        for (String[] b : bars) {
            max = Math.max(max, Long.parseLong(b[1]));
        }
        int labelWidth = 260;
        int barWidth = 420;
        int rowHeight = 22;
        int height = Math.max(rowHeight, bars.size() * rowHeight) + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(labelWidth + barWidth + 80)
                .append("\" height=\"")
                .append(height)
                .append("\">");
        int y = 2;
        for (String[] b : bars) {
            long v = Long.parseLong(b[1]);
            int w = (int) Math.max(1, Math.round((double) v / max * barWidth));
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 15)
                    .append("\">")
                    .append(esc(b[0]))
                    .append("</text>");
            svg.append("<rect x=\"")
                    .append(labelWidth)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(w)
                    .append("\" height=\"")
                    .append(rowHeight - 6)
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\"><title>")
                    .append(esc(b[0]))
                    .append(": ")
                    .append(t.number(v))
                    .append("</title></rect>");
            svg.append("<text x=\"")
                    .append(labelWidth + w + 6)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\">")
                    .append(t.number(v))
                    .append("</text>");
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }
}
