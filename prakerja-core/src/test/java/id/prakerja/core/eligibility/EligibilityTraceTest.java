// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTraceTest {

    private static final EligibilityChecker TRACING =
            EligibilityChecker.builder().trace(true).build();

    @Test
    void isAbsentUnlessAskedFor() {
        assertThat(EligibilityChecker.standard()
                        .decide(Fixtures.siti().build(), Evaluation.atWave(18))
                        .trace())
                .isEmpty();
    }

    @Test
    void recordsEveryRuleWithItsParametersAndOutcome() {
        Applicant old = Fixtures.bornOn(LocalDate.of(1950, 1, 1)).build();
        EligibilityTrace t = TRACING.decide(old, Evaluation.atWave(18)).trace().orElseThrow();
        assertThat(t.wave()).isEqualTo(18);
        assertThat(t.evaluationDate()).isEqualTo(LocalDate.of(2021, 8, 16));
        assertThat(t.entries()).hasSize(EligibilityRule.values().length);
        EligibilityTrace.Entry max = t.entry(RuleCode.ELIGIBILITY_MAX_AGE).orElseThrow();
        assertThat(max.outcome()).isEqualTo(EligibilityTrace.Outcome.FAILED);
        assertThat(max.readings()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("maximumAge");
            assertThat(r.value()).isEqualTo(64);
            assertThat(r.fromWave()).isEqualTo(18);
            assertThat(r.reference()).startsWith("BPS, buku pedoman Sakernas Agustus 2021");
        });
        assertThat(t.entry(RuleCode.ELIGIBILITY_MIN_AGE).orElseThrow().outcome())
                .isEqualTo(EligibilityTrace.Outcome.PASSED);
        assertThat(t.entry(RuleCode.NIK_SEX_MISMATCH).orElseThrow().readings()).isEmpty();
    }

    @Test
    void marksRulesNotInForceAndNotEvaluated() {
        EligibilityTrace t = TRACING.decide(Fixtures.siti().build(), Evaluation.atWave(3))
                .trace()
                .orElseThrow();
        assertThat(t.entry(RuleCode.ELIGIBILITY_MAX_AGE).orElseThrow().outcome())
                .isEqualTo(EligibilityTrace.Outcome.NOT_IN_FORCE);
        assertThat(t.entry(RuleCode.ELIGIBILITY_MAX_AGE)
                        .orElseThrow()
                        .readings()
                        .get(0)
                        .value())
                .isNull();
        assertThat(t.entry(RuleCode.ELIGIBILITY_FAMILY_QUOTA).orElseThrow().outcome())
                .isEqualTo(EligibilityTrace.Outcome.NOT_IN_FORCE);

        EligibilityChecker fast =
                EligibilityChecker.builder().trace(true).failFast(true).build();
        EligibilityTrace f = fast.decide(
                        Fixtures.siti()
                                .citizenship(Citizenship.WNA)
                                .inFormalEducation(true)
                                .build(),
                        Evaluation.atWave(18))
                .trace()
                .orElseThrow();
        assertThat(f.entry(RuleCode.ELIGIBILITY_CITIZENSHIP).orElseThrow().outcome())
                .isEqualTo(EligibilityTrace.Outcome.FAILED);
        assertThat(f.entry(RuleCode.ELIGIBILITY_FORMAL_EDUCATION).orElseThrow().outcome())
                .isEqualTo(EligibilityTrace.Outcome.NOT_EVALUATED);

        EligibilityTrace raw = TRACING.decide(RawApplicant.builder().build(), Evaluation.atWave(18))
                .trace()
                .orElseThrow();
        assertThat(raw.entries())
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(EligibilityTrace.Outcome.NOT_EVALUATED));
    }

    @Test
    void isAVersionedJsonFriendlyStructure() {
        Map<String, Object> m = TRACING.decide(Fixtures.siti().build(), Evaluation.atWave(12))
                .trace()
                .orElseThrow()
                .toMap();
        assertThat(m)
                .containsEntry("format", "prakerja.trace.v1")
                .containsEntry("wave", 12)
                .containsEntry("evaluationDate", "2021-02-23");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) m.get("rules");
        assertThat(rules).hasSize(EligibilityRule.values().length);
        Map<String, Object> category = rules.stream()
                .filter(r -> r.get("code").equals("ELIGIBILITY_CATEGORY"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> params = (List<Map<String, Object>>) category.get("parameters");
        assertThat(params.get(0).get("value"))
                .isEqualTo(List.of(
                        "JOB_SEEKER",
                        "LAID_OFF",
                        "NEEDS_UPSKILLING",
                        "FURLOUGHED",
                        "NON_WAGE_WORKER",
                        "MICRO_SMALL_ENTREPRENEUR"));
        assertThat(params.get(0).get("fromWave")).isEqualTo(4);
        assertJsonFriendly(m);
    }

    private static void assertJsonFriendly(Object o) {
        if (o instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertJsonFriendly(v);
            });
        } else if (o instanceof List<?> list) {
            list.forEach(EligibilityTraceTest::assertJsonFriendly);
        } else if (o != null) {
            assertThat(o).isInstanceOfAny(String.class, Integer.class, Long.class, Boolean.class);
        }
    }
}
