// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.money;

import java.io.Serializable;

/**
 * An amount of whole rupiah, held in a {@code long}.
 *
 * <p>Arithmetic is checked: a result outside the range of {@code long} throws {@link ArithmeticException}
 * rather than wrapping. Amounts print the Indonesian way, with a dot between thousands and no
 * decimals: {@code Rp3.550.000}, {@code -Rp600.000}.
 *
 * <pre>{@code
 * Rupiah incentive = Rupiah.of(600_000);
 * Rupiah total = Rupiah.of(1_000_000).plus(incentive.times(4)).plus(Rupiah.of(50_000).times(3));
 * total.format();              // "Rp3.550.000"
 * Rupiah.parse("Rp3.550.000"); // the same amount
 * }</pre>
 *
 * <p>Equality is by amount. Instances are immutable.
 */
public final class Rupiah implements Comparable<Rupiah>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Rp0. */
    public static final Rupiah ZERO = new Rupiah(0);

    private final long amount;

    private Rupiah(long amount) {
        this.amount = amount;
    }

    /** The amount {@code amount} rupiah (may be negative, e.g. for a difference). */
    public static Rupiah of(long amount) {
        return amount == 0 ? ZERO : new Rupiah(amount);
    }

    /**
     * Reads an amount written as {@link #format()} writes it ({@code "Rp3.550.000"}, {@code "-Rp600.000"})
     * or as plain digits ({@code "3550000"}).
     *
     * @throws IllegalArgumentException if {@code text} is not such an amount or does not fit a {@code long}
     */
    public static Rupiah parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty amount; write e.g. Rp3.550.000 or 3550000");
        }
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        boolean prefixed = text.startsWith("Rp", i);
        if (prefixed) {
            i += 2;
        }
        long value = 0;
        int digitsInGroup = 0;
        boolean sawDot = false;
        boolean sawDigit = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                try {
                    value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("amount too large: " + text, e);
                }
                digitsInGroup++;
                sawDigit = true;
            } else if (c == '.' && sawDigit && (!sawDot ? digitsInGroup <= 3 : digitsInGroup == 3)) {
                sawDot = true;
                digitsInGroup = 0;
            } else {
                throw new IllegalArgumentException(
                        "not an amount of whole rupiah: '" + text + "'; write e.g. Rp3.550.000 or 3550000");
            }
        }
        if (!sawDigit || (sawDot && digitsInGroup != 3)) {
            throw new IllegalArgumentException(
                    "not an amount of whole rupiah: '" + text + "'; write e.g. Rp3.550.000 or 3550000");
        }
        return of(negative ? -value : value);
    }

    /** The amount in whole rupiah. */
    public long amount() {
        return amount;
    }

    /** {@code this + other}. */
    public Rupiah plus(Rupiah other) {
        return of(Math.addExact(amount, other.amount));
    }

    /** {@code this - other}. */
    public Rupiah minus(Rupiah other) {
        return of(Math.subtractExact(amount, other.amount));
    }

    /** {@code this × factor}. */
    public Rupiah times(long factor) {
        return of(Math.multiplyExact(amount, factor));
    }

    /** {@code -this}. */
    public Rupiah negate() {
        return of(Math.negateExact(amount));
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount < 0;
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount == 0;
    }

    /** Whether this amount is greater than {@code other}. */
    public boolean isGreaterThan(Rupiah other) {
        return amount > other.amount;
    }

    /** The smaller of this and {@code other}. */
    public Rupiah min(Rupiah other) {
        return amount <= other.amount ? this : other;
    }

    /** The amount written the Indonesian way: {@code Rp3.550.000}, {@code -Rp600.000}, {@code Rp0}. */
    public String format() {
        String digits = Long.toString(amount);
        int start = amount < 0 ? 1 : 0;
        int n = digits.length() - start;
        StringBuilder sb = new StringBuilder(n + n / 3 + 3);
        if (amount < 0) {
            sb.append('-');
        }
        sb.append("Rp");
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(start + i));
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rupiah r && r.amount == amount;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(amount);
    }

    /** Same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
