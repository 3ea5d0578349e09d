// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The position-level decisions of phase 2 agree with the key-level ones and with a sequential run. */
class CrossRecordRulesTest {

    private final FeedValidator validator =
            FeedValidator.builder().evaluation(Evaluation.atWave(18)).build();
    private final CrossRecordRules rules = CrossRecordRules.of(EligibilityChecker.standard());

    @Test
    void duplicateViolationIsTheOneTheKeyLevelRuleGives() {
        RecordOutcome first =
                validator.outcome(0, FeedInput.of(7, FeedValidatorTest.applicant(1, FeedValidatorTest.KK1)));
        RecordOutcome again =
                validator.outcome(0, FeedInput.of(9, FeedValidatorTest.applicant(1, FeedValidatorTest.KK1)));
        List<CrossRecordRules.Finding> findings = rules.duplicates(List.of(again, first));
        assertThat(findings).hasSize(1);
        assertThat(CrossRecordRules.duplicateViolation(7))
                .isEqualTo(findings.get(0).violation());
        assertThat(CrossRecordRules.duplicateViolation(7).arguments()).containsEntry("firstLine", 7);
        assertThatThrownBy(() -> CrossRecordRules.duplicateViolation(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void familyQuotaViolationIsTheOneOfTheThirdPlaceTakerOnly() {
        List<RecordOutcome> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(validator.outcome(0, FeedInput.of(i, FeedValidatorTest.applicant(i, FeedValidatorTest.KK1))));
        }
        List<CrossRecordRules.Finding> findings = rules.familyQuota(members);
        assertThat(findings).extracting(CrossRecordRules.Finding::line).containsExactly(3L, 4L);
        assertThat(rules.familyQuotaViolation(18, 1)).isEmpty();
        assertThat(rules.familyQuotaViolation(18, 2)).isEmpty();
        assertThat(rules.familyQuotaViolation(18, 3)).contains(findings.get(0).violation());
        assertThat(rules.familyQuotaViolation(18, 4)).contains(findings.get(1).violation());
        // before wave 12 there is no family quota
        assertThat(rules.familyQuotaViolation(11, 3)).isEmpty();
        assertThatThrownBy(() -> rules.familyQuotaViolation(18, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSequentialRunGivesTheSameViolations() {
        FeedRun run = validator.start();
        List<Violation> last = List.of();
        for (int i = 1; i <= 3; i++) {
            last = run.accept(FeedInput.of(i, FeedValidatorTest.applicant(i, FeedValidatorTest.KK1)));
        }
        assertThat(last).containsExactly(rules.familyQuotaViolation(18, 3).orElseThrow());
    }
}
