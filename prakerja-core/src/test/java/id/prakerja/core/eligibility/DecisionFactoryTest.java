// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Severity;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EligibilityDecision#of} reassembles a decision read back from its wire format. */
class DecisionFactoryTest {

    private static final LocalDate DAY = LocalDate.of(2021, 8, 16);

    @Test
    void eligibilityFollowsFromTheViolations() {
        Violation warning = Violation.of(RuleCode.FIELD_UNKNOWN, "x")
                .severity(Severity.WARNING)
                .build();
        Violation error = Violation.of(RuleCode.ELIGIBILITY_PRIOR_RECIPIENT, "priorParticipation")
                .build();
        assertThat(EligibilityDecision.of(18, DAY, List.of()).isEligible()).isTrue();
        assertThat(EligibilityDecision.of(18, DAY, List.of(warning)).isEligible())
                .isTrue();
        EligibilityDecision no = EligibilityDecision.of(18, DAY, List.of(warning, error));
        assertThat(no.isEligible()).isFalse();
        assertThat(no.codes()).containsExactly(RuleCode.FIELD_UNKNOWN, RuleCode.ELIGIBILITY_PRIOR_RECIPIENT);
        assertThat(no.trace()).isEmpty();
    }

    @Test
    void equalsTheDecisionItWasWrittenFrom() {
        EligibilityDecision d =
                EligibilityChecker.standard().decide(RawApplicant.builder().build(), Evaluation.atWave(18));
        EligibilityDecision copy = EligibilityDecision.of(d.wave(), d.evaluationDate(), d.violations());
        assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d);
    }

    @Test
    void refusesAWaveBelowOne() {
        assertThatThrownBy(() -> EligibilityDecision.of(0, DAY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
