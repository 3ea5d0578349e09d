// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutputWritingTest {

    private static final JsonMapper ID =
            JsonMapper.builder().addModule(new PrakerjaModule()).build();
    private static final JsonMapper EN = JsonMapper.builder()
            .addModule(new PrakerjaModule().withLocale(Locale.ENGLISH))
            .build();

    static Applicant budi(LocalDate birth) {
        String nik = String.format(
                "317401%02d%02d%02d0001", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        return Applicant.builder()
                .nik(nik)
                .familyCardNumber("3174011203150007")
                .fullName("Budi Santoso")
                .birthDate(birth)
                .sex(Sex.MALE)
                .citizenship(Citizenship.WNI)
                .workforceCategory(WorkforceCategory.JOB_SEEKER)
                .inFormalEducation(false)
                .occupation(Occupation.POLICE)
                .build();
    }

    @Test
    void writesADecisionInTheWireFormat() {
        EligibilityDecision d =
                EligibilityChecker.standard().decide(budi(LocalDate.of(1955, 1, 10)), Evaluation.atWave(18));
        JsonNode json = EN.valueToTree(d);
        assertThat(json.get("eligible").asBoolean()).isFalse();
        assertThat(json.get("wave").asInt()).isEqualTo(18);
        assertThat(json.get("evaluationDate").asString()).isEqualTo("2021-08-16");
        JsonNode first = json.get("violations").get(0);
        assertThat(first.get("code").asString()).isEqualTo("ELIGIBILITY_MAX_AGE");
        assertThat(first.get("field").asString()).isEqualTo("birthDate");
        assertThat(first.get("severity").asString()).isEqualTo("ERROR");
        assertThat(first.get("arguments").get("maximumAge").asInt()).isEqualTo(64);
        assertThat(first.get("arguments").get("age").asInt()).isEqualTo(66);
        assertThat(first.get("legalReference").asString()).startsWith("BPS, buku pedoman Sakernas Agustus 2021");
        assertThat(first.get("message").asString()).isEqualTo("The maximum age is 64; the applicant is 66.");
        JsonNode second = json.get("violations").get(1);
        assertThat(second.get("arguments").get("occupation").asString()).isEqualTo("POLICE");
        assertThat(json.has("trace")).isFalse();
        assertThat(ID.valueToTree(d).get("violations").get(0).get("message").asString())
                .isEqualTo("Usia maksimal 64 tahun; usia pemohon 66 tahun.");
        // field order is stable
        List<String> names = new ArrayList<>(json.propertyNames());
        assertThat(names).containsExactly("eligible", "wave", "evaluationDate", "violations");
    }

    @Test
    void writesTheTraceWhenTheDecisionHasOne() {
        EligibilityChecker tracing = EligibilityChecker.builder().trace(true).build();
        JsonNode json = ID.valueToTree(tracing.decide(budi(LocalDate.of(1990, 1, 1)), Evaluation.atWave(3)));
        assertThat(json.get("trace").get("format").asString()).isEqualTo("prakerja.trace.v1");
        assertThat(json.get("trace").get("rules").size()).isEqualTo(12);
        JsonNode max = json.get("trace").get("rules").get(4);
        assertThat(max.get("code").asString()).isEqualTo("ELIGIBILITY_MAX_AGE");
        assertThat(max.get("outcome").asString()).isEqualTo("NOT_IN_FORCE");
        assertThat(max.get("parameters").get(0).get("value").isNull()).isTrue();
    }

    @Test
    void writesArgumentsOfEveryType() {
        Violation v = Violation.of(RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE, "events[2].price")
                .argument("price", Rupiah.of(1_200_000))
                .argument("balance", Rupiah.of(1_000_000))
                .argument("on", LocalDate.of(2021, 3, 1))
                .argument("late", true)
                .argument("days", 31L)
                .build();
        JsonNode json = ID.valueToTree(v);
        assertThat(json.get("arguments").get("price").asLong()).isEqualTo(1_200_000L);
        assertThat(json.get("arguments").get("on").asString()).isEqualTo("2021-03-01");
        assertThat(json.get("arguments").get("late").asBoolean()).isTrue();
        assertThat(json.get("arguments").get("days").asLong()).isEqualTo(31L);
        assertThat(json.has("legalReference")).isFalse();
        assertThat(json.get("message").asString())
                .isEqualTo("Harga pelatihan Rp1.200.000 melebihi sisa saldo Rp1.000.000.");
    }

    @Test
    void writesCures() {
        Applicant young = budi(LocalDate.of(2003, 8, 17));
        EligibilityChecker checker = EligibilityChecker.standard();
        EligibilityDecision d = checker.decide(young, Evaluation.atWave(18));
        List<Cure> cures = checker.whatIf(young, d);
        JsonNode json = EN.valueToTree(cures);
        assertThat(json.get(0).get("code").asString()).isEqualTo("ELIGIBILITY_MIN_AGE");
        assertThat(json.get(0).get("kind").asString()).isEqualTo("WAIT_UNTIL");
        assertThat(json.get(0).get("curable").asBoolean()).isTrue();
        assertThat(json.get(0).get("date").asString()).isEqualTo("2021-08-17");
        assertThat(json.get(0).get("message").asString())
                .isEqualTo("Meets the age requirement from 17 August 2021, at the age of 18.");
        assertThat(json.get(1).get("kind").asString()).isEqualTo("CHANGE_CIRCUMSTANCES");
    }

    @Test
    void writesAFeedReportWithMaskedNiks() {
        RawApplicant dup = RawApplicant.builder()
                .nik("3174015708990001")
                .familyCardNumber("3174011203150007")
                .fullName("Siti Aminah")
                .birthDate("1999-08-17")
                .sex("FEMALE")
                .citizenship("WNI")
                .workforceCategory("JOB_SEEKER")
                .inFormalEducation("false")
                .build();
        FeedReport report = FeedValidator.builder()
                .evaluation(Evaluation.atWave(18))
                .build()
                .validate(List.of(
                        FeedInput.of(1, dup),
                        FeedInput.of(2, dup),
                        FeedInput.unreadable(
                                3,
                                Violation.of(RuleCode.RECORD_MALFORMED, "")
                                        .argument("detail", "unexpected end")
                                        .build())));
        String text = ID.writeValueAsString(report);
        assertThat(text).doesNotContain("3174015708990001").doesNotContain("3174011203150007");
        JsonNode json = ID.readTree(text);
        assertThat(json.get("records").asLong()).isEqualTo(3);
        assertThat(json.get("valid").asLong()).isEqualTo(1);
        assertThat(json.get("invalid").asLong()).isEqualTo(2);
        assertThat(json.get("violationsByCode").get("FEED_DUPLICATE_NIK").asLong())
                .isEqualTo(1);
        assertThat(json.get("recordsByProvince").get("31").asLong()).isEqualTo(2);
        assertThat(new ArrayList<>(json.get("recordsByProvince").propertyNames()))
                .containsExactly("31", "UNKNOWN");
        JsonNode sample = json.get("samples").get(0);
        assertThat(sample.get("line").asLong()).isEqualTo(2);
        assertThat(sample.get("nik").asString()).isEqualTo("3174********0001");
        assertThat(sample.get("code").asString()).isEqualTo("FEED_DUPLICATE_NIK");
        assertThat(sample.get("field").asString()).isEqualTo("nik");
        assertThat(sample.get("arguments").get("firstLine").asInt()).isEqualTo(1);
        assertThat(sample.get("message").asString()).isEqualTo("NIK ini sudah muncul sebelumnya pada baris 1.");
        assertThat(json.get("samples").get(1).has("nik")).isFalse();
        assertThat(new ArrayList<>(json.propertyNames()))
                .containsExactly(
                        "records",
                        "valid",
                        "invalid",
                        "violationsByCode",
                        "recordsByProvince",
                        "invalidByProvince",
                        "legalReferences",
                        "maxSamples",
                        "samples");
    }

    @Test
    void theLocaleIsAnImmutableOption() {
        PrakerjaModule m = new PrakerjaModule();
        assertThat(m.locale().getLanguage()).isEqualTo("id");
        assertThat(m.withLocale(Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(m.withLocale(Locale.forLanguageTag("id"))).isSameAs(m);
        assertThat(m.withLocale(Locale.ENGLISH).withStrict(false).locale()).isEqualTo(Locale.ENGLISH);
    }
}
