// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Eligible applicants: eligible at their wave, realistic, configurable, deterministic, shrinkable. */
class ApplicantProperties {

    /** The programme's latest wave, so that a new wave is covered without editing this test. */
    private static final int LATEST_WAVE =
            id.prakerja.core.program.Programme.standard().waves().latest().number();

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();

    @TestFactory
    Stream<DynamicTest> everyGeneratedValidApplicantIsEligibleAtItsWave() {
        return Stream.of(1, 3, 4, 11, 12, 17, 18, 23, 47, 48, 62, LATEST_WAVE)
                .map(wave -> DynamicTest.dynamicTest("wave " + wave, () -> {
                    ApplicantGenerator<RawApplicant> gen = Applicants.valid().atWave(wave);
                    PropertyCheck.forAll(gen)
                            .tries(200)
                            .verify(raw -> assertThat(CHECKER.decide(raw, gen.evaluation()))
                                    .isEligible()
                                    .isAtWave(wave));
                    ApplicantGenerator<Applicant> typed = gen.typed();
                    PropertyCheck.forAll(typed)
                            .tries(50)
                            .verify(a -> assertThat(CHECKER.decide(a, typed.evaluation()))
                                    .isEligible());
                }));
    }

    @TestFactory
    Stream<DynamicTest> parsedNiksNeverShowTheFullNumber() {
        return PropertyCheck.forAll(Applicants.validTyped().atWave(18))
                .tries(100)
                .checking(a -> {
                    Nik nik = a.nik();
                    assertThat(nik).isNotShownIn(nik.toString()).isNotShownIn(a.toString());
                    assertThat(Nik.parse(nik.digits()).toString())
                            .isEqualTo(nik.masked())
                            .matches("\\d{4}\\*{8}\\d{4}");
                    assertThat(a.familyCardNumber().toString())
                            .doesNotContain(a.familyCardNumber().digits());
                });
    }

    @Test
    void theNikEncodesTheDeclaredBirthDateAndSexAndTheCardIsRecordedBeforeTheEvaluation() {
        ApplicantGenerator<Applicant> gen = Applicants.validTyped().atWave(12);
        PropertyCheck.forAll(gen).tries(300).verify(a -> {
            assertThat(a.nik()).encodesBirthDate(a.birthDate()).hasSex(a.sex());
            assertThat(a.familyCardNumber().issueDate()).isBeforeOrEqualTo(gen.evaluationDate());
            assertThat(a.citizenship().name()).isEqualTo("WNI");
            assertThat(a.inFormalEducation()).isFalse();
        });
    }

    @Test
    void configurationIsRespected() {
        ApplicantGenerator<Applicant> gen = Applicants.validTyped()
                .atWave(18)
                .province(Province.DKI_JAKARTA)
                .category(WorkforceCategory.LAID_OFF)
                .sex(Sex.FEMALE)
                .ageBetween(30, 39)
                .withWaveField(false);
        PropertyCheck.forAll(gen).tries(200).verify(a -> {
            assertThat(a.province()).isEqualTo(Province.DKI_JAKARTA);
            assertThat(a.workforceCategory()).hasValue(WorkforceCategory.LAID_OFF);
            assertThat(a.sex()).isEqualTo(Sex.FEMALE);
            assertThat(Period.between(a.birthDate(), gen.evaluationDate()).getYears())
                    .isBetween(30, 39);
            assertThat(a.wave()).isEmpty();
            a.domicile()
                    .flatMap(d -> d.regencyCode())
                    .ifPresent(r -> assertThat(r).isIn("3101", "3171", "3172", "3173", "3174", "3175"));
        });
    }

    @Test
    void theSameSeedAndConfigurationGiveTheSameValuesAndGeneratorsAreImmutable() {
        ApplicantGenerator<RawApplicant> base = Applicants.valid();
        ApplicantGenerator<RawApplicant> at4 = base.atWave(4);
        assertThat(base.wave()).isEqualTo(71);
        assertThat(at4.wave()).isEqualTo(4);
        assertThat(at4.samples(9, 40).toList())
                .isEqualTo(Applicants.valid().atWave(4).samples(9, 40).toList());
        assertThat(at4.sample(9)).isEqualTo(at4.sample(9)).isNotEqualTo(at4.sample(10));
        assertThat(at4.breaking(RuleCode.ELIGIBILITY_REVOKED).defect()).hasValue(RuleCode.ELIGIBILITY_REVOKED);
        assertThat(at4.defect()).isEmpty();
        assertThat(at4.expectedCodes()).isEmpty();
    }

    @Test
    void edgeCasesComeFirstAndCoverTheBoundaries() {
        ApplicantGenerator<Applicant> gen = Applicants.validTyped().atWave(48);
        List<Applicant> edges = gen.edgeCases();
        LocalDate day = gen.evaluationDate();
        assertThat(edges).anyMatch(a -> a.birthDate().equals(day.minusYears(18)));
        assertThat(edges)
                .anyMatch(a -> Period.between(a.birthDate(), day).getYears() == 64
                        && a.birthDate().plusYears(65).minusDays(1).equals(day));
        assertThat(edges).anyMatch(a -> a.nik().digits().substring(6, 8).equals("41"));
        assertThat(edges).anyMatch(a -> a.nik().digits().substring(6, 8).equals("71"));
        assertThat(edges)
                .anyMatch(
                        a -> a.birthDate().getMonthValue() == 2 && a.birthDate().getDayOfMonth() == 29);
        for (String legacy : List.of("9101", "9102", "9104", "9271")) {
            assertThat(edges)
                    .anyMatch(a -> a.nik().regencyCode().equals(legacy)
                            && a.province() != a.nik().province());
        }
        assertThat(edges).anyMatch(a -> a.familyCardNumber().issueDate().equals(day));
        assertThat(edges).anyMatch(a -> a.fullName().length() == 200);
        assertThat(edges).anyMatch(a -> a.otherFamilyRecipients() == 1);
        assertThat(gen.samples(1, edges.size()).toList()).isEqualTo(edges);

        List<RawApplicant> minors = Applicants.valid()
                .atWave(18)
                .breaking(RuleCode.ELIGIBILITY_MIN_AGE)
                .edgeCases();
        assertThat(minors.get(0).birthDate()).isEqualTo("2003-08-17"); // wave 18 opened 2021-08-16
        List<RawApplicant> old = Applicants.valid()
                .atWave(18)
                .breaking(RuleCode.ELIGIBILITY_MAX_AGE)
                .edgeCases();
        assertThat(old.get(0).birthDate()).isEqualTo("1956-08-16");
        assertThat(Applicants.valid().atWave(17).edgeCases())
                .noneMatch(r -> r.nik().startsWith("93"));
    }

    @Test
    void aFailingApplicantShrinksToSimplerOnesThatStillMeetTheContract() {
        ApplicantGenerator<RawApplicant> gen = Applicants.valid().atWave(18).withWaveField(false);
        RawApplicant rich = gen.edgeCases().stream()
                .filter(r -> r.domicileProvinceCode() != null && r.occupation() != null)
                .findFirst()
                .orElseThrow();
        List<RawApplicant> simpler = gen.shrink(rich);
        assertThat(simpler).isNotEmpty().allMatch(gen::meetsContract).doesNotContain(rich);
        assertThat(simpler).anyMatch(r -> r.domicileProvinceCode() == null);

        ApplicantGenerator<RawApplicant> minors = Applicants.valid().atWave(18).breaking(RuleCode.ELIGIBILITY_MIN_AGE);
        RawApplicant young = minors.sample(3);
        // the simplest failing minor: shrink until nothing simpler fails, as the runner does
        RawApplicant v = young;
        for (int i = 0; i < 50; i++) {
            List<RawApplicant> s = minors.shrink(v);
            if (s.isEmpty()) {
                break;
            }
            v = s.get(0);
        }
        assertThat(minors.meetsContract(v)).isTrue();
        assertThat(v.birthDate()).isEqualTo("2003-08-17");
        assertThat(v.fullName()).isIn("Budi", "Siti");

        ApplicantGenerator<Applicant> typed =
                Applicants.validTyped().atWave(18).breaking(RuleCode.ELIGIBILITY_CATEGORY);
        Applicant a = typed.sample(4);
        assertThat(a.workforceCategory()).isEmpty();
        assertThat(typed.shrink(a)).allMatch(typed::meetsContract);
    }

    @Test
    void typedApplicantsAreTheParsedRecords() {
        ApplicantGenerator<RawApplicant> raw = Applicants.valid().atWave(18);
        assertThat(raw.typed().sample(8))
                .isEqualTo(ApplicantParser.standard()
                        .parse(raw.sample(8), raw.evaluationDate())
                        .value());
    }

    @Test
    void impossibleConfigurationsAreExplained() {
        assertThatThrownBy(() -> Applicants.valid().atWave(72)).hasMessageContaining("known waves are 1 to 71");
        assertThatThrownBy(() -> Applicants.valid().atWave(2).category(WorkforceCategory.FURLOUGHED))
                .hasMessageContaining("not covered at wave 2");
        assertThatThrownBy(() -> Applicants.valid().atWave(18).ageBetween(70, 80))
                .hasMessageContaining("no eligible age");
        assertThatThrownBy(() -> Applicants.valid().atWave(18).breaking(RuleCode.ELIGIBILITY_CATEGORY))
                .hasMessageContaining("waves 1-3")
                .hasMessageContaining("typed()");
        assertThatThrownBy(() -> Applicants.validTyped().breaking(RuleCode.NIK_FORMAT))
                .hasMessageContaining("raw()");
        assertThatThrownBy(() -> Applicants.valid().atWave(10).breaking(RuleCode.ELIGIBILITY_MAX_AGE))
                .hasMessageContaining("waves 18-71");
        assertThatThrownBy(() -> Applicants.breaking(RuleCode.FEED_DUPLICATE_NIK))
                .hasMessageContaining("Feeds");
        assertThatThrownBy(() -> Applicants.breaking(RuleCode.PARTICIPATION_EVENT_ORDER))
                .hasMessageContaining("not generate yet");
        assertThatThrownBy(() -> Applicants.valid()
                        .atWave(18)
                        .breaking(RuleCode.ELIGIBILITY_MAX_AGE)
                        .atWave(17))
                .hasMessageStartingWith("ELIGIBILITY_MAX_AGE");
        assertThatThrownBy(() -> Applicants.validTyped()
                        .atWave(18)
                        .breaking(RuleCode.ELIGIBILITY_CATEGORY)
                        .raw())
                .hasMessageContaining("ELIGIBILITY_CATEGORY");
    }
}
