// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

/**
 * What the first character of a NIK or family-card number that is not an ASCII digit is: the
 * {@code characterKind} argument of {@link id.prakerja.core.validation.RuleCode#NIK_FORMAT} and
 * {@link id.prakerja.core.validation.RuleCode#KK_FORMAT}, beside {@code character} and {@code position}. Messages
 * print its label ({@code label.CharacterKind.<NAME>} in the message bundles): "letter O at position 16".
 */
public enum CharacterKind {
    /** A letter, such as {@code O} for {@code 0} or {@code l} for {@code 1}. */
    LETTER,
    /** A decimal digit of another script, such as the full-width {@code ３} or the Arabic-Indic {@code ٣}. */
    OTHER_DIGIT,
    /** A space or other whitespace. */
    SPACE,
    /** A control, format or unpaired surrogate character, invisible in most displays. */
    INVISIBLE,
    /** Any other character: punctuation, a symbol, an emoji. */
    SYMBOL;

    /** The kind of the code point {@code cp}. */
    static CharacterKind of(int cp) {
        if (Character.isLetter(cp)) {
            return LETTER;
        }
        if (Character.isDigit(cp)) {
            return OTHER_DIGIT;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SPACE;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE) {
            return INVISIBLE;
        }
        return SYMBOL;
    }

    /**
     * Adds {@code length} (in code points) and, where {@code text} holds a character other than an ASCII digit,
     * the first one's {@code character}, {@code characterKind} and {@code position} (1-based, in code points) to
     * a {@code NIK_FORMAT} or {@code KK_FORMAT} violation. A visible character is given as itself, a space or an
     * invisible one as {@code U+XXXX}.
     */
    static id.prakerja.core.validation.Violation.Builder describeFormat(
            id.prakerja.core.validation.Violation.Builder b, String text) {
        if (text == null) {
            return b.argument("length", 0);
        }
        b.argument("length", text.codePointCount(0, text.length()));
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            if (cp < '0' || cp > '9') {
                CharacterKind kind = of(cp);
                String shown = kind == SPACE || kind == INVISIBLE
                        ? String.format("U+%04X", cp)
                        : new String(Character.toChars(cp));
                return b.argument("character", shown)
                        .argument("characterKind", kind)
                        .argument("position", position);
            }
            i += Character.charCount(cp);
        }
        return b;
    }
}
