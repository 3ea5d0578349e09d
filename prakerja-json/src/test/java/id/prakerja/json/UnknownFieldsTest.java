// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Fields the wire format does not define: reported when strict (the default), ignored when lenient. */
class UnknownFieldsTest {

    private static final RecordBinder<RawApplicant> STRICT = RecordBinder.applicants();
    private static final RecordBinder<RawApplicant> LENIENT =
            RecordBinder.applicants(ReadOptions.defaults().withStrict(false));

    @Test
    void strictIsTheDefault() {
        assertThat(ReadOptions.defaults().strict()).isTrue();
    }

    @Test
    void reportsAnUnknownTopLevelFieldWhenStrictAndStillBindsTheRest() {
        BoundRecord<RawApplicant> r = STRICT.bind(sampleWith("nickname", "{\"deep\":[1,2,{\"x\":null}]}"));
        assertThat(r.violations())
                .extracting(
                        Violation::code, Violation::field, v -> v.arguments().get("pointer"))
                .containsExactly(tuple(RuleCode.FIELD_UNKNOWN, "nickname", "/nickname"));
        assertThat(r.value()).contains(RAW);
    }

    @Test
    void reportsAnUnknownFieldInsideDomicileByItsNestedPath() {
        BoundRecord<RawApplicant> r =
                STRICT.bind(sampleWith("domicile", "{\"provinceCode\":\"31\",\"villageCode\":\"3174011001\"}"));
        assertThat(r.violations())
                .extracting(
                        Violation::code, Violation::field, v -> v.arguments().get("pointer"))
                .containsExactly(tuple(RuleCode.FIELD_UNKNOWN, "domicile.villageCode", "/domicile/villageCode"));
        assertThat(r.value().orElseThrow().domicileProvinceCode()).isEqualTo("31");
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevelWhenLenient() {
        String json = sampleWith("nickname", "\"Siti\"")
                .replace("\"provinceCode\":\"31\"", "\"provinceCode\":\"31\",\"villageCode\":\"x\"");
        BoundRecord<RawApplicant> r = LENIENT.bind(json);
        assertThat(r.isClean()).isTrue();
        assertThat(r.value()).contains(RAW);
    }

    @Test
    void lenientModeStillReportsWrongTypesAndDuplicateKnownKeys() {
        BoundRecord<RawApplicant> r = LENIENT.bind("{\"x\":1,\"x\":2,\"nik\":1,\"sex\":\"MALE\",\"sex\":\"MALE\"}");
        assertThat(r.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "nik"), tuple(RuleCode.FIELD_INVALID, "sex"));
    }

    @Test
    void escapesTheJsonPointerOfAnOddName() {
        Violation v = STRICT.bind("{\"a/b~c.d\":1}").violations().get(0);
        assertThat(v.field()).isEqualTo("a/b~c.d");
        assertThat(v.arguments()).containsEntry("pointer", "/a~1b~0c.d");
        assertThat(JsonPointers.of(v)).isEqualTo("/a~1b~0c.d");
    }

    @Test
    void reportsAnUnknownFieldRepeatedInOneObjectAsUnknownThenOnceAsRepeated() {
        assertThat(STRICT.bind("{\"x\":1,\"x\":2,\"x\":3}").violations())
                .extracting(
                        Violation::code, Violation::field, v -> v.arguments().get("expected"))
                .containsExactly(
                        tuple(RuleCode.FIELD_UNKNOWN, "x", null), tuple(RuleCode.FIELD_INVALID, "x", "the field once"));
    }

    @Test
    void matchesFieldNamesExactly() {
        assertThat(STRICT.bind("{\"NIK\":\"3174015708990001\",\"full_name\":\"Siti\"}")
                        .violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_UNKNOWN, "NIK"), tuple(RuleCode.FIELD_UNKNOWN, "full_name"));
    }
}
