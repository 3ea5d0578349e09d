// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.random.RandomGenerator;

/**
 * Calendar helpers of the generators. Birth-date bounds are built from birthdays by calendar arithmetic
 * ({@link LocalDate#minusYears}), not by counting ages: the generators must not share the age algorithm
 * of the checker they test. Someone born on 29 February has a birthday on 1 March in common years, the
 * convention of the programme's rules (Period-style counting): {@code minusYears} clamps a 29 February to
 * 28 February, so a 28 February evaluation date finds the leap-day child still a year younger.
 */
public final class Dates {
    private Dates() {}

    /**
     * The latest birth date of someone at least {@code years} old on {@code on}: the day {@code years}
     * calendar years before {@code on} (their {@code years}-th birthday is {@code on}).
     */
    public static LocalDate latestBirthAged(LocalDate on, int years) {
        return on.minusYears(years);
    }

    /**
     * The earliest birth date of someone at most {@code years} old on {@code on}: the day after the birth
     * date whose {@code years + 1}-th birthday is {@code on}.
     */
    public static LocalDate earliestBirthAged(LocalDate on, int years) {
        return on.minusYears(years + 1L).plusDays(1);
    }

    /** The first 29 February on or after {@code from} and on or before {@code to}, or {@code null}. */
    public static LocalDate leapDayBetween(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (Year.isLeap(y)) {
                LocalDate d = LocalDate.of(y, 2, 29);
                if (!d.isBefore(from) && !d.isAfter(to)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first date with day of month {@code day} within [{@code from}, {@code to}], or {@code null}. */
    public static LocalDate dayOfMonthBetween(LocalDate from, LocalDate to, int day) {
        LocalDate d = from;
        for (int i = 0; i < 400 && !d.isAfter(to); i++) {
            if (d.getDayOfMonth() == day) {
                return d;
            }
            d = d.plusDays(1);
        }
        return null;
    }

    /** A uniformly drawn day within [{@code from}, {@code to}]. */
    public static LocalDate between(RandomGenerator random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + (span <= 0 ? 0 : random.nextLong(span + 1)));
    }
}
