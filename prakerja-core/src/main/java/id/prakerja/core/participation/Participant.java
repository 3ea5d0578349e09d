// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import java.util.List;
import org.immutables.value.Value;

/**
 * A recipient and the history of their participation: the NIK and the events, as a list.
 *
 * <pre>{@code
 * Participant siti = Participant.builder()
 *         .nik("3174015708990001")              // parsed; throws InvalidNikException if invalid
 *         .addEvents(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18))
 *         .addEvents(ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 1), "C-101", Rupiah.of(700_000)))
 *         .build();
 * }</pre>
 *
 * <p>The list may hold anything, in any order: {@link ParticipationChecker} reports what the lifecycle
 * does not allow, with the field path {@code events[i]} of the list position. It processes the events by
 * date; on one day the acceptance first, then the others in list order. {@code toString} masks every NIK.
 */
@Value.Immutable
public abstract class Participant {

    Participant() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The participant with {@code nik} and {@code events}. */
    public static Participant of(Nik nik, List<? extends ParticipantEvent> events) {
        return builder().nik(nik).addAllEvents(events).build();
    }

    /** The participant's NIK (masked in {@code toString}). */
    public abstract Nik nik();

    /** The history, in the order given. */
    public abstract List<ParticipantEvent> events();

    /** Builds a {@link Participant}; {@code build()} throws {@link IllegalStateException} without a NIK. */
    public static final class Builder extends ImmutableParticipant.Builder {
        /** A new, empty builder. */
        public Builder() {}

        /**
         * Sets the NIK from its 16 digits.
         *
         * @throws id.prakerja.core.identity.InvalidNikException if {@code nik} is not a valid NIK
         */
        public Builder nik(String nik) {
            nik(Nik.parse(nik));
            return this;
        }
    }
}
