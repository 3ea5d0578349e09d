// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.DATE;
import static id.prakerja.json.Samples.WIRE_SAMPLE;
import static id.prakerja.json.Samples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Severity;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Combining binding violations with the core parser's, without duplicates. */
class BoundRecordTest {

    private static Validated<Applicant> parse(String json) {
        return RecordBinder.applicants()
                .bind(json)
                .parse(raw -> ApplicantParser.standard().parse(raw, DATE));
    }

    @Test
    void aCleanValidRecordParsesToTheApplicant() {
        Validated<Applicant> v = parse(WIRE_SAMPLE);
        assertThat(v.isValid()).isTrue();
        assertThat(v.value().nik().digits()).isEqualTo("3174015708990001");
    }

    @Test
    void aNikSentAsANumberIsReportedOnceNotAlsoAsMissing() {
        Validated<Applicant> v = parse(sampleWith("nik", "3174015708990001"));
        assertThat(v.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "nik"));
    }

    @Test
    void nullForARequiredFieldIsFieldRequiredFromTheParser() {
        Validated<Applicant> v = parse(sampleWith("sex", "null"));
        assertThat(v.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_REQUIRED, "sex"));
    }

    @Test
    void bindingViolationsComeFirstThenTheParsersOnOtherFields() {
        String json = sampleWith("wave", "\"18\"").replace("\"sex\":\"FEMALE\"", "\"sex\":\"female\"");
        Validated<Applicant> v = parse(json);
        assertThat(v.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "wave"), tuple(RuleCode.FIELD_INVALID, "sex"));
    }

    @Test
    void aWrongTypedArrayElementIsReportedOnceAtItsIndexAndLaterElementsKeepTheirIndex() {
        Validated<Applicant> v = parse(sampleWith("socialAssistance", "[1, \"BSU\", \"NOPE\"]"));
        assertThat(v.violations())
                .extracting(
                        Violation::code, Violation::field, x -> x.arguments().get("expected"))
                .containsExactly(
                        tuple(RuleCode.FIELD_INVALID, "socialAssistance[0]", "a JSON string"),
                        tuple(
                                RuleCode.FIELD_INVALID,
                                "socialAssistance[2]",
                                "DTKS_BANSOS, PKH, BPNT, BSU, BPUM, BST, KIS"));
    }

    @Test
    void aWrongTypedDomicileSuppressesTheParsersViolationsBeneathIt() {
        Validated<Applicant> v = parse(sampleWith("domicile", "{\"provinceCode\":31,\"regencyCode\":\"3174\"}"));
        assertThat(v.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "domicile.provinceCode"));
    }

    @Test
    void anUnknownFieldMakesAnOtherwiseValidRecordInvalid() {
        Validated<Applicant> v = parse(sampleWith("nickname", "\"Siti\""));
        assertThat(v.isValid()).isFalse();
        assertThat(v.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_UNKNOWN, "nickname"));
    }

    @Test
    void anUnreadableRecordIsInvalidWithoutCallingTheParser() {
        AtomicBoolean called = new AtomicBoolean();
        Validated<Applicant> v = RecordBinder.applicants().bind("[1]").parse(raw -> {
            called.set(true);
            return ApplicantParser.standard().parse(raw, DATE);
        });
        assertThat(called).isFalse();
        assertThat(v.violations()).extracting(Violation::code).containsExactly(RuleCode.RECORD_MALFORMED);
    }

    @Test
    void toValidatedIsValidOnlyWithoutBindingErrors() {
        assertThat(RecordBinder.applicants().bind(WIRE_SAMPLE).toValidated().isValid())
                .isTrue();
        assertThat(RecordBinder.applicants().bind("{\"x\":1}").toValidated().isValid())
                .isFalse();
        assertThat(RecordBinder.applicants().bind("1").toValidated().isValid()).isFalse();
    }

    @Test
    void keepsParserWarningsOnAValidRecord() {
        Violation warning = Violation.of(RuleCode.FIELD_INVALID, "fullName")
                .argument("expected", "x")
                .severity(Severity.WARNING)
                .build();
        BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(WIRE_SAMPLE);
        Validated<String> v = bound.parse(raw -> Validated.valid("ok", List.of(warning)));
        assertThat(v.isValid()).isTrue();
        assertThat(v.violations()).containsExactly(warning);
    }

    @Test
    void anUnreadableRecordNeedsARecordLevelError() {
        assertThatThrownBy(() -> BoundRecord.unreadable(
                        Violation.of(RuleCode.NIK_SERIAL, "nik").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsByValueAndViolations() {
        assertThat(RecordBinder.applicants().bind(WIRE_SAMPLE))
                .isEqualTo(RecordBinder.applicants().bind(Samples.LINE))
                .hasSameHashCodeAs(RecordBinder.applicants().bind(Samples.LINE));
        assertThat(RecordBinder.applicants().bind("1").toString()).startsWith("Unreadable[RECORD_MALFORMED");
        assertThat(RecordBinder.applicants().bind(WIRE_SAMPLE).toString())
                .startsWith("Bound[")
                .doesNotContain("3174015708990001");
    }

    @Test
    void anInvalidRecordWasReadButHasNoValue() {
        Violation required = Violation.of(RuleCode.FIELD_REQUIRED, "nik").build();
        BoundRecord<String> invalid = BoundRecord.invalid(List.of(required));
        assertThat(invalid.isBound()).isFalse();
        assertThat(invalid.isReadable()).isTrue();
        assertThat(invalid.value()).isEmpty();
        assertThat(invalid.toValidated().isValid()).isFalse();
        assertThat(invalid.parse(s -> Validated.valid(s.length())).violations()).containsExactly(required);
        assertThat(invalid.toString()).startsWith("Invalid[FIELD_REQUIRED");
        assertThat(invalid).isNotEqualTo(BoundRecord.unreadable(required));
        assertThat(BoundRecord.unreadable(required).isReadable()).isFalse();
        assertThat(RecordBinder.applicants().bind(WIRE_SAMPLE).isReadable()).isTrue();
    }

    @Test
    void anInvalidRecordNeedsAnError() {
        Violation warning = Violation.of(RuleCode.FIELD_UNKNOWN, "x")
                .severity(Severity.WARNING)
                .build();
        assertThatThrownBy(() -> BoundRecord.invalid(List.of(warning))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoundRecord.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
