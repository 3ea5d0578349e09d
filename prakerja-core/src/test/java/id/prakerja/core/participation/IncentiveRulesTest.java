// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.codes;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.d;
import static id.prakerja.core.participation.Histories.incentive;
import static id.prakerja.core.participation.Histories.linked;
import static id.prakerja.core.participation.Histories.reviewed;
import static id.prakerja.core.participation.Histories.survey;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code PARTICIPATION_INCENTIVE_PRECONDITION}, {@code PARTICIPATION_INCENTIVE_EXCESS} and
 * {@code PARTICIPATION_SURVEY_EXCESS}: 4 × Rp600.000 and 3 × Rp50.000 to wave 47; 1 × Rp600.000 and 2 ×
 * Rp50.000 from wave 48.
 */
class IncentiveRulesTest {

    /** Accepted at wave 18, trained, reviewed and linked by 2021-09-05. */
    private static List<ParticipantEvent> readyAtWave18() {
        return new ArrayList<>(List.of(
                accepted("2021-08-20", 18),
                bought("2021-08-25", "C-1", 500_000),
                completed("2021-09-01", "C-1"),
                reviewed("2021-09-02", "C-1"),
                linked("2021-09-03")));
    }

    /** Accepted at wave 48, trained, reviewed and linked by 2023-03-10. */
    private static List<ParticipantEvent> readyAtWave48() {
        return new ArrayList<>(List.of(
                accepted("2023-02-20", 48),
                bought("2023-02-25", "C-1", 3_500_000),
                completed("2023-03-05", "C-1"),
                reviewed("2023-03-06", "C-1"),
                linked("2023-03-07")));
    }

    private static List<Violation> check(String date, List<ParticipantEvent> events) {
        return Histories.CHECKER.violations(Participant.of(Histories.NIK, events), d(date));
    }

    @Test
    void paysFourIncentivesAndThreeSurveysToWave47() {
        List<ParticipantEvent> e = readyAtWave18();
        for (int m = 0; m < 4; m++) {
            e.add(ParticipantEvent.incentivePaid(d("2021-09-10").plusMonths(m), Rupiah.of(600_000)));
        }
        for (int k = 0; k < 3; k++) {
            e.add(ParticipantEvent.surveyIncentivePaid(d("2021-09-10").plusWeeks(k), Rupiah.of(50_000)));
        }
        assertThat(check("2022-03-01", e)).isEmpty();
    }

    @Test
    void rejectsAFifthIncentiveToWave47() {
        List<ParticipantEvent> e = readyAtWave18();
        for (int m = 0; m < 5; m++) {
            e.add(ParticipantEvent.incentivePaid(d("2021-09-10").plusMonths(m), Rupiah.of(600_000)));
        }
        List<Violation> v = check("2022-03-01", e);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_INCENTIVE_EXCESS);
            assertThat(x.field()).isEqualTo("events[9]");
            assertThat(x.arguments())
                    .containsEntry("payment", 5)
                    .containsEntry("maximumPayments", 4)
                    .containsEntry("expectedAmount", Rupiah.of(600_000))
                    .containsEntry("amount", Rupiah.of(600_000));
            assertThat(x.legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 11/2020");
            assertThat(Messages.indonesian().format(x))
                    .isEqualTo("Pembayaran insentif ke-5 sebesar Rp600.000 tidak sesuai skema: paling banyak 4 kali"
                            + " sebesar Rp600.000.");
        });
    }

    @Test
    void rejectsASecondIncentiveFromWave48() {
        List<ParticipantEvent> e = readyAtWave48();
        e.add(incentive("2023-03-10", 600_000));
        assertThat(check("2023-06-01", e)).isEmpty();
        e.add(incentive("2023-04-10", 600_000));
        assertThat(check("2023-06-01", e))
                .extracting(Violation::code)
                .containsExactly(RuleCode.PARTICIPATION_INCENTIVE_EXCESS);
    }

    @Test
    void rejectsAnIncentiveOfAnotherAmount() {
        List<ParticipantEvent> e = readyAtWave18();
        e.add(incentive("2021-09-10", 500_000));
        List<Violation> v = check("2022-03-01", e);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_INCENTIVE_EXCESS);
            assertThat(x.field()).isEqualTo("events[5].amount");
            assertThat(x.arguments()).containsEntry("payment", 1).containsEntry("amount", Rupiah.of(500_000));
        });
    }

    @Test
    void rejectsAFourthSurveyToWave47AndAThirdFromWave48() {
        List<ParticipantEvent> semi = readyAtWave18();
        for (int k = 0; k < 4; k++) {
            semi.add(ParticipantEvent.surveyIncentivePaid(d("2021-09-10").plusWeeks(k), Rupiah.of(50_000)));
        }
        assertThat(check("2022-03-01", semi)).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_SURVEY_EXCESS);
            assertThat(x.arguments()).containsEntry("payment", 4).containsEntry("maximumPayments", 3);
        });
        List<ParticipantEvent> normal = readyAtWave48();
        for (int k = 0; k < 3; k++) {
            normal.add(ParticipantEvent.surveyIncentivePaid(d("2023-03-10").plusWeeks(k), Rupiah.of(50_000)));
        }
        assertThat(check("2023-06-01", normal)).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_SURVEY_EXCESS);
            assertThat(x.arguments())
                    .containsEntry("payment", 3)
                    .containsEntry("maximumPayments", 2)
                    .containsEntry("expectedAmount", Rupiah.of(50_000));
            assertThat(x.legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 17/2022");
        });
    }

    @Test
    void rejectsASurveyIncentiveOfAnotherAmount() {
        List<ParticipantEvent> normal = readyAtWave48();
        normal.add(survey("2023-03-10", 100_000)); // the normal scheme pays Rp50.000 a survey
        assertThat(check("2023-06-01", normal))
                .extracting(Violation::code, Violation::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleCode.PARTICIPATION_SURVEY_EXCESS, "events[5].amount"));
    }

    @Test
    void anIncentiveNeedsACompletedAndReviewedTraining() {
        List<Violation> v = violations(
                "2021-12-01",
                accepted("2021-08-20", 18),
                linked("2021-08-21"),
                bought("2021-08-25", "C-1", 500_000),
                incentive("2021-08-30", 600_000),
                completed("2021-09-01", "C-1"),
                incentive("2021-09-02", 600_000),
                reviewed("2021-09-03", "C-1"),
                incentive("2021-09-04", 600_000));
        assertThat(v)
                .extracting(Violation::code)
                .containsExactly(
                        RuleCode.PARTICIPATION_INCENTIVE_PRECONDITION, RuleCode.PARTICIPATION_INCENTIVE_PRECONDITION);
        assertThat(v.get(1).field()).isEqualTo("events[5].date");
        assertThat(v.get(1).arguments()).containsEntry("paymentDate", d("2021-09-02"));
    }

    @Test
    void aReviewOfAnyCompletedTrainingUnlocksTheIncentive() {
        assertThat(codes(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        linked("2021-08-21"),
                        bought("2021-08-25", "C-1", 300_000),
                        bought("2021-08-26", "C-2", 300_000),
                        completed("2021-09-01", "C-2"),
                        reviewed("2021-09-02", "C-2"),
                        incentive("2021-09-03", 600_000)))
                .isEmpty();
    }

    @Test
    void theStatusCountsPaymentsMadeAndDue() {
        List<ParticipantEvent> e = readyAtWave18();
        e.add(incentive("2021-09-10", 600_000));
        e.add(incentive("2021-10-10", 600_000));
        e.add(survey("2021-09-12", 50_000));
        ParticipantStatus s = Histories.CHECKER
                .status(Participant.of(Histories.NIK, e), d("2021-11-01"))
                .orElseThrow();
        assertThat(s.incentivePaymentsMade()).isEqualTo(2);
        assertThat(s.incentivePaid()).isEqualTo(Rupiah.of(1_200_000));
        assertThat(s.incentivePaymentsDue()).isEqualTo(2);
        assertThat(s.incentiveDue()).isEqualTo(Rupiah.of(1_200_000));
        assertThat(s.surveyPaymentsMade()).isEqualTo(1);
        assertThat(s.surveyPaymentsDue()).isEqualTo(2);
        assertThat(s.surveyIncentiveDue()).isEqualTo(Rupiah.of(100_000));
        assertThat(s.incentiveUnlocked()).isTrue();
    }
}
