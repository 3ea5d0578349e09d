// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.WIRE_SAMPLE;
import static id.prakerja.json.Samples.sampleWith;
import static id.prakerja.json.Samples.sampleWithout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding one applicant record: JSON types, nulls, conversion to raw text. */
class ApplicantBinderTest {

    private static BoundRecord<RawApplicant> bind(String json) {
        return RecordBinder.applicants().bind(json);
    }

    private static Violation only(BoundRecord<RawApplicant> r) {
        assertThat(r.violations()).hasSize(1);
        return r.violations().get(0);
    }

    @Test
    void bindsTheWireSampleToTheRawRecordWithoutViolations() {
        BoundRecord<RawApplicant> r = bind(WIRE_SAMPLE);
        assertThat(r.isClean()).isTrue();
        assertThat(r.isBound()).isTrue();
        assertThat(r.value()).contains(RAW);
    }

    @Test
    void convertsBooleansAndIntegersToTheirTextAsWritten() {
        RawApplicant raw = bind(sampleWith("inFormalEducation", "true")
                        .replace("\"wave\":18", "\"wave\":-0")
                        .replace(
                                "\"otherFamilyRecipients\":0",
                                "\"otherFamilyRecipients\":123456789012345678901234567890"))
                .value()
                .orElseThrow();
        assertThat(raw.inFormalEducation()).isEqualTo("true");
        assertThat(raw.wave()).isEqualTo("-0");
        assertThat(raw.otherFamilyRecipients()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void leavesValueSyntaxToTheCoreParser() {
        BoundRecord<RawApplicant> r = bind(sampleWith("sex", "\"female\"")
                .replace("\"wave\":18", "\"wave\":999")
                .replace("\"birthDate\":\"1999-08-17\"", "\"birthDate\":\"17/08/1999\""));
        assertThat(r.isClean()).isTrue();
        assertThat(r.value().orElseThrow().sex()).isEqualTo("female");
        assertThat(r.value().orElseThrow().wave()).isEqualTo("999");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nik               | 3174015708990001      | a 16-digit string (numbers lose precision above 2^53) | a JSON integer",
                "nik               | 3.174015708990001e15  | a 16-digit string (numbers lose precision above 2^53) | a JSON number with a fraction or exponent",
                "nik               | true                  | a JSON string                                         | a JSON boolean",
                "familyCardNumber  | 3174011203150007      | a 16-digit string (numbers lose precision above 2^53) | a JSON integer",
                "familyCardNumber  | [\"3174011203150007\"]| a JSON string                                         | a JSON array",
                "fullName          | {\"first\":\"Siti\"}  | a JSON string                                         | a JSON object",
                "birthDate         | 19990817              | a JSON string                                         | a JSON integer",
                "sex               | false                 | a JSON string                                         | a JSON boolean",
                "citizenship       | 1                     | a JSON string                                         | a JSON integer",
                "workforceCategory | []                    | a JSON string                                         | a JSON array",
                "occupation        | 2                     | a JSON string                                         | a JSON integer",
                "priorParticipation| true                  | a JSON string                                         | a JSON boolean",
                "inFormalEducation | \"false\"             | a JSON boolean                                        | a JSON string",
                "inFormalEducation | 0                     | a JSON boolean                                        | a JSON integer",
                "otherFamilyRecipients | \"0\"             | a JSON integer                                        | a JSON string",
                "otherFamilyRecipients | 1.0               | a JSON integer                                        | a JSON number with a fraction or exponent",
                "wave              | \"18\"                | a JSON integer                                        | a JSON string",
                "wave              | 18.5                  | a JSON integer                                        | a JSON number with a fraction or exponent",
                "domicile          | \"31\"                | a JSON object                                         | a JSON string",
                "domicile          | [\"31\"]              | a JSON object                                         | a JSON array",
                "socialAssistance  | \"BSU\"               | a JSON array of strings                               | a JSON string",
                "socialAssistance  | {\"0\":\"BSU\"}       | a JSON array of strings                               | a JSON object",
            })
    void reportsAValueOfTheWrongJsonTypeAndLeavesTheFieldOut(String field, String json, String expected, String found) {
        BoundRecord<RawApplicant> r = bind(sampleWith(field, json));
        Violation v = only(r);
        assertThat(v.code()).isEqualTo(RuleCode.FIELD_INVALID);
        assertThat(v.field()).isEqualTo(field);
        assertThat(v.arguments())
                .containsEntry("expected", expected)
                .containsEntry("found", found)
                .containsEntry("pointer", "/" + field);
        assertThat(r.value().orElseThrow()).isEqualTo(Samples.rawWithout(field));
    }

    @Test
    void reportsANikSentAsANumberWithoutEchoingIt() {
        Violation v = only(bind(sampleWith("nik", "3174015708990001")));
        assertThat(v.toString()).doesNotContain("3174015708990001");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nik",
                "familyCardNumber",
                "fullName",
                "birthDate",
                "sex",
                "citizenship",
                "domicile",
                "workforceCategory",
                "inFormalEducation",
                "occupation",
                "socialAssistance",
                "priorParticipation",
                "otherFamilyRecipients",
                "wave"
            })
    void readsNullAsAnAbsentField(String field) {
        BoundRecord<RawApplicant> withNull = bind(sampleWith(field, "null"));
        assertThat(withNull.isClean()).isTrue();
        assertThat(withNull).isEqualTo(bind(sampleWithout(field)));
        assertThat(withNull.value().orElseThrow()).isEqualTo(Samples.rawWithout(field));
    }

    @Test
    void readsNullInsideDomicileAsAbsent() {
        RawApplicant raw = bind(sampleWith("domicile", "{\"provinceCode\":\"31\",\"regencyCode\":null}"))
                .value()
                .orElseThrow();
        assertThat(raw.domicileProvinceCode()).isEqualTo("31");
        assertThat(raw.domicileRegencyCode()).isNull();
    }

    @Test
    void reportsDomicileCodesOfTheWrongTypeByTheirNestedPath() {
        BoundRecord<RawApplicant> r = bind(sampleWith("domicile", "{\"provinceCode\":31,\"regencyCode\":\"3174\"}"));
        Violation v = only(r);
        assertThat(v.code()).isEqualTo(RuleCode.FIELD_INVALID);
        assertThat(v.field()).isEqualTo("domicile.provinceCode");
        assertThat(v.arguments())
                .containsEntry("expected", "a JSON string")
                .containsEntry("pointer", "/domicile/provinceCode");
        assertThat(r.value().orElseThrow().domicileProvinceCode()).isNull();
        assertThat(r.value().orElseThrow().domicileRegencyCode()).isEqualTo("3174");
    }

    @Test
    void reportsEachSocialAssistanceElementOfTheWrongTypeByIndexAndKeepsLaterIndices() {
        BoundRecord<RawApplicant> r = bind(sampleWith("socialAssistance", "[\"PKH\", 7, null, [\"BSU\"], \"BPNT\"]"));
        assertThat(r.violations())
                .extracting(
                        Violation::code, Violation::field, v -> v.arguments().get("pointer"))
                .containsExactly(
                        tuple(RuleCode.FIELD_INVALID, "socialAssistance[1]", "/socialAssistance/1"),
                        tuple(RuleCode.FIELD_INVALID, "socialAssistance[2]", "/socialAssistance/2"),
                        tuple(RuleCode.FIELD_INVALID, "socialAssistance[3]", "/socialAssistance/3"));
        assertThat(r.value().orElseThrow().socialAssistance()).containsExactly("PKH", "", "", "", "BPNT");
    }

    @Test
    void keepsAnEmptySocialAssistanceArrayDistinctFromAnAbsentOne() {
        assertThat(bind(sampleWith("socialAssistance", "[]"))
                        .value()
                        .orElseThrow()
                        .socialAssistance())
                .isEmpty();
        assertThat(bind(sampleWithout("socialAssistance")).value().orElseThrow().socialAssistance())
                .isNull();
    }

    @Test
    void bindsAnEmptyObjectToAnEmptyRawRecord() {
        BoundRecord<RawApplicant> r = bind("{}");
        assertThat(r.isClean()).isTrue();
        assertThat(r.value()).contains(RawApplicant.builder().build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[]                        | expected a JSON object, found a JSON array at line 1, column 1",
                "\"3174015708990001\"      | expected a JSON object, found a JSON string at line 1, column 1",
                "42                        | expected a JSON object, found a JSON integer at line 1, column 1",
                "null                      | expected a JSON object, found null at line 1, column 1",
                "'   '                     | expected a JSON object, found the end of input at line 1, column 4",
                "{} {}                     | content after the record: a JSON object at line 1, column 4",
            })
    void reportsAnythingButOneObjectAsMalformed(String json, String detail) {
        BoundRecord<RawApplicant> r = bind(json);
        assertThat(r.isBound()).isFalse();
        assertThat(r.value()).isEmpty();
        Violation v = only(r);
        assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat(v.field()).isEmpty();
        assertThat(v.arguments()).containsEntry("detail", detail);
    }

    @Test
    void reportsTruncatedJsonAsMalformedWithItsPosition() {
        Violation v = only(bind("{\"nik\": \"3174015708990001\",\n \"fullName\": \"Siti"));
        assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat(v.arguments()).containsEntry("line", 2L).containsKey("column");
        assertThat((String) v.arguments().get("detail"))
                .contains("end-of-input")
                .endsWith("at line 2, column 19");
    }

    @Test
    void masksLongDigitRunsThatJacksonQuotesInItsMessage() {
        Violation v = only(bind("{\"nik\": x3174015708990001}"));
        assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat((String) v.arguments().get("detail"))
                .doesNotContain("3174015708990001")
                .contains("3174********0001");
    }

    @Test
    void reportsInvalidUtf8AndNulBytesAsMalformed() {
        byte[] bad = Samples.utf8("{\"fullName\":\"Siti X\"}");
        bad[17] = (byte) 0xC3; // a lead byte followed by '"', not a continuation byte
        Violation v = only(RecordBinder.applicants().bind(bad));
        assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat(v.arguments()).containsEntry("detail", "invalid UTF-8 (byte 0xC3) at line 1, column 18");

        byte[] nul = Samples.utf8("\0\0\0{}");
        assertThat(only(RecordBinder.applicants().bind(nul)).arguments())
                .containsEntry("detail", "NUL byte at line 1, column 1");
    }

    @Test
    void reportsAnUnpairedSurrogateInTextAsMalformed() {
        Violation v = only(bind("{\"fullName\":\"Siti \uD800\"}"));
        assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat(v.arguments()).containsEntry("detail", "an unpaired surrogate at line 1, column 19");
    }

    @Test
    void acceptsAByteOrderMarkAndNonAsciiText() {
        byte[] bom = Samples.utf8("\uFEFF{\"fullName\":\"Siti Aminah \uD83D\uDE00 \u00e9\"}");
        BoundRecord<RawApplicant> r = RecordBinder.applicants().bind(bom);
        assertThat(r.isClean()).isTrue();
        assertThat(r.value().orElseThrow().fullName()).isEqualTo("Siti Aminah \uD83D\uDE00 \u00e9");
    }

    @Test
    void bindsARangeOfABiggerArray() {
        byte[] bytes = Samples.utf8("xx{\"sex\":\"MALE\"}yy");
        assertThat(RecordBinder.applicants()
                        .bind(bytes, 2, bytes.length - 4)
                        .value()
                        .orElseThrow()
                        .sex())
                .isEqualTo("MALE");
        assertThatThrownBy(() -> RecordBinder.applicants().bind(bytes, 2, bytes.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void reusesTheStandardBinderForDefaultOptions() {
        assertThat(RecordBinder.applicants(ReadOptions.defaults())).isSameAs(RecordBinder.applicants());
        assertThat(RecordBinder.applicants(ReadOptions.defaults().withStrict(false))
                        .options()
                        .strict())
                .isFalse();
    }

    @Test
    void collectsEveryProblemOfARecordInDocumentOrder() {
        String json = "{\"nik\":3174015708990001,\"foo\":1,\"sex\":\"FEMALE\",\"sex\":\"MALE\",\"wave\":\"18\"}";
        assertThat(bind(json).violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(
                        tuple(RuleCode.FIELD_INVALID, "nik"),
                        tuple(RuleCode.FIELD_UNKNOWN, "foo"),
                        tuple(RuleCode.FIELD_INVALID, "sex"),
                        tuple(RuleCode.FIELD_INVALID, "wave"));
        assertThat(bind(json).value().orElseThrow().nik()).isNull();
        assertThat(bind(json).value().orElseThrow().sex()).isNull();
    }
}
