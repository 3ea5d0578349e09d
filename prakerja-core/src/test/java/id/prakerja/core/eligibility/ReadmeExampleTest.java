// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.LegalReference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal example of README.md, kept true by running it. */
class ReadmeExampleTest {

    @Test
    void thePortalExampleSaysWhatTheReadmeSays() {
        EligibilityChecker checker = EligibilityChecker.standard();
        Applicant budi = Applicant.builder()
                .nik("3174011708030001") // male, born 17 August 2003
                .familyCardNumber("3174011203150007")
                .fullName("Budi Santoso")
                .birthDate(LocalDate.of(2003, 8, 17))
                .sex(Sex.MALE)
                .citizenship(Citizenship.WNI)
                .workforceCategory(WorkforceCategory.JOB_SEEKER)
                .inFormalEducation(false)
                .build();

        EligibilityDecision decision = checker.decide(budi, Evaluation.atWave(18));

        assertThat(decision.isEligible()).isFalse();
        assertThat(decision.explain(Languages.INDONESIAN))
                .containsExactly("Usia minimal 18 tahun; usia pemohon 17 tahun.");
        assertThat(decision.violations().get(0).legalReference().map(LegalReference::citation))
                .contains("Permenko Perekonomian 11/2020 Pasal 2(4)");
        List<String> whatIf = checker.whatIf(budi, decision).stream()
                .map(c -> c.describe(Languages.INDONESIAN))
                .toList();
        assertThat(whatIf).containsExactly("Memenuhi syarat usia mulai 17 Agustus 2021, saat berusia 18 tahun.");
        assertThat(checker.whatIf(budi, decision).get(0).describe(java.util.Locale.ENGLISH))
                .isEqualTo("Meets the age requirement from 17 August 2021, at the age of 18.");
    }
}
