// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.testkit.ParticipationHistory;
import id.prakerja.testkit.Participations;
import id.prakerja.testkit.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded generated checks of the participation rules over both schemes (even seeds: semi-bansos, odd
 * seeds: normal scheme), on the testkit's history generator. Each case is named by its seed; rerun one with {@code -Dprakerja.seed=<seed>}.
 */
class ParticipationProperties {

    private static final int CASES = 400;
    private static final ParticipationChecker CHECKER = ParticipationChecker.standard();

    /** The seeds of the testkit ({@code -Dprakerja.seed} reruns one, {@code -Dprakerja.baseSeed} moves them). */
    static Stream<Long> seeds() {
        return Seeds.of(CASES).stream().boxed();
    }

    /** A valid history of the testkit's generator: even seeds at a wave of the semi-bansos scheme, odd the normal. */
    private static ParticipationHistory draw(long seed) {
        boolean normal = (seed & 1) == 1;
        int latest = Programme.standard().waves().size();
        int wave = normal ? 48 + (int) Math.floorMod(seed / 2, latest - 47L) : 1 + (int) Math.floorMod(seed / 2, 47L);
        return Participations.valid().atWave(wave).next(Seeds.random(seed));
    }

    private static String name(long seed) {
        return "seed=" + seed + ((seed & 1) == 1 ? " (normal scheme)" : " (semi-bansos scheme)");
    }

    @TestFactory
    Stream<DynamicTest> aGeneratedValidHistoryOfEitherSchemeHasNoViolations() {
        return seeds().map(seed -> DynamicTest.dynamicTest(name(seed), () -> {
            ParticipationHistory h = draw(seed);
            assertThat(CHECKER.violations(h.participant(), h.evaluationDate()))
                    .as("%s evaluated on %s", h.participant(), h.evaluationDate())
                    .isEmpty();
            assertThat(CHECKER.validate(h.participant(), h.evaluationDate()).isValid())
                    .isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> theBalanceIsNeverNegativeOnAnyDayEvenWithBrokenHistories() {
        return seeds().map(seed -> DynamicTest.dynamicTest(name(seed), () -> {
            SplittableRandom r = new SplittableRandom(seed * 31 + 7);
            ParticipationHistory h = draw(seed);
            Participant broken = breakHistory(r, h);
            Rupiah aid = CHECKER.benefits(h.wave()).trainingAid().value();
            for (Participant p : List.of(h.participant(), broken)) {
                LocalDate start = p.events().get(0).date().minusDays(3);
                for (LocalDate day = start; !day.isAfter(h.evaluationDate().plusDays(40)); day = day.plusDays(3)) {
                    CHECKER.status(p, day).ifPresent(s -> {
                        assertThat(s.remainingBalance().isNegative())
                                .as("remaining on %s", s.date())
                                .isFalse();
                        assertThat(s.usableBalance().isNegative()).isFalse();
                        assertThat(s.remainingBalance().isGreaterThan(aid)).isFalse();
                        assertThat(s.usableBalance().isGreaterThan(s.remainingBalance()))
                                .isFalse();
                        assertThat(s.overspent().isNegative()).isFalse();
                        // aid = remaining + what was spent within the aid
                        assertThat(s.remainingBalance().plus(s.spent()).minus(s.overspent()))
                                .isEqualTo(aid);
                    });
                }
                CHECKER.violations(p, h.evaluationDate()); // never throws
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> paidIncentivesNeverExceedThePackageUnlessReported() {
        return seeds().map(seed -> DynamicTest.dynamicTest(name(seed), () -> {
            ParticipationHistory h = draw(seed);
            BenefitPackage pkg = CHECKER.benefits(h.wave());
            ParticipantStatus valid =
                    CHECKER.status(h.participant(), h.evaluationDate()).orElseThrow();
            assertThat(valid.incentivePaid().isGreaterThan(pkg.incentiveTotal()))
                    .isFalse();
            assertThat(valid.surveyIncentivePaid().isGreaterThan(pkg.surveyIncentiveTotal()))
                    .isFalse();
            assertThat(valid.incentivePaymentsMade() + valid.incentivePaymentsDue())
                    .isLessThanOrEqualTo(pkg.incentivePayments().value());
            assertThat(valid.surveyPaymentsMade() + valid.surveyPaymentsDue())
                    .isLessThanOrEqualTo(pkg.surveyPayments().value());

            Participant broken = breakHistory(new SplittableRandom(seed * 17 + 3), h);
            List<RuleCode> codes = codes(CHECKER.violations(broken, h.evaluationDate()));
            CHECKER.status(broken, h.evaluationDate()).ifPresent(s -> {
                if (s.incentivePaid().isGreaterThan(pkg.incentiveTotal())) {
                    assertThat(codes).contains(RuleCode.PARTICIPATION_INCENTIVE_EXCESS);
                }
                if (s.surveyIncentivePaid().isGreaterThan(pkg.surveyIncentiveTotal())) {
                    assertThat(codes).contains(RuleCode.PARTICIPATION_SURVEY_EXCESS);
                }
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> onePaymentBeyondThePackageYieldsExactlyOneExcess() {
        return seeds().map(seed -> DynamicTest.dynamicTest(name(seed), () -> {
            ParticipationHistory h = draw(seed);
            ParticipantStatus s =
                    CHECKER.status(h.participant(), h.evaluationDate()).orElseThrow();
            boolean survey = (seed & 2) == 0;
            boolean unlocked = survey || s.incentiveUnlocked();
            if (s.isRevoked() || s.payoutAccount().isEmpty() || !unlocked) {
                return; // the extra payments would break other rules too
            }
            BenefitPackage pkg = s.benefits();
            List<ParticipantEvent> events = new ArrayList<>(h.participant().events());
            int missing = survey ? s.surveyPaymentsDue() : s.incentivePaymentsDue();
            for (int k = 0; k <= missing; k++) {
                events.add(
                        survey
                                ? ParticipantEvent.surveyIncentivePaid(
                                        h.evaluationDate(),
                                        pkg.surveyIncentiveAmount().value())
                                : ParticipantEvent.incentivePaid(
                                        h.evaluationDate(),
                                        pkg.incentiveAmount().value()));
            }
            List<Violation> v =
                    CHECKER.violations(Participant.of(h.participant().nik(), events), h.evaluationDate());
            assertThat(codes(v))
                    .containsExactly(
                            survey ? RuleCode.PARTICIPATION_SURVEY_EXCESS : RuleCode.PARTICIPATION_INCENTIVE_EXCESS);
            assertThat(v.get(0).field()).isEqualTo("events[" + (events.size() - 1) + "]");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theListOrderOfDifferentDaysDoesNotMatter() {
        return seeds().map(seed -> DynamicTest.dynamicTest(name(seed), () -> {
            ParticipationHistory h = draw(seed);
            Map<LocalDate, List<ParticipantEvent>> days = new LinkedHashMap<>();
            for (ParticipantEvent e : h.participant().events()) {
                days.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e);
            }
            List<LocalDate> order = new ArrayList<>(days.keySet());
            Collections.shuffle(order, new java.util.Random(seed));
            List<ParticipantEvent> shuffled = new ArrayList<>();
            order.forEach(day -> shuffled.addAll(days.get(day)));
            Participant p = Participant.of(h.participant().nik(), shuffled);
            assertThat(CHECKER.violations(p, h.evaluationDate())).isEmpty();
            assertThat(CHECKER.status(p, h.evaluationDate()))
                    .isEqualTo(CHECKER.status(h.participant(), h.evaluationDate()));
        }));
    }

    /** The history with random damage: extra purchases and payments, dropped or duplicated events. */
    private static Participant breakHistory(SplittableRandom r, ParticipationHistory h) {
        List<ParticipantEvent> events = new ArrayList<>(h.participant().events());
        BenefitPackage pkg = CHECKER.benefits(h.wave());
        LocalDate first = events.get(0).date();
        int changes = r.nextInt(1, 6);
        for (int k = 0; k < changes; k++) {
            LocalDate day = first.plusDays(r.nextInt(-5, 200));
            switch (r.nextInt(6)) {
                case 0:
                    events.add(ParticipantEvent.trainingPurchased(
                            day,
                            "X-" + k,
                            Rupiah.of(
                                    r.nextLong(0, 2 * pkg.trainingAid().value().amount() + 1))));
                    break;
                case 1:
                    events.add(ParticipantEvent.incentivePaid(
                            day, pkg.incentiveAmount().value()));
                    break;
                case 2:
                    events.add(ParticipantEvent.surveyIncentivePaid(day, Rupiah.of(r.nextLong(1, 300_000))));
                    break;
                case 3:
                    if (events.size() > 1) {
                        events.remove(r.nextInt(events.size()));
                    }
                    break;
                case 4:
                    events.add(events.get(r.nextInt(events.size())));
                    break;
                default:
                    events.add(ParticipantEvent.trainingCompleted(day, "C-" + r.nextInt(3)));
                    break;
            }
        }
        return Participant.of(h.participant().nik(), events);
    }

    private static List<RuleCode> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
