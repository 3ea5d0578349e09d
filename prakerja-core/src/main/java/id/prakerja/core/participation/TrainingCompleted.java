// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A bought training was finished. */
@Value.Immutable
public abstract class TrainingCompleted extends ParticipantEvent {

    TrainingCompleted() {}

    /**
     * The completion.
     *
     * @throws IllegalStateException if the course id is blank or longer than 100 characters
     */
    public static TrainingCompleted of(LocalDate date, String courseId) {
        return ImmutableTrainingCompleted.builder()
                .date(date)
                .courseId(courseId)
                .build();
    }

    /** The course id of the purchase. */
    public abstract String courseId();

    @Override
    public final EventType type() {
        return EventType.TRAINING_COMPLETED;
    }

    @Value.Check
    protected void check() {
        requireText(courseId(), "courseId");
    }
}
