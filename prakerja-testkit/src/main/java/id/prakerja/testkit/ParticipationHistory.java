// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A generated participation history: a {@link Participant} (NIK and events) and the date to evaluate it on,
 * for a recipient accepted at {@link #wave()}. Made by a {@link HistoryGenerator}; {@code toString} masks
 * every NIK.
 *
 * <pre>{@code
 * ParticipationHistory h = Participations.valid().atWave(18).sample(42);
 * ParticipationChecker.standard().violations(h.participant(), h.evaluationDate()); // []
 * ParticipationChecker.standard().status(h.participant(), h.evaluationDate());    // where they stand
 * }</pre>
 *
 * <p>The events are in date order (on one day, in the order they happened); every event of a valid history
 * is dated on or before the evaluation date. Instances are immutable; equality is by value.
 */
public final class ParticipationHistory {
    private final Participant participant;
    private final LocalDate evaluationDate;
    private final int wave;

    private ParticipationHistory(Participant participant, LocalDate evaluationDate, int wave) {
        this.participant = participant;
        this.evaluationDate = evaluationDate;
        this.wave = wave;
    }

    /**
     * The history of {@code participant}, evaluated on {@code evaluationDate}, of a recipient accepted at
     * {@code wave}.
     *
     * <pre>{@code
     * ParticipationHistory h = ParticipationHistory.of(siti, LocalDate.of(2021, 12, 31), 18);
     * }</pre>
     */
    public static ParticipationHistory of(Participant participant, LocalDate evaluationDate, int wave) {
        return new ParticipationHistory(
                Objects.requireNonNull(participant, "participant"),
                Objects.requireNonNull(evaluationDate, "evaluationDate"),
                wave);
    }

    /**
     * The participant: NIK and events.
     *
     * <pre>{@code
     * checker.violations(h.participant(), h.evaluationDate());
     * }</pre>
     */
    public Participant participant() {
        return participant;
    }

    /**
     * The date to evaluate the history on: on or after its last event (for a valid history).
     *
     * <pre>{@code
     * checker.status(h.participant(), h.evaluationDate()).orElseThrow().remainingBalance();
     * }</pre>
     */
    public LocalDate evaluationDate() {
        return evaluationDate;
    }

    /**
     * The wave of acceptance, which selects the benefit package and the deadlines.
     *
     * <pre>{@code
     * ParticipationChecker.standard().benefits(h.wave()).trainingAid(); // Rp1.000.000 to wave 47
     * }</pre>
     */
    public int wave() {
        return wave;
    }

    /**
     * The participant's NIK.
     *
     * <pre>{@code
     * h.nik().toString(); // "3174********0001"
     * }</pre>
     */
    public Nik nik() {
        return participant.nik();
    }

    /**
     * The events, in date order.
     *
     * <pre>{@code
     * h.events().get(0).type(); // ACCEPTED (for a history with an acceptance)
     * }</pre>
     */
    public List<ParticipantEvent> events() {
        return participant.events();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParticipationHistory h
                && h.wave == wave
                && h.evaluationDate.equals(evaluationDate)
                && h.participant.equals(participant);
    }

    @Override
    public int hashCode() {
        return Objects.hash(participant, evaluationDate, wave);
    }

    /** E.g. {@code ParticipationHistory[wave 18, nik 3174********0001, evaluated 2021-12-31, events [...]]}. */
    @Override
    public String toString() {
        return "ParticipationHistory[wave " + wave + ", nik " + participant.nik() + ", evaluated " + evaluationDate
                + ", events " + participant.events() + "]";
    }
}
