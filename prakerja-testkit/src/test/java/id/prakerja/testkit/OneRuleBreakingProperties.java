// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityRule;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every code one applicant can break, at every wave where it can: the generated records yield exactly that
 * code and nothing else. The breakable codes are derived here from the core's rules in force, independently
 * of how the testkit derives them, and compared.
 */
class OneRuleBreakingProperties {

    /** The programme's latest wave, so that a new wave is covered without editing this test. */
    private static final int LATEST_WAVE =
            id.prakerja.core.program.Programme.standard().waves().latest().number();

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final Programme PROGRAMME = Programme.standard();

    /** Waves where a parameter changes, and the ends: these get many seeds, the others a few. */
    private static final Set<Integer> BOUNDARY_WAVES = Set.of(1, 3, 4, 11, 12, 17, 18, 47, 48, LATEST_WAVE);

    private static final int MANY = 60;
    private static final int FEW = 5;

    /**
     * What a raw record can break at {@code wave}: its fields and identifiers always, and the code of every
     * eligibility rule in force, except the category rule once every category is covered (a record must
     * name a category; a missing or unknown one is a field problem).
     */
    static Set<RuleCode> derivedRaw(int wave) {
        Set<RuleCode> out = EnumSet.of(RuleCode.FIELD_REQUIRED, RuleCode.FIELD_INVALID);
        for (RuleCode c : RuleCode.values()) {
            if (c.family() == RuleCode.Family.IDENTIFIER) {
                out.add(c);
            }
        }
        for (EligibilityRule r : CHECKER.rulesInForce(wave)) {
            out.add(r.code());
        }
        if (PROGRAMME.inForce(wave).coveredCategories().value().containsAll(EnumSet.allOf(WorkforceCategory.class))) {
            out.remove(RuleCode.ELIGIBILITY_CATEGORY);
        }
        return out;
    }

    /** What a typed applicant can break at {@code wave}: the code of every eligibility rule in force. */
    static Set<RuleCode> derivedTyped(int wave) {
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (EligibilityRule r : CHECKER.rulesInForce(wave)) {
            out.add(r.code());
        }
        return out;
    }

    private static IntStream waves() {
        return IntStream.rangeClosed(1, PROGRAMME.waves().size());
    }

    @Test
    void theBreakableCodesAreThoseDerivedFromTheRulesInForce() {
        waves().forEach(w -> {
            assertThat(Applicants.breakableCodes(w)).as("raw, wave %d", w).isEqualTo(derivedRaw(w));
            assertThat(Applicants.breakableTypedCodes(w))
                    .as("typed, wave %d", w)
                    .isEqualTo(derivedTyped(w));
        });
    }

    @Test
    void theWavesOfTheDesignNotesFollow() {
        assertThat(Applicants.wavesBreaking(RuleCode.ELIGIBILITY_MAX_AGE))
                .first()
                .isEqualTo(18);
        assertThat(Applicants.wavesBreaking(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE))
                .containsExactlyElementsOf(IntStream.rangeClosed(4, 47).boxed().toList());
        assertThat(Applicants.wavesBreaking(RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION))
                .first()
                .isEqualTo(4);
        assertThat(Applicants.wavesBreaking(RuleCode.ELIGIBILITY_FAMILY_QUOTA))
                .first()
                .isEqualTo(12);
        assertThat(Applicants.wavesBreaking(RuleCode.ELIGIBILITY_CATEGORY)).containsExactly(1, 2, 3);
        assertThat(Applicants.wavesBreaking(RuleCode.FEED_DUPLICATE_NIK)).isEmpty();
        assertThat(Applicants.breaking(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE).wave())
                .isEqualTo(47);
    }

    @TestFactory
    Stream<DynamicTest> everyBreakableRawCodeIsTheOnlyCodeAtEveryWaveWhereItCanBeBroken() {
        return Stream.of(RuleCode.values())
                .map(code -> DynamicTest.dynamicTest(
                        code.name(),
                        () -> waves().forEach(w -> {
                            ApplicantGenerator<RawApplicant> valid =
                                    Applicants.valid().atWave(w);
                            if (!derivedRaw(w).contains(code)) {
                                assertThatThrownBy(() -> valid.breaking(code))
                                        .isInstanceOf(IllegalArgumentException.class)
                                        .hasMessageStartingWith(code.name());
                                return;
                            }
                            ApplicantGenerator<RawApplicant> gen = valid.breaking(code);
                            assertThat(gen.edgeCases())
                                    .as("edge cases of %s at wave %d", code, w)
                                    .isNotEmpty();
                            PropertyCheck.forAll(gen)
                                    .tries(BOUNDARY_WAVES.contains(w) ? MANY : FEW)
                                    .verify(raw -> assertThat(CHECKER.decide(raw, gen.evaluation()))
                                            .as("%s at wave %d", code, w)
                                            .hasOnlyViolations(code));
                        })));
    }

    @TestFactory
    Stream<DynamicTest> everyBreakableTypedCodeIsTheOnlyCodeAtEveryWaveWhereItCanBeBroken() {
        return Stream.of(RuleCode.values())
                .map(code -> DynamicTest.dynamicTest(
                        code.name(),
                        () -> waves().forEach(w -> {
                            ApplicantGenerator<Applicant> valid =
                                    Applicants.validTyped().atWave(w);
                            if (!derivedTyped(w).contains(code)) {
                                assertThatThrownBy(() -> valid.breaking(code))
                                        .isInstanceOf(IllegalArgumentException.class)
                                        .hasMessageStartingWith(code.name());
                                return;
                            }
                            ApplicantGenerator<Applicant> gen = valid.breaking(code);
                            PropertyCheck.forAll(gen)
                                    .tries(BOUNDARY_WAVES.contains(w) ? MANY : FEW)
                                    .verify(a -> assertThat(CHECKER.decide(a, gen.evaluation()))
                                            .as("%s at wave %d", code, w)
                                            .hasOnlyViolations(code));
                        })));
    }

    @Test
    void configurationIsKeptWhileBreaking() {
        ApplicantGenerator<RawApplicant> gen = Applicants.valid()
                .atWave(18)
                .province(Province.BALI)
                .sex(Sex.FEMALE)
                .breaking(RuleCode.NIK_SEX_MISMATCH);
        PropertyCheck.forAll(gen).tries(50).verify(raw -> {
            assertThat(raw.sex()).isEqualTo("FEMALE");
            assertThat(CHECKER.decide(raw, gen.evaluation())).hasOnlyViolations(RuleCode.NIK_SEX_MISMATCH);
        });
        assertThat(gen.expectedCodes()).isEqualTo(List.of(RuleCode.NIK_SEX_MISMATCH));
    }
}
