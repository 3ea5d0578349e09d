// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.PrakerjaSchemas;
import id.prakerja.json.PreChecks;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint, status code and language over real HTTP; the captured log never holds a NIK sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PortalApiTest {

    static final String SITI = """
            {"nik": "3174015708990001", "familyCardNumber": "3174011203150007", "fullName": "Siti Aminah",
             "birthDate": "1999-08-17", "sex": "FEMALE", "citizenship": "WNI",
             "workforceCategory": "JOB_SEEKER", "inFormalEducation": false, "occupation": "PRIVATE_EMPLOYEE",
             "priorParticipation": "NONE", "otherFamilyRecipients": 0}
            """;
    static final String SEVENTEEN =
            SITI.replace("3174015708990001", "3174015708030002").replace("1999-08-17", "2003-08-17");

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private final Set<String> sent = new LinkedHashSet<>();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper mapper;

    private HttpResponse<String> post(String path, String body, String contentType, String language) throws Exception {
        for (var m : java.util.regex.Pattern.compile("\\d{9,}")
                .matcher(body)
                .results()
                .toList()) {
            sent.add(m.group());
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void noNikSentReachesTheLog(CapturedOutput output) {
        assertThat(sent).isNotEmpty();
        for (String nik : sent) {
            assertThat(output.getAll()).as("the log").doesNotContain(nik);
        }
    }

    @Test
    void preCheckAnswersInTheLanguageAsked() throws Exception {
        Schema schema;
        try (InputStream in = PrakerjaSchemas.open("pre-check")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        for (String language : new String[] {null, "id", "en", "en-US,en;q=0.9", "fr"}) {
            HttpResponse<String> r = post("/api/v1/pre-check?wave=18", SEVENTEEN, "application/json", language);
            assertThat(r.statusCode()).isEqualTo(200);
            boolean english = language != null && language.startsWith("en");
            assertThat(r.headers().firstValue("Content-Language")).contains(english ? "en" : "id");
            assertThat(schema.validate(PLAIN.readTree(r.body()))).isEmpty();
            PreCheck expected = PreChecks.of(SEVENTEEN, EligibilityChecker.standard(), Evaluation.atWave(18));
            assertThat(mapper.readValue(r.body(), PreCheck.class)).isEqualTo(expected);
            assertThat(PLAIN.readTree(r.body()))
                    .isEqualTo(PLAIN.readTree(PrakerjaModule.writer(mapper, english ? Locale.ENGLISH : Locale.ROOT)
                            .writeValueAsString(expected)));
            assertThat(r.body()).contains(english ? "17 August 2021" : "17 Agustus 2021");
        }
        HttpResponse<String> ok = post("/api/v1/pre-check?wave=18", SITI, "application/json", "id");
        assertThat(PLAIN.readTree(ok.body()).get("eligible").asBoolean()).isTrue();
        HttpResponse<String> dated = post("/api/v1/pre-check?date=2021-08-17", SEVENTEEN, "application/json", "id");
        assertThat(PLAIN.readTree(dated.body()).get("violations").size()).isZero();
    }

    @Test
    void fieldProblemsAreAnAnswerAndTheNikIsNeverEchoed() throws Exception {
        String badNik = SITI.replace("\"3174015708990001\"", "\"3174015708999\"");
        HttpResponse<String> r = post("/api/v1/pre-check", badNik, "application/json", "en");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode answer = PLAIN.readTree(r.body());
        assertThat(answer.get("violations").get(0).get("code").asString()).isEqualTo("NIK_FORMAT");
        assertThat(r.body()).doesNotContain("3174015708999");
        HttpResponse<String> asKey = post("/api/v1/pre-check", "{\"3174015708990001\": 1}", "application/json", "id");
        assertThat(asKey.statusCode()).isEqualTo(200);
        assertThat(asKey.body()).doesNotContain("3174015708990001");
        HttpResponse<String> partial =
                post("/api/v1/pre-check", "{\"nik\": \"3174015708990001\"}", "application/json", "id");
        assertThat(PLAIN.readTree(partial.body()).get("missingInputs").get(0).asString())
                .isEqualTo("familyCardNumber");
    }

    @Test
    void refusedRequestsAreProblemDetails() throws Exception {
        HttpResponse<String> notJson =
                post("/api/v1/pre-check", "{\"nik\": 3174015708990001", "application/json", "en");
        assertProblem(notJson, 400);
        assertThat(notJson.body()).contains("RECORD_MALFORMED").doesNotContain("3174015708990001");
        assertProblem(post("/api/v1/pre-check", "[1, 2]", "application/json", null), 400);
        assertProblem(post("/api/v1/pre-check", "", "application/json", null), 400);
        assertProblem(post("/api/v1/pre-check", SITI, "text/plain", null), 415);
        String big = "{\"fullName\": \"" + "a".repeat(PreCheckController.MAX_BODY_BYTES) + "\"}";
        assertProblem(post("/api/v1/pre-check", big, "application/json", null), 413);
        HttpResponse<String> wave99 = post("/api/v1/pre-check?wave=99", SITI, "application/json", null);
        assertProblem(wave99, 400);
        assertThat(PLAIN.readTree(wave99.body()).get("detail").asString())
                .isEqualTo("no wave 99; the known waves are 1 to 71");
        assertProblem(post("/api/v1/pre-check?wave=x", SITI, "application/json", null), 400);
        assertProblem(post("/api/v1/pre-check?date=2021-02-30", SITI, "application/json", null), 400);
        assertProblem(post("/api/v1/pre-check?date=2019-01-01", SITI, "application/json", null), 400);
        assertProblem(get("/api/v1/schemas/nope.schema.json", null), 404);
    }

    @Test
    void everyRefusalIsAProblemInBothLanguagesAndNoneEchoesANik() throws Exception {
        String nik = "3174015708990001";
        sent.add(nik);
        // the unreadable body's violations are written in the language asked
        HttpResponse<String> en = post("/api/v1/pre-check", "{", "application/json", "en");
        HttpResponse<String> id = post("/api/v1/pre-check", "{", "application/json", "id");
        assertProblem(en, 400);
        assertProblem(id, 400);
        String enMessage = PLAIN.readTree(en.body())
                .get("violations")
                .get(0)
                .get("message")
                .asString();
        String idMessage = PLAIN.readTree(id.body())
                .get("violations")
                .get(0)
                .get("message")
                .asString();
        assertThat(enMessage).isNotBlank().isNotEqualTo(idMessage);
        // the GET endpoints refuse a bad wave or date as the pre-check does
        for (String path : new String[] {"/api/v1/rules", "/api/v1/inputs"}) {
            assertProblem(get(path + "?wave=99", "en"), 400);
            assertProblem(get(path + "?wave=x", "en"), 400);
            assertProblem(get(path + "?date=2021-13-01", "id"), 400);
        }
        // a NIK put where a wave, a date, a schema or a page is expected comes back masked, never whole
        for (HttpResponse<String> r : java.util.List.of(
                post("/api/v1/pre-check?wave=" + nik, SITI, "application/json", "en"),
                post("/api/v1/pre-check?date=" + nik, SITI, "application/json", "en"),
                get("/api/v1/rules?wave=" + nik, "id"),
                get("/api/v1/schemas/" + nik, "id"),
                get("/api/v1/" + nik, "en"),
                get("/" + nik, "en"))) {
            assertThat(r.statusCode()).as(r.body()).isIn(400, 404);
            assertProblem(r, r.statusCode());
            assertThat(r.body()).doesNotContain(nik);
        }
        // a method the path does not serve: 405, a problem too
        assertProblem(get("/api/v1/pre-check", "en"), 405);
    }

    @Test
    void rulesAndWavesAnswerInTheLanguageAsked() throws Exception {
        sent.add("3174015708990001"); // nothing sent here: the log must still hold no NIK
        for (String language : new String[] {"id", "en"}) {
            HttpResponse<String> rules = get("/api/v1/rules", language);
            assertThat(rules.statusCode()).isEqualTo(200);
            assertThat(rules.headers().firstValue("Content-Language")).contains(language);
            assertThat(PLAIN.readTree(rules.body()).get("language").asString()).isEqualTo(language);
            assertThat(PLAIN.readTree(rules.body()).get("wave").asInt()).isEqualTo(71);
            String minAge = null;
            for (JsonNode rule : PLAIN.readTree(rules.body()).get("rules")) {
                if (rule.get("code").asString().equals("ELIGIBILITY_MIN_AGE")) {
                    minAge = rule.get("meaning").asString();
                }
            }
            // the meaning in the language asked, from the library's bundles (not RuleCode's English text)
            assertThat(minAge)
                    .isEqualTo(
                            Messages.forLocale(Locale.forLanguageTag(language)).meaning(RuleCode.ELIGIBILITY_MIN_AGE));
            if (language.equals("id")) {
                assertThat(minAge).isNotEqualTo(RuleCode.ELIGIBILITY_MIN_AGE.meaning());
            }
            HttpResponse<String> waves = get("/api/v1/waves", language);
            assertThat(waves.statusCode()).isEqualTo(200);
            assertThat(waves.headers().firstValue("Content-Language")).contains(language);
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = PLAIN.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.has("title")).isTrue();
    }

    @Test
    void rulesWavesInputsAndSchemas() throws Exception {
        sent.add("3174015708990001"); // nothing sent here: the log must still hold no NIK
        JsonNode rules = PLAIN.readTree(get("/api/v1/rules?wave=18", "en").body());
        assertThat(rules.get("wave").asInt()).isEqualTo(18);
        assertThat(rules.get("rules").size()).isEqualTo(id.prakerja.core.eligibility.EligibilityRule.values().length);
        JsonNode minAge = rules.get("rules").get(3);
        assertThat(rules.toString())
                .contains("ELIGIBILITY_MIN_AGE")
                .contains("minimumAge")
                .contains("Permenko");
        assertThat(minAge.has("parameters")).isTrue();
        JsonNode waves = PLAIN.readTree(get("/api/v1/waves", null).body());
        assertThat(waves.get("latest").asInt()).isEqualTo(71);
        assertThat(waves.get("waves").size()).isEqualTo(71);
        JsonNode inputsEn = PLAIN.readTree(get("/api/v1/inputs?wave=18", "en").body());
        JsonNode inputsId = PLAIN.readTree(get("/api/v1/inputs?wave=18", "id").body());
        assertThat(inputsEn.get("inputs").get(0).get("field").asString()).isEqualTo("nik");
        assertThat(inputsEn.toString()).contains("job seeker");
        assertThat(inputsId.toString()).contains("pencari kerja");
        for (String name : PrakerjaSchemas.names()) {
            HttpResponse<String> s = get("/api/v1/schemas/" + name + ".schema.json", null);
            assertThat(s.statusCode()).isEqualTo(200);
            assertThat(s.body()).isEqualTo(PrakerjaSchemas.text(name));
        }
    }

    @Test
    void theOpenApiDocumentReferencesTheShippedSchemas() throws Exception {
        sent.add("3174011203150007");
        JsonNode doc = PLAIN.readTree(get("/v3/api-docs", null).body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        JsonNode post = doc.get("paths").get("/api/v1/pre-check").get("post");
        String in = post.get("requestBody")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString();
        String out = post.get("responses")
                .get("200")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString();
        assertThat(in).isEqualTo("/api/v1/schemas/applicant.schema.json");
        assertThat(out).isEqualTo("/api/v1/schemas/pre-check.schema.json");
        // and what they reference is served, byte for byte the jar's
        assertThat(get(in, null).body()).isEqualTo(PrakerjaSchemas.text("applicant"));
        assertThat(get(out, null).body()).isEqualTo(PrakerjaSchemas.text("pre-check"));
        assertThat(doc.get("paths").has("/api/v1/rules")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/waves")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/inputs")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/schemas/{file}")).isTrue();
        assertThat(post.get("responses").has("400")).isTrue();
        assertThat(post.get("responses").has("413")).isTrue();
        assertThat(post.get("responses").has("415")).isTrue();
    }
}
