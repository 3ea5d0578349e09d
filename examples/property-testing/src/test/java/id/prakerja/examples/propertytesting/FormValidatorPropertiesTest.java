// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.propertytesting;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;
import static id.prakerja.testkit.PrakerjaAssertions.catchThrowableOfType;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.examples.propertytesting.Wave18FormValidator.Problem;
import id.prakerja.examples.propertytesting.Wave18FormValidator.Verdict;
import id.prakerja.testkit.ApplicantGenerator;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.Gen;
import id.prakerja.testkit.PropertyCheck;
import id.prakerja.testkit.PropertyFailure;
import id.prakerja.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A tester's checks of the portal's {@link Wave18FormValidator} against prakerja, with the testkit.
 *
 * <p>(a) The main property — the portal accepts exactly the applicants the library finds eligible at wave
 * 18 — run on a realistic population of generated applicants (eligible ones and ones breaking one rule each)
 * finds the validator's planted defect, the forgotten maximum age: the tests below prove that it fails within
 * 200 random samples, that the failure names its seed and a shrunk applicant turning 65 on the opening day,
 * and that rerunning that seed reproduces it. (b) The properties the validator does pass.
 */
class FormValidatorPropertiesTest {

    private static final EligibilityChecker LIBRARY = EligibilityChecker.standard();
    private static final Evaluation WAVE_18 = Evaluation.atWave(18);
    private static final Wave18FormValidator PORTAL = new Wave18FormValidator(Forms.districtCodes());

    /** At most this many random samples to find the planted defect. */
    private static final int BUDGET = 200;

    /**
     * The codes the form checks: what one raw record can break at wave 18, except the field codes (the
     * portal's inputs come from pick lists and date pickers).
     */
    static List<RuleCode> formCodes() {
        List<RuleCode> out = new ArrayList<>(Applicants.breakableCodes(18));
        out.remove(RuleCode.FIELD_REQUIRED);
        out.remove(RuleCode.FIELD_INVALID);
        return out;
    }

    /**
     * Applicants as the portal sees them: about one in five eligible, the others breaking one rule each,
     * every code alike; with or without the ones who are too old.
     */
    static Gen<RawApplicant> applicants(boolean withTooOld) {
        ApplicantGenerator<RawApplicant> eligible = Applicants.valid().atWave(18);
        List<Gen<RawApplicant>> kinds = new ArrayList<>(List.of(eligible, eligible, eligible, eligible));
        for (RuleCode code : formCodes()) {
            if (withTooOld || code != RuleCode.ELIGIBILITY_MAX_AGE) {
                kinds.add(eligible.breaking(code));
            }
        }
        return Gen.oneOf(kinds);
    }

    /** The property: the portal accepts the form exactly when the library finds the applicant eligible. */
    static void portalAgreesWithLibrary(RawApplicant raw) {
        EligibilityDecision decision = LIBRARY.decide(raw, WAVE_18);
        Verdict verdict = PORTAL.check(Forms.of(raw));
        if (verdict.accepted()) {
            assertThat(decision).as("the portal accepted the form").isEligible();
        } else {
            assertThat(decision)
                    .as("the portal rejected the form: %s", verdict.problems())
                    .isNotEligible();
        }
    }

    // ------------------------------------------------------------------ (a) the planted defect is found

    @Test
    void theEdgeCasesFindThePlantedDefectFirst() {
        Assumptions.assumeTrue(System.getProperty(Seeds.SEED_PROPERTY) == null, "a rerun skips the edge cases");
        PropertyFailure failure = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(applicants(true))
                        .verify(FormValidatorPropertiesTest::portalAgreesWithLibrary));
        assertThat(failure).as("the property should fail").isNotNull();
        assertThat(failure.seed()).isEmpty();
        assertThat(failure.getMessage())
                .startsWith("Property failed for edge case ")
                .contains("[the portal accepted the form] Expected eligible at wave 18 but was not eligible:"
                        + " [ELIGIBILITY_MAX_AGE at birthDate {age=65, maximumAge=64}]");
        // the first edge case of the too-old applicants: turning 65 on the opening day
        assertThat(failure.value()).contains("birthDate=1956-08-16");
    }

    @Test
    void randomApplicantsFindThePlantedDefectWithinTwoHundredSamplesAndNameItsSeed() {
        Assumptions.assumeTrue(System.getProperty(Seeds.SEED_PROPERTY) == null, "runs every seed, not a rerun");
        PropertyFailure failure = catchThrowableOfType(
                PropertyFailure.class,
                () -> PropertyCheck.forAll(applicants(true))
                        .withoutEdgeCases()
                        .tries(BUDGET)
                        .verify(FormValidatorPropertiesTest::portalAgreesWithLibrary));
        assertThat(failure)
                .as("the property should fail within %d samples", BUDGET)
                .isNotNull();
        long seed = failure.seed().orElseThrow();
        long base = Long.getLong(Seeds.BASE_SEED_PROPERTY, Seeds.DEFAULT_BASE);
        long samples = seed - base + 1;
        assertThat(samples).isBetween(1L, (long) BUDGET);
        assertThat(failure.getMessage())
                .startsWith("Property failed for seed " + seed + " (#" + samples + " of " + BUDGET + ")")
                .contains("ELIGIBILITY_MAX_AGE at birthDate {age=65, maximumAge=64}")
                .contains("Rerun only this case with -Dprakerja.seed=" + seed);
        // shrunk to a minimal counterexample: turning 65 on the opening day, no optional field, serial 0001
        assertThat(failure.shrinkSteps()).isPositive();
        assertThat(failure.shrunk())
                .contains("birthDate=1956-08-16")
                .contains("occupation=null")
                .contains("********0001");
        // the failure is captured and asserted on, never printed: a green build shows no "Property failed" block
        assertThat(failure.getMessage()).contains("shrunk: " + failure.shrunk());

        // rerunning that seed reproduces it: the same value, the same failure
        RawApplicant again = applicants(true).sample(seed);
        assertThat(LIBRARY.decide(again, WAVE_18)).hasOnlyViolations(RuleCode.ELIGIBILITY_MAX_AGE);
        assertThat(PORTAL.check(Forms.of(again)).accepted()).isTrue();
        assertThatThrownBy(() -> portalAgreesWithLibrary(again)).isInstanceOf(AssertionError.class);
        // and so does the runner with -Dprakerja.seed
        System.setProperty(Seeds.SEED_PROPERTY, Long.toString(seed));
        try {
            PropertyFailure rerun = catchThrowableOfType(
                    PropertyFailure.class,
                    () -> PropertyCheck.forAll(applicants(true))
                            .tries(BUDGET)
                            .verify(FormValidatorPropertiesTest::portalAgreesWithLibrary));
            assertThat(rerun).isNotNull();
            assertThat(rerun.getMessage()).startsWith("Property failed for seed " + seed + " (rerun)");
            assertThat(rerun.value()).isEqualTo(failure.value());
            assertThat(rerun.shrunk()).isEqualTo(failure.shrunk());
        } finally {
            System.clearProperty(Seeds.SEED_PROPERTY);
        }
    }

    // ------------------------------------------------------------------ (b) what the portal gets right

    @TestFactory
    Stream<DynamicTest> everyEligibleApplicantIsAccepted() {
        return PropertyCheck.forAll(Applicants.valid().atWave(18))
                .tries(300)
                .checking(raw ->
                        assertThat(PORTAL.check(Forms.of(raw)).problems()).isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyOneRuleBreakingApplicantIsRejectedOnTheLibrarysField() {
        return formCodes().stream()
                .filter(code -> code != RuleCode.ELIGIBILITY_MAX_AGE)
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> {
                    ApplicantGenerator<RawApplicant> gen =
                            Applicants.valid().atWave(18).breaking(code);
                    PropertyCheck.forAll(gen).tries(60).verify(raw -> {
                        Violation v = LIBRARY.decide(raw, WAVE_18).violations().get(0);
                        List<String> fields = PORTAL.check(Forms.of(raw)).problems().stream()
                                .map(Problem::field)
                                .toList();
                        assertThat(fields).as("%s at %s", code, v.field()).contains(v.field());
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> withoutTooOldApplicantsThePortalAgreesWithTheLibrary() {
        return PropertyCheck.forAll(applicants(false))
                .tries(400)
                .checking(FormValidatorPropertiesTest::portalAgreesWithLibrary);
    }

    @Test
    void thePortalsMessagesNeverShowTheNik() {
        PropertyCheck.forAll(applicants(false)).tries(300).verify(raw -> {
            Verdict verdict = PORTAL.check(Forms.of(raw));
            for (String number : new String[] {raw.nik(), raw.familyCardNumber()}) {
                if (number != null && number.length() == 16) {
                    for (Problem p : verdict.problems()) {
                        assertThat(p.message()).doesNotContain(number);
                    }
                    assertThat(Forms.of(raw).toString()).doesNotContain(number);
                }
            }
            Nik.validate(raw.nik())
                    .toOptional()
                    .ifPresent(nik ->
                            verdict.problems().forEach(p -> assertThat(nik).isNotShownIn(p.message())));
        });
    }
}
