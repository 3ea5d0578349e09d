// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.Problems;

/**
 * JSON Pointers (RFC 6901) for the fields that violations name.
 *
 * <p>Violations name a field by core's path convention: names joined by dots, array elements indexed
 * ({@code domicile.provinceCode}, {@code socialAssistance[1]}). A JSON document names the same field by its
 * JSON Pointer ({@code /domicile/provinceCode}, {@code /socialAssistance/1}).
 *
 * <pre>{@code
 * JsonPointers.fromFieldPath("domicile.provinceCode"); // "/domicile/provinceCode"
 * JsonPointers.fromFieldPath("socialAssistance[1]");   // "/socialAssistance/1"
 * JsonPointers.fromFieldPath("");                      // "" (the whole record)
 * JsonPointers.of(violation);                          // its "pointer" argument, else from its field path
 * }</pre>
 *
 * <p>Field violations found by the JSON binding ({@link RecordBinder#applicants()}, {@link FeedReader}) carry their
 * pointer as the extra argument {@value #ARGUMENT}, taken from the actual keys, so it stays exact even for
 * an unknown key containing {@code .}, {@code [}, {@code /} or {@code ~}, which a field path cannot tell
 * apart. Violations of the core parsers carry no pointer; {@link #of(Violation)} derives one from the path.
 */
public final class JsonPointers {

    /** The name of the violation argument holding the JSON Pointer. */
    public static final String ARGUMENT = "pointer";

    private JsonPointers() {}

    /**
     * The JSON Pointer of a field path: each name becomes a reference token ({@code ~} and {@code /} escaped
     * as {@code ~0} and {@code ~1}), each {@code [i]} an index token.
     */
    public static String fromFieldPath(String fieldPath) {
        if (fieldPath.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(fieldPath.length() + 4);
        int i = 0;
        int n = fieldPath.length();
        while (i < n) {
            char c = fieldPath.charAt(i);
            if (c == '[') {
                int close = fieldPath.indexOf(']', i);
                int end = close < 0 ? n : close;
                out.append('/').append(fieldPath, i + 1, end);
                i = close < 0 ? n : close + 1;
                if (i < n && fieldPath.charAt(i) == '.') {
                    i++;
                }
            } else {
                int end = i;
                while (end < n && fieldPath.charAt(end) != '.' && fieldPath.charAt(end) != '[') {
                    end++;
                }
                out.append('/').append(Problems.escapePointer(fieldPath.substring(i, end)));
                i = end < n && fieldPath.charAt(end) == '.' ? end + 1 : end;
            }
        }
        return out.toString();
    }

    /** The JSON Pointer of the field {@code violation} concerns: its {@value #ARGUMENT} argument if it has one. */
    public static String of(Violation violation) {
        Object pointer = violation.arguments().get(ARGUMENT);
        return pointer instanceof String s ? s : fromFieldPath(violation.field());
    }
}
