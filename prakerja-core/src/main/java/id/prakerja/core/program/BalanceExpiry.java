// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * When a recipient's training balance expires.
 *
 * <ul>
 *   <li>Semi-social-assistance scheme (to wave 47): on a fixed day of the programme year, 15 December
 *       (Permenko Perekonomian 11/2020 Pasal 19(1) huruf a): {@link #annual(MonthDay)}.
 *   <li>Normal scheme (from wave 48): the next training must be bought within 15 days of finishing the
 *       previous one: {@link #afterCompletion(int)}.
 * </ul>
 *
 * <p>Written in the parameter file as {@code ANNUAL 12-15} or {@code AFTER_COMPLETION 15}.
 */
public final class BalanceExpiry {

    /** The two ways a balance expires. */
    public enum Kind {
        /** On a fixed day of the programme year. */
        ANNUAL,
        /** A number of days after the previous training was completed. */
        AFTER_COMPLETION
    }

    private final Kind kind;
    private final MonthDay day;
    private final int days;

    private BalanceExpiry(Kind kind, MonthDay day, int days) {
        this.kind = kind;
        this.day = day;
        this.days = days;
    }

    /** Expires at the end of {@code day} of the programme year. */
    public static BalanceExpiry annual(MonthDay day) {
        return new BalanceExpiry(Kind.ANNUAL, Objects.requireNonNull(day, "day"), 0);
    }

    /**
     * Expires when no training is bought within {@code days} days of completing the previous one.
     *
     * @throws IllegalArgumentException if {@code days} is not positive
     */
    public static BalanceExpiry afterCompletion(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive, was " + days);
        }
        return new BalanceExpiry(Kind.AFTER_COMPLETION, null, days);
    }

    /**
     * Reads {@code ANNUAL MM-DD} or {@code AFTER_COMPLETION N}.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static BalanceExpiry parse(String text) {
        String t = text.trim();
        int space = t.indexOf(' ');
        String head = space < 0 ? t : t.substring(0, space);
        String tail = space < 0 ? "" : t.substring(space + 1).trim();
        try {
            if (head.equals("ANNUAL")) {
                return annual(MonthDay.parse("--" + tail));
            }
            if (head.equals("AFTER_COMPLETION")) {
                return afterCompletion(Integer.parseInt(tail));
            }
        } catch (RuntimeException e) {
            // fall through to the explanation
        }
        throw new IllegalArgumentException(
                "expected 'ANNUAL MM-DD' or 'AFTER_COMPLETION <days>', found '" + text + "'");
    }

    /** Which way the balance expires. */
    public Kind kind() {
        return kind;
    }

    /** The day of the programme year ({@link Kind#ANNUAL} only). */
    public MonthDay day() {
        if (kind != Kind.ANNUAL) {
            throw new IllegalStateException("a balance that expires after completion has no fixed day");
        }
        return day;
    }

    /** The days allowed after a completion ({@link Kind#AFTER_COMPLETION} only). */
    public int days() {
        if (kind != Kind.AFTER_COMPLETION) {
            throw new IllegalStateException("an annual expiry has no day count");
        }
        return days;
    }

    /** For {@link Kind#ANNUAL}: the last day the balance may be used in {@code programmeYear}. */
    public LocalDate lastDayIn(int programmeYear) {
        return day().atYear(programmeYear);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BalanceExpiry b && b.kind == kind && Objects.equals(b.day, day) && b.days == days;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, day, days);
    }

    /** The parameter-file form, e.g. {@code ANNUAL 12-15}. */
    @Override
    public String toString() {
        return kind == Kind.ANNUAL
                ? "ANNUAL " + String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth())
                : "AFTER_COMPLETION " + days;
    }
}
