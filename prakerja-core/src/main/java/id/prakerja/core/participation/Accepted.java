// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The participant was named a recipient of {@link #wave()} on {@link #date()}. The wave decides every
 * amount and deadline of the participation; the date starts the first-purchase deadline.
 */
@Value.Immutable
public abstract class Accepted extends ParticipantEvent {

    Accepted() {}

    /**
     * The acceptance.
     *
     * @throws IllegalStateException if {@code wave} is below 1
     */
    public static Accepted of(LocalDate date, int wave) {
        return ImmutableAccepted.builder().date(date).wave(wave).build();
    }

    /** The wave of acceptance. */
    public abstract int wave();

    @Override
    public final EventType type() {
        return EventType.ACCEPTED;
    }

    @Value.Check
    protected void check() {
        if (wave() < 1) {
            throw new InvalidValueException("waves are numbered from 1, was " + wave());
        }
    }
}
