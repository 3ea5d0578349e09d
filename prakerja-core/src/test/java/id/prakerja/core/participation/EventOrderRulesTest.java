// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.codes;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.incentive;
import static id.prakerja.core.participation.Histories.linked;
import static id.prakerja.core.participation.Histories.reviewed;
import static id.prakerja.core.participation.Histories.revoked;
import static id.prakerja.core.participation.Histories.survey;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PARTICIPATION_EVENT_ORDER}: what the lifecycle does not allow, with its reason. */
class EventOrderRulesTest {

    private static EventOrderProblem reason(Violation v) {
        assertThat(v.code()).isEqualTo(RuleCode.PARTICIPATION_EVENT_ORDER);
        return (EventOrderProblem) v.arguments().get("reason");
    }

    @Test
    void everyEventOfAHistoryWithoutAcceptanceIsOutOfOrder() {
        List<Violation> v = violations("2021-12-01", bought("2021-08-25", "C-1", 1), completed("2021-08-26", "C-1"));
        assertThat(v).hasSize(2).allSatisfy(x -> assertThat(reason(x)).isEqualTo(EventOrderProblem.NOT_ACCEPTED));
        assertThat(v.get(0).field()).isEqualTo("events[0]");
        assertThat(v.get(0).arguments()).containsEntry("event", EventType.TRAINING_PURCHASED);
        assertThat(Messages.english().format(v.get(0)))
                .isEqualTo(
                        "The training purchase is not allowed at this point: the participant has not been accepted.");
        assertThat(Messages.indonesian().format(v.get(0)))
                .isEqualTo("Peristiwa pembelian pelatihan tidak diperbolehkan pada titik ini: peserta belum diterima.");
    }

    @Test
    void anEmptyHistoryHasNoViolationsAndNoStatus() {
        assertThat(violations("2021-12-01")).isEmpty();
        assertThat(Histories.CHECKER.status(Histories.participant(), Histories.d("2021-12-01")))
                .isEmpty();
    }

    @Test
    void rejectsASecondAcceptance() {
        List<Violation> v = violations("2022-12-01", accepted("2021-08-20", 18), accepted("2022-03-01", 24));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(reason(x)).isEqualTo(EventOrderProblem.ALREADY_ACCEPTED);
            assertThat(x.field()).isEqualTo("events[1]");
        });
    }

    @Test
    void nothingMayFollowARevocation() {
        List<Violation> v = violations(
                "2021-12-01",
                accepted("2021-08-20", 18),
                revoked("2021-09-20", RevocationReason.NO_FIRST_PURCHASE),
                bought("2021-09-21", "C-1", 1),
                revoked("2021-09-22", RevocationReason.OTHER));
        assertThat(v)
                .extracting(EventOrderRulesTest::reason)
                .containsExactly(EventOrderProblem.AFTER_REVOCATION, EventOrderProblem.AFTER_REVOCATION);
    }

    @Test
    void aRevocationForNoFirstPurchaseNeedsThePassedDeadlineAndNoPurchase() {
        assertThat(codes(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        revoked("2021-09-19", RevocationReason.NO_FIRST_PURCHASE)))
                .isEmpty();
        // the last day to buy is 18 September (D + 29): a revocation on it is not yet due
        assertThat(violations(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        revoked("2021-09-18", RevocationReason.NO_FIRST_PURCHASE)))
                .extracting(EventOrderRulesTest::reason)
                .containsExactly(EventOrderProblem.REVOCATION_NOT_DUE);
        assertThat(violations(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        bought("2021-09-01", "C-1", 1),
                        revoked("2021-10-01", RevocationReason.NO_FIRST_PURCHASE)))
                .extracting(EventOrderRulesTest::reason)
                .containsExactly(EventOrderProblem.REVOCATION_NOT_DUE);
        // other reasons may come at any time
        assertThat(codes("2021-12-01", accepted("2021-08-20", 18), revoked("2021-08-25", RevocationReason.INELIGIBLE)))
                .isEmpty();
    }

    @Test
    void coursesAreBoughtOnceCompletedOnceAndReviewedOnceAfterCompletion() {
        List<Violation> v = violations(
                "2021-12-01",
                accepted("2021-08-20", 18),
                bought("2021-08-25", "C-1", 100_000),
                reviewed("2021-08-26", "C-1"),
                bought("2021-08-27", "C-1", 100_000),
                completed("2021-08-28", "C-2"),
                completed("2021-08-29", "C-1"),
                completed("2021-08-30", "C-1"),
                reviewed("2021-08-31", "C-1"),
                reviewed("2021-09-01", "C-1"),
                reviewed("2021-09-02", "C-3"));
        assertThat(v)
                .extracting(EventOrderRulesTest::reason)
                .containsExactly(
                        EventOrderProblem.COURSE_NOT_COMPLETED,
                        EventOrderProblem.COURSE_ALREADY_PURCHASED,
                        EventOrderProblem.COURSE_NOT_PURCHASED,
                        EventOrderProblem.COURSE_ALREADY_COMPLETED,
                        EventOrderProblem.COURSE_ALREADY_REVIEWED,
                        EventOrderProblem.COURSE_NOT_PURCHASED);
        assertThat(v)
                .extracting(Violation::field)
                .containsExactly("events[2]", "events[3]", "events[4]", "events[6]", "events[8]", "events[9]");
    }

    @Test
    void anIncentiveBeforeAnyTrainingIsOutOfOrder() {
        List<Violation> v = violations(
                "2021-12-01", accepted("2021-08-20", 18), linked("2021-08-21"), incentive("2021-08-22", 600_000));
        assertThat(v).extracting(EventOrderRulesTest::reason).containsExactly(EventOrderProblem.NO_TRAINING);
    }

    @Test
    void paymentsNeedAPayoutAccount() {
        List<Violation> v = violations(
                "2021-12-01",
                accepted("2021-08-20", 18),
                bought("2021-08-25", "C-1", 100_000),
                completed("2021-08-28", "C-1"),
                reviewed("2021-08-29", "C-1"),
                incentive("2021-09-01", 600_000),
                survey("2021-09-02", 50_000),
                linked("2021-09-03"),
                incentive("2021-10-01", 600_000));
        assertThat(v)
                .extracting(EventOrderRulesTest::reason)
                .containsExactly(EventOrderProblem.NO_PAYOUT_ACCOUNT, EventOrderProblem.NO_PAYOUT_ACCOUNT);
        assertThat(v).extracting(Violation::field).containsExactly("events[4]", "events[5]");
    }

    @Test
    void everyOrderProblemHasBothLabels() {
        for (EventOrderProblem p : EventOrderProblem.values()) {
            assertThat(p.label(Languages.INDONESIAN)).isNotBlank().isNotEqualTo(p.label(java.util.Locale.ENGLISH));
        }
        for (EventType t : EventType.values()) {
            assertThat(t.label(Languages.INDONESIAN)).isNotBlank().isNotEqualTo(t.label(java.util.Locale.ENGLISH));
        }
    }
}
