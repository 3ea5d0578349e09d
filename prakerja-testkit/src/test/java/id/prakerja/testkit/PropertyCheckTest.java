// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.catchThrowableOfType;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PropertyCheckTest {

    private final Gen<Integer> dice = Gen.of(r -> 1 + r.nextInt(6), List.of(1, 6));

    @AfterEach
    void clear() {
        System.clearProperty(Seeds.SEED_PROPERTY);
    }

    @Test
    void dynamicTestsAreNamedByEdgeCaseOrSeedAndIndex() throws Throwable {
        List<DynamicTest> tests = PropertyCheck.forAll(dice)
                .tries(3)
                .checking(v -> assertThat(v).isBetween(1, 6))
                .toList();
        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .containsExactly(
                        "edge case 1 of 2",
                        "edge case 2 of 2",
                        "seed 20260101 (#1 of 3)",
                        "seed 20260102 (#2 of 3)",
                        "seed 20260103 (#3 of 3)");
        for (DynamicTest t : tests) {
            t.getExecutable().execute();
        }
    }

    @Test
    void everyCaseRunsOnceWithItsSeedsValue() {
        AtomicInteger runs = new AtomicInteger();
        PropertyCheck.forAll(dice).tries(50).verify(v -> runs.incrementAndGet());
        assertThat(runs).hasValue(52);
        List<PropertyCheck.Case<Integer>> cases =
                PropertyCheck.forAll(dice).withoutEdgeCases().tries(5).cases();
        assertThat(cases).hasSize(5);
        assertThat(cases.get(2).seed()).hasValue(Seeds.DEFAULT_BASE + 2);
        assertThat(cases.get(2).value()).isEqualTo(dice.sample(Seeds.DEFAULT_BASE + 2));
        assertThat(cases.get(2)).hasToString("seed 20260103 (#3 of 5)");
    }

    @Test
    void aFailureNamesTheSeedTheMaskedValueTheShrunkValueAndHowToRerun() {
        Gen<RawApplicant> gen = Applicants.valid().atWave(18).withWaveField(false);
        PropertyFailure f = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(gen)
                        .withoutEdgeCases()
                        .verify(raw -> assertThat(raw.fullName()).as("name").hasSizeLessThan(3)));
        long seed = f.seed().getAsLong();
        RawApplicant value = gen.sample(seed);
        assertThat(f.getMessage())
                .startsWith("Property failed for seed " + seed + " (#1 of 100)")
                .contains("value:  RawApplicant{nik=" + Nik.mask(value.nik()))
                .contains("shrunk: RawApplicant{")
                .containsAnyOf("fullName=Budi", "fullName=Siti")
                .contains("failure of the shrunk value: AssertionError: [name]")
                .contains("Rerun only this case with -Dprakerja.seed=" + seed)
                .doesNotContain(value.nik(), value.familyCardNumber());
        assertThat(f.shrinkSteps()).isPositive();
        assertThat(f.shrunk()).contains("domicile=null/null", "occupation=null");
        assertThat(f.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void shrinkingFindsTheFailingValueNearestTheBoundary() {
        // eligible at wave 17 (no maximum age), checked at wave 18 (which opened 2021-08-16): the minimal
        // counterexample turns 65 on that day
        Gen<RawApplicant> gen = Applicants.valid().atWave(17).withWaveField(false);
        EligibilityChecker checker = EligibilityChecker.standard();
        PropertyFailure f = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(gen)
                        .withoutEdgeCases()
                        .verify(raw -> assertThat(checker.decide(raw, Evaluation.atWave(18)))
                                .isEligible()));
        assertThat(f.shrunk()).contains("birthDate=1956-08-16", "domicile=null/null");
        assertThat(f.getMessage()).contains("[ELIGIBILITY_MAX_AGE at birthDate {age=65, maximumAge=64}]");
    }

    @Test
    void anEdgeCaseFailureSaysItIsTheSameOnEveryRun() {
        PropertyFailure f = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(dice)
                        .maxShrinkSteps(0)
                        .verify(v -> assertThat(v).isGreaterThan(1)));
        assertThat(f.seed()).isEmpty();
        assertThat(f.getMessage())
                .startsWith("Property failed for edge case 1 of 2 (edge cases run first, the same on every run)")
                .contains("shrunk: no simpler failing value")
                .doesNotContain("Rerun");
    }

    @Test
    void textValuesAreMaskedInMessages() {
        Gen<String> texts = Identifiers.niks().map(Nik::digits);
        PropertyFailure f = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(texts).verify(t -> assertThat(t).isEmpty()));
        String first = texts.edgeCases().get(0);
        assertThat(f.value()).isEqualTo("\"" + Nik.mask(first) + "\" (16 characters, masked)");
        assertThat(f.getMessage()).doesNotContain(first.substring(4, 12));
        PropertyFailure described = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(dice)
                        .describedBy(v -> "a die showing " + v)
                        .verify(v -> assertThat(v).isZero()));
        assertThat(described.value()).isEqualTo("a die showing 1");
    }

    @Test
    void aSingleSeedIsRerunFromTheSystemProperty() {
        System.setProperty(Seeds.SEED_PROPERTY, "77");
        List<PropertyCheck.Case<Integer>> cases =
                PropertyCheck.forAll(dice).tries(100).cases();
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).name()).isEqualTo("seed 77 (rerun)");
        assertThat(cases.get(0).value()).isEqualTo(dice.sample(77));
    }

    @Test
    void generationFailuresAndAbortsAreNotPropertyFailures() {
        Gen<Integer> broken = Gen.of(r -> {
            throw new IllegalStateException("no value");
        });
        PropertyFailure f = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(broken).tries(1).verify(v -> {}));
        assertThat(f.getMessage()).startsWith("Generating the value of seed 20260101 (#1 of 1) failed");
        TestAbortedException aborted = catchThrowableOfType(
                TestAbortedException.class,
                () -> PropertyCheck.forAll(dice).verify(v -> {
                    throw new TestAbortedException("assumption");
                }));
        assertThat(aborted).hasMessage("assumption");
    }

    @Test
    void optionsAreChecked() {
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> PropertyCheck.forAll(dice).tries(0)))
                .hasMessageContaining("at least 1");
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class,
                        () -> PropertyCheck.forAll(dice).maxShrinkSteps(-1)))
                .hasMessageContaining("negative");
    }
}
