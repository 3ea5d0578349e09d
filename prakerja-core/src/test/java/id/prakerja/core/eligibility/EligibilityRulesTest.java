// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.LegalReference;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRulesTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();

    private static EligibilityDecision at(int wave, Applicant a) {
        return CHECKER.decide(a, Evaluation.atWave(wave));
    }

    private static Violation only(EligibilityDecision d, RuleCode code) {
        assertThat(d.codes()).containsExactly(code);
        assertThat(d.isEligible()).isFalse();
        return d.violations().get(0);
    }

    @Test
    void sitiIsEligibleAtEveryWave() {
        Applicant siti = Fixtures.siti().build();
        for (int wave = 1;
                wave <= id.prakerja.core.program.Programme.standard().waves().size();
                wave++) {
            EligibilityDecision d = at(wave, siti);
            assertThat(d.isEligible()).as("wave %d: %s", wave, d).isTrue();
            assertThat(d.violations()).isEmpty();
            assertThat(d.wave()).isEqualTo(wave);
        }
    }

    @Nested
    class Age {
        // wave 18 opened on 2021-08-16
        @Test
        void turningEighteenOnTheEvaluationDateCounts() {
            assertThat(at(18, Fixtures.bornOn(LocalDate.of(2003, 8, 16)).build())
                            .isEligible())
                    .isTrue();
        }

        @Test
        void rejectsApplicantsOneDayShortOfEighteen() {
            Violation v =
                    only(at(18, Fixtures.bornOn(LocalDate.of(2003, 8, 17)).build()), RuleCode.ELIGIBILITY_MIN_AGE);
            assertThat(v.field()).isEqualTo("birthDate");
            assertThat(v.arguments()).containsExactly(Map.entry("age", 17), Map.entry("minimumAge", 18));
            assertThat(v.legalReference())
                    .map(LegalReference::citation)
                    .contains("Permenko Perekonomian 11/2020 Pasal 2(4)");
        }

        @ParameterizedTest(name = "born 2004-02-29, on {0}: eligible={1}")
        @CsvSource({"2022-02-28, false", "2022-03-01, true", "2024-02-29, true"})
        void aLeapDayBirthdayCountsOnTheFirstOfMarchInCommonYears(LocalDate on, boolean eligible) {
            Applicant a = Fixtures.bornOn(LocalDate.of(2004, 2, 29)).build();
            assertThat(CHECKER.decide(a, Evaluation.of(23, on)).isEligible()).isEqualTo(eligible);
        }

        @Test
        void sixtyFourYearsAndThreeHundredSixtyFourDaysIsStillSixtyFour() {
            assertThat(at(18, Fixtures.bornOn(LocalDate.of(1956, 8, 17)).build())
                            .isEligible())
                    .isTrue();
        }

        @Test
        void rejectsApplicantsOlderThan64FromWave18() {
            Applicant a = Fixtures.bornOn(LocalDate.of(1956, 8, 16)).build();
            Violation v = only(at(18, a), RuleCode.ELIGIBILITY_MAX_AGE);
            assertThat(v.arguments()).containsExactly(Map.entry("age", 65), Map.entry("maximumAge", 64));
            // a statistical manual at waves 18-22 (facts K4), never passed off as a regulation
            assertThat(v.legalReference()).map(LegalReference::kind).contains(LegalReference.Kind.SECONDARY);
            assertThat(only(at(23, a), RuleCode.ELIGIBILITY_MAX_AGE).legalReference())
                    .map(LegalReference::kind)
                    .contains(LegalReference.Kind.ANNOUNCEMENT);
        }

        @Test
        void hasNoUpperAgeLimitBeforeWave18() {
            Applicant a = Fixtures.bornOn(LocalDate.of(1940, 1, 1)).build();
            assertThat(at(17, a).isEligible()).isTrue();
            assertThat(at(18, a).codes()).containsExactly(RuleCode.ELIGIBILITY_MAX_AGE);
        }

        @Test
        void computesAgeOnAnExplicitDateWithTheRulesOfItsWave() {
            Applicant a = Fixtures.bornOn(LocalDate.of(2003, 7, 2)).build();
            EligibilityDecision d = CHECKER.decide(a, Evaluation.on(LocalDate.of(2021, 7, 1)));
            assertThat(d.wave()).isEqualTo(17);
            assertThat(d.evaluationDate()).isEqualTo(LocalDate.of(2021, 7, 1));
            assertThat(d.codes()).containsExactly(RuleCode.ELIGIBILITY_MIN_AGE);
            assertThat(CHECKER.decide(a, Evaluation.on(LocalDate.of(2021, 7, 2)))
                            .isEligible())
                    .isTrue();
        }
    }

    @Nested
    class Exclusions {
        @Test
        void rejectsForeignNationals() {
            Violation v = only(
                    at(18, Fixtures.siti().citizenship(Citizenship.WNA).build()), RuleCode.ELIGIBILITY_CITIZENSHIP);
            assertThat(v.arguments()).containsEntry("citizenship", Citizenship.WNA);
            assertThat(v.field()).isEqualTo("citizenship");
        }

        @Test
        void rejectsApplicantsInFormalEducation() {
            only(at(1, Fixtures.siti().inFormalEducation(true).build()), RuleCode.ELIGIBILITY_FORMAL_EDUCATION);
        }

        @ParameterizedTest
        @EnumSource(
                value = Occupation.class,
                names = {
                    "STATE_OFFICIAL",
                    "DPRD_MEMBER",
                    "CIVIL_SERVANT",
                    "MILITARY",
                    "POLICE",
                    "VILLAGE_HEAD",
                    "VILLAGE_APPARATUS",
                    "SOE_BOARD_MEMBER"
                })
        void excludesTheOccupationsOfPerpres76From4(Occupation o) {
            Applicant a = Fixtures.siti().occupation(o).build();
            assertThat(at(3, a).isEligible()).isTrue();
            Violation v = only(at(4, a), RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION);
            assertThat(v.arguments()).containsEntry("occupation", o);
            assertThat(v.legalReference())
                    .map(LegalReference::citation)
                    .contains("Permenko Perekonomian 11/2020 Pasal 2(5)");
        }

        @ParameterizedTest
        @EnumSource(
                value = Occupation.class,
                names = {"PRIVATE_EMPLOYEE", "INFORMAL_WORKER", "BUSINESS_OWNER", "UNEMPLOYED", "OTHER"})
        void acceptsOtherOccupations(Occupation o) {
            assertThat(at(71, Fixtures.siti().occupation(o).build()).isEligible())
                    .isTrue();
        }

        @Test
        void excludesSocialAssistanceRecipientsFromWave4ToWave47() {
            Applicant a = Fixtures.siti()
                    .socialAssistance(Set.of(SocialAssistance.BSU, SocialAssistance.BPUM))
                    .build();
            assertThat(at(3, a).isEligible()).isTrue();
            Violation v = only(at(12, a), RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
            assertThat(v.arguments())
                    .containsEntry("socialAssistance", "BSU, BPUM")
                    .containsEntry("recipient", AssistanceRecipient.APPLICANT);
            assertThat(v.field()).isEqualTo("socialAssistance");
            assertThat(v.legalReference()).map(LegalReference::kind).contains(LegalReference.Kind.ANNOUNCEMENT);
            assertThat(at(47, a).codes()).containsExactly(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
            assertThat(at(48, a).isEligible()).isTrue();
        }

        @Test
        void aFamilyMemberOnPkhBpntBstOrKisExcludesTheApplicantFromWave16ToWave47() {
            for (SocialAssistance s : new SocialAssistance[] {
                SocialAssistance.PKH, SocialAssistance.BPNT, SocialAssistance.BST, SocialAssistance.KIS
            }) {
                Applicant a = Fixtures.siti().familySocialAssistance(Set.of(s)).build();
                assertThat(at(15, a).isEligible()).as("before wave 16: %s", s).isTrue();
                Violation v = only(at(16, a), RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
                assertThat(v.field()).isEqualTo("familySocialAssistance");
                assertThat(v.arguments())
                        .containsEntry("socialAssistance", s.name())
                        .containsEntry("recipient", AssistanceRecipient.FAMILY_MEMBER);
                assertThat(v.legalReference().orElseThrow().citation()).contains("gelombang 16");
                assertThat(at(47, a).codes()).containsExactly(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
                assertThat(at(48, a).isEligible()).as("from wave 48: %s", s).isTrue();
            }
            // a family member's BSU or BPUM was not named by the programme
            assertThat(at(
                                    16,
                                    Fixtures.siti()
                                            .familySocialAssistance(Set.of(SocialAssistance.BSU))
                                            .build())
                            .isEligible())
                    .isTrue();
        }

        @Test
        void theApplicantsOwnAssistanceIsReportedFirst() {
            Applicant a = Fixtures.siti()
                    .socialAssistance(Set.of(SocialAssistance.BST))
                    .familySocialAssistance(Set.of(SocialAssistance.PKH))
                    .build();
            Violation v = only(at(16, a), RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
            assertThat(v.arguments()).containsEntry("recipient", AssistanceRecipient.APPLICANT);
            assertThat(Messages.indonesian().format(v))
                    .isEqualTo("Bantuan sosial lain (BST) yang diterima pemohon membuat pemohon tidak dapat menerima"
                            + " Kartu Prakerja pada gelombang ini.");
            Violation family = only(
                    at(
                            16,
                            Fixtures.siti()
                                    .familySocialAssistance(Set.of(SocialAssistance.KIS))
                                    .build()),
                    RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
            assertThat(Messages.indonesian().format(family))
                    .isEqualTo("Bantuan sosial lain (KIS) yang diterima anggota keluarga pemohon membuat pemohon tidak"
                            + " dapat menerima Kartu Prakerja pada gelombang ini.");
        }

        @Test
        void rejectsPriorAndRevokedRecipientsAtEveryWave() {
            for (int wave : new int[] {1, 12, 48, 71}) {
                only(
                        at(
                                wave,
                                Fixtures.siti()
                                        .priorParticipation(PriorParticipation.RECIPIENT)
                                        .build()),
                        RuleCode.ELIGIBILITY_PRIOR_RECIPIENT);
                only(
                        at(
                                wave,
                                Fixtures.siti()
                                        .priorParticipation(PriorParticipation.REVOKED)
                                        .build()),
                        RuleCode.ELIGIBILITY_REVOKED);
            }
        }
    }

    @Nested
    class Categories {
        @Test
        void furloughedWorkersAreCoveredFromWave4() {
            Applicant a = Fixtures.siti()
                    .workforceCategory(WorkforceCategory.FURLOUGHED)
                    .build();
            Violation v = only(at(3, a), RuleCode.ELIGIBILITY_CATEGORY);
            assertThat(v.arguments()).containsEntry("wave", 3).containsEntry("category", WorkforceCategory.FURLOUGHED);
            assertThat(at(4, a).isEligible()).isTrue();
        }

        @Test
        void noCategoryIsRejected() {
            Applicant a = Fixtures.siti()
                    .workforceCategory(java.util.Optional.empty())
                    .build();
            Violation v = only(at(18, a), RuleCode.ELIGIBILITY_CATEGORY);
            assertThat(v.arguments()).containsExactly(Map.entry("wave", 18));
        }
    }

    @Nested
    class FamilyQuota {
        @Test
        void allowsTwoPerFamilyCardFromWave12() {
            assertThat(at(12, Fixtures.siti().otherFamilyRecipients(1).build()).isEligible())
                    .isTrue();
            Violation v =
                    only(at(12, Fixtures.siti().otherFamilyRecipients(2).build()), RuleCode.ELIGIBILITY_FAMILY_QUOTA);
            assertThat(v.arguments()).containsExactly(Map.entry("quota", 2), Map.entry("familyMembers", 3));
            assertThat(v.field()).isEqualTo("familyCardNumber");
        }

        @Test
        void hasNoQuotaBeforeWave12() {
            assertThat(at(11, Fixtures.siti().otherFamilyRecipients(5).build()).isEligible())
                    .isTrue();
        }

        @Test
        void feedsAskForTheQuotaViolationOfTheNthMember() {
            assertThat(CHECKER.familyQuotaViolation(11, 3)).isEmpty();
            assertThat(CHECKER.familyQuotaViolation(12, 2)).isEmpty();
            assertThat(CHECKER.familyQuotaViolation(12, 3))
                    .hasValueSatisfying(v -> assertThat(v.arguments()).containsEntry("familyMembers", 3));
        }
    }

    @Nested
    class Identity {
        @Test
        void builtApplicantsAreCheckedAgainstTheirNik() {
            Applicant a = Fixtures.siti()
                    .birthDate(LocalDate.of(1999, 8, 18))
                    .sex(Sex.MALE)
                    .build();
            EligibilityDecision d = at(18, a);
            assertThat(d.codes()).containsExactly(RuleCode.NIK_BIRTH_DATE_MISMATCH, RuleCode.NIK_SEX_MISMATCH);
            assertThat(d.violations().get(1).arguments()).containsEntry("sex", Sex.MALE);
        }
    }

    @Nested
    class Decision {
        private final Applicant everything = Fixtures.bornOn(LocalDate.of(1950, 1, 1))
                .citizenship(Citizenship.WNA)
                .inFormalEducation(true)
                .occupation(Occupation.POLICE)
                .socialAssistance(Set.of(SocialAssistance.PKH))
                .priorParticipation(PriorParticipation.REVOKED)
                .workforceCategory(java.util.Optional.empty())
                .otherFamilyRecipients(2)
                .build();

        @Test
        void collectsEveryViolationInTheStableOrder() {
            assertThat(at(20, everything).codes())
                    .containsExactly(
                            RuleCode.ELIGIBILITY_CITIZENSHIP,
                            RuleCode.ELIGIBILITY_MAX_AGE,
                            RuleCode.ELIGIBILITY_FORMAL_EDUCATION,
                            RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION,
                            RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE,
                            RuleCode.ELIGIBILITY_REVOKED,
                            RuleCode.ELIGIBILITY_CATEGORY,
                            RuleCode.ELIGIBILITY_FAMILY_QUOTA);
        }

        @Test
        void failFastStopsAtTheFirst() {
            EligibilityChecker fast =
                    EligibilityChecker.builder().failFast(true).build();
            assertThat(fast.decide(everything, Evaluation.atWave(20)).codes())
                    .containsExactly(RuleCode.ELIGIBILITY_CITIZENSHIP);
            assertThat(fast.decide(Fixtures.siti().build(), Evaluation.atWave(20))
                            .isEligible())
                    .isTrue();
        }

        @Test
        void explainsInBothLanguages() {
            EligibilityDecision d =
                    at(18, Fixtures.bornOn(LocalDate.of(1956, 8, 16)).build());
            assertThat(d.explain(java.util.Locale.forLanguageTag("id")))
                    .containsExactly("Usia maksimal 64 tahun; usia pemohon 65 tahun.");
            assertThat(d.explain(java.util.Locale.ENGLISH))
                    .containsExactly("The maximum age is 64; the applicant is 65.");
        }

        @Test
        void theApplicantsOwnWaveTakesPrecedence() {
            Applicant a = Fixtures.siti()
                    .wave(3)
                    .workforceCategory(WorkforceCategory.FURLOUGHED)
                    .build();
            EligibilityDecision d = CHECKER.decide(a, Evaluation.atWave(18));
            assertThat(d.wave()).isEqualTo(3);
            assertThat(d.evaluationDate()).isEqualTo(LocalDate.of(2020, 4, 29));
            assertThat(d.codes()).containsExactly(RuleCode.ELIGIBILITY_CATEGORY);
        }

        @Test
        void latestMeansWave71() {
            EligibilityDecision d = CHECKER.decide(Fixtures.siti().build(), Evaluation.latest());
            assertThat(d.wave()).isEqualTo(71);
        }

        @Test
        void rawRecordsWithFieldProblemsAreNotEligible() {
            EligibilityDecision d = CHECKER.decide(
                    Fixtures.rawSiti().sex(null).nik("3174015708990000").build(), Evaluation.atWave(18));
            assertThat(d.isEligible()).isFalse();
            assertThat(d.codes()).containsExactly(RuleCode.NIK_SERIAL, RuleCode.FIELD_REQUIRED);
            assertThat(d.wave()).isEqualTo(18);
        }

        @Test
        void readerViolationsComeFirstAndAreNotRepeated() {
            Violation nikAsNumber = Violation.of(RuleCode.FIELD_INVALID, "nik")
                    .argument("expected", "a 16-digit string")
                    .build();
            EligibilityDecision d = CHECKER.decide(
                    Fixtures.rawSiti().nik(null).sex(null).build(),
                    Evaluation.atWave(18),
                    java.util.List.of(nikAsNumber));
            assertThat(d.violations()).first().isEqualTo(nikAsNumber);
            assertThat(d.violations().stream().map(v -> v.code() + "@" + v.field()))
                    .containsExactly("FIELD_INVALID@nik", "FIELD_REQUIRED@sex");
            // the reader kept a placeholder for a wrong-typed list element; the parser's FIELD_INVALID on it is
            // the same problem and is not reported again
            Violation elementNotAString = Violation.of(RuleCode.FIELD_INVALID, "socialAssistance[1]")
                    .argument("expected", "a JSON string")
                    .build();
            EligibilityDecision list = CHECKER.decide(
                    Fixtures.rawSiti()
                            .socialAssistance(java.util.List.of("PKH", ""))
                            .build(),
                    Evaluation.atWave(48),
                    java.util.List.of(elementNotAString));
            assertThat(list.violations()).containsExactly(elementNotAString);
            assertThat(CHECKER.decide(Fixtures.rawSiti().build(), Evaluation.atWave(18), java.util.List.of()))
                    .isEqualTo(CHECKER.decide(Fixtures.rawSiti().build(), Evaluation.atWave(18)));
        }

        @Test
        void anUnreadableRecordIsDecidedOnItsReadViolationsAlone() {
            Violation malformed = Violation.of(RuleCode.RECORD_MALFORMED, "")
                    .argument("detail", "not an object")
                    .build();
            EligibilityDecision d = CHECKER.decideUnreadable(Evaluation.atWave(18), java.util.List.of(malformed));
            assertThat(d.violations()).containsExactly(malformed);
            assertThat(d.wave()).isEqualTo(18);
            assertThat(CHECKER.whatIf(d)).singleElement().extracting(Cure::kind).isEqualTo(Cure.Kind.CORRECT_DATA);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> CHECKER.decideUnreadable(Evaluation.atWave(18), java.util.List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theDecisionKeepsTheApplicantItWasMadeFor() {
            Applicant siti = Fixtures.siti().build();
            assertThat(at(18, siti).applicant()).containsSame(siti);
            assertThat(CHECKER.decide(Fixtures.rawSiti().build(), Evaluation.atWave(18))
                            .applicant())
                    .hasValueSatisfying(a -> assertThat(a.nik().digits()).isEqualTo(Fixtures.SITI_NIK));
            assertThat(CHECKER.decide(Fixtures.rawSiti().sex("X").build(), Evaluation.atWave(18))
                            .applicant())
                    .isEmpty();
        }

        @Test
        void rawRecordsThatParseAreDecided() {
            EligibilityDecision d = CHECKER.decide(
                    Fixtures.rawSiti().wave("18").inFormalEducation("true").build(), Evaluation.latest());
            assertThat(d.wave()).isEqualTo(18);
            assertThat(d.codes()).containsExactly(RuleCode.ELIGIBILITY_FORMAL_EDUCATION);
        }

        @Test
        void equalityAndToString() {
            EligibilityDecision a = at(18, Fixtures.siti().build());
            assertThat(a)
                    .isEqualTo(at(18, Fixtures.siti().build()))
                    .hasSameHashCodeAs(at(18, Fixtures.siti().build()));
            assertThat(a).hasToString("Eligible[wave 18 on 2021-08-16]");
            assertThat(a.has(RuleCode.ELIGIBILITY_MIN_AGE)).isFalse();
        }

        @Test
        void listsTheRulesInForce() {
            assertThat(CHECKER.rulesInForce(3))
                    .doesNotContain(
                            EligibilityRule.MAXIMUM_AGE,
                            EligibilityRule.EXCLUDED_OCCUPATION,
                            EligibilityRule.SOCIAL_ASSISTANCE,
                            EligibilityRule.FAMILY_QUOTA);
            assertThat(CHECKER.rulesInForce(18))
                    .contains(
                            EligibilityRule.MAXIMUM_AGE,
                            EligibilityRule.FAMILY_QUOTA,
                            EligibilityRule.SOCIAL_ASSISTANCE);
            assertThat(CHECKER.rulesInForce(48)).doesNotContain(EligibilityRule.SOCIAL_ASSISTANCE);
            for (EligibilityRule r : EligibilityRule.values()) {
                assertThat(EligibilityRule.forCode(r.code())).contains(r);
            }
        }
    }
}
