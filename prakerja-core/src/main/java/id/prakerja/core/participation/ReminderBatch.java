// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reminders for a list of participants on one date, in participant order, with their tallies.
 *
 * <pre>{@code
 * ReminderBatch batch = ReminderPlanner.standard().remind(participants, LocalDate.of(2021, 12, 8));
 * batch.reminders().size();
 * batch.count(ReminderCode.BALANCE_EXPIRING, ReminderChannel.SMS);
 * batch.tallies(); // [date, channel, code, count] for recording outreach activities
 * }</pre>
 */
public final class ReminderBatch {

    private final LocalDate date;
    private final List<Reminder> reminders;

    ReminderBatch(LocalDate date, List<Reminder> reminders) {
        this.date = date;
        this.reminders = List.copyOf(reminders);
    }

    /** The date the reminders were produced for. */
    public LocalDate date() {
        return date;
    }

    /** Every reminder, in participant order, then code order. */
    public List<Reminder> reminders() {
        return reminders;
    }

    /** How many reminders of {@code code} go out on {@code channel}. */
    public int count(ReminderCode code, ReminderChannel channel) {
        int n = 0;
        for (Reminder r : reminders) {
            if (r.code() == code && r.channels().contains(channel)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The count of reminders per channel and code (non-zero counts only; channels, then codes, in enum
     * order): what an outreach activity of the "reminding recipients" objective records.
     */
    public List<ReminderTally> tallies() {
        Map<ReminderChannel, int[]> counts = new EnumMap<>(ReminderChannel.class);
        for (Reminder r : reminders) {
            for (ReminderChannel c : r.channels()) {
                counts.computeIfAbsent(c, k -> new int[ReminderCode.values().length])[
                        r.code().ordinal()]++;
            }
        }
        List<ReminderTally> out = new ArrayList<>();
        for (Map.Entry<ReminderChannel, int[]> e : counts.entrySet()) {
            for (ReminderCode code : ReminderCode.values()) {
                int n = e.getValue()[code.ordinal()];
                if (n > 0) {
                    out.add(ImmutableReminderTally.builder()
                            .date(date)
                            .channel(e.getKey())
                            .code(code)
                            .count(n)
                            .build());
                }
            }
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReminderBatch b && b.date.equals(date) && b.reminders.equals(reminders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, reminders);
    }

    @Override
    public String toString() {
        return "ReminderBatch[" + date + ", " + reminders.size() + " reminders]";
    }
}
