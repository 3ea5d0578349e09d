// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;

import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Generated NIKs and family-card numbers: valid ones parse back, invalid ones have exactly their code. */
class IdentifierProperties {

    private static final LocalDate WAVE_18 = LocalDate.of(2021, 8, 16);

    @TestFactory
    Stream<DynamicTest> generatedNiksAreValidAndMaskedEverywhere() {
        return PropertyCheck.forAll(Identifiers.niks()).tries(300).checking(nik -> {
            assertThat(Nik.validate(nik.digits())).isValid();
            assertThat(nik).isNotShownIn(nik.toString()).isNotShownIn(String.valueOf(List.of(nik)));
            assertThat(nik.toString()).matches("\\d{4}\\*{8}\\d{4}");
        });
    }

    @Test
    void nikConfigurationIsRespected() {
        LocalDate from = LocalDate.of(1990, 1, 1);
        LocalDate to = LocalDate.of(1995, 12, 31);
        NikGenerator gen =
                Identifiers.niks().province(Province.JAWA_TIMUR).sex(Sex.FEMALE).bornBetween(from, to);
        PropertyCheck.forAll(gen).tries(200).verify(nik -> {
            assertThat(nik).hasProvince(Province.JAWA_TIMUR).hasSex(Sex.FEMALE);
            LocalDate birth = nik.birthDate(LocalDate.of(2024, 1, 1));
            assertThat(birth).isBetween(from, to);
        });
        PropertyCheck.forAll(Identifiers.niks().regencyCode("9101"))
                .tries(20)
                .verify(nik -> assertThat(nik).hasRegencyCode("9101").hasProvince(Province.PAPUA));
        assertThatThrownBy(() -> Identifiers.niks().regencyCode("0001")).hasMessageContaining("four ASCII digits");
        assertThatThrownBy(() -> Identifiers.niks().bornBetween(to, from)).hasMessageContaining("is after");
    }

    @Test
    void nikEdgeCasesHaveTheBoundaryDaysAndLegacyPrefixes() {
        List<String> digits =
                Identifiers.niks().edgeCases().stream().map(Nik::digits).toList();
        assertThat(digits).anyMatch(d -> d.substring(6, 8).equals("41"));
        assertThat(digits).anyMatch(d -> d.substring(6, 8).equals("71"));
        assertThat(digits).anyMatch(d -> d.substring(6, 8).equals("31"));
        assertThat(digits).anyMatch(d -> d.substring(6, 10).equals("2902"));
        assertThat(digits).anyMatch(d -> d.substring(6, 10).equals("6902"));
        assertThat(digits).anyMatch(d -> d.endsWith("9999"));
        assertThat(digits)
                .anyMatch(d -> d.startsWith("9101"))
                .anyMatch(d -> d.startsWith("9102"))
                .anyMatch(d -> d.startsWith("9104"))
                .anyMatch(d -> d.startsWith("9271"))
                .anyMatch(d -> d.startsWith("11"))
                .anyMatch(d -> d.startsWith("96"));
        assertThat(Identifiers.niks().sex(Sex.MALE).edgeCases()).allMatch(n -> n.sex() == Sex.MALE);
        assertThat(Identifiers.niks().province(Province.PAPUA_SELATAN).edgeCases())
                .allMatch(n -> n.province() == Province.PAPUA_SELATAN);
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidNikHasExactlyItsCode() {
        return Identifiers.nikCodes().stream()
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> {
                    Gen<String> gen = Identifiers.invalidNiks(code);
                    assertThat(gen.edgeCases()).isNotEmpty();
                    PropertyCheck.forAll(gen).tries(300).verify(text -> {
                        assertThat(Nik.validate(text)).hasOnlyViolations(code);
                        assertThat(Nik.validate(text, WAVE_18)).hasOnlyViolations(code);
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidFamilyCardNumberHasExactlyItsCode() {
        return Identifiers.familyCardCodes().stream()
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> {
                    Gen<String> gen = Identifiers.invalidFamilyCardNumbers(code, WAVE_18);
                    assertThat(gen.edgeCases()).isNotEmpty();
                    PropertyCheck.forAll(gen)
                            .tries(300)
                            .verify(text -> assertThat(FamilyCardNumber.validate(text, WAVE_18))
                                    .hasOnlyViolations(code));
                }));
    }

    @Test
    void invalidIdentifierEdgeCasesAreTheDocumentedOnes() {
        assertThat(Identifiers.invalidNiks(RuleCode.NIK_FORMAT).edgeCases())
                .contains("")
                .anyMatch(t -> t.length() == 15)
                .anyMatch(t -> t.length() == 17)
                .anyMatch(t -> t.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669'));
        assertThat(Identifiers.invalidNiks(RuleCode.NIK_REGION).edgeCases())
                .extracting(t -> t.substring(0, 6))
                .containsExactly("007401", "107401", "977401", "997401", "310001", "317400");
        assertThat(Identifiers.invalidFamilyCardNumbers(RuleCode.KK_ISSUE_DATE, WAVE_18)
                        .edgeCases()
                        .get(0))
                .isEqualTo("3174011708210007"); // recorded 2021-08-17, the day after
        assertThatThrownBy(() -> Identifiers.invalidNiks(RuleCode.KK_FORMAT)).hasMessageContaining("NIK_FORMAT");
        assertThatThrownBy(() -> Identifiers.invalidFamilyCardNumbers(RuleCode.KK_REGION, LocalDate.of(1999, 1, 1)))
                .hasMessageContaining("2000-01-01");
    }

    @Test
    void familyCardNumbersAreRecordedWithinTheirRange() {
        FamilyCardNumberGenerator gen = Identifiers.familyCardNumbers()
                .districtCode("317401")
                .recordedBetween(LocalDate.of(2020, 1, 1), WAVE_18);
        PropertyCheck.forAll(gen).tries(200).verify(kk -> {
            assertThat(FamilyCardNumber.validate(kk.digits(), WAVE_18)).isValid();
            assertThat(kk.districtCode()).isEqualTo("317401");
            assertThat(kk.issueDate()).isBetween(LocalDate.of(2020, 1, 1), WAVE_18);
            assertThat(kk.toString()).doesNotContain(kk.digits());
        });
        assertThat(gen.edgeCases())
                .extracting(FamilyCardNumber::issueDate)
                .contains(WAVE_18, LocalDate.of(2020, 2, 29));
        assertThatThrownBy(() -> Identifiers.familyCardNumbers().recordedBetween(LocalDate.of(1999, 1, 1), WAVE_18))
                .hasMessageContaining("20YY");
    }
}
