// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.ParticipantStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ParticipantStatus}: balance, deadline, revocation, incentives and surveys due.
 * Failure messages name the field, the expected and actual values, and the participant by masked NIK,
 * date and wave. Obtain one from {@link PrakerjaAssertions#assertThat(ParticipantStatus)}.
 *
 * <pre>{@code
 * assertThat(checker.status(siti, LocalDate.of(2021, 9, 5)).orElseThrow())
 *         .isAtWave(18)
 *         .hasRemainingBalance(300_000)
 *         .hasFirstPurchaseDeadline(LocalDate.of(2021, 9, 18))
 *         .hasIncentivePaymentsDue(4)
 *         .isNotRevocationDue();
 * // Expected remainingBalance Rp300.000 but was Rp0 (participant 3174********0001 on 2021-09-05, wave 18)
 * }</pre>
 */
public final class ParticipantStatusAssert extends AbstractAssert<ParticipantStatusAssert, ParticipantStatus> {

    ParticipantStatusAssert(ParticipantStatus actual) {
        super(actual, ParticipantStatusAssert.class);
    }

    private String who() {
        return " (participant " + actual.nik() + " on " + actual.date() + ", wave " + actual.wave() + ")";
    }

    private ParticipantStatusAssert expect(String field, Object expected, Object was) {
        isNotNull();
        if (!Objects.equals(expected, was)) {
            failWithMessage("%s", "Expected " + field + " " + expected + " but was " + was + who());
        }
        return this;
    }

    private ParticipantStatusAssert expectTrue(boolean condition, String expected, String was) {
        isNotNull();
        if (!condition) {
            failWithMessage("%s", "Expected " + expected + " but " + was + who());
        }
        return this;
    }

    /**
     * Verifies the wave of acceptance.
     *
     * <pre>{@code
     * assertThat(status).isAtWave(18);
     * }</pre>
     */
    public ParticipantStatusAssert isAtWave(int wave) {
        isNotNull();
        return expect("wave", wave, actual.wave());
    }

    /**
     * Verifies the training aid not spent ({@code remainingBalance}).
     *
     * <pre>{@code
     * assertThat(status).hasRemainingBalance(Rupiah.of(300_000));
     * }</pre>
     */
    public ParticipantStatusAssert hasRemainingBalance(Rupiah expected) {
        isNotNull();
        return expect("remainingBalance", expected, actual.remainingBalance());
    }

    /**
     * Verifies the training aid not spent, in rupiah.
     *
     * <pre>{@code
     * assertThat(status).hasRemainingBalance(300_000);
     * }</pre>
     */
    public ParticipantStatusAssert hasRemainingBalance(long rupiah) {
        return hasRemainingBalance(Rupiah.of(rupiah));
    }

    /**
     * Verifies the balance that can still buy trainings ({@code usableBalance}: zero once expired, revoked
     * or due for revocation).
     *
     * <pre>{@code
     * assertThat(status).hasUsableBalance(0);
     * }</pre>
     */
    public ParticipantStatusAssert hasUsableBalance(long rupiah) {
        isNotNull();
        return expect("usableBalance", Rupiah.of(rupiah), actual.usableBalance());
    }

    /**
     * Verifies the sum of the prices of the trainings bought ({@code spent}).
     *
     * <pre>{@code
     * assertThat(status).hasSpent(700_000);
     * }</pre>
     */
    public ParticipantStatusAssert hasSpent(long rupiah) {
        isNotNull();
        return expect("spent", Rupiah.of(rupiah), actual.spent());
    }

    /**
     * Verifies the last day on which the first training may be bought.
     *
     * <pre>{@code
     * assertThat(status).hasFirstPurchaseDeadline(LocalDate.of(2021, 9, 18));
     * }</pre>
     */
    public ParticipantStatusAssert hasFirstPurchaseDeadline(LocalDate expected) {
        isNotNull();
        return expect("firstPurchaseDeadline", expected, actual.firstPurchaseDeadline());
    }

    /**
     * Verifies the days left to buy the first training ({@code 0} on the deadline day).
     *
     * <pre>{@code
     * assertThat(status).hasFirstPurchaseDaysLeft(0);
     * }</pre>
     */
    public ParticipantStatusAssert hasFirstPurchaseDaysLeft(int days) {
        isNotNull();
        OptionalInt left = actual.firstPurchaseDaysLeft();
        return expect(
                "firstPurchaseDaysLeft",
                days,
                left.isPresent() ? (Object) left.getAsInt() : "none (" + whyNoDaysLeft() + ")");
    }

    private String whyNoDaysLeft() {
        if (actual.firstPurchaseDate().isPresent()) {
            return "first purchase on " + actual.firstPurchaseDate().get();
        }
        return actual.isRevoked() ? "revoked" : "deadline " + actual.firstPurchaseDeadline() + " passed";
    }

    /**
     * Verifies that revocation is due (no training bought by the deadline, which has passed).
     *
     * <pre>{@code
     * assertThat(status).isRevocationDue();
     * }</pre>
     */
    public ParticipantStatusAssert isRevocationDue() {
        isNotNull();
        return expectTrue(
                actual.revocationDue(),
                "revocationDue",
                "it was not: firstPurchaseDate="
                        + actual.firstPurchaseDate().map(String::valueOf).orElse("none")
                        + ", firstPurchaseDeadline=" + actual.firstPurchaseDeadline() + ", revocationDate="
                        + actual.revocationDate().map(String::valueOf).orElse("none"));
    }

    /**
     * Verifies that revocation is not due.
     *
     * <pre>{@code
     * assertThat(status).isNotRevocationDue();
     * }</pre>
     */
    public ParticipantStatusAssert isNotRevocationDue() {
        isNotNull();
        return expectTrue(
                !actual.revocationDue(),
                "no revocationDue",
                "it was: no training bought by the firstPurchaseDeadline " + actual.firstPurchaseDeadline());
    }

    /**
     * Verifies that the card was revoked.
     *
     * <pre>{@code
     * assertThat(status).isRevoked();
     * }</pre>
     */
    public ParticipantStatusAssert isRevoked() {
        isNotNull();
        return expectTrue(actual.isRevoked(), "a revocationDate", "it was not revoked");
    }

    /**
     * Verifies that the card was not revoked.
     *
     * <pre>{@code
     * assertThat(status).isNotRevoked();
     * }</pre>
     */
    public ParticipantStatusAssert isNotRevoked() {
        isNotNull();
        return expectTrue(
                !actual.isRevoked(),
                "no revocationDate",
                "it was revoked on "
                        + actual.revocationDate().map(String::valueOf).orElse("?"));
    }

    /**
     * Verifies that the balance has expired by the status date.
     *
     * <pre>{@code
     * assertThat(status).hasExpiredBalance();
     * }</pre>
     */
    public ParticipantStatusAssert hasExpiredBalance() {
        isNotNull();
        return expectTrue(
                actual.balanceExpired(),
                "balanceExpired",
                "it was not: balanceExpiryDate="
                        + actual.balanceExpiryDate().map(String::valueOf).orElse("none"));
    }

    /**
     * Verifies that the balance has not expired by the status date.
     *
     * <pre>{@code
     * assertThat(status).hasUnexpiredBalance();
     * }</pre>
     */
    public ParticipantStatusAssert hasUnexpiredBalance() {
        isNotNull();
        return expectTrue(
                !actual.balanceExpired(),
                "no balanceExpired",
                "it expired: balanceExpiryDate="
                        + actual.balanceExpiryDate().map(String::valueOf).orElse("none"));
    }

    /**
     * Verifies the last day the balance may be used.
     *
     * <pre>{@code
     * assertThat(status).hasBalanceExpiryDate(LocalDate.of(2021, 12, 15));
     * }</pre>
     */
    public ParticipantStatusAssert hasBalanceExpiryDate(LocalDate expected) {
        isNotNull();
        return expect("balanceExpiryDate", Optional.of(expected), actual.balanceExpiryDate());
    }

    /**
     * Verifies how many trainings were bought.
     *
     * <pre>{@code
     * assertThat(status).hasTrainingsPurchased(2);
     * }</pre>
     */
    public ParticipantStatusAssert hasTrainingsPurchased(int count) {
        isNotNull();
        return expect("trainingsPurchased", count, actual.trainingsPurchased());
    }

    /**
     * Verifies how many trainings were completed.
     *
     * <pre>{@code
     * assertThat(status).hasTrainingsCompleted(1);
     * }</pre>
     */
    public ParticipantStatusAssert hasTrainingsCompleted(int count) {
        isNotNull();
        return expect("trainingsCompleted", count, actual.trainingsCompleted());
    }

    /**
     * Verifies the completed trainings awaiting a review, oldest completion first.
     *
     * <pre>{@code
     * assertThat(status).hasTrainingsAwaitingReview("C-101");
     * }</pre>
     */
    public ParticipantStatusAssert hasTrainingsAwaitingReview(String... courseIds) {
        isNotNull();
        return expect("trainingsAwaitingReview", List.of(courseIds), actual.trainingsAwaitingReview());
    }

    /**
     * Verifies that the post-training incentive is unlocked (a completed training was rated and reviewed).
     *
     * <pre>{@code
     * assertThat(status).isIncentiveUnlocked();
     * }</pre>
     */
    public ParticipantStatusAssert isIncentiveUnlocked() {
        isNotNull();
        return expectTrue(
                actual.incentiveUnlocked(),
                "incentiveUnlocked",
                "no completed training was reviewed (trainingsCompleted=" + actual.trainingsCompleted()
                        + ", trainingsAwaitingReview=" + actual.trainingsAwaitingReview() + ")");
    }

    /**
     * Verifies that a payout account in the participant's own NIK was linked.
     *
     * <pre>{@code
     * assertThat(status).hasPayoutAccount();
     * }</pre>
     */
    public ParticipantStatusAssert hasPayoutAccount() {
        isNotNull();
        return expectTrue(
                actual.payoutAccount().isPresent(), "a payoutAccount in the participant's NIK", "none was linked");
    }

    /**
     * Verifies how many post-training incentive payments the package still promises.
     *
     * <pre>{@code
     * assertThat(status).hasIncentivePaymentsDue(4);
     * }</pre>
     */
    public ParticipantStatusAssert hasIncentivePaymentsDue(int count) {
        isNotNull();
        return expect(
                "incentivePaymentsDue",
                count,
                actual.incentivePaymentsDue() + " (" + actual.incentivePaymentsMade() + " of "
                        + actual.benefits().incentivePayments().value() + " made)",
                actual.incentivePaymentsDue() == count);
    }

    /**
     * Verifies the post-training incentive still due, in rupiah.
     *
     * <pre>{@code
     * assertThat(status).hasIncentiveDue(2_400_000);
     * }</pre>
     */
    public ParticipantStatusAssert hasIncentiveDue(long rupiah) {
        isNotNull();
        return expect("incentiveDue", Rupiah.of(rupiah), actual.incentiveDue());
    }

    /**
     * Verifies how many survey incentive payments the package still promises.
     *
     * <pre>{@code
     * assertThat(status).hasSurveyPaymentsDue(3);
     * }</pre>
     */
    public ParticipantStatusAssert hasSurveyPaymentsDue(int count) {
        isNotNull();
        return expect(
                "surveyPaymentsDue",
                count,
                actual.surveyPaymentsDue() + " (" + actual.surveyPaymentsMade() + " of "
                        + actual.benefits().surveyPayments().value() + " made)",
                actual.surveyPaymentsDue() == count);
    }

    /**
     * Verifies the survey incentive still due, in rupiah.
     *
     * <pre>{@code
     * assertThat(status).hasSurveyIncentiveDue(150_000);
     * }</pre>
     */
    public ParticipantStatusAssert hasSurveyIncentiveDue(long rupiah) {
        isNotNull();
        return expect("surveyIncentiveDue", Rupiah.of(rupiah), actual.surveyIncentiveDue());
    }

    private ParticipantStatusAssert expect(String field, Object expected, String was, boolean ok) {
        if (!ok) {
            failWithMessage("%s", "Expected " + field + " " + expected + " but was " + was + who());
        }
        return this;
    }
}
