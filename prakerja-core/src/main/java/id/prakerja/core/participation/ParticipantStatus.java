// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.BenefitPackage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a participant stands on a date: the balance, the first-purchase deadline, whether revocation is due,
 * the incentives paid and still due. Computed by {@link ParticipationChecker#status} from the events dated
 * on or before that date; later events are ignored.
 *
 * <pre>{@code
 * ParticipantStatus s = ParticipationChecker.standard().status(siti, LocalDate.of(2021, 9, 5)).orElseThrow();
 * s.remainingBalance();          // Rp300.000
 * s.firstPurchaseDeadline();     // 2021-09-18 (accepted 2021-08-20, day 1 of 30)
 * s.incentivePaymentsDue();      // 4
 * }</pre>
 *
 * <p>The status never goes negative and never throws on bad data: a purchase above the balance (reported
 * by the checker as {@code PARTICIPATION_PURCHASE_OVER_BALANCE}) empties the balance, and
 * {@link #overspent()} shows by how much the purchases exceeded the aid. Every event counts as recorded,
 * except those the lifecycle ignores (before the acceptance, after a revocation, a repeated or unknown
 * course).
 */
@Value.Immutable
public abstract class ParticipantStatus {

    ParticipantStatus() {}

    /** The participant's NIK (masked in {@code toString}). */
    public abstract Nik nik();

    /** The date of the status. */
    public abstract LocalDate date();

    /** The wave of acceptance. */
    public abstract int wave();

    /** What the participant gets, per the wave of acceptance. */
    public abstract BenefitPackage benefits();

    /** The day of acceptance. */
    public abstract LocalDate acceptanceDate();

    /**
     * The last day on which the first training may be bought: day 30 (to wave 47, Permenko Perekonomian
     * 11/2020 Pasal 20) or day 15 (from wave 48), the day of acceptance being day 1 (parameter
     * {@code deadlineDayCount}). Accepted on 1 March, the first purchase is on time through 30 March (day 30)
     * and late from 31 March.
     */
    public abstract LocalDate firstPurchaseDeadline();

    /** The day of the first purchase, if any. */
    public abstract Optional<LocalDate> firstPurchaseDate();

    /**
     * Days left to buy the first training: present only while none was bought, the card is not revoked and
     * the deadline has not passed; {@code 0} on the deadline day itself.
     */
    public abstract OptionalInt firstPurchaseDaysLeft();

    /** Whether revocation is due: no training bought by the deadline, which has passed, and no revocation yet. */
    public abstract boolean revocationDue();

    /** The day the card was revoked, if it was. */
    public abstract Optional<LocalDate> revocationDate();

    /** Whether the card was revoked. */
    public final boolean isRevoked() {
        return revocationDate().isPresent();
    }

    /** The sum of the prices of the trainings bought. */
    public abstract Rupiah spent();

    /** The training aid not spent: aid minus {@link #spent()}, never below zero. */
    public abstract Rupiah remainingBalance();

    /** How far the purchases exceeded the aid ({@code Rp0} for a valid history). */
    public abstract Rupiah overspent();

    /**
     * The last day the balance may be used, where one is set: the cut-off of the programme year to wave 47
     * (15 December in 2020 and 2021, Permenko Perekonomian 11/2020 Pasal 19(1) huruf a; 30 November in 2022,
     * the programme's announcement); from wave 48, day 15 counted from the day the last training was
     * completed (day 1) while no other was in progress (empty while a training is in progress or none was
     * completed).
     */
    public abstract Optional<LocalDate> balanceExpiryDate();

    /** Whether the balance has expired by {@link #date()}. */
    public abstract boolean balanceExpired();

    /**
     * The balance that can still buy trainings: {@link #remainingBalance()}, or {@code Rp0} when the
     * balance expired, the card was revoked or revocation is due.
     */
    public abstract Rupiah usableBalance();

    /** How many trainings were bought. */
    public abstract int trainingsPurchased();

    /** How many trainings were completed. */
    public abstract int trainingsCompleted();

    /** The course ids of completed trainings not yet reviewed, oldest completion first. */
    public abstract List<String> trainingsAwaitingReview();

    /** The day the first training was completed, if any. */
    public abstract Optional<LocalDate> firstCompletionDate();

    /** Whether a completed training was rated and reviewed, which the post-training incentive requires. */
    public abstract boolean incentiveUnlocked();

    /** The payout account registered to the participant's own NIK, if one was linked (the latest). */
    public abstract Optional<PayoutAccountLinked> payoutAccount();

    /** How many post-training incentive payments were recorded. */
    public abstract int incentivePaymentsMade();

    /** The sum of the post-training incentive payments recorded. */
    public abstract Rupiah incentivePaid();

    /** How many post-training incentive payments the package still promises ({@code 0} once revoked). */
    public abstract int incentivePaymentsDue();

    /** {@link #incentivePaymentsDue()} × the incentive amount. */
    public abstract Rupiah incentiveDue();

    /** How many survey incentive payments were recorded. */
    public abstract int surveyPaymentsMade();

    /** The sum of the survey incentive payments recorded. */
    public abstract Rupiah surveyIncentivePaid();

    /** How many survey incentive payments the package still promises ({@code 0} once revoked). */
    public abstract int surveyPaymentsDue();

    /** {@link #surveyPaymentsDue()} × the survey incentive amount. */
    public abstract Rupiah surveyIncentiveDue();
}
