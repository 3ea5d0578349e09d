// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;

import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Invariants of prakerja-core checked with the testkit's generators (the core's own tests cannot depend on
 * the testkit): every refusal is explainable in both languages without a full NIK, says what would cure
 * it, and is the same collect-all, fail-fast and traced.
 */
class CoreInvariantProperties {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final EligibilityChecker FAIL_FAST =
            EligibilityChecker.builder().failFast(true).build();
    private static final EligibilityChecker TRACED =
            EligibilityChecker.builder().trace(true).build();

    /** A record and the wave it is evaluated at (its toString masks the NIK). */
    record AtWave(int wave, RawApplicant raw) {}

    /** One-rule-breaking records of any code at any wave where it can be broken. */
    private static final Gen<AtWave> ANY_DEFECT = Gen.of(r -> {
        int wave = 1
                + r.nextInt(
                        id.prakerja.core.program.Programme.standard().waves().size());
        List<RuleCode> codes = List.copyOf(Applicants.breakableCodes(wave));
        return new AtWave(
                wave,
                Applicants.valid()
                        .atWave(wave)
                        .breaking(codes.get(r.nextInt(codes.size())))
                        .next(r));
    });

    private static EligibilityDecision decide(EligibilityChecker checker, AtWave c) {
        return checker.decide(c.raw(), Evaluation.atWave(c.wave()));
    }

    @TestFactory
    Stream<DynamicTest> everyViolationIsExplainedInBothLanguagesWithoutAFullNumber() {
        return PropertyCheck.forAll(ANY_DEFECT).tries(400).checking(raw -> {
            EligibilityDecision d = decide(CHECKER, raw);
            assertThat(d).isNotEligible();
            for (Locale locale : List.of(Languages.INDONESIAN, Locale.ENGLISH)) {
                List<String> texts = d.explain(locale);
                assertThat(texts)
                        .hasSameSizeAs(d.violations())
                        .allSatisfy(t -> assertThat(t)
                                .isNotBlank()
                                .doesNotContainPattern("\\d{16}")
                                .doesNotContain("{"));
            }
            for (Violation v : d.violations()) {
                assertThat(v.toString()).doesNotContainPattern("\\d{16}");
                if (v.code().family() == RuleCode.Family.ELIGIBILITY) {
                    assertThat(v).hasLegalReference();
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyViolationSaysWhatWouldCureIt() {
        return PropertyCheck.forAll(ANY_DEFECT).tries(300).checking(raw -> {
            EligibilityDecision d = decide(CHECKER, raw);
            List<Cure> cures = CHECKER.whatIf(d);
            assertThat(cures).extracting(Cure::code).isEqualTo(d.codes());
            for (Cure c : cures) {
                assertThat(c.describe(Languages.INDONESIAN)).isNotBlank().doesNotContainPattern("\\d{16}");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> failFastAndTracedDecisionsAgreeWithCollectAll() {
        return PropertyCheck.forAll(ANY_DEFECT).tries(300).checking(raw -> {
            EligibilityDecision all = decide(CHECKER, raw);
            assertThat(decide(FAIL_FAST, raw).codes()).isEqualTo(all.codes().subList(0, 1));
            EligibilityDecision traced = decide(TRACED, raw);
            assertThat(traced).isEqualTo(all);
            assertThat(traced.trace()).isPresent();
        });
    }

    @TestFactory
    Stream<DynamicTest> aCompleteEligibleRecordNeedsNoMoreInput() {
        ApplicantGenerator<RawApplicant> gen = Applicants.valid().atWave(18);
        return PropertyCheck.forAll(gen).tries(100).checking(raw -> {
            List<String> missing = CHECKER.missingInputs(raw, gen.evaluation());
            RawApplicant.Builder completed = RawApplicant.builder().from(raw);
            if (missing.contains("occupation")) {
                completed.occupation("OTHER");
            }
            if (missing.contains("socialAssistance")) {
                completed.socialAssistance(List.of());
            }
            if (missing.contains("familySocialAssistance")) {
                completed.familySocialAssistance(List.of());
            }
            if (missing.contains("priorParticipation")) {
                completed.priorParticipation("NONE");
            }
            if (missing.contains("otherFamilyRecipients")) {
                completed.otherFamilyRecipients("0");
            }
            assertThat(missing)
                    .isSubsetOf(
                            "occupation",
                            "socialAssistance",
                            "familySocialAssistance",
                            "priorParticipation",
                            "otherFamilyRecipients");
            assertThat(CHECKER.missingInputs(completed.build(), gen.evaluation()))
                    .isEmpty();
            assertThat(CHECKER.decide(completed.build(), gen.evaluation())).isEligible();
        });
    }
}
