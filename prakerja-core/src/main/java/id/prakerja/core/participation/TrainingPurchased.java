// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A training bought with the balance. The course id identifies the purchase within the history; its
 * completion and review name the same id.
 */
@Value.Immutable
public abstract class TrainingPurchased extends ParticipantEvent {

    TrainingPurchased() {}

    /**
     * The purchase.
     *
     * @throws IllegalStateException if the course id is blank or longer than 100 characters, or the price
     *     is negative
     */
    public static TrainingPurchased of(LocalDate date, String courseId, Rupiah price) {
        return ImmutableTrainingPurchased.builder()
                .date(date)
                .courseId(courseId)
                .price(price)
                .build();
    }

    /** The course id. */
    public abstract String courseId();

    /** The price paid from the balance (zero for a free training). */
    public abstract Rupiah price();

    @Override
    public final EventType type() {
        return EventType.TRAINING_PURCHASED;
    }

    @Value.Check
    protected void check() {
        requireText(courseId(), "courseId");
        if (price().isNegative()) {
            throw new InvalidValueException("price must not be negative, was " + price());
        }
    }
}
