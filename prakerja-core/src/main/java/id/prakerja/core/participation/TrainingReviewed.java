// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A finished training was rated and reviewed on the dashboard, which unlocks the post-training incentive.
 */
@Value.Immutable
public abstract class TrainingReviewed extends ParticipantEvent {

    /** The lowest rating. */
    public static final int MIN_RATING = 1;

    /** The highest rating. */
    public static final int MAX_RATING = 5;

    TrainingReviewed() {}

    /**
     * The review.
     *
     * @throws IllegalStateException if the course id is blank or longer than 100 characters, or the rating
     *     is not 1–5
     */
    public static TrainingReviewed of(LocalDate date, String courseId, int rating) {
        return ImmutableTrainingReviewed.builder()
                .date(date)
                .courseId(courseId)
                .rating(rating)
                .build();
    }

    /** The course id of the purchase. */
    public abstract String courseId();

    /** The rating, 1–5 stars. */
    public abstract int rating();

    @Override
    public final EventType type() {
        return EventType.TRAINING_REVIEWED;
    }

    @Value.Check
    protected void check() {
        requireText(courseId(), "courseId");
        if (rating() < MIN_RATING || rating() > MAX_RATING) {
            throw new InvalidValueException("rating must be 1-5, was " + rating());
        }
    }
}
