// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One reminder a portal should send to a participant: objective 3 of the DKI Jakarta cooperation agreement
 * of 17 September 2021, "mendorong serta mengingatkan penerima … memanfaatkan program dan saldo secara
 * maksimal". Produced by {@link ReminderPlanner}.
 *
 * <pre>{@code
 * Participant budi = Participant.of(nik, List.of(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18)));
 * for (Reminder r : ReminderPlanner.standard().remind(budi, LocalDate.of(2021, 9, 11))) {
 *     r.code();                        // FIRST_PURCHASE_DUE
 *     r.participant();                 // "3174********0001" (masked; never the full NIK)
 *     r.dueDate();                     // 2021-09-18 (day 30, the day of acceptance being day 1)
 *     r.text(Languages.INDONESIAN);     // "Segera beli pelatihan pertama Anda …"
 * }
 * }</pre>
 *
 * <p>A reminder carries the participant's masked NIK only; route it with {@link #participantIndex()}, the
 * position of the participant in the list given to the planner. For recording reminders as outreach
 * activities of the "reminding recipients" objective, a reminder exposes what such a record needs: the
 * {@link #date()}, its {@link #channels()} and {@link #code()}; {@link ReminderBatch#tallies()} adds the
 * count per date, channel and code.
 */
@Value.Immutable
public abstract class Reminder {

    Reminder() {}

    /**
     * A reminder with exactly these parts: what a reminder read back from its wire format (for example by
     * prakerja-json) holds. Planning reminders is {@link ReminderPlanner}'s job; this factory reassembles one
     * planned before.
     *
     * @param participant the participant's masked NIK
     * @throws IllegalStateException if an argument {@code code} needs is missing
     * @throws IllegalArgumentException if {@code participant} shows nine or more digits in a row (a reminder
     *     never holds a full NIK) or {@code participantIndex} is negative
     */
    public static Reminder of(
            ReminderCode code,
            String participant,
            int participantIndex,
            LocalDate date,
            LocalDate dueDate,
            Set<ReminderChannel> channels,
            Map<String, Object> arguments) {
        if (!Nik.maskNumbersIn(participant).equals(participant)) {
            throw new IllegalArgumentException("a reminder holds a masked NIK only, e.g. 3174********0001");
        }
        if (participantIndex < 0) {
            throw new IllegalArgumentException("participantIndex must not be negative, was " + participantIndex);
        }
        return ImmutableReminder.builder()
                .code(code)
                .participant(participant)
                .participantIndex(participantIndex)
                .date(date)
                .dueDate(dueDate)
                .channels(channels)
                .arguments(arguments)
                .build();
    }

    /** The stable code. */
    public abstract ReminderCode code();

    /** The participant's masked NIK, e.g. {@code 3174********0001}. */
    public abstract String participant();

    /** The position of the participant in the list given to the planner ({@code 0} for a single one). */
    public abstract int participantIndex();

    /** The day the reminder was produced for (the planner's date). */
    public abstract LocalDate date();

    /** The date the reminder is about; see each {@link ReminderCode} for its meaning. */
    public abstract LocalDate dueDate();

    /** The channels to send it on, as configured. */
    public abstract Set<ReminderChannel> channels();

    /** The values its texts use, by name: at least {@link ReminderCode#arguments()}. */
    public abstract Map<String, Object> arguments();

    /** The text in {@code locale}'s language (English for {@code en}, Bahasa Indonesia otherwise). */
    public String text(Locale locale) {
        return ReminderTexts.forLocale(locale).format(code(), arguments());
    }

    @Value.Check
    protected void check() {
        for (String name : code().arguments()) {
            if (!arguments().containsKey(name)) {
                throw new InvalidValueException(code() + " needs the argument '" + name + "'");
            }
        }
    }
}
