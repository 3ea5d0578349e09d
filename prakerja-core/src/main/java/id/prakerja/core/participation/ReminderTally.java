// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How many reminders of one code were sent on one channel on one date: the figures an outreach activity
 * of the "reminding recipients" objective records.
 */
@Value.Immutable
public abstract class ReminderTally {

    ReminderTally() {}

    /** The date the reminders were produced for. */
    public abstract LocalDate date();

    /** The channel. */
    public abstract ReminderChannel channel();

    /** The reminder code. */
    public abstract ReminderCode code();

    /** How many reminders (one per participant). */
    public abstract int count();
}
