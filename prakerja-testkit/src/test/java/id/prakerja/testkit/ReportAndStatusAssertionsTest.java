// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.ParticipantStatus;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The feed-report and participant-status assertions pass on good values and fail with the expected message. */
class ReportAndStatusAssertionsTest {

    private static final String NIK = "3174015708990001";
    private static final String MASKED = "3174********0001";

    private static void fails(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(AssertionError.class)
                .hasMessage(message)
                .hasMessageNotContaining(NIK);
    }

    private static RawApplicant applicant(String nik, String familyCard) {
        return RawApplicant.builder()
                .nik(nik)
                .familyCardNumber(familyCard)
                .fullName("Siti Aminah")
                .birthDate("1999-08-17")
                .sex("FEMALE")
                .citizenship("WNI")
                .workforceCategory("JOB_SEEKER")
                .inFormalEducation("false")
                .build();
    }

    /** Three records: Siti, someone else, Siti again (a duplicate on line 3). */
    private static FeedReport report() {
        FeedValidator validator =
                FeedValidator.builder().evaluation(Evaluation.atWave(18)).build();
        RawApplicant siti = applicant(NIK, "3174011203150007");
        RawApplicant other = applicant("3174015708990002", "3174011203150008");
        return validator.validate(List.of(FeedInput.of(1, siti), FeedInput.of(2, other), FeedInput.of(3, siti)));
    }

    private static final String DUPLICATE_SAMPLE = "line 3 " + MASKED + ": FEED_DUPLICATE_NIK at nik {firstLine=1}";

    @Test
    void feedReports() {
        FeedReport report = report();
        assertThat(report)
                .accountsForEveryRecord()
                .hasRecords(3)
                .hasValid(2)
                .hasInvalid(1)
                .hasCount(RuleCode.FEED_DUPLICATE_NIK, 1)
                .hasCount(RuleCode.NIK_SERIAL, 0)
                .matches(ExpectedReport.of(3, 2, Map.of(RuleCode.FEED_DUPLICATE_NIK, List.of(3))));
        fails(
                () -> assertThat(report).hasCount(RuleCode.FEED_DUPLICATE_NIK, 2),
                "Expected 2 violations of FEED_DUPLICATE_NIK but was 1; reported [" + DUPLICATE_SAMPLE
                        + "]; counts: {FEED_DUPLICATE_NIK=1}");
        fails(
                () -> assertThat(report).hasNoViolations(),
                "Expected no violations but 1 of 3 records was invalid with {FEED_DUPLICATE_NIK=1}; first: ["
                        + DUPLICATE_SAMPLE + "]");
        fails(
                () -> assertThat(report).hasInvalid(0),
                "Expected 0 invalid records but was 1; records=3, valid=2, invalid=1, counts {FEED_DUPLICATE_NIK=1}");
        fails(
                () -> assertThat(report).matches(ExpectedReport.of(3, 2, Map.of(RuleCode.NIK_SERIAL, List.of(2)))),
                "Expected the report to match ExpectedReport[records=3, valid=2, invalid=1, violationsByCode="
                        + "{NIK_SERIAL=1}] but 2 differ:\n"
                        + "  NIK_SERIAL: expected 1 violation but was 0; expected on lines [2]\n"
                        + "  FEED_DUPLICATE_NIK: expected 0 violations but was 1; reported [" + DUPLICATE_SAMPLE + "]");
        fails(
                () -> assertThat(report)
                        .matches(ExpectedReport.of(4, 3, Map.of(RuleCode.FEED_DUPLICATE_NIK, List.of(3)))),
                "Expected the report to match ExpectedReport[records=4, valid=3, invalid=1, violationsByCode="
                        + "{FEED_DUPLICATE_NIK=1}] but 2 differ:\n"
                        + "  records: expected 4 but was 3\n"
                        + "  valid: expected 3 but was 2");
        fails(() -> assertThat((FeedReport) null).hasNoViolations(), "\nExpecting actual not to be null");
    }

    @Test
    void aReportThatDoesNotAccountForEveryRecordIsNamedWithoutAFullNik() throws Exception {
        Constructor<FeedReport> c = FeedReport.class.getDeclaredConstructor(
                long.class, long.class, long.class, Map.class, Map.class, Map.class, Map.class, List.class, int.class);
        c.setAccessible(true);
        FeedReport lost =
                c.newInstance(3L, 2L, 1L, Map.of(), Map.of("31", 2L), Map.of("31", 1L), Map.of(), List.of(), 20);
        fails(
                () -> assertThat(lost).accountsForEveryRecord(),
                "Expected the records per province to add up to 3 records but they add up to 2: {31=2}; and at least"
                        + " one violation for each of the 1 invalid records but counted 0 violations: {}");

        Constructor<FeedSample> s = FeedSample.class.getDeclaredConstructor(long.class, String.class, Violation.class);
        s.setAccessible(true);
        Violation serial = Violation.of(RuleCode.NIK_SERIAL, "nik").build();
        FeedSample unmasked = s.newInstance(1L, NIK, serial);
        FeedReport leaky = c.newInstance(
                1L,
                0L,
                1L,
                Map.of(RuleCode.NIK_SERIAL, 1L),
                Map.of("31", 1L),
                Map.of("31", 1L),
                Map.of(),
                List.of(unmasked),
                20);
        fails(
                () -> assertThat(leaky).accountsForEveryRecord(),
                "Expected masked NIKs in the samples but the sample of line 1 shows a full NIK (" + MASKED + ")");
    }

    private static final LocalDate ACCEPTED = LocalDate.of(2021, 8, 20);

    private static ParticipantStatus status(LocalDate on, ParticipantEvent... events) {
        List<ParticipantEvent> all = new java.util.ArrayList<>();
        all.add(ParticipantEvent.accepted(ACCEPTED, 18));
        all.addAll(List.of(events));
        return ParticipationChecker.standard()
                .status(Participant.builder().nik(NIK).addAllEvents(all).build(), on)
                .orElseThrow();
    }

    @Test
    void participantStatus() {
        LocalDate sep5 = LocalDate.of(2021, 9, 5);
        ParticipantStatus bought =
                status(sep5, ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 1), "C-101", Rupiah.of(700_000)));
        assertThat(bought)
                .isAtWave(18)
                .hasRemainingBalance(300_000)
                .hasRemainingBalance(Rupiah.of(300_000))
                .hasUsableBalance(300_000)
                .hasSpent(700_000)
                .hasFirstPurchaseDeadline(LocalDate.of(2021, 9, 18))
                .hasBalanceExpiryDate(LocalDate.of(2021, 12, 15))
                .hasUnexpiredBalance()
                .isNotRevocationDue()
                .isNotRevoked()
                .hasTrainingsPurchased(1)
                .hasTrainingsCompleted(0)
                .hasTrainingsAwaitingReview()
                .hasIncentivePaymentsDue(4)
                .hasIncentiveDue(2_400_000)
                .hasSurveyPaymentsDue(3)
                .hasSurveyIncentiveDue(150_000);
        String who = " (participant " + MASKED + " on 2021-09-05, wave 18)";
        fails(
                () -> assertThat(bought).hasRemainingBalance(1_000_000),
                "Expected remainingBalance Rp1.000.000 but was Rp300.000" + who);
        fails(() -> assertThat(bought).isAtWave(48), "Expected wave 48 but was 18" + who);
        fails(
                () -> assertThat(bought).hasFirstPurchaseDaysLeft(14),
                "Expected firstPurchaseDaysLeft 14 but was none (first purchase on 2021-09-01)" + who);
        fails(
                () -> assertThat(bought).isRevocationDue(),
                "Expected revocationDue but it was not: firstPurchaseDate=2021-09-01, firstPurchaseDeadline=2021-09-18,"
                        + " revocationDate=none" + who);
        fails(
                () -> assertThat(bought).hasIncentivePaymentsDue(3),
                "Expected incentivePaymentsDue 3 but was 4 (0 of 4 made)" + who);
        fails(
                () -> assertThat(bought).isIncentiveUnlocked(),
                "Expected incentiveUnlocked but no completed training was reviewed (trainingsCompleted=0,"
                        + " trainingsAwaitingReview=[])" + who);
        fails(
                () -> assertThat(bought).hasPayoutAccount(),
                "Expected a payoutAccount in the participant's NIK but none was linked" + who);
        fails(
                () -> assertThat(bought).hasExpiredBalance(),
                "Expected balanceExpired but it was not: balanceExpiryDate=2021-12-15" + who);
        fails(() -> assertThat(bought).isRevoked(), "Expected a revocationDate but it was not revoked" + who);

        ParticipantStatus waiting = status(LocalDate.of(2021, 9, 18));
        assertThat(waiting).hasFirstPurchaseDaysLeft(0).isNotRevocationDue().hasUsableBalance(1_000_000);
        ParticipantStatus due = status(LocalDate.of(2021, 9, 19));
        assertThat(due).isRevocationDue().hasUsableBalance(0).hasRemainingBalance(1_000_000);
        fails(
                () -> assertThat(due).isNotRevocationDue(),
                "Expected no revocationDue but it was: no training bought by the firstPurchaseDeadline 2021-09-18"
                        + " (participant " + MASKED + " on 2021-09-19, wave 18)");

        ParticipantStatus paid = status(
                LocalDate.of(2021, 12, 20),
                ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 1), "C-101", Rupiah.of(700_000)),
                ParticipantEvent.trainingCompleted(LocalDate.of(2021, 9, 10), "C-101"),
                ParticipantEvent.trainingReviewed(LocalDate.of(2021, 9, 11), "C-101", 5),
                ParticipantEvent.payoutAccountLinked(
                        LocalDate.of(2021, 9, 11),
                        PayoutChannel.E_WALLET,
                        "OVO",
                        id.prakerja.core.identity.Nik.parse(NIK)),
                ParticipantEvent.incentivePaid(LocalDate.of(2021, 9, 12), Rupiah.of(600_000)),
                ParticipantEvent.revoked(LocalDate.of(2021, 12, 1), RevocationReason.INELIGIBLE));
        assertThat(paid)
                .isIncentiveUnlocked()
                .hasPayoutAccount()
                .isRevoked()
                .hasExpiredBalance()
                .hasIncentivePaymentsDue(0)
                .hasUsableBalance(0);
        fails(
                () -> assertThat(paid).isNotRevoked(),
                "Expected no revocationDate but it was revoked on 2021-12-01 (participant " + MASKED
                        + " on 2021-12-20, wave 18)");
        fails(
                () -> assertThat(paid).hasUnexpiredBalance(),
                "Expected no balanceExpired but it expired: balanceExpiryDate=2021-12-15 (participant " + MASKED
                        + " on 2021-12-20, wave 18)");
        fails(() -> assertThat((ParticipantStatus) null).isRevoked(), "\nExpecting actual not to be null");
    }
}
