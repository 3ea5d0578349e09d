// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.WIRE_SAMPLE;
import static id.prakerja.json.Samples.mapper;
import static id.prakerja.json.Samples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.RawApplicant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** {@code mapper.readValue(json, RawApplicant.class)}. */
class RawApplicantDeserializerTest {

    @Test
    void readsTheWireSample() {
        assertThat(mapper().readValue(WIRE_SAMPLE, RawApplicant.class)).isEqualTo(RAW);
    }

    @Test
    void readsApplicantsNestedInOtherStructures() {
        List<RawApplicant> list = mapper().readValue("[" + WIRE_SAMPLE + ", null]", new TypeReference<>() {});
        assertThat(list).containsExactly(RAW, null);
    }

    @Test
    void readsNullAsNull() {
        assertThat(mapper().readValue("null", RawApplicant.class)).isNull();
    }

    @Test
    void failsOnAWrongTypeNamingTheViolation() {
        assertThatThrownBy(() -> mapper().readValue(sampleWith("nik", "3174015708990001"), RawApplicant.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("FIELD_INVALID at nik")
                .hasMessageContaining("a 16-digit string")
                .hasMessageNotContaining("3174015708990001");
    }

    @Test
    void failsOnUnknownFieldsUnlessLenient() {
        String json = sampleWith("nickname", "\"Siti\"");
        assertThatThrownBy(() -> mapper().readValue(json, RawApplicant.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("FIELD_UNKNOWN at nickname");
        JsonMapper lenient = JsonMapper.builder()
                .addModule(new PrakerjaModule().withStrict(false))
                .build();
        assertThat(lenient.readValue(json, RawApplicant.class)).isEqualTo(RAW);
    }

    @Test
    void failsOnANonObject() {
        assertThatThrownBy(() -> mapper().readValue("[1]", RawApplicant.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
