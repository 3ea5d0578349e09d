// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A key given twice in one object is FIELD_INVALID ("the field once") and the field is left out. */
class DuplicateKeysTest {

    private static BoundRecord<RawApplicant> bind(String json) {
        return RecordBinder.applicants().bind(json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"nik\":\"3174015708990001\",\"nik\":\"3174015708990002\"}",
                "{\"nik\":\"3174015708990001\",\"nik\":\"3174015708990001\"}",
                "{\"nik\":\"3174015708990001\",\"nik\":null}",
                "{\"nik\":null,\"nik\":\"3174015708990001\"}",
                "{\"nik\":\"3174015708990001\",\"nik\":1,\"nik\":\"x\"}",
            })
    void reportsARepeatedKeyOnceAndLeavesTheFieldOut(String json) {
        BoundRecord<RawApplicant> r = bind(json);
        assertThat(r.violations())
                .filteredOn(v -> "the field once".equals(v.arguments().get("expected")))
                .extracting(
                        Violation::code, Violation::field, v -> v.arguments().get("pointer"))
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "nik", "/nik"));
        assertThat(r.value().orElseThrow().nik()).isNull();
    }

    @Test
    void reportsARepeatedDomicileAndLeavesBothCodesOut() {
        BoundRecord<RawApplicant> r =
                bind("{\"domicile\":{\"provinceCode\":\"31\"},\"domicile\":{\"provinceCode\":\"32\"}}");
        assertThat(r.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "domicile"));
        assertThat(r.value().orElseThrow().domicileProvinceCode()).isNull();
    }

    @Test
    void reportsARepeatedKeyInsideDomicileByItsNestedPath() {
        BoundRecord<RawApplicant> r = bind(
                "{\"domicile\":{\"provinceCode\":\"31\",\"regencyCode\":\"3174\",\"provinceCode\":\"32\",\"regencyCode\":\"3174\"}}");
        assertThat(r.violations())
                .extracting(
                        Violation::code, Violation::field, v -> v.arguments().get("expected"))
                .containsExactly(
                        tuple(RuleCode.FIELD_INVALID, "domicile.provinceCode", "the field once"),
                        tuple(RuleCode.FIELD_INVALID, "domicile.regencyCode", "the field once"));
        assertThat(r.value().orElseThrow().domicileProvinceCode()).isNull();
        assertThat(r.value().orElseThrow().domicileRegencyCode()).isNull();
    }

    @Test
    void reportsARepeatedSocialAssistanceArray() {
        BoundRecord<RawApplicant> r = bind("{\"socialAssistance\":[\"BSU\"],\"socialAssistance\":[]}");
        assertThat(r.violations()).extracting(Violation::field).containsExactly("socialAssistance");
        assertThat(r.value().orElseThrow().socialAssistance()).isNull();
    }

    @Test
    void sameNameInDifferentObjectsIsNoDuplicate() {
        assertThat(bind("{\"provinceCode\":\"31\",\"domicile\":{\"provinceCode\":\"31\"}}")
                        .violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_UNKNOWN, "provinceCode"));
    }
}
