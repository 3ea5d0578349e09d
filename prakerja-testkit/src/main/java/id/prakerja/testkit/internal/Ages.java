package id.prakerja.testkit.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.random.RandomGenerator;

/** Ages and birth-date bounds, counted as the core's eligibility rules count them. */
public final class Ages {
    private Ages() {}

    /**
     * Age in whole years on {@code on}; someone born on 29 February turns a year older on 1 March in common
     * years (as {@link java.time.Period} counts, and as the core does).
     */
    public static int ageOn(LocalDate birth, LocalDate on) {
        int age = on.getYear() - birth.getYear();
        int m = on.getMonthValue() - birth.getMonthValue();
        if (m < 0 || (m == 0 && on.getDayOfMonth() < birth.getDayOfMonth())) {
            age--;
        }
        return age;
    }

    /** The latest birth date of someone at least {@code years} old on {@code on}. */
    public static LocalDate latestBirthAged(LocalDate on, int years) {
        LocalDate b = on.minusYears(years);
        while (ageOn(b, on) < years) {
            b = b.minusDays(1);
        }
        while (ageOn(b.plusDays(1), on) >= years) {
            b = b.plusDays(1);
        }
        return b;
    }

    /** The earliest birth date of someone at most {@code years} old on {@code on}. */
    public static LocalDate earliestBirthAged(LocalDate on, int years) {
        LocalDate b = on.minusYears(years + 1L).plusDays(1);
        while (ageOn(b, on) > years) {
            b = b.plusDays(1);
        }
        while (ageOn(b.minusDays(1), on) <= years) {
            b = b.minusDays(1);
        }
        return b;
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
