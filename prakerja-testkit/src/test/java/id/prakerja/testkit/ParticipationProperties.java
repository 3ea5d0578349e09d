// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatViolations;

import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.participation.TrainingPurchased;
import id.prakerja.core.program.BalanceExpiry;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Scheme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated participation histories: valid ones have no violation, and for every {@code PARTICIPATION_*}
 * code, in both schemes, the histories breaking it yield exactly that code (one violation) — edge cases
 * first, then many seeds — checked with {@code ParticipationChecker.standard()}.
 */
class ParticipationProperties {

    /** The programme's latest wave, so that a new wave is covered without editing this test. */
    private static final int LATEST_WAVE =
            id.prakerja.core.program.Programme.standard().waves().latest().number();

    private static final ParticipationChecker CHECKER = ParticipationChecker.standard();
    private static final Programme PROGRAMME = Programme.standard();

    /** Semi-social-assistance waves (first, parameter changes, last) and normal-scheme waves. */
    private static final List<Integer> SEMI = List.of(1, 4, 12, 18, 22, 47);

    private static final List<Integer> NORMAL = List.of(48, 60, LATEST_WAVE);
    private static final int MANY = 150;
    private static final int FEW = 4;

    /** The participation codes, derived from the rule catalogue (not from the testkit). */
    static Set<RuleCode> participationCodes() {
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (RuleCode c : RuleCode.values()) {
            if (c.name().startsWith("PARTICIPATION_")) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The codes a history accepted at {@code wave} can break alone, derived from the programme: all of them,
     * except a late first purchase where the balance expires (15 December, to wave 47) before the deadline
     * of a recipient accepted 3 days after the wave opened (the earliest acceptance the generator documents)
     * has passed: then a late purchase is also an expired one.
     */
    static Set<RuleCode> derived(int wave) {
        Set<RuleCode> out = participationCodes();
        ParametersInForce p = PROGRAMME.inForce(wave);
        BalanceExpiry expiry = p.balanceExpiry().value();
        if (expiry.kind() == BalanceExpiry.Kind.ANNUAL) {
            LocalDate lastDay = expiry.lastDayIn(PROGRAMME.waves().wave(wave).programmeYear());
            LocalDate firstLate = PROGRAMME
                    .waves()
                    .wave(wave)
                    .evaluationDate()
                    .plusDays(3 + p.firstPurchaseDeadlineDays().value() + 1L);
            if (firstLate.isAfter(lastDay)) {
                out.remove(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
            }
        }
        return out;
    }

    private static List<Violation> violations(ParticipationHistory h) {
        return CHECKER.violations(h.participant(), h.evaluationDate());
    }

    private static Stream<Integer> bothSchemes() {
        return Stream.concat(SEMI.stream(), NORMAL.stream());
    }

    @Test
    void theBreakableCodesAreThoseDerivedFromTheProgramme() {
        IntStream.rangeClosed(1, PROGRAMME.waves().size())
                .forEach(w -> assertThat(Participations.breakableCodes(w))
                        .as("wave %d", w)
                        .isEqualTo(derived(w)));
        assertThat(participationCodes()).hasSize(9);
        // every wave of the standard programme opened early enough in its year to break every code
        assertThat(IntStream.rangeClosed(1, PROGRAMME.waves().size())
                        .filter(w -> !derived(w).equals(participationCodes()))
                        .boxed()
                        .toList())
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> validHistoriesHaveNoViolation() {
        return bothSchemes()
                .map(w -> DynamicTest.dynamicTest("wave " + w, () -> {
                    HistoryGenerator gen = Participations.valid().atWave(w);
                    assertThat(gen.edgeCases()).hasSizeGreaterThanOrEqualTo(9);
                    PropertyCheck.forAll(gen).tries(MANY).verify(h -> {
                        assertThat(h.wave()).isEqualTo(w);
                        assertThatViolations(violations(h)).as("wave %d", w).isEmpty();
                        for (ParticipantEvent e : h.events()) {
                            assertThat(e.date()).isBeforeOrEqualTo(h.evaluationDate());
                        }
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyParticipationCodeIsTheOnlyCodeOfItsHistoriesInBothSchemes() {
        return participationCodes().stream()
                .flatMap(code -> bothSchemes()
                        .map(w -> DynamicTest.dynamicTest(code + " at wave " + w, () -> {
                            if (!derived(w).contains(code)) {
                                assertThatThrownBy(() ->
                                                Participations.valid().atWave(w).breaking(code))
                                        .isInstanceOf(IllegalArgumentException.class)
                                        .hasMessageStartingWith(code.name())
                                        .hasMessageContaining("PARTICIPATION_BALANCE_EXPIRED");
                                return;
                            }
                            HistoryGenerator gen =
                                    Participations.valid().atWave(w).breaking(code);
                            assertThat(gen.edgeCases()).as("edge cases").isNotEmpty();
                            assertThat(gen.expectedCodes()).containsExactly(code);
                            PropertyCheck.forAll(gen)
                                    .tries(w == 47 || w == 48 || w == 18 || w == 71 ? MANY : MANY / 3)
                                    .verify(h -> assertThatViolations(violations(h))
                                            .as("%s at wave %d", code, w)
                                            .hasOnlyViolations(code));
                        })));
    }

    @Test
    void everyWaveBreaksEveryCodeWithAFewSeeds() {
        IntStream.rangeClosed(1, PROGRAMME.waves().size()).forEach(w -> {
            for (RuleCode code : derived(w)) {
                HistoryGenerator gen = Participations.valid().atWave(w).breaking(code);
                gen.samples(w, gen.edgeCases().size() + FEW)
                        .forEach(h -> assertThatViolations(violations(h))
                                .as("%s at wave %d: %s", code, w, h)
                                .hasOnlyViolations(code));
            }
            Participations.valid()
                    .atWave(w)
                    .samples(w, 20)
                    .forEach(h -> assertThatViolations(violations(h))
                            .as("valid at wave %d: %s", w, h)
                            .isEmpty());
        });
    }

    @Test
    void otherCodesCannotBeBrokenByAHistoryAndTheMessageSaysWhereTheyComeFrom() {
        for (RuleCode code : RuleCode.values()) {
            if (participationCodes().contains(code)) {
                continue;
            }
            assertThatThrownBy(() -> Participations.breaking(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(code.name())
                    .hasMessageContaining("use ");
        }
        assertThatThrownBy(() -> Participations.valid().atWave(72))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown wave 72");
    }

    @Test
    void theDeadlineEdgeCasesAreDPlus29AndDPlus30ToWave47AndDPlus14AndDPlus15FromWave48() {
        // the day of acceptance is day 1 (facts K2): day 30 is D + 29
        for (int w : List.of(18, 48)) {
            int days = w < 48 ? 30 : 15;
            ParticipationHistory onTime =
                    Participations.valid().atWave(w).edgeCases().get(2);
            assertThat(daysAfterAcceptance(onTime, firstPurchase(onTime))).isEqualTo(days - 1);
            ParticipationHistory late = Participations.breaking(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE)
                    .atWave(w)
                    .edgeCases()
                    .get(0);
            assertThat(daysAfterAcceptance(late, firstPurchase(late))).isEqualTo(days);
            assertThatViolations(violations(late))
                    .hasOnlyViolations(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE)
                    .hasViolationOn("events[1].date", RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
            ParticipationHistory notYetDue = Participations.breaking(RuleCode.PARTICIPATION_EVENT_ORDER)
                    .atWave(w)
                    .edgeCases()
                    .get(2);
            assertThat(daysAfterAcceptance(notYetDue, notYetDue.events().get(1).date()))
                    .isEqualTo(days - 1);
        }
    }

    @Test
    void theBalanceEdgeCasesAre15And16DecemberToWave47AndCPlus14And15FromWave48() {
        ParticipationHistory dec15 =
                Participations.valid().atWave(18).edgeCases().get(5);
        assertThat(lastPurchase(dec15)).isEqualTo(LocalDate.of(2021, 12, 15));
        ParticipationHistory dec16 = Participations.breaking(RuleCode.PARTICIPATION_BALANCE_EXPIRED)
                .atWave(18)
                .edgeCases()
                .get(0);
        assertThat(lastPurchase(dec16)).isEqualTo(LocalDate.of(2021, 12, 16));

        ParticipationHistory c15 = Participations.valid().atWave(48).edgeCases().get(5);
        assertThat(ChronoUnit.DAYS.between(firstCompletion(c15), lastPurchase(c15)))
                .isEqualTo(14);
        ParticipationHistory c16 = Participations.breaking(RuleCode.PARTICIPATION_BALANCE_EXPIRED)
                .atWave(48)
                .edgeCases()
                .get(0);
        assertThat(ChronoUnit.DAYS.between(firstCompletion(c16), lastPurchase(c16)))
                .isEqualTo(15);
    }

    @Test
    void valuesFollowTheSchemeAndTheSeed() {
        HistoryGenerator semi = Participations.valid().atWave(47);
        HistoryGenerator normal = Participations.valid().atWave(48);
        assertThat(semi.scheme()).isEqualTo(Scheme.SEMI_SOCIAL_ASSISTANCE);
        assertThat(normal.scheme()).isEqualTo(Scheme.NORMAL);
        assertThat(normal.benefits().trainingAid().value().amount()).isEqualTo(3_500_000);
        assertThat(semi.sample(42)).isEqualTo(semi.sample(42));
        assertThat(semi.samples(7, 30).toList()).isEqualTo(semi.samples(7, 30).toList());
        assertThat(Participations.valid().wave()).isEqualTo(71);
        ParticipationHistory full = normal.edgeCases().get(4);
        assertThat(CHECKER.status(full.participant(), full.evaluationDate()).orElseThrow())
                .hasRemainingBalance(0)
                .hasIncentivePaymentsDue(0)
                .hasSurveyPaymentsDue(0);
    }

    @Test
    void aConfiguredNikIsTheParticipantsAndItsAccounts() {
        ParticipationHistory some = Participations.valid().atWave(4).sample(1);
        HistoryGenerator gen = Participations.valid().atWave(18).nik(some.nik());
        PropertyCheck.forAll(gen).tries(30).verify(h -> assertThat(h.nik()).isEqualTo(some.nik()));
        PropertyCheck.forAll(gen.breaking(RuleCode.PARTICIPATION_ACCOUNT_NIK_MISMATCH))
                .tries(30)
                .verify(h -> assertThatViolations(violations(h))
                        .hasOnlyViolations(RuleCode.PARTICIPATION_ACCOUNT_NIK_MISMATCH));
    }

    @Test
    void nikAreMaskedInDescriptions() {
        ParticipationHistory h = Participations.breaking(RuleCode.PARTICIPATION_ACCOUNT_NIK_MISMATCH)
                .atWave(18)
                .edgeCases()
                .get(1);
        assertThat(h.toString()).contains("********").doesNotContain(h.nik().digits());
    }

    @Test
    void aFailingPropertyShrinksToAShorterHistoryOfTheSameContract() {
        HistoryGenerator gen = Participations.valid().atWave(18);
        PropertyFailure failure = org.junit.jupiter.api.Assertions.assertThrows(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(gen)
                        .withoutEdgeCases()
                        .verify(h -> assertThat(h.events()).hasSizeLessThan(3)));
        assertThat(failure.getMessage()).contains("Property failed for seed");
        assertThat(failure.shrunk()).contains("ParticipationHistory[wave 18");
        ParticipationHistory value = gen.sample(failure.seed().getAsLong());
        List<ParticipationHistory> simpler = gen.shrink(value);
        assertThat(simpler).isNotEmpty().allMatch(gen::meetsContract);
        assertThat(simpler).allMatch(h -> h.events().size() <= value.events().size());
    }

    private static LocalDate firstPurchase(ParticipationHistory h) {
        return h.events().stream()
                .filter(e -> e instanceof TrainingPurchased)
                .findFirst()
                .orElseThrow()
                .date();
    }

    private static LocalDate lastPurchase(ParticipationHistory h) {
        LocalDate last = null;
        for (ParticipantEvent e : h.events()) {
            if (e instanceof TrainingPurchased) {
                last = e.date();
            }
        }
        return last;
    }

    private static LocalDate firstCompletion(ParticipationHistory h) {
        return h.events().stream()
                .filter(e -> e.type() == id.prakerja.core.participation.EventType.TRAINING_COMPLETED)
                .findFirst()
                .orElseThrow()
                .date();
    }

    private static long daysAfterAcceptance(ParticipationHistory h, LocalDate date) {
        return ChronoUnit.DAYS.between(h.events().get(0).date(), date);
    }
}
