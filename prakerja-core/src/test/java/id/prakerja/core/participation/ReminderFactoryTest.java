// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.validation.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Reminder#of} reassembles a reminder read back from its wire format. */
class ReminderFactoryTest {

    @Test
    void reassemblesAReminderThatEqualsTheOriginal() {
        Participant p = Histories.participant(Histories.accepted("2021-08-20", 18));
        List<Reminder> planned = ReminderPlanner.standard().remind(p, Histories.d("2021-09-12"));
        assertThat(planned).isNotEmpty();
        for (Reminder r : planned) {
            Reminder copy = Reminder.of(
                    r.code(),
                    r.participant(),
                    r.participantIndex(),
                    r.date(),
                    r.dueDate(),
                    r.channels(),
                    r.arguments());
            assertThat(copy).isEqualTo(r);
        }
    }

    @Test
    void refusesAFullNikAMissingArgumentOrANegativeIndex() {
        Set<ReminderChannel> sms = Set.of(ReminderChannel.SMS);
        java.time.LocalDate day = Histories.d("2021-09-12");
        assertThatThrownBy(() -> Reminder.of(
                        ReminderCode.PAYOUT_ACCOUNT_MISSING,
                        "3174015708990001",
                        0,
                        day,
                        day,
                        sms,
                        Map.of("dueDate", day, "amountDue", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reminder.of(
                        ReminderCode.PAYOUT_ACCOUNT_MISSING, "3174********0001", 0, day, day, sms, Map.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Reminder.of(
                        ReminderCode.PAYOUT_ACCOUNT_MISSING,
                        "3174********0001",
                        -1,
                        day,
                        day,
                        sms,
                        Map.of("dueDate", day, "amountDue", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
