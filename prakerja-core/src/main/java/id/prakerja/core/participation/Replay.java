// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.internal.ViolationSink;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.BalanceExpiry;
import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.DayCount;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One pass over a participant's history as of a date: the lifecycle state machine shared by validation
 * (which collects violations) and the status (which reads the final state). Not thread-safe; one per call.
 */
final class Replay {

    private static final class Course {
        final String id;
        LocalDate completed;
        LocalDate reviewed;

        Course(String id) {
            this.id = id;
        }
    }

    private final Programme programme;
    private final Participant participant;
    private final LocalDate asOf;
    private final boolean validating;
    private final ViolationSink violations;

    private ParametersInForce p;
    private LocalDate acceptanceDate;
    private LocalDate deadline;
    private DayCount dayCount;
    private ExpiryClock expiry;
    private LocalDate revokedOn;
    private final Map<String, Course> courses = new LinkedHashMap<>();
    private int inProgress;
    private int completed;
    private LocalDate firstPurchase;
    private LocalDate firstCompletion;
    private boolean reviewedAny;
    private Rupiah spent = Rupiah.ZERO;
    private Rupiah remaining = Rupiah.ZERO;
    private PayoutAccountLinked account;
    private int incentives;
    private Rupiah incentivePaid = Rupiah.ZERO;
    private int surveys;
    private Rupiah surveyPaid = Rupiah.ZERO;

    /**
     * When the balance expires under the scheme of the participant's wave ({@link BalanceExpiry}): one
     * clock per scheme, told of each purchase and of the day every purchased training is completed.
     */
    private interface ExpiryClock {
        /** The last day of the balance that a purchase on {@code date} comes after, if any; remembered. */
        Optional<LocalDate> breachedBy(LocalDate purchase);

        /** Every training purchased so far was completed on {@code date}. */
        void allCompletedOn(LocalDate date);

        /** The balance's last day as known now; empty while no clock runs. */
        Optional<LocalDate> lastDay();

        /** Whether the balance is expired on {@code asOf}. */
        boolean expiredOn(LocalDate asOf);
    }

    /** A fixed cut-off in the programme year ({@link BalanceExpiry.Kind#ANNUAL}). */
    private static final class AnnualCutOff implements ExpiryClock {
        private final LocalDate lastDay;
        private boolean breached;

        AnnualCutOff(LocalDate lastDay) {
            this.lastDay = lastDay;
        }

        @Override
        public Optional<LocalDate> breachedBy(LocalDate purchase) {
            if (purchase.isAfter(lastDay)) {
                breached = true;
                return Optional.of(lastDay);
            }
            return Optional.empty();
        }

        @Override
        public void allCompletedOn(LocalDate date) {}

        @Override
        public Optional<LocalDate> lastDay() {
            return Optional.of(lastDay);
        }

        @Override
        public boolean expiredOn(LocalDate asOf) {
            return breached || asOf.isAfter(lastDay);
        }
    }

    /**
     * A number of days after the last running training is completed; the next purchase stops the clock. Once
     * a purchase came too late the balance stays expired on that day and every later purchase breaches it.
     */
    private static final class DaysAfterCompletion implements ExpiryClock {
        private final int days;
        private final DayCount dayCount;
        private LocalDate running;
        private LocalDate expiredAfter;

        DaysAfterCompletion(int days, DayCount dayCount) {
            this.days = days;
            this.dayCount = dayCount;
        }

        @Override
        public Optional<LocalDate> breachedBy(LocalDate purchase) {
            if (expiredAfter == null && running != null && purchase.isAfter(running)) {
                expiredAfter = running;
            }
            running = null;
            return Optional.ofNullable(expiredAfter);
        }

        @Override
        public void allCompletedOn(LocalDate date) {
            if (expiredAfter == null) {
                running = dayCount.lastDay(date, days);
            }
        }

        @Override
        public Optional<LocalDate> lastDay() {
            return Optional.ofNullable(expiredAfter != null ? expiredAfter : running);
        }

        @Override
        public boolean expiredOn(LocalDate asOf) {
            return expiredAfter != null || (running != null && asOf.isAfter(running));
        }
    }

    private Replay(Programme programme, Participant participant, LocalDate asOf, boolean validating, boolean failFast) {
        this.programme = programme;
        this.participant = participant;
        this.asOf = asOf;
        this.validating = validating;
        this.violations = new ViolationSink(failFast);
    }

    /** Replays for validation: every violation up to {@code asOf}, events after it reported. */
    static List<Violation> validate(Programme programme, Participant participant, LocalDate asOf, boolean failFast) {
        Replay r = new Replay(programme, participant, asOf, true, failFast);
        r.run();
        return List.copyOf(r.violations.violations());
    }

    /** Replays the events dated on or before {@code date}; empty when the participant was not accepted by then. */
    static Optional<ParticipantStatus> status(Programme programme, Participant participant, LocalDate date) {
        Replay r = new Replay(programme, participant, date, false, false);
        r.run();
        return r.p == null ? Optional.empty() : Optional.of(r.toStatus());
    }

    /**
     * The processing order: by date; on one day acceptances first, then list order. Sorting makes the result
     * independent of how a feed ordered days, and keeps same-day sequences (buy, then complete) as given.
     */
    static Integer[] processingOrder(List<ParticipantEvent> events) {
        Integer[] order = new Integer[events.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            ParticipantEvent x = events.get(a);
            ParticipantEvent y = events.get(b);
            int c = x.date().compareTo(y.date());
            if (c != 0) {
                return c;
            }
            boolean ax = x instanceof Accepted;
            boolean ay = y instanceof Accepted;
            if (ax != ay) {
                return ax ? -1 : 1;
            }
            return Integer.compare(a, b);
        });
        return order;
    }

    private void run() {
        List<ParticipantEvent> events = participant.events();
        Integer[] order = processingOrder(events);
        Accepted acceptance = null;
        int acceptanceIndex = -1;
        for (Integer i : order) {
            ParticipantEvent e = events.get(i);
            if (e instanceof Accepted a && !a.date().isAfter(asOf)) {
                acceptance = a;
                acceptanceIndex = i;
                break;
            }
        }
        if (acceptance != null && !programme.waves().contains(acceptance.wave())) {
            if (validating) {
                add(Violation.of(RuleCode.FIELD_INVALID, field(acceptanceIndex) + ".wave")
                        .argument(
                                "expected",
                                "a wave from 1 to " + programme.waves().size())
                        .argument("expectation", id.prakerja.core.validation.FieldExpectation.WAVE)
                        .build());
            }
            return;
        }
        for (Integer i : order) {
            if (violations.isFull()) {
                return;
            }
            ParticipantEvent e = events.get(i);
            if (e.date().isAfter(asOf)) {
                if (validating) {
                    add(dateViolation(i, e, EventDateProblem.AFTER_EVALUATION_DATE, asOf));
                }
                continue;
            }
            if (p == null) {
                if (e == acceptance && i == acceptanceIndex) {
                    accept(acceptance);
                } else if (acceptance != null) {
                    add(dateViolation(i, e, EventDateProblem.BEFORE_ACCEPTANCE, acceptance.date()));
                } else {
                    add(eventOrder(i, e, EventOrderProblem.NOT_ACCEPTED));
                }
                continue;
            }
            if (revokedOn != null) {
                add(eventOrder(i, e, EventOrderProblem.AFTER_REVOCATION));
                continue;
            }
            apply(i, e);
        }
    }

    private void accept(Accepted a) {
        p = programme.inForce(a.wave());
        acceptanceDate = a.date();
        dayCount = p.deadlineDayCount().value();
        deadline =
                dayCount.lastDay(acceptanceDate, p.firstPurchaseDeadlineDays().value());
        BalanceExpiry scheme = p.balanceExpiry().value();
        expiry = scheme.kind() == BalanceExpiry.Kind.ANNUAL
                ? new AnnualCutOff(
                        scheme.lastDayIn(programme.waves().wave(a.wave()).programmeYear()))
                : new DaysAfterCompletion(scheme.days(), dayCount);
        remaining = p.trainingAid().value();
    }

    private void apply(int i, ParticipantEvent e) {
        switch (e.type()) {
            case ACCEPTED:
                add(eventOrder(i, e, EventOrderProblem.ALREADY_ACCEPTED));
                break;
            case TRAINING_PURCHASED:
                purchase(i, (TrainingPurchased) e);
                break;
            case TRAINING_COMPLETED:
                complete(i, (TrainingCompleted) e);
                break;
            case TRAINING_REVIEWED:
                review(i, (TrainingReviewed) e);
                break;
            case PAYOUT_ACCOUNT_LINKED:
                link(i, (PayoutAccountLinked) e);
                break;
            case INCENTIVE_PAID:
                incentive(i, (IncentivePaid) e);
                break;
            case SURVEY_INCENTIVE_PAID:
                survey(i, (SurveyIncentivePaid) e);
                break;
            case REVOKED:
                revoke(i, (Revoked) e);
                break;
            default:
                throw new AssertionError(e.type());
        }
    }

    private void purchase(int i, TrainingPurchased e) {
        if (courses.containsKey(e.courseId())) {
            add(eventOrder(i, e, EventOrderProblem.COURSE_ALREADY_PURCHASED));
            return;
        }
        LocalDate date = e.date();
        if (firstPurchase == null) {
            firstPurchase = date;
            if (date.isAfter(deadline)) {
                DatedValue<Integer> days = p.firstPurchaseDeadlineDays();
                add(Violation.of(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE, field(i) + ".date")
                        .argument("purchaseDate", date)
                        .argument("deadline", deadline)
                        .argument("deadlineDays", days.value())
                        .argument("acceptanceDate", acceptanceDate)
                        .legalReference(days.reference())
                        .build());
            }
        }
        expiry.breachedBy(date)
                .ifPresent(lastDay -> add(Violation.of(RuleCode.PARTICIPATION_BALANCE_EXPIRED, field(i) + ".date")
                        .argument("purchaseDate", date)
                        .argument("expiryDate", lastDay)
                        .legalReference(p.balanceExpiry().reference())
                        .build()));
        if (e.price().isGreaterThan(remaining)) {
            add(Violation.of(RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE, field(i) + ".price")
                    .argument("price", e.price())
                    .argument("balance", remaining)
                    .legalReference(p.trainingAid().reference())
                    .build());
        }
        spent = spent.plus(e.price());
        remaining = remaining.minus(e.price().min(remaining));
        courses.put(e.courseId(), new Course(e.courseId()));
        inProgress++;
    }

    private void complete(int i, TrainingCompleted e) {
        Course c = courses.get(e.courseId());
        if (c == null) {
            add(eventOrder(i, e, EventOrderProblem.COURSE_NOT_PURCHASED));
            return;
        }
        if (c.completed != null) {
            add(eventOrder(i, e, EventOrderProblem.COURSE_ALREADY_COMPLETED));
            return;
        }
        c.completed = e.date();
        inProgress--;
        completed++;
        if (firstCompletion == null) {
            firstCompletion = e.date();
        }
        if (inProgress == 0) {
            expiry.allCompletedOn(e.date());
        }
    }

    private void review(int i, TrainingReviewed e) {
        Course c = courses.get(e.courseId());
        if (c == null) {
            add(eventOrder(i, e, EventOrderProblem.COURSE_NOT_PURCHASED));
        } else if (c.completed == null) {
            add(eventOrder(i, e, EventOrderProblem.COURSE_NOT_COMPLETED));
        } else if (c.reviewed != null) {
            add(eventOrder(i, e, EventOrderProblem.COURSE_ALREADY_REVIEWED));
        } else {
            c.reviewed = e.date();
            reviewedAny = true;
        }
    }

    private void link(int i, PayoutAccountLinked e) {
        if (e.accountNik().equals(participant.nik())) {
            account = e;
        } else {
            // arguments name the provider and channel only: neither NIK may appear in a violation
            add(Violation.of(RuleCode.PARTICIPATION_ACCOUNT_NIK_MISMATCH, field(i) + ".accountNik")
                    .argument("provider", e.provider())
                    .argument("channel", e.channel())
                    .build());
        }
    }

    private void incentive(int i, IncentivePaid e) {
        if (courses.isEmpty()) {
            add(eventOrder(i, e, EventOrderProblem.NO_TRAINING));
        } else if (!reviewedAny) {
            add(Violation.of(RuleCode.PARTICIPATION_INCENTIVE_PRECONDITION, field(i) + ".date")
                    .argument("paymentDate", e.date())
                    .build());
        }
        if (account == null) {
            add(eventOrder(i, e, EventOrderProblem.NO_PAYOUT_ACCOUNT));
        }
        incentives++;
        incentivePaid = incentivePaid.plus(e.amount());
        excess(
                i,
                e.amount(),
                incentives,
                RuleCode.PARTICIPATION_INCENTIVE_EXCESS,
                p.incentiveAmount().value(),
                p.incentivePayments());
    }

    private void survey(int i, SurveyIncentivePaid e) {
        if (account == null) {
            add(eventOrder(i, e, EventOrderProblem.NO_PAYOUT_ACCOUNT));
        }
        surveys++;
        surveyPaid = surveyPaid.plus(e.amount());
        excess(
                i,
                e.amount(),
                surveys,
                RuleCode.PARTICIPATION_SURVEY_EXCESS,
                p.surveyIncentiveAmount().value(),
                p.surveyPayments());
    }

    private void excess(
            int i, Rupiah amount, int payment, RuleCode code, Rupiah expected, DatedValue<Integer> maximum) {
        if (payment > maximum.value() || !amount.equals(expected)) {
            add(Violation.of(code, field(i) + (payment > maximum.value() ? "" : ".amount"))
                    .argument("amount", amount)
                    .argument("expectedAmount", expected)
                    .argument("maximumPayments", maximum.value())
                    .argument("payment", payment)
                    .legalReference(maximum.reference())
                    .build());
        }
    }

    private void revoke(int i, Revoked e) {
        if (e.reason() == RevocationReason.NO_FIRST_PURCHASE
                && (firstPurchase != null || !e.date().isAfter(deadline))) {
            add(eventOrder(i, e, EventOrderProblem.REVOCATION_NOT_DUE));
        }
        revokedOn = e.date();
    }

    private static String field(int i) {
        return "events[" + i + "]";
    }

    /** A {@code PARTICIPATION_EVENT_ORDER} violation of event {@code i} for {@code reason}. */
    private static Violation eventOrder(int i, ParticipantEvent e, EventOrderProblem reason) {
        return Violation.of(RuleCode.PARTICIPATION_EVENT_ORDER, field(i))
                .argument("event", e.type())
                .argument("reason", reason)
                .build();
    }

    private static Violation dateViolation(int i, ParticipantEvent e, EventDateProblem reason, LocalDate limit) {
        return Violation.of(RuleCode.PARTICIPATION_EVENT_DATE, field(i) + ".date")
                .argument("event", e.type())
                .argument("date", e.date())
                .argument("reason", reason)
                .argument("limit", limit)
                .build();
    }

    private void add(Violation v) {
        if (validating) {
            violations.add(v);
        }
    }

    private ParticipantStatus toStatus() {
        BenefitPackage benefits = BenefitPackage.of(p);
        boolean revoked = revokedOn != null;
        boolean revocationDue = !revoked && firstPurchase == null && asOf.isAfter(deadline);
        boolean expired = expiry.expiredOn(asOf);
        OptionalInt daysLeft = firstPurchase == null && !revoked && !asOf.isAfter(deadline)
                ? OptionalInt.of((int) ChronoUnit.DAYS.between(asOf, deadline))
                : OptionalInt.empty();
        Rupiah aid = p.trainingAid().value();
        Rupiah overspent = spent.isGreaterThan(aid) ? spent.minus(aid) : Rupiah.ZERO;
        boolean unusable = revoked || revocationDue || expired;
        int incentiveMax = p.incentivePayments().value();
        int surveyMax = p.surveyPayments().value();
        int incentivesDue = revoked ? 0 : Math.max(0, incentiveMax - incentives);
        int surveysDue = revoked ? 0 : Math.max(0, surveyMax - surveys);
        List<Course> awaiting = new ArrayList<>();
        for (Course c : courses.values()) {
            if (c.completed != null && c.reviewed == null) {
                awaiting.add(c);
            }
        }
        awaiting.sort((a, b) -> a.completed.compareTo(b.completed));
        List<String> awaitingIds = new ArrayList<>(awaiting.size());
        for (Course c : awaiting) {
            awaitingIds.add(c.id);
        }
        Nik nik = participant.nik();
        return ImmutableParticipantStatus.builder()
                .nik(nik)
                .date(asOf)
                .wave(p.wave())
                .benefits(benefits)
                .acceptanceDate(acceptanceDate)
                .firstPurchaseDeadline(deadline)
                .firstPurchaseDate(Optional.ofNullable(firstPurchase))
                .firstPurchaseDaysLeft(daysLeft)
                .revocationDue(revocationDue)
                .revocationDate(Optional.ofNullable(revokedOn))
                .spent(spent)
                .remainingBalance(remaining)
                .overspent(overspent)
                .balanceExpiryDate(expiry.lastDay())
                .balanceExpired(expired)
                .usableBalance(unusable ? Rupiah.ZERO : remaining)
                .trainingsPurchased(courses.size())
                .trainingsCompleted(completed)
                .trainingsAwaitingReview(awaitingIds)
                .firstCompletionDate(Optional.ofNullable(firstCompletion))
                .incentiveUnlocked(reviewedAny)
                .payoutAccount(Optional.ofNullable(account))
                .incentivePaymentsMade(incentives)
                .incentivePaid(incentivePaid)
                .incentivePaymentsDue(incentivesDue)
                .incentiveDue(p.incentiveAmount().value().times(incentivesDue))
                .surveyPaymentsMade(surveys)
                .surveyIncentivePaid(surveyPaid)
                .surveyPaymentsDue(surveysDue)
                .surveyIncentiveDue(p.surveyIncentiveAmount().value().times(surveysDue))
                .build();
    }
}
