// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * The one definition of "blank" and "length" for free text such as a full name, shared by the parser, the
 * typed record and (as a pattern and {@code maxLength}) the JSON Schema: length counts code points (an emoji
 * or a rare CJK character is one), and blank means every code point has the Unicode {@code White_Space}
 * property: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and
 * U+3000 (not Java's {@link Character#isWhitespace(int)}, which leaves out the no-break spaces and adds
 * U+001C–U+001F).
 */
public final class Text {
    private Text() {}

    /** Whether {@code cp} has the Unicode {@code White_Space} property. */
    public static boolean isUnicodeWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D)
                || cp == 0x20
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** Whether every code point of {@code text} is Unicode white space (true for the empty text). */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!isUnicodeWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The length of {@code text} in code points (a lone surrogate counts as one). */
    public static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }
}
