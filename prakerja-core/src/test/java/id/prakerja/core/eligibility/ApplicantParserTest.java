// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicantParserTest {

    private static final LocalDate REF = LocalDate.of(2021, 8, 16);
    private static final ApplicantParser PARSER = ApplicantParser.standard();

    private static Validated<Applicant> parse(RawApplicant raw) {
        return PARSER.parse(raw, REF);
    }

    private static List<String> problems(RawApplicant raw) {
        return parse(raw).violations().stream()
                .map(v -> v.code() + "@" + v.field())
                .toList();
    }

    @Test
    void parsesAFullRecord() {
        Applicant a = parse(Fixtures.rawSiti()
                        .socialAssistance(List.of("BSU", "PKH", "BSU"))
                        .wave("18")
                        .build())
                .value();
        assertThat(a.nik().digits()).isEqualTo(Fixtures.SITI_NIK);
        assertThat(a.familyCardNumber().digits()).isEqualTo(Fixtures.SITI_KK);
        assertThat(a.fullName()).isEqualTo("Siti Aminah");
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(1999, 8, 17));
        assertThat(a.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a.citizenship()).isEqualTo(Citizenship.WNI);
        assertThat(a.domicile()).contains(Domicile.of(Province.DKI_JAKARTA, "3174"));
        assertThat(a.workforceCategory()).contains(WorkforceCategory.JOB_SEEKER);
        assertThat(a.inFormalEducation()).isFalse();
        assertThat(a.occupation()).isEqualTo(Occupation.PRIVATE_EMPLOYEE);
        assertThat(a.socialAssistance()).containsExactlyInAnyOrder(SocialAssistance.BSU, SocialAssistance.PKH);
        assertThat(a.priorParticipation()).isEqualTo(PriorParticipation.NONE);
        assertThat(a.otherFamilyRecipients()).isZero();
        assertThat(a.wave()).hasValue(18);
        assertThat(a.province()).isEqualTo(Province.DKI_JAKARTA);
    }

    @Test
    void appliesDefaultsForOptionalFields() {
        Applicant a = parse(Fixtures.rawSiti()
                        .occupation(null)
                        .priorParticipation(null)
                        .otherFamilyRecipients(null)
                        .domicileProvinceCode(null)
                        .domicileRegencyCode(null)
                        .build())
                .value();
        assertThat(a.occupation()).isEqualTo(Occupation.OTHER);
        assertThat(a.priorParticipation()).isEqualTo(PriorParticipation.NONE);
        assertThat(a.otherFamilyRecipients()).isZero();
        assertThat(a.socialAssistance()).isEmpty();
        assertThat(a.domicile()).isEmpty();
        assertThat(a.wave()).isEmpty();
        assertThat(a.province()).isEqualTo(Province.DKI_JAKARTA); // from the NIK
    }

    @Test
    void reportsEveryMissingRequiredFieldAtOnce() {
        assertThat(problems(RawApplicant.builder().build()))
                .containsExactly(
                        "FIELD_REQUIRED@nik",
                        "FIELD_REQUIRED@familyCardNumber",
                        "FIELD_REQUIRED@fullName",
                        "FIELD_REQUIRED@birthDate",
                        "FIELD_REQUIRED@sex",
                        "FIELD_REQUIRED@citizenship",
                        "FIELD_REQUIRED@workforceCategory",
                        "FIELD_REQUIRED@inFormalEducation");
    }

    @Test
    void reportsEveryInvalidValueAtOnceWithWhatWasExpected() {
        RawApplicant raw = Fixtures.rawSiti()
                .nik("3174015708990000")
                .familyCardNumber("317401120315")
                .fullName("x".repeat(201))
                .birthDate("17-08-1999")
                .sex("F")
                .citizenship("wni")
                .domicileProvinceCode("20")
                .workforceCategory("STUDENT")
                .inFormalEducation("no")
                .occupation("ASN")
                .socialAssistance(List.of("BSU", "KIP"))
                .priorParticipation("YES")
                .otherFamilyRecipients("-1")
                .wave("72")
                .build();
        List<Violation> v = parse(raw).violations();
        assertThat(v.stream().map(x -> x.code() + "@" + x.field()))
                .containsExactly(
                        "NIK_SERIAL@nik",
                        "KK_FORMAT@familyCardNumber",
                        "FIELD_INVALID@fullName",
                        "FIELD_INVALID@birthDate",
                        "FIELD_INVALID@sex",
                        "FIELD_INVALID@citizenship",
                        "FIELD_INVALID@domicile.provinceCode",
                        "FIELD_INVALID@workforceCategory",
                        "FIELD_INVALID@inFormalEducation",
                        "FIELD_INVALID@occupation",
                        "FIELD_INVALID@socialAssistance[1]",
                        "FIELD_INVALID@priorParticipation",
                        "FIELD_INVALID@otherFamilyRecipients",
                        "FIELD_INVALID@wave");
        assertThat(v.get(4).arguments()).containsEntry("expected", "MALE, FEMALE");
        assertThat(v.get(13).arguments()).containsEntry("expected", "a wave number from 1 to 71");
        assertThat(v.toString()).doesNotContain("3174015708990000");
    }

    @ParameterizedTest
    @CsvSource({
        "1999-8-17",
        "1999-08-17T00:00",
        "+1999-08-17",
        "1999-02-29",
        "1899-12-31",
        "2021-08-17",
        "１999-08-17",
        "''"
    })
    void rejectsBirthDatesThatAreNotIsoDatesInRange(String birth) {
        assertThat(problems(Fixtures.rawSiti().birthDate(birth).build())).contains("FIELD_INVALID@birthDate");
    }

    @Test
    void acceptsABirthDateOnTheReferenceDate() {
        // born on the reference day: the date is fine; eligibility (age) is another matter
        RawApplicant raw = Fixtures.rawSiti()
                .nik("3174011608210001")
                .birthDate("2021-08-16")
                .sex("MALE")
                .build();
        assertThat(parse(raw).isValid()).isTrue();
    }

    @Test
    void checksTheNikAndFamilyCardAgainstTheReferenceDate() {
        // NIK birth date 17-08-21: 2021-08-17 is after the reference, 1921-08-17 is before: valid NIK
        // but then the declared birth date 2021-08-17 is after the reference
        assertThat(problems(Fixtures.rawSiti()
                        .nik("3174011708210001")
                        .sex("MALE")
                        .birthDate("2021-08-17")
                        .build()))
                .containsExactly("FIELD_INVALID@birthDate");
        // family card recorded on 17 Aug 2021, after the reference date
        assertThat(problems(
                        Fixtures.rawSiti().familyCardNumber("3174011708210007").build()))
                .containsExactly("KK_ISSUE_DATE@familyCardNumber");
    }

    @Test
    void reportsNikMismatchesOnlyWhenBothFieldsAreValid() {
        assertThat(problems(Fixtures.rawSiti().birthDate("1999-08-18").build()))
                .containsExactly("NIK_BIRTH_DATE_MISMATCH@birthDate");
        assertThat(problems(Fixtures.rawSiti().birthDate("1899-08-17").build()))
                .containsExactly("FIELD_INVALID@birthDate");
        Violation sex =
                parse(Fixtures.rawSiti().sex("MALE").build()).violations().get(0);
        assertThat(sex.code()).isEqualTo(RuleCode.NIK_SEX_MISMATCH);
        assertThat(sex.field()).isEqualTo("sex");
        assertThat(sex.arguments()).containsEntry("sex", Sex.MALE);
        assertThat(problems(Fixtures.rawSiti()
                        .nik("123")
                        .sex("MALE")
                        .birthDate("2000-01-01")
                        .build()))
                .containsExactly("NIK_FORMAT@nik");
        // a century apart matches: only DDMMYY is in the NIK, and 1899 is out of range anyway
        assertThat(problems(Fixtures.rawSiti().birthDate("2099-08-17").build()))
                .containsExactly("FIELD_INVALID@birthDate");
    }

    @Test
    void treatsABlankNameAsMissingAndKeepsWhitespaceOtherwise() {
        assertThat(problems(Fixtures.rawSiti().fullName("   ").build())).containsExactly("FIELD_REQUIRED@fullName");
        assertThat(parse(Fixtures.rawSiti().fullName(" Siti ").build()).value().fullName())
                .isEqualTo(" Siti ");
        assertThat(parse(Fixtures.rawSiti().fullName("x".repeat(200)).build()).isValid())
                .isTrue();
    }

    @Test
    void checksTheDomicile() {
        assertThat(problems(Fixtures.rawSiti().domicileRegencyCode("3274").build()))
                .containsExactly("FIELD_INVALID@domicile.regencyCode");
        assertThat(problems(Fixtures.rawSiti().domicileRegencyCode("31x4").build()))
                .containsExactly("FIELD_INVALID@domicile.regencyCode");
        assertThat(problems(Fixtures.rawSiti().domicileProvinceCode(null).build()))
                .containsExactly("FIELD_REQUIRED@domicile.provinceCode");
        assertThat(parse(Fixtures.rawSiti().domicileRegencyCode(null).build())
                        .value()
                        .domicile())
                .contains(Domicile.of(Province.DKI_JAKARTA));
    }

    @Test
    void readsTheRecordWave() {
        assertThat(PARSER.recordWave(Fixtures.rawSiti().wave("18").build())).hasValue(18);
        assertThat(PARSER.recordWave(Fixtures.rawSiti().wave("0").build())).isEmpty();
        assertThat(PARSER.recordWave(Fixtures.rawSiti().wave("x").build())).isEmpty();
        assertThat(PARSER.recordWave(Fixtures.rawSiti().build())).isEmpty();
    }

    @Test
    void rawToStringMasksPersonalNumbers() {
        String s = Fixtures.rawSiti().build().toString();
        assertThat(s)
                .contains("3174********0001")
                .doesNotContain(Fixtures.SITI_NIK)
                .doesNotContain(Fixtures.SITI_KK);
        assertThat(RawApplicant.builder().build().toString()).contains("nik=null");
        assertThat(parse(Fixtures.rawSiti().build()).value().toString())
                .doesNotContain(Fixtures.SITI_NIK)
                .doesNotContain(Fixtures.SITI_KK);
    }

    @Test
    void everyEnumNameIsAccepted() {
        for (WorkforceCategory c : WorkforceCategory.values()) {
            assertThat(parse(Fixtures.rawSiti().workforceCategory(c.name()).build())
                            .isValid())
                    .isTrue();
        }
        for (Occupation o : Occupation.values()) {
            assertThat(parse(Fixtures.rawSiti().occupation(o.name()).build()).isValid())
                    .isTrue();
        }
        assertThat(parse(Fixtures.rawSiti()
                                .socialAssistance(Arrays.stream(SocialAssistance.values())
                                        .map(Enum::name)
                                        .toList())
                                .build())
                        .value()
                        .socialAssistance())
                .hasSize(SocialAssistance.values().length)
                .contains(SocialAssistance.BST, SocialAssistance.KIS);
    }
}
