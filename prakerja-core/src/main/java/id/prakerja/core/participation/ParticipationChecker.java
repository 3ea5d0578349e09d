// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a participant's history against the rules of their wave of acceptance, and tells where they stand
 * on a date.
 *
 * <pre>{@code
 * ParticipationChecker checker = ParticipationChecker.standard();   // immutable; share it
 * Validated<Participant> result = checker.validate(siti, LocalDate.of(2021, 12, 31));
 * result.violations().forEach(v -> show(Messages.indonesian().format(v)));
 * // "Pelatihan pertama dibeli pada 21 September 2021, melewati batas 30 hari (18 September 2021); …"
 * ParticipantStatus status = checker.status(siti, LocalDate.of(2021, 9, 5)).orElseThrow();
 * status.remainingBalance();                                       // Rp300.000
 * }</pre>
 *
 * <h2>Processing</h2>
 *
 * The events are processed by date; on one day the acceptance comes first, then the others in list order.
 * The first {@link Accepted} on or before the evaluation date is the acceptance: its wave selects every
 * amount and deadline ({@link BenefitPackage}); an unknown wave is {@link RuleCode#FIELD_INVALID} on
 * {@code events[i].wave} and nothing else is checked. Violations come in processing order, each with the
 * field path of the event's list position ({@code events[3]}, {@code events[3].price}).
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>{@link RuleCode#PARTICIPATION_EVENT_DATE}: an event dated before the acceptance, or after the
 *       evaluation date (such an event is not applied).
 *   <li>{@link RuleCode#PARTICIPATION_EVENT_ORDER}: what the lifecycle does not allow
 *       ({@link EventOrderProblem}): events without an acceptance, a second acceptance, anything after a
 *       revocation, a repeated purchase of one course id, completing or reviewing a course not bought,
 *       twice, or (a review) before completion; an incentive before any training; a payment before a
 *       payout account in the participant's NIK was linked; a revocation for no first purchase before the
 *       deadline passed or after a purchase.
 *   <li>{@link RuleCode#PARTICIPATION_FIRST_PURCHASE_LATE}: the first training must be bought within the
 *       deadline days of the acceptance (30 to wave 47, Permenko Perekonomian 11/2020 Pasal 20; 15 from wave
 *       48), the day of the acceptance counting as day 1 (the parameter {@code deadlineDayCount}, as the
 *       programme counts: {@link id.prakerja.core.program.DayCount}). Accepted on day D, the purchase is on
 *       time through D + 29 and late from D + 30 (D + 14 and D + 15 from wave 48); a revocation for no
 *       purchase is due from the same day.
 *   <li>{@link RuleCode#PARTICIPATION_BALANCE_EXPIRED}: to wave 47 the balance may be used through 15
 *       December of the wave's programme year (Permenko Perekonomian 11/2020 Pasal 19(1) huruf a; 2021 the same by the
 *       regulation, a later announcement's 30 November recorded as uncertain), and through 30 November in 2022
 *       (waves 23 to 47, the programme's announcement): a purchase on the last day is allowed, on the day
 *       after it is expired. From wave 48, once a training is completed while no other is in progress, the next
 *       must be bought within 15 days, the day of completion counting as day 1: completed on C, a purchase on
 *       C + 14 is allowed, on C + 15 the balance has expired (for every later purchase too).
 *   <li>{@link RuleCode#PARTICIPATION_PURCHASE_OVER_BALANCE}: a training priced above the remaining balance
 *       (Permenko Perekonomian 11/2020 Pasal 19); the purchase empties the balance, which never goes
 *       negative.
 *   <li>{@link RuleCode#PARTICIPATION_INCENTIVE_PRECONDITION}: a post-training incentive paid before a
 *       completed training was rated and reviewed.
 *   <li>{@link RuleCode#PARTICIPATION_INCENTIVE_EXCESS}, {@link RuleCode#PARTICIPATION_SURVEY_EXCESS}: a
 *       payment beyond the number the package allows, or of another amount (argument {@code payment}: its
 *       number).
 *   <li>{@link RuleCode#PARTICIPATION_ACCOUNT_NIK_MISMATCH}: a payout account registered to another NIK
 *       (arguments: provider and channel only, never a NIK); it does not count as linked.
 * </ul>
 *
 * Amounts, deadlines and references come from the parameters in force at the acceptance wave; each
 * violation of a dated rule cites the reference of the value it applied. Collect-all by default;
 * {@link Builder#failFast(boolean)} stops at the first violation. Instances are immutable and thread-safe.
 */
public final class ParticipationChecker {

    private static final ParticipationChecker STANDARD = builder().build();

    private final Programme programme;
    private final boolean failFast;

    private ParticipationChecker(Builder b) {
        this.programme = b.programme;
        this.failFast = b.failFast;
    }

    /** The checker for the standard programme, collect-all. */
    public static ParticipationChecker standard() {
        return STANDARD;
    }

    /** A builder for a checker with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /** The programme whose parameters this checker applies. */
    public Programme programme() {
        return programme;
    }

    /** What a recipient accepted at {@code wave} gets. */
    public BenefitPackage benefits(int wave) {
        return BenefitPackage.of(programme.inForce(wave));
    }

    /**
     * Every violation of {@code participant}'s history as of {@code evaluationDate}, in processing order.
     * Never throws on data problems.
     */
    public List<Violation> violations(Participant participant, LocalDate evaluationDate) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        return Replay.validate(programme, participant, evaluationDate, failFast);
    }

    /**
     * Validates {@code participant}'s history as of {@code evaluationDate}: valid (holding the participant)
     * when it has no violation, otherwise invalid with every violation.
     */
    public Validated<Participant> validate(Participant participant, LocalDate evaluationDate) {
        return Validated.of(participant, violations(participant, evaluationDate));
    }

    /**
     * Where {@code participant} stands on {@code date}, from the events dated on or before it. Empty when no
     * acceptance of a known wave is dated on or before {@code date}.
     */
    public Optional<ParticipantStatus> status(Participant participant, LocalDate date) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(date, "date");
        return Replay.status(programme, participant, date);
    }

    @Override
    public String toString() {
        return "ParticipationChecker[" + programme + (failFast ? ", fail-fast" : "") + "]";
    }

    /** Options for a {@link ParticipationChecker}. */
    public static final class Builder {
        private Programme programme = Programme.standard();
        private boolean failFast;

        private Builder() {}

        /** The programme whose parameters apply; {@link Programme#standard()} unless set. */
        public Builder programme(Programme programme) {
            this.programme = Objects.requireNonNull(programme, "programme");
            return this;
        }

        /** Stop at the first violation instead of collecting all (off by default). */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /** The checker. */
        public ParticipationChecker build() {
            return new ParticipationChecker(this);
        }
    }
}
