package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.BalanceExpiry;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws valid participant histories of either scheme from a seed: every amount and deadline from the
 * parameters of the drawn wave, every date within its limit (boundary days included). Self-contained; the
 * testkit will later offer a public generator.
 */
final class HistoryGenerator {

    /** A drawn history and the date to evaluate it on (on or after its last event). */
    record Drawn(Participant participant, LocalDate evaluationDate, int wave) {}

    private static final Programme PROGRAMME = Programme.standard();

    private HistoryGenerator() {}

    /** A valid history of the semi-bansos scheme (waves 1–47) or the normal scheme (48–71). */
    static Drawn valid(SplittableRandom r, boolean normalScheme) {
        int wave = normalScheme ? r.nextInt(48, PROGRAMME.waves().size() + 1) : r.nextInt(1, 48);
        ParametersInForce p = PROGRAMME.inForce(wave);
        Nik nik = nik(r);
        List<ParticipantEvent> events = new ArrayList<>();
        LocalDate acc = PROGRAMME.waves().wave(wave).evaluationDate().plusDays(r.nextInt(0, 15));
        events.add(ParticipantEvent.accepted(acc, wave));
        LocalDate last = acc;
        LocalDate deadline = acc.plusDays(p.firstPurchaseDeadlineDays().value());
        BalanceExpiry expiry = p.balanceExpiry().value();
        LocalDate annualLast = expiry.kind() == BalanceExpiry.Kind.ANNUAL
                ? expiry.lastDayIn(PROGRAMME.waves().wave(wave).programmeYear())
                : null;
        LocalDate account = null;
        if (r.nextInt(3) == 0) {
            account = acc.plusDays(r.nextInt(0, 6));
            events.add(link(r, account, nik));
            last = max(last, account);
        }
        LocalDate firstLatest = annualLast != null && annualLast.isBefore(deadline) ? annualLast : deadline;
        if (firstLatest.isBefore(acc) || r.nextInt(8) == 0) {
            if (r.nextBoolean()) {
                LocalDate revokedOn = deadline.plusDays(r.nextInt(1, 21));
                events.add(ParticipantEvent.revoked(revokedOn, RevocationReason.NO_FIRST_PURCHASE));
                last = max(last, revokedOn);
            }
            return new Drawn(Participant.of(nik, events), last.plusDays(r.nextInt(0, 31)), wave);
        }
        Rupiah remaining = p.trainingAid().value();
        int trainings = r.nextInt(1, 4);
        LocalDate previousCompletion = null;
        LocalDate firstCompletion = null;
        LocalDate firstReview = null;
        for (int k = 0; k < trainings; k++) {
            LocalDate from;
            LocalDate to;
            if (k == 0) {
                from = acc;
                to = firstLatest;
            } else {
                from = previousCompletion;
                to = annualLast != null ? annualLast : previousCompletion.plusDays(expiry.days());
                if (to.isBefore(from)) {
                    break;
                }
            }
            LocalDate bought = boundaryBiased(r, from, to);
            long maxPrice = remaining.amount() / 1000;
            Rupiah price = Rupiah.of(1000L * (maxPrice == 0 ? 0 : r.nextLong(0, maxPrice + 1)));
            if (r.nextInt(6) == 0) {
                price = remaining; // spend exactly what is left
            }
            String course = "C-" + k;
            events.add(ParticipantEvent.trainingPurchased(bought, course, price));
            remaining = remaining.minus(price);
            LocalDate done = bought.plusDays(r.nextInt(0, 21));
            events.add(ParticipantEvent.trainingCompleted(done, course));
            previousCompletion = done;
            last = max(last, done);
            if (firstCompletion == null) {
                firstCompletion = done;
            }
            if (r.nextInt(5) != 0) {
                LocalDate rated = done.plusDays(r.nextInt(0, 6));
                events.add(ParticipantEvent.trainingReviewed(rated, course, r.nextInt(1, 6)));
                last = max(last, rated);
                if (firstReview == null || rated.isBefore(firstReview)) {
                    firstReview = rated;
                }
            }
        }
        if (account == null && r.nextInt(4) != 0) {
            account = firstCompletion.plusDays(r.nextInt(0, 11));
            events.add(link(r, account, nik));
            last = max(last, account);
        }
        if (account != null && firstReview != null) {
            int n = r.nextInt(0, p.incentivePayments().value() + 1);
            LocalDate paid = max(account, firstReview).plusDays(r.nextInt(0, 11));
            for (int k = 0; k < n; k++) {
                events.add(
                        ParticipantEvent.incentivePaid(paid, p.incentiveAmount().value()));
                last = max(last, paid);
                paid = paid.plusDays(30);
            }
        }
        if (account != null) {
            int n = r.nextInt(0, p.surveyPayments().value() + 1);
            LocalDate paid = max(account, firstCompletion).plusDays(r.nextInt(0, 11));
            for (int k = 0; k < n; k++) {
                events.add(ParticipantEvent.surveyIncentivePaid(
                        paid, p.surveyIncentiveAmount().value()));
                last = max(last, paid);
                paid = paid.plusDays(r.nextInt(1, 40));
            }
        }
        if (r.nextInt(10) == 0) {
            last = last.plusDays(r.nextInt(1, 30));
            events.add(ParticipantEvent.revoked(
                    last, r.nextBoolean() ? RevocationReason.INELIGIBLE : RevocationReason.OTHER));
        }
        return new Drawn(Participant.of(nik, events), last.plusDays(r.nextInt(0, 61)), wave);
    }

    /** A day in [from, to], often one of the two ends. */
    static LocalDate boundaryBiased(SplittableRandom r, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        switch (r.nextInt(4)) {
            case 0:
                return from;
            case 1:
                return to;
            default:
                return from.plusDays(r.nextLong(0, span + 1));
        }
    }

    private static PayoutAccountLinked link(SplittableRandom r, LocalDate date, Nik nik) {
        String[] wallets = {"OVO", "GoPay", "LinkAja", "DANA"};
        return r.nextBoolean()
                ? ParticipantEvent.payoutAccountLinked(date, PayoutChannel.BANK, "BNI", nik)
                : ParticipantEvent.payoutAccountLinked(
                        date, PayoutChannel.E_WALLET, wallets[r.nextInt(wallets.length)], nik);
    }

    /** A valid NIK of DKI Jakarta (Jakarta Selatan) with a random birth date, sex and serial. */
    static Nik nik(SplittableRandom r) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(0, 365 * 40));
        int day = birth.getDayOfMonth() + (r.nextBoolean() ? 40 : 0);
        return Nik.parse(String.format(
                "317401%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, r.nextInt(1, 10_000)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
