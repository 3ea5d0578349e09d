// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

/** Writes cells as one CSV line (RFC 4180 quoting). */
public final class CsvText {
    private CsvText() {}

    /** Appends {@code cell}, quoted if {@code quote} or if it holds the separator, a quote or a line break. */
    public static void append(StringBuilder b, String cell, char separator, boolean quote) {
        if (!quote) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == separator || c == '"' || c == '\n' || c == '\r') {
                    quote = true;
                    break;
                }
            }
        }
        if (!quote) {
            b.append(cell);
            return;
        }
        b.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    /** The cells as one CSV line, quoted only where needed. */
    public static String line(Iterable<String> cells, char separator) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String c : cells) {
            if (!first) {
                b.append(separator);
            }
            first = false;
            append(b, c == null ? "" : c, separator, false);
        }
        return b.toString();
    }
}
