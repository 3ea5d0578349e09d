// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.testkit.internal.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

class JsonTest {

    @Test
    void quoteEscapesWhatJsonRequires() {
        assertThat(Json.quote("Ma'ruf \"Amin\"\\")).isEqualTo("\"Ma'ruf \\\"Amin\\\"\\\\\"");
        assertThat(Json.quote("a\nb\tc\r\u0001\u2028")).isEqualTo("\"a\\nb\\tc\\r\\u0001\\u2028\"");
        assertThat(Json.quote("٣١٧٤ Ñ")).isEqualTo("\"٣١٧٤ Ñ\"");
        assertThat(WireJson.parse(Json.quote("x\"\\\b\f\n\r\t\u001f/é")).stringValue())
                .isEqualTo("x\"\\\b\f\n\r\t\u001f/é");
    }

    @TestFactory
    Stream<DynamicTest> everyRecordIsWrittenAsTheJsonThatReadsBackToIt() {
        Gen<RawApplicant> records = Gen.of(r -> {
            ApplicantGenerator<RawApplicant> g = Applicants.valid()
                    .atWave(1
                            + r.nextInt(id.prakerja.core.program.Programme.standard()
                                    .waves()
                                    .size()));
            var codes = g.breakableCodes().stream().toList();
            return r.nextBoolean()
                    ? g.next(r)
                    : g.breaking(codes.get(r.nextInt(codes.size()))).next(r);
        });
        return PropertyCheck.forAll(records).tries(300).checking(raw -> {
            String line = Json.applicant(raw);
            JsonNode object = WireJson.parse(line);
            assertThat(WireJson.toRaw(object)).isEqualTo(raw);
            assertThat(WireJson.APPLICANT_FIELDS).containsAll(object.propertyNames());
            assertThat(line).doesNotContain("\n");
        });
    }

    @Test
    void literalsAreWrittenAsLiteralsOnlyWhenTheyAreOne() {
        RawApplicant raw = RawApplicant.builder()
                .inFormalEducation("no")
                .otherFamilyRecipients("-1")
                .wave("007")
                .build();
        assertThat(Json.applicant(raw))
                .isEqualTo("{\"inFormalEducation\":\"no\",\"otherFamilyRecipients\":-1,\"wave\":\"007\"}");
        assertThat(Json.applicant(
                        RawApplicant.builder().domicileRegencyCode("3174").build()))
                .isEqualTo("{\"domicile\":{\"regencyCode\":\"3174\"}}");
    }
}
