// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.testkit.ParticipationHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A history being drawn: the events in the order they were added, and what the draw needs to know about
 * them (balance left, completions, reviews, the payout account). The finished history lists the events by
 * date; on one day in the order they were added, which is the order the checker applies them in.
 */
final class HistoryDraft {

    /** A training: bought, completed, and reviewed (or not). */
    record Training(String course, LocalDate bought, Rupiah price, LocalDate completed, LocalDate reviewed) {}

    private final List<ParticipantEvent> events = new ArrayList<>();

    final WaveFacts facts;
    final Nik nik;
    final LocalDate accepted;
    final List<Training> trainings = new ArrayList<>();
    Rupiah remaining;
    LocalDate account;
    private final int courseBase;
    private int courses;

    HistoryDraft(WaveFacts facts, Nik nik, LocalDate accepted, int courseBase) {
        this.facts = facts;
        this.nik = nik;
        this.accepted = accepted;
        this.remaining = facts.aid;
        this.courseBase = courseBase;
        add(ParticipantEvent.accepted(accepted, facts.wave));
    }

    HistoryDraft add(ParticipantEvent e) {
        events.add(e);
        return this;
    }

    /** A course id not used yet in this history. */
    String newCourse() {
        return String.format("PLT-%05d", courseBase + 37 * courses++);
    }

    LocalDate deadline() {
        return facts.deadline(accepted);
    }

    /** Buys, completes and (when {@code reviewed} is not null) reviews a new course; returns it. */
    Training training(LocalDate bought, Rupiah price, LocalDate completed, LocalDate reviewed) {
        String course = newCourse();
        buy(bought, course, price);
        add(ParticipantEvent.trainingCompleted(completed, course));
        if (reviewed != null) {
            add(ParticipantEvent.trainingReviewed(reviewed, course, 5));
        }
        Training t = new Training(course, bought, price, completed, reviewed);
        trainings.add(t);
        return t;
    }

    /** Adds the purchase and lowers the balance (never below zero, as the checker does). */
    HistoryDraft buy(LocalDate date, String course, Rupiah price) {
        add(ParticipantEvent.trainingPurchased(date, course, price));
        remaining = remaining.minus(price.min(remaining));
        return this;
    }

    HistoryDraft link(LocalDate date, PayoutChannel channel, String provider) {
        add(ParticipantEvent.payoutAccountLinked(date, channel, provider, nik));
        if (account == null || date.isBefore(account)) {
            account = date;
        }
        return this;
    }

    HistoryDraft link(LocalDate date) {
        return link(date, PayoutChannel.E_WALLET, "OVO");
    }

    HistoryDraft linkOther(LocalDate date, Nik other) {
        return add(ParticipantEvent.payoutAccountLinked(date, PayoutChannel.BANK, "BNI", other));
    }

    HistoryDraft incentive(LocalDate date, Rupiah amount) {
        return add(ParticipantEvent.incentivePaid(date, amount));
    }

    HistoryDraft survey(LocalDate date, Rupiah amount) {
        return add(ParticipantEvent.surveyIncentivePaid(date, amount));
    }

    HistoryDraft revoke(LocalDate date, RevocationReason reason) {
        return add(ParticipantEvent.revoked(date, reason));
    }

    /** The first completion, or null. */
    LocalDate firstCompletion() {
        LocalDate first = null;
        for (Training t : trainings) {
            first = min(first, t.completed());
        }
        return first;
    }

    /** The last completion, or null. */
    LocalDate lastCompletion() {
        LocalDate last = null;
        for (Training t : trainings) {
            last = max(last, t.completed());
        }
        return last;
    }

    /** The first review, or null. */
    LocalDate firstReview() {
        LocalDate first = null;
        for (Training t : trainings) {
            if (t.reviewed() != null) {
                first = min(first, t.reviewed());
            }
        }
        return first;
    }

    /** The date of the last event. */
    LocalDate last() {
        LocalDate last = accepted;
        for (ParticipantEvent e : events) {
            last = max(last, e.date());
        }
        return last;
    }

    /** The history, events by date (stable), evaluated on {@code date}. */
    ParticipationHistory evaluatedOn(LocalDate date) {
        List<ParticipantEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ParticipantEvent::date));
        return ParticipationHistory.of(Participant.of(nik, sorted), date, facts.wave);
    }

    /** The history evaluated on the day of its last event. */
    ParticipationHistory evaluatedOnLastDay() {
        return evaluatedOn(last());
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
