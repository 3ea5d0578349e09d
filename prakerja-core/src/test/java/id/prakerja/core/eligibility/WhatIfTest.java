// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final Locale ID = Locale.forLanguageTag("id");

    private static List<Cure> cures(Applicant a, Evaluation e) {
        return CHECKER.whatIf(a, CHECKER.decide(a, e));
    }

    @Test
    void tooYoungIsCuredOnTheEighteenthBirthday() {
        Applicant a = Fixtures.bornOn(LocalDate.of(2003, 7, 2)).build();
        Cure c = cures(a, Evaluation.on(LocalDate.of(2021, 7, 1))).get(0);
        assertThat(c.code()).isEqualTo(RuleCode.ELIGIBILITY_MIN_AGE);
        assertThat(c.kind()).isEqualTo(Cure.Kind.WAIT_UNTIL);
        assertThat(c.isCurable()).isTrue();
        assertThat(c.date()).contains(LocalDate.of(2021, 7, 2));
        assertThat(c.wave()).hasValue(18); // the first wave opened on or after that day
        assertThat(c.describe(ID)).isEqualTo("Memenuhi syarat usia mulai 2 Juli 2021, saat berusia 18 tahun.");
        assertThat(c.describe(Locale.ENGLISH))
                .isEqualTo("Meets the age requirement from 2 July 2021, at the age of 18.");
    }

    @Test
    void aLeapDayBirthdayIsCuredOnTheFirstOfMarch() {
        Applicant a = Fixtures.bornOn(LocalDate.of(2004, 2, 29)).build();
        Cure c = cures(a, Evaluation.of(23, LocalDate.of(2022, 2, 17))).get(0);
        assertThat(c.date()).contains(LocalDate.of(2022, 3, 1));
    }

    @Test
    void tooOldCannotBeCured() {
        Cure c = cures(Fixtures.bornOn(LocalDate.of(1950, 1, 1)).build(), Evaluation.atWave(18))
                .get(0);
        assertThat(c.kind()).isEqualTo(Cure.Kind.NOT_CURABLE);
        assertThat(c.isCurable()).isFalse();
        assertThat(c.date()).isEmpty();
        assertThat(c.describe(Locale.ENGLISH)).startsWith("Cannot be cured later");
    }

    @Test
    void socialAssistanceIsCuredByTheNormalSchemeFromWave48() {
        Applicant a =
                Fixtures.siti().socialAssistance(Set.of(SocialAssistance.BSU)).build();
        Cure c = cures(a, Evaluation.atWave(20)).get(0);
        assertThat(c.kind()).isEqualTo(Cure.Kind.WAIT_UNTIL);
        assertThat(c.wave()).hasValue(48);
        assertThat(c.date()).contains(LocalDate.of(2023, 2, 17));
        assertThat(c.describe(ID))
                .isEqualTo("Penerima bantuan sosial lain dapat mendaftar mulai gelombang 48 (17 Februari 2023).");
    }

    @Test
    void aCategoryNotYetCoveredIsCuredByTheWaveThatCoversIt() {
        Applicant a = Fixtures.siti()
                .workforceCategory(WorkforceCategory.MICRO_SMALL_ENTREPRENEUR)
                .build();
        Cure c = cures(a, Evaluation.atWave(2)).get(0);
        assertThat(c.kind()).isEqualTo(Cure.Kind.WAIT_UNTIL);
        assertThat(c.wave()).hasValue(4);
        assertThat(c.date()).contains(LocalDate.of(2020, 8, 8));
        Cure none = cures(
                        Fixtures.siti()
                                .workforceCategory(java.util.Optional.empty())
                                .build(),
                        Evaluation.atWave(2))
                .get(0);
        assertThat(none.kind()).isEqualTo(Cure.Kind.CHANGE_CIRCUMSTANCES);
    }

    @Test
    void circumstancesAndPermanentExclusions() {
        Applicant a = Fixtures.siti()
                .inFormalEducation(true)
                .occupation(Occupation.CIVIL_SERVANT)
                .priorParticipation(PriorParticipation.REVOKED)
                .otherFamilyRecipients(2)
                .build();
        List<Cure> cs = cures(a, Evaluation.atWave(30));
        assertThat(cs)
                .extracting(Cure::code)
                .containsExactly(
                        RuleCode.ELIGIBILITY_FORMAL_EDUCATION,
                        RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION,
                        RuleCode.ELIGIBILITY_REVOKED,
                        RuleCode.ELIGIBILITY_FAMILY_QUOTA);
        assertThat(cs)
                .extracting(Cure::kind)
                .containsExactly(
                        Cure.Kind.CHANGE_CIRCUMSTANCES,
                        Cure.Kind.CHANGE_CIRCUMSTANCES,
                        Cure.Kind.NOT_CURABLE,
                        Cure.Kind.NOT_CURABLE);
        assertThat(cs.get(1).describe(ID))
                .isEqualTo("Dapat memenuhi syarat setelah tidak lagi berstatus aparatur sipil negara.");
        assertThat(cs.get(3).describe(Locale.ENGLISH)).contains("2 members of the same family card");
    }

    @Test
    void citizenshipAndPriorRecipientCannotBeCured() {
        assertThat(cures(Fixtures.siti().citizenship(Citizenship.WNA).build(), Evaluation.latest()))
                .singleElement()
                .extracting(Cure::kind)
                .isEqualTo(Cure.Kind.NOT_CURABLE);
        assertThat(cures(
                        Fixtures.siti()
                                .priorParticipation(PriorParticipation.RECIPIENT)
                                .build(),
                        Evaluation.latest()))
                .singleElement()
                .extracting(Cure::kind)
                .isEqualTo(Cure.Kind.NOT_CURABLE);
    }

    @Test
    void fieldProblemsAreCuredByCorrectingTheData() {
        RawApplicant raw = Fixtures.rawSiti().sex("F").build();
        EligibilityDecision d = CHECKER.decide(raw, Evaluation.atWave(18));
        Cure c = CHECKER.whatIf(d).get(0);
        assertThat(c.kind()).isEqualTo(Cure.Kind.CORRECT_DATA);
        assertThat(c.describe(ID)).isEqualTo("Perbaiki data pada kolom sex lalu periksa kembali.");
        // a raw record that parses gets the applicant's cures
        RawApplicant young = Fixtures.rawSiti().inFormalEducation("true").build();
        assertThat(CHECKER.whatIf(CHECKER.decide(young, Evaluation.atWave(18))))
                .extracting(Cure::kind)
                .containsExactly(Cure.Kind.CHANGE_CIRCUMSTANCES);
    }

    @Test
    void aDecisionWithoutItsApplicantCannotSayWhenAnEligibilityRuleIsCured() {
        EligibilityDecision made =
                CHECKER.decide(Fixtures.bornOn(LocalDate.of(2003, 8, 17)).build(), Evaluation.atWave(18));
        EligibilityDecision readBack = EligibilityDecision.of(made.wave(), made.evaluationDate(), made.violations());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CHECKER.whatIf(readBack))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whatIf(applicant, decision)");
        assertThat(CHECKER.whatIf(made)).extracting(Cure::kind).containsExactly(Cure.Kind.WAIT_UNTIL);
    }
}
