// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import java.time.LocalDate;

/** Allocation-light date helpers for the hot path (no exceptions, no regex). */
public final class Dates {
    private Dates() {}

    /**
     * The date written as exactly {@code YYYY-MM-DD} with ASCII digits and a four-digit year, or
     * {@code null}.
     */
    public static LocalDate parseIsoDate(String s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = Digits.parseAsciiDigits(s, 0, 4);
        int month = Digits.parseAsciiDigits(s, 5, 7);
        int day = Digits.parseAsciiDigits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0 || !Digits.isCalendarDate(year, month, day)) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** A whole non-negative number of at most 9 ASCII digits, or {@code -1}. */
    public static int parseSmallNonNegative(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return -1;
        }
        return Digits.parseAsciiDigits(s, 0, s.length());
    }

    /**
     * Age in whole years on {@code on}. A person born on 29 February turns a year older on 1 March in common
     * years (as {@link java.time.Period} counts).
     */
    public static int ageOn(LocalDate birth, LocalDate on) {
        int age = on.getYear() - birth.getYear();
        int m = on.getMonthValue() - birth.getMonthValue();
        if (m < 0 || (m == 0 && on.getDayOfMonth() < birth.getDayOfMonth())) {
            age--;
        }
        return age;
    }

    /** The first day on which someone born on {@code birth} is {@code years} old (see {@link #ageOn}). */
    public static LocalDate dayOfAge(LocalDate birth, int years) {
        LocalDate d = birth.plusYears(years);
        if (d.getDayOfMonth() != birth.getDayOfMonth()) {
            // 29 February in a common year: plusYears clamps to the 28th, but the birthday counts on 1 March
            d = d.plusDays(1);
        }
        return d;
    }
}
