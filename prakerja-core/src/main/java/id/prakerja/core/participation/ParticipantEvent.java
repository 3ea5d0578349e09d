// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;

/**
 * One dated event of a recipient's history. Each kind is its own immutable type ({@link Accepted},
 * {@link TrainingPurchased}, {@link TrainingCompleted}, {@link TrainingReviewed},
 * {@link PayoutAccountLinked}, {@link IncentivePaid}, {@link SurveyIncentivePaid}, {@link Revoked}) named
 * by its {@link #type()}; the factories here create them.
 *
 * <pre>{@code
 * List<ParticipantEvent> events = List.of(
 *         ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18),
 *         ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 1), "C-101", Rupiah.of(700_000)),
 *         ParticipantEvent.trainingCompleted(LocalDate.of(2021, 9, 10), "C-101"),
 *         ParticipantEvent.trainingReviewed(LocalDate.of(2021, 9, 11), "C-101", 5));
 * }</pre>
 *
 * <p>An event is structurally valid by construction (a course id is not blank, a price not negative, a
 * payment positive, a rating 1–5); whether it may happen at its point in a history is decided by
 * {@link ParticipationChecker}. {@code toString} masks every NIK.
 */
public abstract class ParticipantEvent {

    /** The longest course id or provider name accepted. */
    public static final int MAX_TEXT_LENGTH = 100;

    ParticipantEvent() {}

    /** The day the event happened. */
    public abstract LocalDate date();

    /** The kind of event. */
    public abstract EventType type();

    /** Named a recipient of {@code wave} on {@code date}. */
    public static Accepted accepted(LocalDate date, int wave) {
        return Accepted.of(date, wave);
    }

    /** Bought the training {@code courseId} for {@code price} with the balance. */
    public static TrainingPurchased trainingPurchased(LocalDate date, String courseId, Rupiah price) {
        return TrainingPurchased.of(date, courseId, price);
    }

    /** Finished the training {@code courseId}. */
    public static TrainingCompleted trainingCompleted(LocalDate date, String courseId) {
        return TrainingCompleted.of(date, courseId);
    }

    /** Rated ({@code rating} stars, 1–5) and reviewed the finished training {@code courseId}. */
    public static TrainingReviewed trainingReviewed(LocalDate date, String courseId, int rating) {
        return TrainingReviewed.of(date, courseId, rating);
    }

    /** Linked a bank account or e-wallet of {@code provider}, registered to {@code accountNik}. */
    public static PayoutAccountLinked payoutAccountLinked(
            LocalDate date, PayoutChannel channel, String provider, Nik accountNik) {
        return PayoutAccountLinked.of(date, channel, provider, accountNik);
    }

    /** Received a post-training incentive payment of {@code amount}. */
    public static IncentivePaid incentivePaid(LocalDate date, Rupiah amount) {
        return IncentivePaid.of(date, amount);
    }

    /** Received a survey incentive payment of {@code amount}. */
    public static SurveyIncentivePaid surveyIncentivePaid(LocalDate date, Rupiah amount) {
        return SurveyIncentivePaid.of(date, amount);
    }

    /** The card was revoked for {@code reason}. */
    public static Revoked revoked(LocalDate date, RevocationReason reason) {
        return Revoked.of(date, reason);
    }

    static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new InvalidValueException(name + " must not be blank");
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(name + " is longer than " + MAX_TEXT_LENGTH + " characters");
        }
    }

    static void requirePositive(Rupiah amount, String name) {
        if (amount.isNegative() || amount.isZero()) {
            throw new InvalidValueException(name + " must be positive, was " + amount);
        }
    }
}
