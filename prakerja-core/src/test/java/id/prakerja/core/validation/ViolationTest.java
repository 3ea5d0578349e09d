// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static final LegalReference PERPRES =
            LegalReference.regulation("Perpres 36/2020", "Pasal 4", "Syarat peserta");

    @Test
    void carriesCodeFieldArgumentsReferenceAndSeverity() {
        Violation v = Violation.of(RuleCode.ELIGIBILITY_MIN_AGE, "birthDate")
                .argument("age", 17)
                .argument("minimumAge", 18)
                .legalReference(PERPRES)
                .build();
        assertThat(v.code()).isEqualTo(RuleCode.ELIGIBILITY_MIN_AGE);
        assertThat(v.field()).isEqualTo("birthDate");
        assertThat(v.arguments())
                .containsExactly(java.util.Map.entry("age", 17), java.util.Map.entry("minimumAge", 18));
        assertThat(v.legalReference()).contains(PERPRES);
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.isError()).isTrue();
        assertThat(v).hasToString("ELIGIBILITY_MIN_AGE at birthDate {age=17, minimumAge=18}");
    }

    @Test
    void aCodeNeedsItsDeclaredArguments() {
        assertThatThrownBy(() -> Violation.of(RuleCode.ELIGIBILITY_MIN_AGE, "birthDate")
                        .argument("age", 17)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("minimumAge");
    }

    @Test
    void argumentsAreLimitedToJsonFriendlyTypes() {
        assertThatThrownBy(() -> Violation.of(RuleCode.FIELD_INVALID, "x")
                        .argument("expected", List.of("a"))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unsupported type");
        Violation ok = Violation.of(RuleCode.FIELD_INVALID, "x")
                .argument("expected", "YYYY-MM-DD")
                .argument("date", LocalDate.of(2020, 1, 1))
                .argument("big", 1L)
                .argument("flag", true)
                .argument("severity", Severity.WARNING)
                .build();
        assertThat(ok.arguments()).hasSize(5);
    }

    @Test
    void nullsAreRejectedAtOnce() {
        assertThatThrownBy(() -> Violation.of(RuleCode.FIELD_INVALID, "x").argument("expected", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Violation.of(null, "x").build()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBuilderUsedAgainAfterBuildDoesNotChangeWhatItBuilt() {
        Violation.Builder b = Violation.of(RuleCode.ELIGIBILITY_MIN_AGE, "birthDate")
                .argument("age", 17)
                .argument("minimumAge", 18);
        Violation first = b.build();
        Violation second = b.argument("age", 16).argument("note", "x").build();
        assertThat(first.arguments())
                .containsExactly(java.util.Map.entry("age", 17), java.util.Map.entry("minimumAge", 18));
        assertThat(second.arguments())
                .containsExactly(
                        java.util.Map.entry("age", 16),
                        java.util.Map.entry("minimumAge", 18),
                        java.util.Map.entry("note", "x"));
        assertThatThrownBy(() -> first.arguments().put("age", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void coversItsFieldAndThePathsBeneathIt() {
        java.util.function.Function<String, Violation> on =
                f -> Violation.of(RuleCode.FIELD_UNKNOWN, f).build();
        assertThat(on.apply("domicile").covers("domicile")).isTrue();
        assertThat(on.apply("domicile").covers("domicile.provinceCode")).isTrue();
        assertThat(on.apply("socialAssistance").covers("socialAssistance[3]")).isTrue();
        assertThat(on.apply("nik").covers("nikName")).isFalse();
        assertThat(on.apply("").covers("nik")).isFalse();
        assertThat(on.apply("socialAssistance[1]").covers("socialAssistance[10]"))
                .isFalse();
    }

    @Test
    void whatAReaderReportedIsReportedOnce() {
        Violation nikNotAString = Violation.of(RuleCode.FIELD_INVALID, "nik")
                .argument("expected", "a JSON string")
                .build();
        Violation nikRequired = Violation.of(RuleCode.FIELD_REQUIRED, "nik").build();
        Violation domicile = Violation.of(RuleCode.FIELD_INVALID, "domicile")
                .argument("expected", "a JSON object")
                .build();
        Violation province =
                Violation.of(RuleCode.FIELD_REQUIRED, "domicile.provinceCode").build();
        Violation name = Violation.of(RuleCode.FIELD_REQUIRED, "fullName").build();
        Violation record = Violation.of(RuleCode.RECORD_MALFORMED, "")
                .argument("detail", "not an object")
                .build();

        assertThat(Violation.reportedOnce(List.of(nikNotAString, domicile), List.of(nikRequired, name, province)))
                .containsExactly(nikNotAString, domicile, name);
        assertThat(Violation.reportedOnce(List.of(record), List.of(nikRequired)))
                .containsExactly(record, nikRequired);
        assertThat(Violation.reportedOnce(List.of(), List.of(nikRequired, name)))
                .containsExactly(nikRequired, name);
        assertThatThrownBy(
                        () -> Violation.reportedOnce(List.of(name), List.of()).add(name))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRecordLevelViolationHasAnEmptyField() {
        Violation v = Violation.of(RuleCode.COOPERATION_OBJECTIVES);
        assertThat(v.field()).isEmpty();
        assertThat(v).hasToString("COOPERATION_OBJECTIVES");
    }

    @Test
    void canBeMovedUnderAnotherPath() {
        Violation v = Violation.of(RuleCode.NIK_SERIAL, "nik").build();
        assertThat(v.nestedUnder("applicant").field()).isEqualTo("applicant.nik");
        assertThat(v.nestedUnder("")).isSameAs(v);
        assertThat(Violation.of(RuleCode.COOPERATION_OBJECTIVES)
                        .nestedUnder("agreement")
                        .field())
                .isEqualTo("agreement");
        assertThat(v.onField("applicants[2].nik").field()).isEqualTo("applicants[2].nik");
    }

    @Test
    void equalityIsByValue() {
        Violation a = Violation.of(RuleCode.NIK_SERIAL, "nik").build();
        Violation b = Violation.of(RuleCode.NIK_SERIAL, "nik").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a)
                .isNotEqualTo(
                        Violation.of(RuleCode.NIK_SERIAL, "familyCardNumber").build());
        Violation warning = Violation.of(RuleCode.NIK_SERIAL, "nik")
                .severity(Severity.WARNING)
                .build();
        assertThat(warning).isNotEqualTo(a);
        assertThat(warning.isError()).isFalse();
        assertThat(warning.toString()).endsWith("(WARNING)");
    }

    @Test
    void findLooksCodesUpByName() {
        assertThat(RuleCode.find("NIK_SERIAL")).contains(RuleCode.NIK_SERIAL);
        assertThat(RuleCode.find("nik_serial")).isEmpty();
        assertThat(RuleCode.find("")).isEmpty();
        assertThat(RuleCode.find(null)).isEmpty();
        for (RuleCode c : RuleCode.values()) {
            assertThat(c.meaning()).isNotBlank();
        }
    }
}
