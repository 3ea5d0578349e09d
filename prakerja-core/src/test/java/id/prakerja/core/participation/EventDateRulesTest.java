// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.codes;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.d;
import static id.prakerja.core.participation.Histories.status;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PARTICIPATION_EVENT_DATE} and the processing order of a history. */
class EventDateRulesTest {

    @Test
    void rejectsAnEventDatedBeforeTheAcceptance() {
        List<Violation> v = violations("2021-12-01", bought("2021-08-19", "C-1", 1), accepted("2021-08-20", 18));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_EVENT_DATE);
            assertThat(x.field()).isEqualTo("events[0].date");
            assertThat(x.arguments())
                    .containsEntry("event", EventType.TRAINING_PURCHASED)
                    .containsEntry("date", d("2021-08-19"))
                    .containsEntry("reason", EventDateProblem.BEFORE_ACCEPTANCE)
                    .containsEntry("limit", d("2021-08-20"));
            assertThat(Messages.english().format(x))
                    .isEqualTo(
                            "The training purchase is dated 19 August 2021, before the acceptance (20 August 2021).");
            assertThat(Messages.indonesian().format(x))
                    .isEqualTo("Peristiwa pembelian pelatihan bertanggal 19 Agustus 2021, sebelum penerimaan"
                            + " (20 Agustus 2021).");
        });
    }

    @Test
    void rejectsEventsDatedAfterTheEvaluationDateAndIgnoresThem() {
        List<Violation> v = violations(
                "2021-09-01",
                accepted("2021-08-20", 18),
                bought("2021-09-01", "C-1", 1),
                completed("2021-09-02", "C-1"));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_EVENT_DATE);
            assertThat(x.field()).isEqualTo("events[2].date");
            assertThat(x.arguments())
                    .containsEntry("reason", EventDateProblem.AFTER_EVALUATION_DATE)
                    .containsEntry("limit", d("2021-09-01"));
        });
    }

    @Test
    void anAcceptanceAfterTheEvaluationDateLeavesTheOtherEventsWithoutAcceptance() {
        assertThat(codes("2021-08-19", accepted("2021-08-20", 18), bought("2021-08-18", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_EVENT_ORDER, RuleCode.PARTICIPATION_EVENT_DATE);
    }

    @Test
    void eventsAreProcessedByDateWhateverTheListOrder() {
        assertThat(codes(
                        "2021-12-01",
                        completed("2021-09-02", "C-1"),
                        bought("2021-09-01", "C-1", 1),
                        accepted("2021-08-20", 18)))
                .isEmpty();
    }

    @Test
    void onOneDayTheAcceptanceComesFirstThenListOrder() {
        assertThat(codes(
                        "2021-12-01",
                        bought("2021-08-20", "C-1", 1),
                        completed("2021-08-20", "C-1"),
                        accepted("2021-08-20", 18)))
                .isEmpty();
        assertThat(codes(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        completed("2021-08-21", "C-1"),
                        bought("2021-08-21", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_EVENT_ORDER); // completing a course not yet bought
    }

    @Test
    void anUnknownWaveIsAnInvalidFieldAndStopsTheCheck() {
        List<Violation> v = violations("2025-12-01", accepted("2025-08-20", 99), bought("2025-08-21", "C-1", 1));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.FIELD_INVALID);
            assertThat(x.field()).isEqualTo("events[0].wave");
            assertThat(x.arguments()).containsEntry("expected", "a wave from 1 to 71");
        });
        assertThat(Histories.CHECKER.status(Histories.participant(accepted("2025-08-20", 99)), d("2025-12-01")))
                .isEmpty();
    }

    @Test
    void theStatusIgnoresEventsAfterItsDate() {
        ParticipantStatus s = status("2021-08-31", accepted("2021-08-20", 18), bought("2021-09-01", "C-1", 500_000));
        assertThat(s.firstPurchaseDate()).isEmpty();
        assertThat(s.remainingBalance().amount()).isEqualTo(1_000_000);
    }

    @Test
    void failFastStopsAtTheFirstViolation() {
        ParticipationChecker failFast =
                ParticipationChecker.builder().failFast(true).build();
        Participant p = Histories.participant(
                bought("2021-08-25", "C-1", 1), completed("2021-08-26", "C-1"), completed("2021-08-27", "C-2"));
        assertThat(failFast.violations(p, d("2021-12-01"))).hasSize(1);
        assertThat(Histories.CHECKER.violations(p, d("2021-12-01"))).hasSize(3);
    }
}
