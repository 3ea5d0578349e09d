// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PreCheckTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final Locale ID = Locale.forLanguageTag("id");

    /** Siti's sister, born 17 August 2003: 17 on the opening day of wave 18 (16 August 2021). */
    private static RawApplicant.Builder seventeen() {
        return Fixtures.rawSiti().nik("3174015708030001").birthDate("2003-08-17");
    }

    @Test
    void anEligibleCompleteRecordHasNothingToCureAndNothingToAsk() {
        PreCheck answer = CHECKER.preCheck(
                Fixtures.rawSiti()
                        .socialAssistance(List.of())
                        .familySocialAssistance(List.of())
                        .build(),
                Evaluation.atWave(18));
        assertThat(answer.isEligible()).isTrue();
        assertThat(answer.decision().violations()).isEmpty();
        assertThat(answer.whatIf()).isEmpty();
        assertThat(answer.missingInputs()).isEmpty();
        assertThat(answer.nextQuestion()).isEmpty();
    }

    @Test
    void aSeventeenYearOldIsToldTheDayFromWhichTheyQualify() {
        PreCheck answer = CHECKER.preCheck(seventeen().build(), Evaluation.atWave(18));
        assertThat(answer.isEligible()).isFalse();
        assertThat(answer.decision().codes()).containsExactly(RuleCode.ELIGIBILITY_MIN_AGE);
        assertThat(answer.whatIf()).hasSize(1);
        Cure c = answer.whatIf().get(0);
        assertThat(c.kind()).isEqualTo(Cure.Kind.WAIT_UNTIL);
        assertThat(c.date()).contains(LocalDate.of(2021, 8, 17));
        assertThat(c.describe(ID)).startsWith("Memenuhi syarat usia mulai 17 Agustus 2021");
        // the same parts as the three calls it replaces
        EligibilityDecision d = CHECKER.decide(seventeen().build(), Evaluation.atWave(18));
        assertThat(answer.decision()).isEqualTo(d);
        assertThat(answer.whatIf()).isEqualTo(CHECKER.whatIf(d));
        assertThat(answer.missingInputs())
                .isEqualTo(CHECKER.missingInputs(seventeen().build(), Evaluation.atWave(18)))
                .containsExactly("socialAssistance", "familySocialAssistance");
        assertThat(answer.explain(Locale.ENGLISH)).hasSize(2);
    }

    @Test
    void aPartFilledFormAsksTheNextQuestionInFormOrder() {
        PreCheck answer =
                CHECKER.preCheck(RawApplicant.builder().nik(Fixtures.SITI_NIK).build(), Evaluation.atWave(18));
        assertThat(answer.nextQuestion()).contains("familyCardNumber");
        assertThat(answer.missingInputs()).startsWith("familyCardNumber", "fullName", "birthDate");
        assertThat(answer.whatIf()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Cure.Kind.CORRECT_DATA));
    }

    @Test
    void aFieldTheReaderAlreadyReportedIsNotAskedAgain() {
        Violation asNumber = Violation.of(RuleCode.FIELD_INVALID, "nik")
                .argument("expected", "a 16-digit string")
                .build();
        RawApplicant raw = Fixtures.rawSiti().nik(null).build();
        PreCheck answer = CHECKER.preCheck(raw, Evaluation.atWave(18), List.of(asNumber));
        assertThat(answer.decision().codes()).containsExactly(RuleCode.FIELD_INVALID);
        assertThat(answer.missingInputs()).doesNotContain("nik");
        assertThat(answer.whatIf()).hasSize(1);
    }

    @Test
    void anUnreadableRecordAsksEverything() {
        Violation malformed = Violation.of(RuleCode.RECORD_MALFORMED, "")
                .argument("detail", "not JSON at line 1, column 1")
                .build();
        PreCheck answer = CHECKER.preCheckUnreadable(Evaluation.atWave(18), List.of(malformed));
        assertThat(answer.isEligible()).isFalse();
        assertThat(answer.whatIf()).extracting(Cure::kind).containsExactly(Cure.Kind.CORRECT_DATA);
        assertThat(answer.missingInputs())
                .isEqualTo(CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(18)));
        // no "-" stands for the missing field, and one applicant is not "skipped" as in a feed (issue 14 §5)
        Cure cure = answer.whatIf().get(0);
        assertThat(cure.describe(java.util.Locale.forLanguageTag("id")))
                .isEqualTo("Perbaiki rekaman agar dapat dibaca, lalu periksa kembali.");
        assertThat(cure.describe(java.util.Locale.ENGLISH))
                .isEqualTo("Correct the record so that it can be read, and check again.");
        assertThat(id.prakerja.core.validation.Messages.indonesian().format(malformed))
                .isEqualTo("Rekaman tidak terbentuk dengan benar: not JSON at line 1, column 1")
                .doesNotContain("dilewati");
        Violation summarised = Violation.of(RuleCode.RECORD_MALFORMED, "")
                .argument("detail", "Unexpected character ('x' (code 120)) at line 1, column 34")
                .argument("line", 1L)
                .argument("column", 34L)
                .argument("problem", id.prakerja.core.validation.MalformedProblem.SYNTAX)
                .build();
        assertThat(id.prakerja.core.validation.Messages.indonesian().format(summarised))
                .isEqualTo("Rekaman tidak terbentuk dengan benar: sintaks JSON tidak valid pada baris 1, kolom 34.");
        assertThat(id.prakerja.core.validation.Messages.english().format(summarised))
                .isEqualTo("The record is not well-formed: invalid JSON syntax at line 1, column 34.");
    }

    @Test
    void aBadNikIsAViolationNotAnException() {
        PreCheck answer = CHECKER.preCheck(Fixtures.rawSiti().nik("31740157089").build(), Evaluation.latest());
        assertThat(answer.decision().codes()).containsExactly(RuleCode.NIK_FORMAT);
        assertThat(answer.whatIf()).extracting(Cure::kind).containsExactly(Cure.Kind.CORRECT_DATA);
        assertThat(answer.toString()).doesNotContain("31740157089");
    }

    @Test
    void anUnknownWaveAndAWaveThatIsNoNumberAreTreatedAlike() {
        Evaluation at20 = Evaluation.atWave(20);
        PreCheck unknown = CHECKER.preCheck(Fixtures.rawSiti().wave("99").build(), at20);
        PreCheck notNumber = CHECKER.preCheck(Fixtures.rawSiti().wave("x").build(), at20);
        for (PreCheck p : List.of(unknown, notNumber)) {
            assertThat(p.decision().codes()).containsExactly(RuleCode.FIELD_INVALID);
            assertThat(p.decision().violations().get(0).field()).isEqualTo("wave");
            assertThat(p.decision().violations().get(0).arguments())
                    .containsEntry("expected", "a wave number from 1 to 71");
            // no rule evaluated; the answer is at the evaluation's wave
            assertThat(p.decision().wave()).isEqualTo(20);
            assertThat(p.whatIf()).extracting(Cure::kind).containsExactly(Cure.Kind.CORRECT_DATA);
        }
        assertThat(unknown.decision().violations())
                .isEqualTo(notNumber.decision().violations());
        assertThat(unknown).isEqualTo(notNumber);
    }

    @Test
    void anUnknownWaveFailsWhenTheEvaluationIsBuilt() {
        assertThatThrownBy(() -> Evaluation.atWave(99))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no wave 99; the known waves are 1 to 71");
        assertThatThrownBy(() -> Evaluation.atWave(0)).hasMessageContaining("known waves are 1 to 71");
        assertThatThrownBy(() -> Evaluation.of(72, LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("known waves are 1 to 71");
        assertThat(Evaluation.atWave(Programme.standard(), 71).wave()).hasValue(71);
        assertThat(Evaluation.atWave(71).wave()).hasValue(71);
    }

    @Test
    void everyCureReadsBackFromItsWrittenParts() {
        List<PreCheck> answers = List.of(
                CHECKER.preCheck(seventeen().build(), Evaluation.atWave(18)),
                CHECKER.preCheck(Fixtures.rawSiti().birthDate("1950-01-01").build(), Evaluation.atWave(18)),
                CHECKER.preCheck(
                        Fixtures.rawSiti().socialAssistance(List.of("BSU")).build(), Evaluation.atWave(20)),
                CHECKER.preCheck(Fixtures.rawSiti().citizenship("WNA").build(), Evaluation.atWave(20)),
                CHECKER.preCheck(Fixtures.rawSiti().inFormalEducation("true").build(), Evaluation.atWave(20)),
                CHECKER.preCheck(RawApplicant.builder().build(), Evaluation.atWave(20)));
        int cures = 0;
        for (PreCheck p : answers) {
            for (int i = 0; i < p.whatIf().size(); i++) {
                Cure c = p.whatIf().get(i);
                Violation v = p.decision().violations().get(i);
                assertThat(Cure.of(v, c.kind(), c.date(), c.wave())).isEqualTo(c);
                cures++;
            }
            assertThat(PreCheck.of(p.decision(), p.whatIf(), p.missingInputs())).isEqualTo(p);
        }
        assertThat(cures).isGreaterThan(10);
    }

    @Test
    void aCureTheLibraryNeverGivesIsRefused() {
        Violation v = CHECKER.decide(seventeen().build(), Evaluation.atWave(18))
                .violations()
                .get(0);
        assertThatThrownBy(() -> Cure.of(v, Cure.Kind.WAIT_UNTIL, Optional.empty(), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cure.of(v, Cure.Kind.CORRECT_DATA, Optional.empty(), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        Violation field = Violation.of(RuleCode.FIELD_REQUIRED, "sex").build();
        assertThatThrownBy(() -> Cure.of(field, Cure.Kind.NOT_CURABLE, Optional.empty(), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAnswerHoldsOneCurePerViolation() {
        PreCheck p = CHECKER.preCheck(seventeen().build(), Evaluation.atWave(18));
        assertThatThrownBy(() -> PreCheck.of(p.decision(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreCheck.of(p.decision(), p.whatIf(), List.of("sex", "sex")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
