// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * Allocation-free helpers for the 16-digit identifiers (NIK, family-card number) and dates encoded in
 * them. No regex, no exceptions: these run once per record on the hot path of feed validation.
 */
public final class Digits {
    private Digits() {}

    /**
     * The value of {@code s} when it is exactly {@code length} ASCII digits ({@code '0'}–{@code '9'}),
     * otherwise {@code -1}. Other Unicode digits (Arabic-Indic, full-width…) and whitespace are rejected.
     */
    public static long parseAsciiDigits(CharSequence s, int length) {
        if (s == null || s.length() != length) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Whether {@code s} is exactly {@code length} ASCII digits ({@code '0'}–{@code '9'}); other Unicode digits
     * are not. The library's one digit test for codes (region codes, province keys).
     */
    public static boolean isAsciiDigits(CharSequence s, int length) {
        return s != null && s.length() == length && isAsciiDigits(s, 0, length);
    }

    /** Whether {@code s[from, to)} holds only ASCII digits (true for an empty range). */
    public static boolean isAsciiDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of the ASCII digits {@code s[from, to)} (at most 9 of them), or {@code -1} when one is not an
     * ASCII digit.
     */
    public static int parseAsciiDigits(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * The two decimal digits of a 16-digit value at 0-based position {@code pos} (0, 2, 4, … 14).
     *
     * <p>The divisors are constants in the source so that, once the call is inlined with a constant
     * {@code pos}, the JIT turns each 64-bit division into a multiplication; a divisor loaded from an array
     * stays a hardware division, several of which every record of a feed pays for.
     */
    public static int pair(long value16, int pos) {
        switch (pos) {
            case 0:
                return (int) (value16 / 100_000_000_000_000L % 100);
            case 2:
                return (int) (value16 / 1_000_000_000_000L % 100);
            case 4:
                return (int) (value16 / 10_000_000_000L % 100);
            case 6:
                return (int) (value16 / 100_000_000L % 100);
            case 8:
                return (int) (value16 / 1_000_000L % 100);
            case 10:
                return (int) (value16 / 10_000L % 100);
            case 12:
                return (int) (value16 / 100L % 100);
            case 14:
                return (int) (value16 % 100);
            default:
                return (int) ((value16 / POW10[14 - pos]) % 100);
        }
    }

    /** The last four digits of a 16-digit value. */
    public static int lastFour(long value16) {
        return (int) (value16 % 10_000);
    }

    /** Whether {@code day}/{@code month}/{@code year} is a date of the proleptic Gregorian calendar. */
    public static boolean isCalendarDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= monthLength(year, month);
    }

    /** Compares the date {@code year-month-day} with {@code other} without creating a {@link java.time.LocalDate}. */
    public static int compareDates(int year, int month, int day, java.time.LocalDate other) {
        int c = Integer.compare(year, other.getYear());
        if (c == 0) {
            c = Integer.compare(month, other.getMonthValue());
        }
        return c != 0 ? c : Integer.compare(day, other.getDayOfMonth());
    }

    /** The number of days in {@code month} of {@code year}. */
    public static int monthLength(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Gregorian leap-year rule (2000 is leap, 1900 is not). */
    public static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    /** The 16-digit zero-padded decimal form of {@code value}. */
    public static String toSixteenDigits(long value) {
        char[] out = new char[16];
        long v = value;
        for (int i = 15; i >= 0; i--) {
            out[i] = (char) ('0' + (v % 10));
            v /= 10;
        }
        return new String(out);
    }

    /**
     * A masked form of a personal number that shows at most its first and last four characters:
     * {@code 3174********0001}. Values shorter than 12 characters are masked entirely. Works on code points:
     * a kept character is never half of a surrogate pair, each hidden code point is one {@code *}, and a lone
     * surrogate is shown as U+FFFD.
     */
    public static String mask(CharSequence s) {
        if (s == null) {
            return "null";
        }
        int n = s.length();
        if (n >= 12 && n <= 64 && noSurrogates(s, n)) {
            // the common case (a NIK of 16 ASCII digits): one char per code point, nothing to replace
            char[] out = new char[n];
            for (int i = 0; i < n; i++) {
                out[i] = i < 4 || i >= n - 4 ? s.charAt(i) : '*';
            }
            return new String(out);
        }
        int count = Character.codePointCount(s, 0, n);
        if (count < 12) {
            return "*".repeat(count);
        }
        StringBuilder sb = new StringBuilder(n);
        int keepEnd = Character.offsetByCodePoints(s, 0, 4);
        int tailStart = Character.offsetByCodePoints(s, n, -4);
        appendReplacingLoneSurrogates(sb, s, 0, keepEnd);
        sb.append("*".repeat(count - 8));
        appendReplacingLoneSurrogates(sb, s, tailStart, n);
        return sb.toString();
    }

    private static boolean noSurrogates(CharSequence s, int n) {
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The shortest run of digits that {@link #maskNumbersIn(CharSequence)} masks. */
    public static final int MASKED_RUN = 9;

    /**
     * {@code text} with every run of {@value #MASKED_RUN} or more digits masked as {@link #mask(CharSequence)}
     * does, and every lone surrogate replaced by U+FFFD. A digit is any Unicode decimal digit
     * ({@link Character#isDigit(int)}: ASCII, full-width {@code ３}, Arabic-Indic {@code ٣}, …), so a run may mix
     * scripts. Works on code points. Returns {@code text} itself (when it is a {@code String}) if nothing
     * changes, so that text without numbers costs no allocation.
     */
    public static String maskNumbersIn(CharSequence text) {
        int n = text.length();
        if (!needsMasking(text, n)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (!Character.isDigit(c)) {
                appendReplacingLoneSurrogates(out, text, i, i + Character.charCount(c));
                i += Character.charCount(c);
                continue;
            }
            int j = i;
            int digits = 0;
            while (j < n) {
                int d = Character.codePointAt(text, j);
                if (!Character.isDigit(d)) {
                    break;
                }
                digits++;
                j += Character.charCount(d);
            }
            if (digits >= MASKED_RUN) {
                out.append(mask(text.subSequence(i, j)));
            } else {
                out.append(text, i, j);
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean needsMasking(CharSequence text, int n) {
        int run = 0;
        for (int i = 0; i < n; ) {
            int c = Character.codePointAt(text, i);
            if (Character.isDigit(c)) {
                if (++run >= MASKED_RUN) {
                    return true;
                }
            } else {
                run = 0;
                if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                    return true;
                }
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static void appendReplacingLoneSurrogates(StringBuilder sb, CharSequence s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(s, i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                sb.append('\uFFFD');
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
    }

    private static final long[] POW10 = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L
    };
}
