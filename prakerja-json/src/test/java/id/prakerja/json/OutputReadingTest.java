// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.LegalReference;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** Reading outputs back: the argument-type rule, legal references, and what a reader refuses. */
class OutputReadingTest {

    private static final JsonMapper MAPPER = Samples.mapper();

    private static Violation read(String json) {
        return MAPPER.readValue(json, Violation.class);
    }

    @Test
    void declaredArgumentsReadAsTheirTypesOthersByTheGenericRule() {
        Violation v = read("{\"code\": \"PARTICIPATION_PURCHASE_OVER_BALANCE\", \"field\": \"events[2].price\","
                + " \"severity\": \"ERROR\", \"arguments\": {\"price\": 800000, \"balance\": 700000,"
                + " \"note\": \"2021-08-16\", \"big\": 4000000000, \"flag\": true}}");
        assertThat(v.arguments())
                .containsEntry("price", Rupiah.of(800_000))
                .containsEntry("balance", Rupiah.of(700_000))
                .containsEntry("note", "2021-08-16")
                .containsEntry("big", 4_000_000_000L)
                .containsEntry("flag", true);
        Violation kk = read("{\"code\": \"KK_ISSUE_DATE\", \"field\": \"familyCardNumber\", \"severity\": \"ERROR\","
                + " \"arguments\": {\"referenceDate\": \"-\"}}");
        assertThat(kk.arguments()).containsEntry("referenceDate", "-");
        Violation age = read("{\"code\": \"ELIGIBILITY_MAX_AGE\", \"field\": \"birthDate\", \"severity\": \"ERROR\","
                + " \"arguments\": {\"age\": 66, \"maximumAge\": 64}}");
        assertThat(age.arguments().get("age")).isInstanceOf(Integer.class);
    }

    @Test
    void aKnownCitationReadsBackAsTheLibrarysReferenceAnOtherAsItsText() {
        EligibilityDecision d = EligibilityChecker.standard()
                .decide(OutputWritingTest.budi(LocalDate.of(1955, 1, 10)), Evaluation.atWave(18));
        LegalReference ref = d.violations().get(0).legalReference().orElseThrow();
        EligibilityDecision back = MAPPER.readValue(MAPPER.writeValueAsString(d), EligibilityDecision.class);
        assertThat(back.violations().get(0).legalReference()).contains(ref);
        Violation other = read("{\"code\": \"COOPERATION_OBJECTIVES\", \"field\": \"objectives\", \"severity\":"
                + " \"ERROR\", \"arguments\": {}, \"legalReference\": \"Perjanjian Kerja Sama X, 2022-01-01\"}");
        assertThat(other.legalReference().orElseThrow().citation()).isEqualTo("Perjanjian Kerja Sama X, 2022-01-01");
    }

    @Test
    void aDecisionMustAgreeWithItsViolations() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"eligible\": false, \"wave\": 18, \"evaluationDate\": \"2021-08-16\", \"violations\": []}",
                        EligibilityDecision.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("FIELD_INVALID at eligible");
        EligibilityDecision ok = MAPPER.readValue(
                "{\"eligible\": true, \"wave\": 18, \"evaluationDate\": \"2021-08-16\", \"violations\": [],"
                        + " \"trace\": {\"format\": \"prakerja.trace.v1\"}}",
                EligibilityDecision.class);
        assertThat(ok.isEligible()).isTrue();
        assertThat(ok.trace()).isEmpty();
    }

    @Test
    void refusesAnUnknownCodeAMissingArgumentOrAnArgumentNoViolationCanHold() {
        assertThatThrownBy(() -> read("{\"code\": \"NIK_CHECKSUM\", \"field\": \"nik\", \"severity\": \"ERROR\","
                        + " \"arguments\": {}}"))
                .hasMessageContaining("FIELD_INVALID at code (expected a rule code of this library version)");
        assertThatThrownBy(() -> read("{\"code\": \"NIK_FORMAT\", \"field\": \"nik\", \"severity\": \"ERROR\","
                        + " \"arguments\": {}}"))
                .hasMessageContaining("FIELD_INVALID at arguments (expected the arguments of NIK_FORMAT: [length])");
        assertThatThrownBy(() -> read("{\"code\": \"NIK_FORMAT\", \"field\": \"nik\", \"severity\": \"ERROR\","
                        + " \"arguments\": {\"length\": 1.5}}"))
                .hasMessageContaining("FIELD_INVALID at arguments.length");
        assertThatThrownBy(() -> read("{\"code\": \"NIK_FORMAT\", \"field\": \"nik\", \"severity\": \"ERROR\","
                        + " \"arguments\": {\"length\": 15}, \"extra\": 1}"))
                .hasMessageContaining("FIELD_UNKNOWN at extra");
    }

    @Test
    void readsAndWritesATypedApplicant() {
        Applicant siti = RecordBinder.applicants()
                .bind(Samples.WIRE_SAMPLE)
                .parse(raw ->
                        id.prakerja.core.eligibility.ApplicantParser.standard().parse(raw, Samples.DATE))
                .value();
        String json = MAPPER.writeValueAsString(siti);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(Samples.WIRE_SAMPLE));
        assertThat(MAPPER.readValue(json, Applicant.class)).isEqualTo(siti);
        // born after the evaluation date would be refused by a check; a typed applicant has no date to check
        String future = Samples.sampleWith("birthDate", "\"2099-08-17\"");
        assertThat(MAPPER.readValue(future, Applicant.class).birthDate()).isEqualTo(LocalDate.of(2099, 8, 17));
        assertThatThrownBy(() -> MAPPER.readValue(Samples.sampleWith("sex", "\"F\""), Applicant.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("FIELD_INVALID at sex");
    }

    @Test
    void aTypedApplicantWritesItsDefaults() {
        String json = MAPPER.writeValueAsString(OutputWritingTest.budi(LocalDate.of(1990, 1, 10)));
        assertThat(MAPPER.readTree(json).propertyNames())
                .containsExactly(
                        "nik",
                        "familyCardNumber",
                        "fullName",
                        "birthDate",
                        "sex",
                        "citizenship",
                        "workforceCategory",
                        "inFormalEducation",
                        "occupation",
                        "socialAssistance",
                        "priorParticipation",
                        "otherFamilyRecipients");
    }
}
