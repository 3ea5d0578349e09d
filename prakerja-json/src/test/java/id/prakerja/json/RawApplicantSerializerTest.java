// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.mapper;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code mapper.writeValueAsString(rawApplicant)}. */
class RawApplicantSerializerTest {

    @Test
    void writesTheWireSampleInWireOrderWithItsJsonTypes() {
        assertThat(mapper().writeValueAsString(RAW))
                .isEqualTo("{\"nik\":\"3174015708990001\",\"familyCardNumber\":\"3174011203150007\","
                        + "\"fullName\":\"Siti Aminah\",\"birthDate\":\"1999-08-17\",\"sex\":\"FEMALE\","
                        + "\"citizenship\":\"WNI\",\"domicile\":{\"provinceCode\":\"31\",\"regencyCode\":\"3174\"},"
                        + "\"workforceCategory\":\"JOB_SEEKER\",\"inFormalEducation\":false,"
                        + "\"occupation\":\"PRIVATE_EMPLOYEE\",\"socialAssistance\":[\"BSU\"],"
                        + "\"priorParticipation\":\"NONE\",\"otherFamilyRecipients\":0,\"wave\":18}");
    }

    @Test
    void writesTheSameTreeAsTheWireSample() {
        JsonNode written = mapper().readTree(mapper().writeValueAsString(RAW));
        assertThat(written).isEqualTo(mapper().readTree(Samples.WIRE_SAMPLE));
    }

    @Test
    void omitsAbsentFieldsAndWritesAnEmptyRecordAsAnEmptyObject() {
        assertThat(mapper().writeValueAsString(RawApplicant.builder().build())).isEqualTo("{}");
        assertThat(mapper().writeValueAsString(
                                RawApplicant.builder().sex("MALE").wave("3").build()))
                .isEqualTo("{\"sex\":\"MALE\",\"wave\":3}");
    }

    @Test
    void writesDomicileWhenEitherCodeIsPresent() {
        assertThat(mapper().writeValueAsString(RawApplicant.builder()
                        .domicileRegencyCode("3174")
                        .build()))
                .isEqualTo("{\"domicile\":{\"regencyCode\":\"3174\"}}");
    }

    @Test
    void writesAnEmptySocialAssistanceList() {
        assertThat(mapper().writeValueAsString(RawApplicant.builder()
                        .socialAssistance(List.of())
                        .build()))
                .isEqualTo("{\"socialAssistance\":[]}");
    }

    @Test
    void writesTextThatIsNoJsonBooleanOrIntegerAsAString() {
        RawApplicant raw = RawApplicant.builder()
                .inFormalEducation("yes")
                .otherFamilyRecipients("01")
                .wave("18.0")
                .build();
        assertThat(mapper().writeValueAsString(raw))
                .isEqualTo("{\"inFormalEducation\":\"yes\",\"otherFamilyRecipients\":\"01\",\"wave\":\"18.0\"}");
    }

    @Test
    void recognisesJsonIntegerLiterals() {
        assertThat(List.of("0", "-0", "7", "-12", "123456789012345678901234567890"))
                .allMatch(RawApplicantSerializer::isJsonInteger);
        assertThat(List.of("", "-", "01", "+1", "1.0", "1e3", " 1", "--1", "x"))
                .noneMatch(RawApplicantSerializer::isJsonInteger);
    }
}
