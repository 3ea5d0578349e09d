// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.InvalidValueException;
import org.immutables.value.Value;

/**
 * A count of activities and of the people they reached.
 *
 * <pre>{@code
 * Tally.of(2, 300).plus(Tally.of(1, 50)); // Tally{activities=3, peopleReached=350}
 * }</pre>
 */
@Value.Immutable
public abstract class Tally {

    /** No activity, nobody reached. */
    public static final Tally ZERO = of(0, 0);

    Tally() {}

    /** The number of activities. */
    @Value.Parameter
    public abstract long activities();

    /** The number of people they reached, summed over the activities. */
    @Value.Parameter
    public abstract long peopleReached();

    /**
     * The sum of this tally and {@code other}.
     *
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    public final Tally plus(Tally other) {
        if (other.activities() == 0 && other.peopleReached() == 0) {
            return this;
        }
        return of(
                Math.addExact(activities(), other.activities()), Math.addExact(peopleReached(), other.peopleReached()));
    }

    @Value.Check
    protected void check() {
        if (activities() < 0 || peopleReached() < 0) {
            throw new InvalidValueException(
                    "a tally is never negative: " + activities() + " activities, " + peopleReached() + " people");
        }
    }

    /** A tally of {@code activities} activities that reached {@code peopleReached} people. */
    public static Tally of(long activities, long peopleReached) {
        return ImmutableTally.of(activities, peopleReached);
    }
}
