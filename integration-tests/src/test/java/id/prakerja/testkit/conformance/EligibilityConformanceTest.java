// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs the language-neutral cases of {@code docs/conformance/eligibility} through the Java API. The JSON
 * input is mapped to a {@link RawApplicant} by the small test-only mapping below; prakerja-json runs the
 * same files through its binding.
 */
class EligibilityConformanceTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();

    static Evaluation evaluation(JsonNode c) {
        boolean hasWave = c.has("wave");
        boolean hasDate = c.has("date");
        if (hasWave && hasDate) {
            return Evaluation.of(
                    c.get("wave").asInt(), LocalDate.parse(c.get("date").asString()));
        }
        if (hasWave) {
            return Evaluation.atWave(c.get("wave").asInt());
        }
        if (hasDate) {
            return Evaluation.on(LocalDate.parse(c.get("date").asString()));
        }
        return Evaluation.latest();
    }

    static RawApplicant raw(JsonNode in) {
        RawApplicant.Builder b = RawApplicant.builder()
                .nik(text(in, "nik"))
                .familyCardNumber(text(in, "familyCardNumber"))
                .fullName(text(in, "fullName"))
                .birthDate(text(in, "birthDate"))
                .sex(text(in, "sex"))
                .citizenship(text(in, "citizenship"))
                .workforceCategory(text(in, "workforceCategory"))
                .inFormalEducation(text(in, "inFormalEducation"))
                .occupation(text(in, "occupation"))
                .priorParticipation(text(in, "priorParticipation"))
                .otherFamilyRecipients(text(in, "otherFamilyRecipients"))
                .wave(text(in, "wave"));
        JsonNode d = in.get("domicile");
        if (d != null) {
            b.domicileProvinceCode(text(d, "provinceCode")).domicileRegencyCode(text(d, "regencyCode"));
        }
        JsonNode s = in.get("socialAssistance");
        if (s != null) {
            List<String> list = new ArrayList<>();
            s.forEach(x -> list.add(x.asString()));
            b.socialAssistance(list);
        }
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    @TestFactory
    Stream<DynamicTest> everyEligibilityCaseGivesItsCodesInOrder() {
        return ConformanceFiles.cases("eligibility").stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    EligibilityDecision d = CHECKER.decide(raw(c.node().get("input")), evaluation(c.node()));
                    assertThat(d.codes().stream().map(Enum::name).toList())
                            .as("%s -> %s", c, d)
                            .isEqualTo(ConformanceFiles.expectedCodes(c.node()));
                    assertThat(d.isEligible())
                            .isEqualTo(ConformanceFiles.expectedCodes(c.node()).isEmpty());
                }));
    }

    @Test
    void theCasesAreEnoughAndCoverEveryApplicantCode() {
        List<ConformanceFiles.Case> cases = ConformanceFiles.cases("eligibility");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Set<RuleCode> covered = EnumSet.noneOf(RuleCode.class);
        for (ConformanceFiles.Case c : cases) {
            ConformanceFiles.expectedCodes(c.node()).forEach(code -> covered.add(RuleCode.valueOf(code)));
        }
        Set<RuleCode> applicantCodes = EnumSet.noneOf(RuleCode.class);
        for (RuleCode code : RuleCode.values()) {
            if (code.family() == RuleCode.Family.ELIGIBILITY || code.family() == RuleCode.Family.IDENTIFIER) {
                applicantCodes.add(code);
            }
        }
        applicantCodes.add(RuleCode.FIELD_REQUIRED);
        applicantCodes.add(RuleCode.FIELD_INVALID);
        assertThat(covered).containsAll(applicantCodes);
        assertThat(cases.stream().map(ConformanceFiles.Case::name)).doesNotHaveDuplicates();
    }
}
