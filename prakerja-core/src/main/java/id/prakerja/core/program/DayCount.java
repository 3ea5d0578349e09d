// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the programme counts "within N days" of a day: whether that day is day 1 or day 0.
 *
 * <p>The programme counts the day the participant is notified as day 1 (facts §11 K2: wave 19 announced
 * on 1 September 2021 had its last day on 30 September; wave 21, announced on 22 September 2021, on 21
 * October): "30 days" from a notification on D ends on D + 29, and a purchase on D + 30 is late. This is
 * the parameter {@link ParameterKey#DEADLINE_DAY_COUNT}, read by the first-purchase deadline, the
 * revocation that falls due after it, and the 15 days after a completion of the normal scheme.
 *
 * <pre>{@code
 * DayCount.START_IS_DAY_ONE.lastDay(LocalDate.of(2021, 9, 1), 30);    // 2021-09-30
 * DayCount.START_IS_DAY_ZERO.lastDay(LocalDate.of(2021, 9, 1), 30);   // 2021-10-01
 * }</pre>
 */
public enum DayCount {
    /** The starting day is day 1: N days from D end on D + N − 1 (the programme's counting). */
    START_IS_DAY_ONE,
    /** The starting day is day 0: N days from D end on D + N. */
    START_IS_DAY_ZERO;

    /**
     * The last day of a period of {@code days} days from {@code start}, counted this way.
     *
     * @throws IllegalArgumentException if {@code days} is not positive
     */
    public LocalDate lastDay(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive, was " + days);
        }
        return this == START_IS_DAY_ONE ? start.plusDays(days - 1L) : start.plusDays(days);
    }
}
