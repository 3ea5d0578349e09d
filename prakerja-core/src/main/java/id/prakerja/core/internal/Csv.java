// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 line splitter for the library's own data files and user-supplied tables. */
public final class Csv {
    private Csv() {}

    /**
     * Splits one CSV line into fields; double-quoted fields may hold commas and doubled quotes
     * ({@code ""}).
     *
     * @return the fields, or {@code null} when a quote is left open
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(field.toString());
        return out;
    }

    /** {@code line} without a leading byte-order mark. */
    public static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }
}
