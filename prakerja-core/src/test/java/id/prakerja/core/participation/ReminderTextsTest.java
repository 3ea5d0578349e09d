// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.internal.Templates;
import id.prakerja.core.validation.Languages;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The id/en reminder texts: every code has both, and every placeholder is an argument the reminder carries. */
class ReminderTextsTest {

    @ParameterizedTest
    @EnumSource(ReminderCode.class)
    void everyCodeHasBothTextsUsingExactlyItsArguments(ReminderCode code) {
        for (Locale locale : new Locale[] {Languages.INDONESIAN, Locale.ENGLISH}) {
            String template = ReminderPlanner.template(code, locale);
            assertThat(template).as("%s %s", locale, code).isNotBlank();
            Set<String> placeholders = Templates.placeholders(template);
            assertThat(placeholders)
                    .as("placeholders of the %s text of %s", locale, code)
                    .containsExactlyInAnyOrderElementsOf(code.arguments());
        }
        assertThat(ReminderPlanner.template(code, Languages.INDONESIAN))
                .isNotEqualTo(ReminderPlanner.template(code, Locale.ENGLISH));
        assertThat(code.label(Languages.INDONESIAN)).isNotEqualTo(code.label(Locale.ENGLISH));
    }

    @Test
    void everyReminderThePlannerProducesRendersCompletelyInBothLanguages() {
        List<Participant> participants = List.of(
                Histories.participant(accepted("2020-11-15", 11)),
                Histories.participant(accepted("2020-11-05", 11), bought("2020-11-10", "C-1", 400_000)),
                Histories.participant(
                        accepted("2020-11-05", 11),
                        bought("2020-11-06", "C-1", 400_000),
                        completed("2020-11-20", "C-1")));
        ReminderBatch batch = ReminderPlanner.standard().remind(participants, d("2020-12-10"));
        Set<ReminderCode> seen = EnumSet.noneOf(ReminderCode.class);
        batch.reminders().forEach(r -> seen.add(r.code()));
        assertThat(seen).containsExactlyInAnyOrder(ReminderCode.values());
        for (Reminder r : batch.reminders()) {
            assertThat(r.arguments().keySet()).containsAll(r.code().arguments());
            for (Locale locale : new Locale[] {Languages.INDONESIAN, Locale.ENGLISH, Locale.FRENCH}) {
                assertThat(r.text(locale)).doesNotContain("{").doesNotContain("}");
            }
        }
        assertThat(batch.reminders().get(0).text(Locale.FRENCH))
                .isEqualTo(batch.reminders().get(0).text(Languages.INDONESIAN));
    }
}
