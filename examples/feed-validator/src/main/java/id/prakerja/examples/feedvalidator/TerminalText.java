// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

/**
 * The one escaping of text from the input for a terminal (the text report, messages on standard error):
 * control characters (C0, DEL, C1: newline, carriage return, ESC, NUL, …), the bidirectional formatting
 * characters (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators
 * (U+2028, U+2029) and lone surrogates become visible six-character escapes (a backslash, {@code u} and four
 * hexadecimal digits: U+202E shows as backslash-u-202E), so that the input can
 * neither forge report lines nor move the cursor, recolour or reverse the text.
 */
final class TerminalText {
    private TerminalText() {}

    /** {@code text} with every character named above replaced by its visible escape. */
    static String escape(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
        while (i < n) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c <= 0xFFFF && needsEscape((char) c)) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
            i += width;
        }
        return b.toString();
    }

    private static boolean needsEscape(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
            return true;
        }
        switch (c) {
            case '\u061C':
            case '\u200E':
            case '\u200F':
            case '\u2028':
            case '\u2029':
            case '\u202A':
            case '\u202B':
            case '\u202C':
            case '\u202D':
            case '\u202E':
            case '\u2066':
            case '\u2067':
            case '\u2068':
            case '\u2069':
                return true;
            default:
                return false;
        }
    }
}
