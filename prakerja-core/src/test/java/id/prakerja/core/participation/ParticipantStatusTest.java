// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.d;
import static id.prakerja.core.participation.Histories.incentive;
import static id.prakerja.core.participation.Histories.linked;
import static id.prakerja.core.participation.Histories.reviewed;
import static id.prakerja.core.participation.Histories.revoked;
import static id.prakerja.core.participation.Histories.status;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.money.Rupiah;
import org.junit.jupiter.api.Test;

/** {@link ParticipantStatus}: deadline and days left, revocation due, balance, incentives. */
class ParticipantStatusTest {

    @Test
    void countsTheDaysLeftToTheFirstPurchaseDeadline() {
        ParticipantStatus first = status("2021-08-20", accepted("2021-08-20", 18));
        // the day of acceptance is day 1 of 30: the last day is 18 September, 29 days later
        assertThat(first.firstPurchaseDeadline()).isEqualTo(d("2021-09-18"));
        assertThat(first.firstPurchaseDaysLeft()).hasValue(29);
        assertThat(status("2021-09-18", accepted("2021-08-20", 18)).firstPurchaseDaysLeft())
                .hasValue(0);
        assertThat(status("2021-09-18", accepted("2021-08-20", 18)).revocationDue())
                .isFalse();
        ParticipantStatus overdue = status("2021-09-19", accepted("2021-08-20", 18));
        assertThat(overdue.firstPurchaseDaysLeft()).isEmpty();
        assertThat(overdue.revocationDue()).isTrue();
        assertThat(overdue.usableBalance()).isEqualTo(Rupiah.ZERO);
        assertThat(overdue.remainingBalance()).isEqualTo(Rupiah.of(1_000_000));
    }

    @Test
    void fromWave48TheDeadlineIs15Days() {
        ParticipantStatus s = status("2023-02-20", accepted("2023-02-20", 48));
        assertThat(s.firstPurchaseDeadline()).isEqualTo(d("2023-03-06"));
        assertThat(s.firstPurchaseDaysLeft()).hasValue(14);
        assertThat(s.benefits().trainingAid().value()).isEqualTo(Rupiah.of(3_500_000));
        assertThat(status("2023-03-06", accepted("2023-02-20", 48)).revocationDue())
                .isFalse();
        assertThat(status("2023-03-07", accepted("2023-02-20", 48)).revocationDue())
                .isTrue();
    }

    @Test
    void aPurchaseEndsTheDeadlineAndARevocationEndsEverything() {
        ParticipantStatus bought = status("2021-10-01", accepted("2021-08-20", 18), bought("2021-09-01", "C-1", 1));
        assertThat(bought.firstPurchaseDaysLeft()).isEmpty();
        assertThat(bought.revocationDue()).isFalse();
        assertThat(bought.firstPurchaseDate()).contains(d("2021-09-01"));
        ParticipantStatus gone = status(
                "2021-10-01", accepted("2021-08-20", 18), revoked("2021-09-20", RevocationReason.NO_FIRST_PURCHASE));
        assertThat(gone.isRevoked()).isTrue();
        assertThat(gone.revocationDue()).isFalse();
        assertThat(gone.usableBalance()).isEqualTo(Rupiah.ZERO);
        assertThat(gone.incentivePaymentsDue()).isZero();
        assertThat(gone.surveyPaymentsDue()).isZero();
    }

    @Test
    void followsTheBalanceTrainingsAndIncentives() {
        ParticipantStatus s = status(
                "2021-10-15",
                accepted("2021-08-20", 18),
                bought("2021-08-25", "C-1", 300_000),
                bought("2021-08-26", "C-2", 400_000),
                completed("2021-09-01", "C-1"),
                completed("2021-09-03", "C-2"),
                reviewed("2021-09-04", "C-2"),
                linked("2021-09-05"),
                incentive("2021-09-10", 600_000),
                incentive("2021-10-10", 600_000));
        assertThat(s.wave()).isEqualTo(18);
        assertThat(s.acceptanceDate()).isEqualTo(d("2021-08-20"));
        assertThat(s.spent()).isEqualTo(Rupiah.of(700_000));
        assertThat(s.remainingBalance()).isEqualTo(Rupiah.of(300_000));
        assertThat(s.usableBalance()).isEqualTo(Rupiah.of(300_000));
        assertThat(s.overspent()).isEqualTo(Rupiah.ZERO);
        assertThat(s.balanceExpiryDate()).contains(d("2021-12-15"));
        assertThat(s.trainingsPurchased()).isEqualTo(2);
        assertThat(s.trainingsCompleted()).isEqualTo(2);
        assertThat(s.trainingsAwaitingReview()).containsExactly("C-1");
        assertThat(s.firstCompletionDate()).contains(d("2021-09-01"));
        assertThat(s.incentiveUnlocked()).isTrue();
        assertThat(s.payoutAccount()).isPresent();
        assertThat(s.incentivePaymentsMade()).isEqualTo(2);
        assertThat(s.incentivePaymentsDue()).isEqualTo(2);
        assertThat(s.surveyPaymentsDue()).isEqualTo(3);
        assertThat(s.toString()).contains("3174********0001").doesNotContain(Histories.NIK_DIGITS);
    }
}
