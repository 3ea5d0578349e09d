// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.BalanceExpiry;
import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.DayCount;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Scheme;
import java.time.LocalDate;

/**
 * What a participation history of a recipient accepted at one wave depends on, read from the programme
 * parameters in force at that wave (never written in code): the package, the first-purchase deadline and
 * the balance expiry.
 */
final class WaveFacts {

    /** Acceptances fall from this many days after the wave opened… */
    static final int EARLIEST_ACCEPTANCE = 3;

    /** …to this many days after (to wave 47: no later than the day before the balance expires). */
    static final int LATEST_ACCEPTANCE = 20;

    final int wave;
    final Scheme scheme;
    final BenefitPackage benefits;
    final LocalDate opening;
    final int deadlineDays;
    /** The last day of the balance to wave 47 (15 December of the programme year); null from wave 48. */
    final LocalDate annualLast;
    /** From wave 48: the days a purchase may follow a completion; 0 when the balance expires annually. */
    final int clockDays;

    /** The first and last acceptance date drawn. */
    final LocalDate acceptanceFrom;

    final LocalDate acceptanceTo;

    final Rupiah aid;
    final DayCount dayCount;
    final Rupiah incentive;
    final int incentives;
    final Rupiah survey;
    final int surveys;

    WaveFacts(Programme programme, int wave) {
        ParametersInForce p = programme.inForce(wave);
        this.wave = wave;
        this.scheme = p.scheme().value();
        this.benefits = BenefitPackage.of(p);
        this.opening = programme.waves().wave(wave).evaluationDate();
        this.deadlineDays = p.firstPurchaseDeadlineDays().value();
        this.dayCount = p.deadlineDayCount().value();
        BalanceExpiry expiry = p.balanceExpiry().value();
        if (expiry.kind() == BalanceExpiry.Kind.ANNUAL) {
            this.annualLast = expiry.lastDayIn(programme.waves().wave(wave).programmeYear());
            this.clockDays = 0;
        } else {
            this.annualLast = null;
            this.clockDays = expiry.days();
        }
        LocalDate to = opening.plusDays(LATEST_ACCEPTANCE);
        if (annualLast != null && !to.isBefore(annualLast)) {
            // a recipient accepted on the last day of the balance could buy on that day only
            to = annualLast.minusDays(1);
        }
        LocalDate from = opening.plusDays(EARLIEST_ACCEPTANCE);
        this.acceptanceTo = to.isBefore(opening) ? opening : to;
        this.acceptanceFrom = from.isAfter(acceptanceTo) ? acceptanceTo : from;
        this.aid = p.trainingAid().value();
        this.incentive = p.incentiveAmount().value();
        this.incentives = p.incentivePayments().value();
        this.survey = p.surveyIncentiveAmount().value();
        this.surveys = p.surveyPayments().value();
    }

    boolean annual() {
        return annualLast != null;
    }

    /** The last day the first training may be bought on time. */
    LocalDate deadline(LocalDate acceptance) {
        return dayCount.lastDay(acceptance, deadlineDays);
    }

    /** The last day the first training may be bought without breaking any rule: on time, balance alive. */
    LocalDate firstLatest(LocalDate acceptance) {
        LocalDate d = deadline(acceptance);
        return annualLast != null && annualLast.isBefore(d) ? annualLast : d;
    }

    /** The last day a later training may be bought, the previous one completed on {@code completion}. */
    LocalDate nextLatest(LocalDate completion) {
        return annualLast != null ? annualLast : dayCount.lastDay(completion, clockDays);
    }

    /**
     * The last acceptance date from which a first purchase can be late (after the deadline) while the
     * balance still lives; null when there is none. To wave 47 the deadline must end before 15 December,
     * which a wave opening in December could not manage.
     */
    LocalDate lateAcceptanceTo() {
        if (annualLast == null) {
            return acceptanceTo;
        }
        LocalDate to = annualLast.minusDays(deadlineDays + 1L);
        if (to.isAfter(acceptanceTo)) {
            to = acceptanceTo;
        }
        return to.isBefore(acceptanceFrom) ? null : to;
    }

    /** Caps a purchase day (or a completion a purchase follows) to the balance's last day, to wave 47. */
    LocalDate cap(LocalDate date) {
        return annualLast != null && date.isAfter(annualLast) ? annualLast : date;
    }
}
