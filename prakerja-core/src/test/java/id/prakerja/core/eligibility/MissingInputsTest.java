// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingInputsTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();

    @Test
    void anEmptyFormNeedsEverythingTheWaveReadsInFormOrder() {
        assertThat(CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(18)))
                .containsExactly(
                        "nik",
                        "familyCardNumber",
                        "fullName",
                        "birthDate",
                        "sex",
                        "citizenship",
                        "workforceCategory",
                        "inFormalEducation",
                        "occupation",
                        "socialAssistance",
                        "familySocialAssistance",
                        "priorParticipation",
                        "otherFamilyRecipients");
    }

    @Test
    void leavesOutWhatTheWaveDoesNotRead() {
        List<String> wave3 = CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(3));
        assertThat(wave3)
                .doesNotContain("occupation", "socialAssistance", "otherFamilyRecipients")
                .contains("priorParticipation");
        List<String> wave48 = CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(48));
        assertThat(wave48)
                .contains("occupation", "otherFamilyRecipients")
                .doesNotContain("socialAssistance", "familySocialAssistance");
        // the family's assistance is read from wave 16 only (facts K5)
        List<String> wave12 = CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(12));
        assertThat(wave12).contains("socialAssistance").doesNotContain("familySocialAssistance");
    }

    @Test
    void aPartlyFilledFormNeedsTheRest() {
        RawApplicant raw = Fixtures.rawSiti()
                .occupation(null)
                .otherFamilyRecipients(null)
                .sex(null)
                .build();
        assertThat(CHECKER.missingInputs(raw, Evaluation.atWave(20)))
                .containsExactly(
                        "sex", "occupation", "socialAssistance", "familySocialAssistance", "otherFamilyRecipients");
        assertThat(CHECKER.missingInputs(
                        Fixtures.rawSiti()
                                .socialAssistance(List.of())
                                .familySocialAssistance(List.of())
                                .build(),
                        Evaluation.atWave(20)))
                .isEmpty();
    }

    @Test
    void theRecordsOwnWaveDecidesWhatIsNeeded() {
        RawApplicant raw = Fixtures.rawSiti().wave("48").build();
        assertThat(CHECKER.missingInputs(raw, Evaluation.atWave(20))).isEmpty();
    }
}
