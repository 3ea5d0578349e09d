// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "''                       | ''",
                "nik                      | /nik",
                "domicile.provinceCode    | /domicile/provinceCode",
                "socialAssistance[1]      | /socialAssistance/1",
                "applicants[3].domicile.regencyCode | /applicants/3/domicile/regencyCode",
                "grid[1][2]               | /grid/1/2",
                "a/b~c                    | /a~1b~0c",
            })
    void convertsAFieldPathToAJsonPointer(String path, String pointer) {
        assertThat(JsonPointers.fromFieldPath(path)).isEqualTo(pointer);
    }

    @Test
    void prefersThePointerArgumentOfABindingViolation() {
        Violation bound = RecordBinder.applicants()
                .bind("{\"domicile\":{\"provinceCode\":31}}")
                .violations()
                .get(0);
        assertThat(JsonPointers.of(bound)).isEqualTo("/domicile/provinceCode");
        assertThat(bound.arguments()).containsEntry(JsonPointers.ARGUMENT, "/domicile/provinceCode");
    }

    @Test
    void derivesThePointerOfACoreViolationFromItsPath() {
        Violation core = Violation.of(RuleCode.FIELD_INVALID, "socialAssistance[2]")
                .argument("expected", "x")
                .build();
        assertThat(JsonPointers.of(core)).isEqualTo("/socialAssistance/2");
        assertThat(JsonPointers.of(Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                        .argument("limit", "x")
                        .build()))
                .isEmpty();
    }
}
