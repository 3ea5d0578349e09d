// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code docs/conformance/{eligibility,participation,cooperation}/*.json} through the JSON binding and
 * core: each case's {@code input} is bound from its JSON text (not from a tree mapped by hand, as core's
 * runners do), and the codes must be the {@code expected} ones that core's Java-API runners assert. The
 * decision is also written and read back through a mapper, and must keep its codes.
 */
class ConformanceThroughBindingTest {

    private static final JsonMapper MAPPER = Samples.mapper();
    private static final EligibilityChecker ELIGIBILITY = EligibilityChecker.standard();
    private static final ParticipationChecker PARTICIPATION = ParticipationChecker.standard();
    private static final CooperationRules COOPERATION = CooperationRules.standard();

    /** The decision on an eligibility case, bound from its JSON text. */
    static EligibilityDecision decide(Conformance.Case c) {
        BoundRecord<RawApplicant> bound =
                RecordBinder.applicants().bind(c.input().toString());
        return ELIGIBILITY.decide(bound.value().orElse(null), c.evaluation(), bound.violations());
    }

    /** The violations of a participation case, bound from its JSON text. */
    static List<Violation> participation(Conformance.Case c) {
        BoundRecord<Participant> bound =
                RecordBinder.participants().bind(c.input().toString());
        assertThat(bound.violations()).as("%s binds cleanly", c).isEmpty();
        return PARTICIPATION.violations(bound.value().orElseThrow(), c.date());
    }

    /** The violations of a cooperation case: the agreement's, then each activity's. */
    static List<Violation> cooperation(Conformance.Case c) {
        JsonNode input = c.input();
        BoundRecord<CooperationAgreement> agreement =
                RecordBinder.agreements().bind(input.get("agreement").toString());
        assertThat(agreement.violations())
                .as("%s: the agreement binds cleanly", c)
                .isEmpty();
        List<Violation> out = new ArrayList<>(
                COOPERATION.validate(agreement.value().orElseThrow()).violations());
        for (JsonNode a : input.path("activities")) {
            BoundRecord<OutreachActivity> activity = RecordBinder.activities().bind(a.toString());
            assertThat(activity.violations())
                    .as("%s: an activity binds cleanly", c)
                    .isEmpty();
            out.addAll(COOPERATION
                    .validate(agreement.value().get(), activity.value().orElseThrow())
                    .violations());
        }
        return out;
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().name()).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyEligibilityCaseGivesItsCodesThroughTheBinding() {
        return Conformance.cases("eligibility").stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    EligibilityDecision d = decide(c);
                    assertThat(codes(d.violations())).as("%s -> %s", c, d).isEqualTo(c.expected());
                    assertThat(d.isEligible()).isEqualTo(c.expected().isEmpty());
                    EligibilityDecision back =
                            MAPPER.readValue(MAPPER.writeValueAsString(d), EligibilityDecision.class);
                    assertThat(back).isEqualTo(d);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyParticipationCaseGivesItsCodesThroughTheBinding() {
        return Conformance.cases("participation").stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.toString(),
                        () -> assertThat(codes(participation(c)))
                                .as(c.toString())
                                .isEqualTo(c.expected())));
    }

    @TestFactory
    Stream<DynamicTest> everyCooperationCaseGivesItsCodesThroughTheBinding() {
        return Conformance.cases("cooperation").stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.toString(),
                        () -> assertThat(codes(cooperation(c))).as(c.toString()).isEqualTo(c.expected())));
    }

    @Test
    void everyKindHasCases() {
        assertThat(Conformance.cases("eligibility")).hasSizeGreaterThanOrEqualTo(60);
        assertThat(Conformance.cases("participation")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Conformance.cases("cooperation")).hasSizeGreaterThanOrEqualTo(15);
    }
}
