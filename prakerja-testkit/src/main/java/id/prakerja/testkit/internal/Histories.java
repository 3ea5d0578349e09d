// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.ParticipationHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws participation histories: valid ones, and for each {@code PARTICIPATION_*} code histories that break
 * exactly that code, random or at its boundaries. Every amount and deadline comes from {@link WaveFacts}.
 *
 * <p>How a defect stays alone: an added event that the checker does not apply (dated outside the history,
 * after a revocation, a repeated purchase) changes nothing else; a changed purchase is the last one; an
 * added payment keeps every other payment within the package; a payment needing an account follows a
 * link in the participant's own NIK.
 */
final class Histories {

    private static final String[] WALLETS = {"OVO", "GoPay", "LinkAja", "DANA"};

    private Histories() {}

    /** The day windows histories draw gaps from: a gap of 0 to {@code max} days, uniformly. */
    enum Days {
        /** Between acceptance and linking an account, or a completion and its review. */
        SHORTLY(5),
        /** Between an event and a repeated or late one added as a defect. */
        SOON(10),
        /** How long a training takes, from purchase to completion. */
        TRAINING(20),
        /** After a deadline, a cut-off or the last event. */
        MONTH(30),
        /** Between the last event and the evaluation date. */
        EVALUATION_LAG(60);

        final int max;

        Days(int max) {
            this.max = max;
        }

        int draw(RandomGenerator r) {
            return r.nextInt(0, max + 1);
        }
    }

    /**
     * The ways a history breaks {@code PARTICIPATION_EVENT_ORDER}, drawn uniformly (declaration order is
     * the draw's order: changing it changes every seeded history). A variant whose {@link #appliesTo} is
     * false of the drawn history falls back to {@link #COMPLETED_NEVER_BOUGHT}, which applies to any.
     */
    enum OrderDefect {
        /** A second acceptance, a later day of the same wave (the first stays the acceptance). */
        SECOND_ACCEPTANCE,
        /** A purchase after a revocation. */
        PURCHASE_AFTER_REVOCATION,
        /** A course completed that was never bought. */
        COMPLETED_NEVER_BOUGHT,
        /** The same course bought again. */
        SAME_COURSE_TWICE,
        /** A course reviewed twice. */
        REVIEWED_TWICE,
        /** A survey incentive paid before any payout account was linked. */
        SURVEY_WITHOUT_ACCOUNT,
        /** Revoked for no first purchase before the deadline passed, or after a purchase. */
        REVOKED_NOT_DUE;

        /** Whether the valid history it starts from may end with a revocation (the defect adds its own). */
        boolean allowsRevocationBefore() {
            return this != PURCHASE_AFTER_REVOCATION && this != REVOKED_NOT_DUE;
        }

        /** Whether the defect can be added to {@code d}. */
        boolean appliesTo(HistoryDraft d) {
            switch (this) {
                case SAME_COURSE_TWICE:
                    return !d.trainings.isEmpty();
                case REVIEWED_TWICE:
                    return d.trainings.stream().anyMatch(t -> t.reviewed() != null);
                case REVOKED_NOT_DUE:
                    return !(d.trainings.isEmpty() && d.last().isAfter(d.deadline()));
                default:
                    return true;
            }
        }
    }

    /** A history and the date to evaluate it on. */
    record Drawn(HistoryDraft draft, LocalDate evaluation) {
        ParticipationHistory history() {
            return draft.evaluatedOn(evaluation);
        }
    }

    // ---------------------------------------------------------------- random values

    static ParticipationHistory valid(WaveFacts f, RandomGenerator r, Nik nik) {
        return validDraft(f, r, nik, true).history();
    }

    /** A valid history; {@code revocable}: whether it may end with a revocation (nothing may follow one). */
    static Drawn validDraft(WaveFacts f, RandomGenerator r, Nik nik, boolean revocable) {
        HistoryDraft d = draft(f, r, nik);
        if (r.nextInt(8) == 0) {
            // never buys: still within the deadline, or past it (and perhaps revoked for it)
            if (r.nextInt(3) == 0) {
                link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
            }
            if (r.nextBoolean()) {
                return new Drawn(d, between(r, d.last(), HistoryDraft.max(d.last(), d.deadline())));
            }
            if (revocable && r.nextBoolean()) {
                d.revoke(d.deadline().plusDays(r.nextInt(1, 21)), RevocationReason.NO_FIRST_PURCHASE);
            }
            return new Drawn(
                    d, HistoryDraft.max(d.last(), d.deadline().plusDays(1)).plusDays(Days.MONTH.draw(r)));
        }
        if (r.nextInt(3) == 0) {
            link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
        }
        emit(d, plan(d, r, r.nextInt(1, 4), d.accepted, f.firstLatest(d.accepted), false, false));
        randomPayments(d, r);
        if (revocable && r.nextInt(10) == 0) {
            d.revoke(
                    d.last().plusDays(Days.MONTH.draw(r)),
                    r.nextBoolean() ? RevocationReason.INELIGIBLE : RevocationReason.OTHER);
        }
        return new Drawn(d, d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    static ParticipationHistory breaking(RuleCode code, WaveFacts f, RandomGenerator r, Nik nik) {
        switch (code) {
            case PARTICIPATION_EVENT_ORDER:
                return eventOrder(f, r, nik);
            case PARTICIPATION_EVENT_DATE:
                return eventDate(f, r, nik);
            case PARTICIPATION_FIRST_PURCHASE_LATE:
                return firstPurchaseLate(f, r, nik);
            case PARTICIPATION_PURCHASE_OVER_BALANCE:
                return overBalance(f, r, nik);
            case PARTICIPATION_BALANCE_EXPIRED:
                return balanceExpired(f, r, nik);
            case PARTICIPATION_INCENTIVE_PRECONDITION:
                return incentivePrecondition(f, r, nik);
            case PARTICIPATION_INCENTIVE_EXCESS:
                return incentiveExcess(f, r, nik);
            case PARTICIPATION_SURVEY_EXCESS:
                return surveyExcess(f, r, nik);
            case PARTICIPATION_ACCOUNT_NIK_MISMATCH:
                return accountMismatch(f, r, nik);
            default:
                throw new IllegalArgumentException(code + " is not a participation code");
        }
    }

    private static ParticipationHistory eventOrder(WaveFacts f, RandomGenerator r, Nik nik) {
        OrderDefect defect = OrderDefect.values()[r.nextInt(OrderDefect.values().length)];
        if (defect == OrderDefect.SURVEY_WITHOUT_ACCOUNT) {
            HistoryDraft d = draft(f, r, nik);
            emit(d, plan(d, r, r.nextInt(0, 3), d.accepted, f.firstLatest(d.accepted), false, false));
            d.survey(between(r, d.accepted, d.last()), f.survey);
            return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
        }
        Drawn b = validDraft(f, r, nik, defect.allowsRevocationBefore());
        HistoryDraft d = b.draft();
        LocalDate eval = b.evaluation();
        if (!defect.appliesTo(d)) {
            defect = OrderDefect.COMPLETED_NEVER_BOUGHT;
        }
        switch (defect) {
            case SECOND_ACCEPTANCE: {
                LocalDate date = d.accepted.plusDays(r.nextInt(1, 31));
                d.add(ParticipantEvent.accepted(date, f.wave));
                eval = HistoryDraft.max(eval, date);
                break;
            }
            case PURCHASE_AFTER_REVOCATION: {
                LocalDate revoked = d.last().plusDays(Days.SOON.draw(r));
                d.revoke(revoked, r.nextBoolean() ? RevocationReason.INELIGIBLE : RevocationReason.OTHER);
                LocalDate date = revoked.plusDays(Days.SOON.draw(r));
                d.add(ParticipantEvent.trainingPurchased(date, d.newCourse(), Rupiah.of(1000L * r.nextInt(50, 500))));
                eval = HistoryDraft.max(eval, date);
                break;
            }
            case SAME_COURSE_TWICE: {
                HistoryDraft.Training t = d.trainings.get(r.nextInt(d.trainings.size()));
                LocalDate date = t.bought().plusDays(Days.TRAINING.draw(r));
                d.add(ParticipantEvent.trainingPurchased(date, t.course(), t.price()));
                eval = HistoryDraft.max(eval, date);
                break;
            }
            case REVIEWED_TWICE: {
                HistoryDraft.Training t = d.trainings.stream()
                        .filter(x -> x.reviewed() != null)
                        .toList()
                        .get(0);
                LocalDate date = t.reviewed().plusDays(Days.SOON.draw(r));
                d.add(ParticipantEvent.trainingReviewed(date, t.course(), r.nextInt(1, 6)));
                eval = HistoryDraft.max(eval, date);
                break;
            }
            case REVOKED_NOT_DUE: {
                LocalDate date = d.trainings.isEmpty()
                        ? between(r, d.last(), d.deadline())
                        : d.last().plusDays(Days.SOON.draw(r));
                d.revoke(date, RevocationReason.NO_FIRST_PURCHASE);
                eval = HistoryDraft.max(eval, date);
                break;
            }
            case COMPLETED_NEVER_BOUGHT: {
                LocalDate date = between(r, d.accepted, d.last());
                d.add(ParticipantEvent.trainingCompleted(date, d.newCourse()));
                break;
            }
            default:
                throw new AssertionError(defect);
        }
        return d.evaluatedOn(eval);
    }

    private static ParticipationHistory eventDate(WaveFacts f, RandomGenerator r, Nik nik) {
        Drawn b = validDraft(f, r, nik, true);
        HistoryDraft d = b.draft();
        Rupiah price = Rupiah.of(1000L * r.nextInt(50, 500));
        ParticipantEvent extra;
        if (r.nextBoolean()) {
            LocalDate date = d.accepted.minusDays(r.nextInt(1, 31));
            switch (r.nextInt(4)) {
                case 0:
                    extra = ParticipantEvent.payoutAccountLinked(date, PayoutChannel.E_WALLET, wallet(r), nik);
                    break;
                case 1:
                    extra = ParticipantEvent.trainingPurchased(date, d.newCourse(), price);
                    break;
                case 2:
                    extra = ParticipantEvent.surveyIncentivePaid(date, f.survey);
                    break;
                default:
                    extra = ParticipantEvent.trainingCompleted(date, d.newCourse());
            }
        } else {
            LocalDate date = b.evaluation().plusDays(r.nextInt(1, 31));
            switch (r.nextInt(5)) {
                case 0:
                    extra = ParticipantEvent.trainingPurchased(date, d.newCourse(), price);
                    break;
                case 1:
                    extra = ParticipantEvent.surveyIncentivePaid(date, f.survey);
                    break;
                case 2:
                    extra = ParticipantEvent.incentivePaid(date, f.incentive);
                    break;
                case 3:
                    extra = ParticipantEvent.payoutAccountLinked(date, PayoutChannel.BANK, "BNI", nik);
                    break;
                default:
                    extra = ParticipantEvent.accepted(date, f.wave);
            }
        }
        d.add(extra);
        return d.evaluatedOn(b.evaluation());
    }

    private static ParticipationHistory firstPurchaseLate(WaveFacts f, RandomGenerator r, Nik nik) {
        HistoryDraft d = draft(f, r, nik, f.lateAcceptanceTo());
        if (r.nextInt(3) == 0) {
            link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
        }
        LocalDate from = d.deadline().plusDays(1);
        LocalDate to = d.deadline().plusDays(20);
        if (f.annual() && f.annualLast.isBefore(to)) {
            to = f.annualLast;
        }
        emit(d, plan(d, r, r.nextInt(1, 4), from, to, false, false));
        randomPayments(d, r);
        return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    private static ParticipationHistory overBalance(WaveFacts f, RandomGenerator r, Nik nik) {
        HistoryDraft d = draft(f, r, nik);
        if (r.nextInt(3) == 0) {
            link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
        }
        List<Plan> plans = plan(d, r, r.nextInt(1, 4), d.accepted, f.firstLatest(d.accepted), false, false);
        int last = plans.size() - 1;
        Plan p = plans.get(last);
        long extra = r.nextBoolean() ? 1 : 1000L * r.nextInt(1, 501);
        plans.set(last, p.withPrice(p.balanceBefore().plus(Rupiah.of(extra))));
        emit(d, plans);
        randomPayments(d, r);
        return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    private static ParticipationHistory balanceExpired(WaveFacts f, RandomGenerator r, Nik nik) {
        HistoryDraft d = draft(f, r, nik);
        if (r.nextInt(3) == 0) {
            link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
        }
        emit(d, plan(d, r, r.nextInt(1, 4), d.accepted, f.firstLatest(d.accepted), true, false));
        LocalDate completed = d.lastCompletion();
        LocalDate date = f.annual()
                ? HistoryDraft.max(f.annualLast.plusDays(1), completed).plusDays(Days.MONTH.draw(r))
                : f.nextLatest(completed).plusDays(1L + Days.MONTH.draw(r));
        long thousands = d.remaining.amount() / 1000;
        String course = d.newCourse();
        d.buy(date, course, Rupiah.of(1000L * r.nextLong(1, thousands + 1)));
        if (r.nextBoolean()) {
            d.add(ParticipantEvent.trainingCompleted(date.plusDays(Days.TRAINING.draw(r)), course));
        }
        randomPayments(d, r);
        return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    private static ParticipationHistory incentivePrecondition(WaveFacts f, RandomGenerator r, Nik nik) {
        HistoryDraft d = draft(f, r, nik);
        LocalDate linked = d.accepted.plusDays(Days.SHORTLY.draw(r));
        link(d, r, linked);
        LocalDate bought = boundaryBiased(r, d.accepted, f.firstLatest(d.accepted));
        Rupiah price = price(r, f.aid, false);
        LocalDate completed = bought.plusDays(Days.TRAINING.draw(r));
        LocalDate from = HistoryDraft.max(bought, linked);
        LocalDate paid = from.plusDays(Days.TRAINING.draw(r));
        LocalDate reviewed =
                r.nextInt(4) == 0 ? null : HistoryDraft.max(paid, completed).plusDays(Days.SHORTLY.draw(r));
        String course = d.newCourse();
        // added in this order so that on a shared day the payment comes after the link and purchase and
        // before the review
        d.buy(bought, course, price);
        d.add(ParticipantEvent.trainingCompleted(completed, course));
        d.incentive(paid, f.incentive);
        if (reviewed != null) {
            d.add(ParticipantEvent.trainingReviewed(reviewed, course, rating(r)));
        }
        d.trainings.add(new HistoryDraft.Training(course, bought, price, completed, reviewed));
        int more = reviewed == null ? 0 : r.nextInt(0, f.incentives);
        payments(d, r, repeat(f.incentive, more), repeat(f.survey, r.nextInt(0, f.surveys + 1)));
        return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    private static ParticipationHistory incentiveExcess(WaveFacts f, RandomGenerator r, Nik nik) {
        HistoryDraft d = draft(f, r, nik);
        if (r.nextInt(3) == 0) {
            link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
        }
        emit(d, plan(d, r, r.nextInt(1, 4), d.accepted, f.firstLatest(d.accepted), false, true));
        List<Rupiah> incentives;
        if (r.nextBoolean()) {
            incentives = repeat(f.incentive, f.incentives + 1);
        } else {
            incentives = repeat(f.incentive, r.nextInt(1, f.incentives + 1));
            incentives.set(r.nextInt(incentives.size()), wrong(r, f.incentive));
        }
        payments(d, r, incentives, repeat(f.survey, r.nextInt(0, f.surveys + 1)));
        return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    private static ParticipationHistory surveyExcess(WaveFacts f, RandomGenerator r, Nik nik) {
        HistoryDraft d = draft(f, r, nik);
        if (r.nextInt(3) == 0) {
            link(d, r, d.accepted.plusDays(Days.SHORTLY.draw(r)));
        }
        emit(d, plan(d, r, r.nextInt(0, 4), d.accepted, f.firstLatest(d.accepted), false, false));
        List<Rupiah> surveys;
        if (r.nextBoolean()) {
            surveys = repeat(f.survey, f.surveys + 1);
        } else {
            surveys = repeat(f.survey, r.nextInt(1, f.surveys + 1));
            surveys.set(r.nextInt(surveys.size()), wrong(r, f.survey));
        }
        int incentives = d.firstReview() == null ? 0 : r.nextInt(0, f.incentives + 1);
        payments(d, r, repeat(f.incentive, incentives), surveys);
        return d.evaluatedOn(d.last().plusDays(Days.EVALUATION_LAG.draw(r)));
    }

    private static ParticipationHistory accountMismatch(WaveFacts f, RandomGenerator r, Nik nik) {
        Drawn b = validDraft(f, r, nik, false);
        HistoryDraft d = b.draft();
        d.linkOther(between(r, d.accepted, b.evaluation()), otherNik(r, nik));
        return d.evaluatedOn(b.evaluation());
    }

    // ---------------------------------------------------------------- edge cases

    /** The boundary values of valid histories, or of histories breaking {@code code}. */
    static List<ParticipationHistory> edgeCases(WaveFacts f, Nik nik, RuleCode code) {
        return code == null ? validEdges(f, nik) : breakingEdges(f, nik, code);
    }

    private static HistoryDraft edge(WaveFacts f, Nik nik) {
        return new HistoryDraft(f, nik, f.acceptanceFrom, 10_000);
    }

    private static Rupiah part(Rupiah aid, int percent) {
        return Rupiah.of(aid.amount() * percent / 100 / 1000 * 1000);
    }

    private static List<ParticipationHistory> validEdges(WaveFacts f, Nik nik) {
        List<ParticipationHistory> out = new ArrayList<>();
        HistoryDraft d = edge(f, nik);
        LocalDate a = d.accepted;
        // accepted only, evaluated that day
        out.add(d.evaluatedOn(a));
        // nothing bought, evaluated on the deadline day (day 30, or 15 from wave 48): not yet late
        out.add(edge(f, nik).evaluatedOn(d.deadline()));
        // the first purchase on the last day on time
        d = edge(f, nik);
        LocalDate lastOnTime = f.firstLatest(a);
        d.training(lastOnTime, part(f.aid, 50), lastOnTime.plusDays(2), lastOnTime.plusDays(2));
        out.add(d.evaluatedOnLastDay());
        // nothing bought, revoked on the first day revocation is due (day 31, or 16)
        d = edge(f, nik);
        d.revoke(d.deadline().plusDays(1), RevocationReason.NO_FIRST_PURCHASE);
        out.add(d.evaluatedOnLastDay());
        // the whole aid on the acceptance day, and the full package paid to a bank account
        d = edge(f, nik);
        d.link(a, PayoutChannel.BANK, "BNI");
        d.training(a, f.aid, a.plusDays(7), a.plusDays(8));
        payEvery(d, a.plusDays(8), repeat(f.incentive, f.incentives), 30, true);
        payEvery(d, a.plusDays(9), repeat(f.survey, f.surveys), 20, false);
        out.add(d.evaluatedOnLastDay());
        // a later purchase on the balance's last day: 15 December, or 15 days after the previous completion
        d = edge(f, nik);
        HistoryDraft.Training first =
                d.training(f.cap(a.plusDays(1)), part(f.aid, 20), f.cap(a.plusDays(5)), f.cap(a.plusDays(5)));
        d.buy(f.nextLatest(first.completed()), d.newCourse(), d.remaining);
        out.add(d.evaluatedOnLastDay());
        // an incentive on the day of the review, after it
        d = edge(f, nik);
        d.training(f.cap(a.plusDays(1)), part(f.aid, 60), a.plusDays(10), a.plusDays(10));
        d.link(a.plusDays(10), PayoutChannel.E_WALLET, "GoPay");
        d.incentive(a.plusDays(10), f.incentive);
        out.add(d.evaluatedOnLastDay());
        // every survey paid to an e-wallet linked on the acceptance day
        d = edge(f, nik);
        d.link(a, PayoutChannel.E_WALLET, "DANA");
        payEvery(d, a.plusDays(1), repeat(f.survey, f.surveys), 1, false);
        out.add(d.evaluatedOnLastDay());
        // revoked as ineligible after a paid incentive
        d = edge(f, nik);
        d.link(a, PayoutChannel.E_WALLET, "LinkAja");
        d.training(f.cap(a.plusDays(2)), part(f.aid, 40), a.plusDays(9), a.plusDays(9));
        d.incentive(a.plusDays(10), f.incentive);
        d.revoke(a.plusDays(40), RevocationReason.INELIGIBLE);
        out.add(d.evaluatedOn(a.plusDays(60)));
        // the balance spent to Rp0 over three trainings
        d = edge(f, nik);
        LocalDate done = d.training(f.cap(a.plusDays(1)), part(f.aid, 30), f.cap(a.plusDays(4)), null)
                .completed();
        done = d.training(done, part(f.aid, 30), f.cap(done.plusDays(4)), done.plusDays(5))
                .completed();
        d.training(f.cap(done.plusDays(2)), d.remaining, done.plusDays(4), done.plusDays(4));
        out.add(d.evaluatedOnLastDay());
        return List.copyOf(out);
    }

    private static List<ParticipationHistory> breakingEdges(WaveFacts f, Nik nik, RuleCode code) {
        List<ParticipationHistory> out = new ArrayList<>();
        HistoryDraft d = edge(f, nik);
        LocalDate a = d.accepted;
        switch (code) {
            case PARTICIPATION_EVENT_ORDER: {
                // no acceptance at all: a lone purchase
                out.add(ParticipationHistory.of(
                        Participant.of(
                                nik, List.of(ParticipantEvent.trainingPurchased(a, d.newCourse(), part(f.aid, 50)))),
                        a,
                        f.wave));
                // a second acceptance the next day
                d.add(ParticipantEvent.accepted(a.plusDays(1), f.wave));
                out.add(d.evaluatedOnLastDay());
                // revoked for no first purchase on the deadline day itself: not yet due
                d = edge(f, nik);
                d.revoke(d.deadline(), RevocationReason.NO_FIRST_PURCHASE);
                out.add(d.evaluatedOnLastDay());
                // revoked for no first purchase although a training was bought
                d = edge(f, nik);
                d.buy(f.cap(a.plusDays(1)), d.newCourse(), part(f.aid, 50));
                d.revoke(d.deadline().plusDays(1), RevocationReason.NO_FIRST_PURCHASE);
                out.add(d.evaluatedOnLastDay());
                // a purchase on the day of the revocation, after it
                d = edge(f, nik);
                d.revoke(a.plusDays(2), RevocationReason.INELIGIBLE);
                d.buy(a.plusDays(2), d.newCourse(), part(f.aid, 50));
                out.add(d.evaluatedOnLastDay());
                // a course completed that was never bought
                d = edge(f, nik);
                d.add(ParticipantEvent.trainingCompleted(a.plusDays(1), d.newCourse()));
                out.add(d.evaluatedOnLastDay());
                // a review before the completion
                d = edge(f, nik);
                String c = d.newCourse();
                d.buy(f.cap(a.plusDays(1)), c, part(f.aid, 50));
                d.add(ParticipantEvent.trainingReviewed(a.plusDays(1), c, 4));
                d.add(ParticipantEvent.trainingCompleted(a.plusDays(2), c));
                out.add(d.evaluatedOnLastDay());
                // the same course bought twice on one day
                d = edge(f, nik);
                c = d.newCourse();
                d.buy(f.cap(a.plusDays(1)), c, part(f.aid, 50));
                d.add(ParticipantEvent.trainingPurchased(a.plusDays(1), c, part(f.aid, 50)));
                out.add(d.evaluatedOnLastDay());
                // a survey before any payout account
                d = edge(f, nik);
                d.survey(a.plusDays(1), f.survey);
                out.add(d.evaluatedOnLastDay());
                // an incentive before any training, the account linked
                d = edge(f, nik);
                d.link(a);
                d.incentive(a.plusDays(1), f.incentive);
                out.add(d.evaluatedOnLastDay());
                break;
            }
            case PARTICIPATION_EVENT_DATE: {
                // an account linked the day before the acceptance
                d.add(ParticipantEvent.payoutAccountLinked(a.minusDays(1), PayoutChannel.E_WALLET, "GoPay", nik));
                out.add(d.evaluatedOn(a));
                // a purchase the day after the evaluation date
                d = edge(f, nik);
                d.training(f.cap(a.plusDays(1)), part(f.aid, 50), a.plusDays(3), a.plusDays(3));
                d.add(ParticipantEvent.trainingPurchased(a.plusDays(6), d.newCourse(), part(f.aid, 10)));
                out.add(d.evaluatedOn(a.plusDays(5)));
                // a (second) acceptance the day after the evaluation date
                d = edge(f, nik);
                d.add(ParticipantEvent.accepted(a.plusDays(2), f.wave));
                out.add(d.evaluatedOn(a.plusDays(1)));
                // a survey the day before the acceptance
                d = edge(f, nik);
                d.add(ParticipantEvent.surveyIncentivePaid(a.minusDays(1), f.survey));
                out.add(d.evaluatedOn(a));
                break;
            }
            case PARTICIPATION_FIRST_PURCHASE_LATE: {
                // the first purchase on day 31 (16 from wave 48)
                LocalDate late = d.deadline().plusDays(1);
                d.buy(late, d.newCourse(), part(f.aid, 50));
                out.add(d.evaluatedOnLastDay());
                // the same day, the whole aid, then completed, reviewed and an incentive paid
                d = edge(f, nik);
                d.training(late, f.aid, late.plusDays(2), late.plusDays(2));
                d.link(late.plusDays(2));
                d.incentive(late.plusDays(3), f.incentive);
                out.add(d.evaluatedOnLastDay());
                break;
            }
            case PARTICIPATION_PURCHASE_OVER_BALANCE: {
                // the first purchase Rp1 above the aid
                d.buy(a, d.newCourse(), f.aid.plus(Rupiah.of(1)));
                out.add(d.evaluatedOnLastDay());
                // a second purchase Rp1 above what is left
                d = edge(f, nik);
                LocalDate done = d.training(f.cap(a.plusDays(1)), part(f.aid, 30), f.cap(a.plusDays(3)), null)
                        .completed();
                d.buy(f.cap(done.plusDays(1)), d.newCourse(), d.remaining.plus(Rupiah.of(1)));
                out.add(d.evaluatedOnLastDay());
                // a purchase with nothing left
                d = edge(f, nik);
                done = d.training(f.cap(a.plusDays(1)), f.aid, f.cap(a.plusDays(3)), null)
                        .completed();
                d.buy(f.cap(done.plusDays(1)), d.newCourse(), Rupiah.of(1000));
                out.add(d.evaluatedOnLastDay());
                break;
            }
            case PARTICIPATION_BALANCE_EXPIRED: {
                HistoryDraft.Training t =
                        d.training(f.cap(a.plusDays(1)), part(f.aid, 20), a.plusDays(5), a.plusDays(5));
                if (f.annual()) {
                    // a purchase on 16 December
                    d.buy(f.annualLast.plusDays(1), d.newCourse(), part(f.aid, 10));
                    out.add(d.evaluatedOnLastDay());
                    // a purchase on 1 January of the next year
                    d = edge(f, nik);
                    d.training(f.cap(a.plusDays(1)), part(f.aid, 20), a.plusDays(5), a.plusDays(5));
                    d.buy(f.annualLast.plusDays(17), d.newCourse(), part(f.aid, 10));
                    out.add(d.evaluatedOnLastDay());
                } else {
                    // the next purchase on the day after the last (C + 15, the completion being day 1)
                    d.buy(f.nextLatest(t.completed()).plusDays(1), d.newCourse(), part(f.aid, 10));
                    out.add(d.evaluatedOnLastDay());
                    // the second training bought on the last day, the third on the day after its last day
                    d = edge(f, nik);
                    t = d.training(f.cap(a.plusDays(1)), part(f.aid, 20), a.plusDays(5), a.plusDays(5));
                    LocalDate second = f.nextLatest(t.completed());
                    t = d.training(second, part(f.aid, 20), second.plusDays(3), null);
                    d.buy(f.nextLatest(t.completed()).plusDays(1), d.newCourse(), part(f.aid, 10));
                    out.add(d.evaluatedOnLastDay());
                }
                break;
            }
            case PARTICIPATION_INCENTIVE_PRECONDITION: {
                // paid on the completion day, before the review of that day
                d.link(a);
                String c = d.newCourse();
                d.buy(f.cap(a.plusDays(1)), c, part(f.aid, 50));
                d.add(ParticipantEvent.trainingCompleted(a.plusDays(8), c));
                d.incentive(a.plusDays(8), f.incentive);
                d.add(ParticipantEvent.trainingReviewed(a.plusDays(8), c, 5));
                out.add(d.evaluatedOnLastDay());
                // paid after the completion, never reviewed
                d = edge(f, nik);
                d.link(a);
                d.training(f.cap(a.plusDays(1)), part(f.aid, 50), a.plusDays(8), null);
                d.incentive(a.plusDays(9), f.incentive);
                out.add(d.evaluatedOnLastDay());
                // paid on the purchase day, before the training was completed
                d = edge(f, nik);
                d.link(a);
                c = d.newCourse();
                d.buy(f.cap(a.plusDays(1)), c, part(f.aid, 50));
                d.incentive(a.plusDays(1), f.incentive);
                d.add(ParticipantEvent.trainingCompleted(a.plusDays(9), c));
                out.add(d.evaluatedOnLastDay());
                break;
            }
            case PARTICIPATION_INCENTIVE_EXCESS:
            case PARTICIPATION_SURVEY_EXCESS: {
                boolean incentive = code == RuleCode.PARTICIPATION_INCENTIVE_EXCESS;
                Rupiah amount = incentive ? f.incentive : f.survey;
                int allowed = incentive ? f.incentives : f.surveys;
                List<List<Rupiah>> schedules = new ArrayList<>();
                // one payment more than the package has
                schedules.add(repeat(amount, allowed + 1));
                // one payment Rp1 short, one Rp1 over
                schedules.add(List.of(amount.minus(Rupiah.of(1))));
                schedules.add(List.of(amount.plus(Rupiah.of(1))));
                if (!incentive) {
                    // both surveys' money in one payment (Rp100.000 from wave 48)
                    schedules.add(List.of(amount.times(2)));
                }
                for (List<Rupiah> s : schedules) {
                    d = edge(f, nik);
                    d.link(a);
                    d.training(f.cap(a.plusDays(1)), part(f.aid, 50), a.plusDays(5), a.plusDays(5));
                    payEvery(d, a.plusDays(6), s, incentive ? 30 : 10, incentive);
                    out.add(d.evaluatedOnLastDay());
                }
                break;
            }
            case PARTICIPATION_ACCOUNT_NIK_MISMATCH: {
                // the only account, in a NIK one serial number away; nothing paid
                d.linkOther(a.plusDays(1), neighbour(nik));
                out.add(d.evaluatedOnLastDay());
                // the NIK of someone of the other sex born the same day, beside the participant's own account
                Nik otherSex = otherSex(nik);
                d = edge(f, nik);
                d.link(a);
                d.training(f.cap(a.plusDays(1)), part(f.aid, 50), a.plusDays(5), a.plusDays(5));
                d.linkOther(a.plusDays(6), otherSex);
                d.incentive(a.plusDays(7), f.incentive);
                out.add(d.evaluatedOnLastDay());
                break;
            }
            default:
                throw new IllegalArgumentException(code + " is not a participation code");
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- shrinking

    /** Candidate simplifications (not yet checked against the contract): an earlier evaluation, fewer events. */
    static List<ParticipationHistory> shrink(ParticipationHistory h) {
        List<ParticipationHistory> out = new ArrayList<>();
        List<ParticipantEvent> events = h.events();
        LocalDate lastOnTime = null;
        for (ParticipantEvent e : events) {
            if (!e.date().isAfter(h.evaluationDate())) {
                lastOnTime = HistoryDraft.max(lastOnTime, e.date());
            }
        }
        if (lastOnTime != null && lastOnTime.isBefore(h.evaluationDate())) {
            out.add(ParticipationHistory.of(h.participant(), lastOnTime, h.wave()));
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            List<ParticipantEvent> fewer = new ArrayList<>(events);
            fewer.remove(i);
            out.add(ParticipationHistory.of(Participant.of(h.nik(), fewer), h.evaluationDate(), h.wave()));
        }
        return out;
    }

    // ---------------------------------------------------------------- building blocks

    static HistoryDraft draft(WaveFacts f, RandomGenerator r, Nik nik) {
        return draft(f, r, nik, f.acceptanceTo);
    }

    /** A draft accepted from the wave's first acceptance day to {@code acceptedBy}. */
    static HistoryDraft draft(WaveFacts f, RandomGenerator r, Nik nik, LocalDate acceptedBy) {
        return new HistoryDraft(f, nik, between(r, f.acceptanceFrom, acceptedBy), r.nextInt(10_000, 60_000));
    }

    /** A training to buy: when, for how much, completion and review, and the balance before it. */
    record Plan(LocalDate bought, Rupiah price, LocalDate completed, LocalDate reviewed, Rupiah balanceBefore) {
        Plan withPrice(Rupiah p) {
            return new Plan(bought, p, completed, reviewed, balanceBefore);
        }
    }

    /**
     * Up to {@code n} trainings one after the other: the first bought from {@code firstFrom} to {@code firstTo},
     * each later one while the balance lives; prices within the balance ({@code leave}: at least Rp1.000
     * left); most reviewed ({@code reviewFirst}: the first always).
     */
    static List<Plan> plan(
            HistoryDraft d,
            RandomGenerator r,
            int n,
            LocalDate firstFrom,
            LocalDate firstTo,
            boolean leave,
            boolean reviewFirst) {
        List<Plan> out = new ArrayList<>();
        Rupiah remaining = d.remaining;
        LocalDate from = firstFrom;
        LocalDate to = firstTo;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                LocalDate previous = out.get(k - 1).completed();
                from = previous;
                to = d.facts.nextLatest(previous);
            }
            if (to.isBefore(from) || remaining.amount() <= (leave ? 1000 : 0)) {
                break;
            }
            LocalDate bought = boundaryBiased(r, from, to);
            Rupiah price = price(r, remaining, leave);
            LocalDate completed = bought.plusDays(Days.TRAINING.draw(r));
            LocalDate reviewed =
                    (k == 0 && reviewFirst) || r.nextInt(5) != 0 ? completed.plusDays(Days.SHORTLY.draw(r)) : null;
            out.add(new Plan(bought, price, completed, reviewed, remaining));
            remaining = remaining.minus(price);
        }
        return out;
    }

    static void emit(HistoryDraft d, List<Plan> plans) {
        for (Plan p : plans) {
            d.training(p.bought(), p.price(), p.completed(), p.reviewed());
        }
    }

    /** A price in whole thousands from Rp50.000 (or less when less is left), sometimes all that is left. */
    static Rupiah price(RandomGenerator r, Rupiah remaining, boolean leave) {
        long max = remaining.amount() - (leave ? 1000 : 0);
        if (!leave && r.nextInt(6) == 0) {
            return remaining;
        }
        long min = Math.min(50_000, max);
        long v = r.nextLong(min, max + 1) / 1000 * 1000;
        return Rupiah.of(Math.max(v, Math.min(1000, max)));
    }

    /** A random number of payments within the package, or none (with no account linked). */
    private static void randomPayments(HistoryDraft d, RandomGenerator r) {
        if (r.nextInt(5) == 0) {
            return;
        }
        WaveFacts f = d.facts;
        int incentives = d.firstReview() == null ? 0 : r.nextInt(0, f.incentives + 1);
        payments(d, r, repeat(f.incentive, incentives), repeat(f.survey, r.nextInt(0, f.surveys + 1)));
    }

    /**
     * Links an account in the participant's NIK if none is, then pays {@code incentives} (monthly, from the
     * first review on) and {@code surveys}.
     */
    static void payments(HistoryDraft d, RandomGenerator r, List<Rupiah> incentives, List<Rupiah> surveys) {
        if (incentives.isEmpty() && surveys.isEmpty()) {
            return;
        }
        LocalDate firstCompletion = d.firstCompletion();
        if (d.account == null) {
            LocalDate latest = HistoryDraft.max(d.accepted, firstCompletion).plusDays(10);
            link(d, r, between(r, d.accepted, latest));
        }
        if (!incentives.isEmpty()) {
            LocalDate day = HistoryDraft.max(d.account, d.firstReview()).plusDays(Days.SOON.draw(r));
            payEvery(d, day, incentives, 30, true);
        }
        if (!surveys.isEmpty()) {
            LocalDate day = HistoryDraft.max(d.account, firstCompletion).plusDays(Days.SOON.draw(r));
            for (Rupiah amount : surveys) {
                d.survey(day, amount);
                day = day.plusDays(r.nextInt(1, 41));
            }
        }
    }

    private static void payEvery(HistoryDraft d, LocalDate first, List<Rupiah> amounts, int days, boolean incentive) {
        LocalDate day = first;
        for (Rupiah amount : amounts) {
            if (incentive) {
                d.incentive(day, amount);
            } else {
                d.survey(day, amount);
            }
            day = day.plusDays(days);
        }
    }

    static List<Rupiah> repeat(Rupiah amount, int times) {
        List<Rupiah> out = new ArrayList<>(times);
        for (int i = 0; i < times; i++) {
            out.add(amount);
        }
        return out;
    }

    /** Another positive amount: Rp1 off, a thousand off, half, double. */
    private static Rupiah wrong(RandomGenerator r, Rupiah amount) {
        long a = amount.amount();
        long[] candidates = {a - 1, a + 1, a - 1000, a + 1000, a / 2, a * 2, a - 1000L * r.nextLong(1, a / 1000)};
        long v = candidates[r.nextInt(candidates.length)];
        return Rupiah.of(v > 0 && v != a ? v : a + 1);
    }

    private static void link(HistoryDraft d, RandomGenerator r, LocalDate date) {
        if (r.nextInt(3) == 0) {
            d.link(date, PayoutChannel.BANK, "BNI");
        } else {
            d.link(date, PayoutChannel.E_WALLET, wallet(r));
        }
    }

    private static String wallet(RandomGenerator r) {
        return WALLETS[r.nextInt(WALLETS.length)];
    }

    private static int rating(RandomGenerator r) {
        return r.nextInt(4) == 0 ? r.nextInt(1, 4) : r.nextInt(4, 6);
    }

    /** A day from {@code from} to {@code to}, both included. */
    static LocalDate between(RandomGenerator r, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(r.nextLong(0, span + 1));
    }

    /** A day from {@code from} to {@code to}, half the time one of the two ends. */
    static LocalDate boundaryBiased(RandomGenerator r, LocalDate from, LocalDate to) {
        switch (r.nextInt(4)) {
            case 0:
                return from;
            case 1:
                return to;
            default:
                return between(r, from, to);
        }
    }

    /** A valid NIK other than {@code nik}. */
    private static Nik otherNik(RandomGenerator r, Nik nik) {
        Nik other = NikGen.standard().next(r);
        return other.equals(nik) ? neighbour(nik) : other;
    }

    /** The NIK one serial number away. */
    static Nik neighbour(Nik nik) {
        String digits = nik.digits();
        int serial = Integer.parseInt(digits.substring(12));
        return Nik.parse(digits.substring(0, 12) + String.format("%04d", serial == 9999 ? 9998 : serial + 1));
    }

    /** The NIK of someone of the other sex born the same day, same region and serial. */
    static Nik otherSex(Nik nik) {
        String digits = nik.digits();
        int day = Integer.parseInt(digits.substring(6, 8));
        int other = day > 40 ? day - 40 : day + 40;
        return Nik.parse(digits.substring(0, 6) + String.format("%02d", other) + digits.substring(8));
    }
}
