// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.PrakerjaSchemas;
import id.prakerja.json.PreChecks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the built jar as a separate process, as a user would. */
class FeedValidatorJarIT {

    static final Path JAR = Path.of(System.getProperty("feedValidator.jar", "target/feed-validator.jar"));
    private static final Path KNOWN_DEFECTS = Path.of("src/test/resources/known-defects.ndjson");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLE =
            Path.of("src/main/resources/id/prakerja/examples/feedvalidator/" + ValidateCommand.SAMPLE);
    /** Every NIK and family-card number of the feeds these tests use: none may be printed in full. */
    private static final Set<String> FULL_NUMBERS = new HashSet<>();

    private static Schema reportSchema;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void collectTheNumbersThatMustNotBePrinted() throws IOException {
        Pattern sixteen = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");
        for (Path feed : List.of(KNOWN_DEFECTS, SAMPLE)) {
            Matcher m = sixteen.matcher(Files.readString(feed));
            while (m.find()) {
                FULL_NUMBERS.add(m.group());
            }
        }
        assertThat(FULL_NUMBERS).hasSizeGreaterThan(200);
    }

    private static void assertNoFullNumber(String what, String text) {
        for (String n : FULL_NUMBERS) {
            assertThat(text).as("a full NIK or family-card number on %s", what).doesNotContain(n);
        }
    }

    @BeforeAll
    static void loadSchema() throws IOException {
        assertThat(JAR).as("the shaded jar (built in the package phase)").isRegularFile();
        try (InputStream in =
                FeedValidatorJarIT.class.getResourceAsStream("/id/prakerja/json/schemas/feed-report.schema.json")) {
            reportSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Run run(byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.add("-jar");
        cmd.add(JAR.toString());
        cmd.addAll(List.of(args));
        return run(new ProcessBuilder(cmd), stdin);
    }

    /** Runs {@code pb} (with stdin from {@code stdin} unless redirected) and checks what no run may print. */
    static Run run(ProcessBuilder pb, byte[] stdin) throws IOException, InterruptedException {
        Process p = pb.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin);
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Run r = new Run(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertNoFullNumber("stdout", r.out());
        assertNoFullNumber("stderr", r.err());
        return r;
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(null, args);
    }

    static JsonNode validReport(String json) {
        JsonNode node = JSON.readTree(json);
        List<Error> errors = reportSchema.validate(node);
        assertThat(errors).as("schema errors").isEmpty();
        assertThat(node.get("records").asLong())
                .isEqualTo(node.get("valid").asLong() + node.get("invalid").asLong());
        return node;
    }

    @Test
    void aFeedWithKnownDefectsGivesItsCountsAndExitsOne() throws Exception {
        Run r = run("validate", "--report", "json", "--locale", "en", KNOWN_DEFECTS.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode report = validReport(r.out());
        assertThat(report.get("records").asLong()).isEqualTo(9); // the blank line is not a record
        assertThat(report.get("valid").asLong()).isEqualTo(3);
        assertThat(report.get("invalid").asLong()).isEqualTo(6);
        JsonNode codes = report.get("violationsByCode");
        assertThat(codes.get("RECORD_MALFORMED").asLong()).isEqualTo(1);
        assertThat(codes.get("FEED_DUPLICATE_NIK").asLong()).isEqualTo(1);
        assertThat(codes.get("FIELD_INVALID").asLong()).isEqualTo(1);
        assertThat(codes.get("FIELD_UNKNOWN").asLong()).isEqualTo(1);
        assertThat(codes.get("ELIGIBILITY_MAX_AGE").asLong()).isEqualTo(1);
        assertThat(codes.get("ELIGIBILITY_FAMILY_QUOTA").asLong()).isEqualTo(1);
        assertThat(codes.size()).isEqualTo(6);
        List<String> lines = new ArrayList<>();
        report.get("samples")
                .forEach(s ->
                        lines.add(s.get("line").asLong() + ":" + s.get("code").asString()));
        assertThat(lines)
                .containsExactly(
                        "3:RECORD_MALFORMED",
                        "5:FEED_DUPLICATE_NIK",
                        "6:FIELD_INVALID",
                        "7:FIELD_UNKNOWN",
                        "8:ELIGIBILITY_MAX_AGE",
                        "9:ELIGIBILITY_FAMILY_QUOTA");
        assertThat(report.get("samples").get(1).get("message").asString())
                .isEqualTo("This NIK already appeared earlier, on line 1.");
    }

    @Test
    void aMalformedLineInTheMiddleDoesNotStopTheFeed() throws Exception {
        Run r = run("validate", "--report", "json", KNOWN_DEFECTS.toString());
        JsonNode report = validReport(r.out());
        JsonNode samples = report.get("samples");
        // the malformed record is line 3; the records after it are read and counted
        assertThat(samples.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(samples.get(samples.size() - 1).get("line").asLong()).isEqualTo(9);
        assertThat(report.get("records").asLong()).isEqualTo(9);
    }

    @Test
    void readsStandardInputWithADash() throws Exception {
        Run r = run(Files.readAllBytes(KNOWN_DEFECTS), "validate", "--report", "json", "-");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(validReport(r.out()).get("records").asLong()).isEqualTo(9);
    }

    @Test
    void aValidFeedExitsZero(@TempDir Path dir) throws Exception {
        List<String> all = Files.readAllLines(KNOWN_DEFECTS);
        Path valid = dir.resolve("valid.ndjson");
        Files.write(valid, List.of(all.get(0), all.get(1), all.get(9)));
        Run r = run("validate", valid.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("Rekaman: 3   Valid: 3   Tidak valid: 0").contains("Semua rekaman valid.");
    }

    @Test
    void aJsonArrayFeedIsReadWithFormatJson(@TempDir Path dir) throws Exception {
        List<String> all = Files.readAllLines(KNOWN_DEFECTS);
        Path array = dir.resolve("feed.json");
        Files.writeString(array, "[\n" + all.get(0) + ",\n" + all.get(4) + "\n]\n");
        Run r = run("validate", "--format", "json", "--report", "json", array.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = validReport(r.out());
        assertThat(report.get("records").asLong()).isEqualTo(2);
        assertThat(report.get("violationsByCode").get("FEED_DUPLICATE_NIK").asLong())
                .isEqualTo(1);
    }

    @Test
    void theTextReportHasASummaryACodeTableAndSamples() throws Exception {
        Run r = run("validate", "--locale", "en", "--max-samples", "2", KNOWN_DEFECTS.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains("Kartu Prakerja feed validation report")
                .contains("Records: 9   Valid: 3   Invalid: 6")
                .contains("Violations by code")
                .containsPattern(
                        "ELIGIBILITY_MAX_AGE\\s+1\\s+Secondary source: BPS, buku pedoman Sakernas Agustus 2021")
                .contains("(confidence: uncertain)")
                .doesNotContain("Legal reference")
                .contains("Sample violations: the first 2 of 6 violations, in line order")
                .contains("3174********0001");
    }

    @Test
    void theHtmlReportIsOneSelfContainedFileWithCharts(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        Run r = run("validate", "--report", "html", "--output", html.toString(), KNOWN_DEFECTS.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        String page = Files.readString(html);
        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<svg")
                .contains("ELIGIBILITY_FAMILY_QUOTA")
                .contains("DKI Jakarta");
        assertThat(page).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertNoFullNumber("the HTML report", page);
    }

    @Test
    void withoutAFileTheBundledSampleFeedIsValidated() throws Exception {
        Run r = run("validate", "--report", "json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = validReport(r.out());
        assertThat(report.get("records").asLong()).isGreaterThanOrEqualTo(200);
        assertThat(report.get("invalid").asLong()).isPositive();
    }

    @Test
    void usageErrorsAndUnreadableInputExitTwoWithAMessage(@TempDir Path dir) throws Exception {
        Run noCommand = run();
        assertThat(noCommand.exit()).isEqualTo(2);
        assertThat(noCommand.err()).contains("a command is required");
        Run badWave = run("validate", "--wave", "99", KNOWN_DEFECTS.toString());
        assertThat(badWave.exit()).isEqualTo(2);
        assertThat(badWave.err()).contains("--wave 99: the known waves are 1 to 71");
        Run both = run("validate", "--wave", "18", "--date", "2021-08-16", KNOWN_DEFECTS.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        Run badDate = run("validate", "--date", "2021-02-30");
        assertThat(badDate.exit()).isEqualTo(2);
        Run early = run("validate", "--date", "2019-01-01");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err()).contains("no wave had opened by then");
        Run missing = run("validate", dir.resolve("nope.ndjson").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Run directory = run("validate", dir.toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).contains("it is a directory");
        Run badOption = run("validate", "--report", "pdf");
        assertThat(badOption.exit()).isEqualTo(2);
        assertThat(badOption.out()).isEmpty();
    }

    @Test
    void progressGoesToStandardErrorAndNeverToStandardOutput() throws Exception {
        Run r = run("validate", "--progress", "--report", "json", "--locale", "en", KNOWN_DEFECTS.toString());
        assertThat(r.exit()).isEqualTo(1);
        validReport(r.out()); // stdout holds the report alone
        assertThat(r.err()).contains("records/s").contains("%");
        // the last state drawn is the whole file: 100% and every record (9, the blank line is not one)
        String last = r.err().substring(r.err().lastIndexOf('\r') + 1);
        assertThat(last).contains("] 100%").contains(" 9 records").endsWith("\n");
        Run indonesian = run("validate", "--progress", "--report", "json", KNOWN_DEFECTS.toString());
        assertThat(indonesian.err()).contains("rekaman/detik").doesNotContain("records");
        Run quiet = run("validate", "--report", "json", KNOWN_DEFECTS.toString());
        assertThat(quiet.err())
                .as("stderr is not a terminal here: no progress unless asked")
                .isEmpty();
        Run fromStdin = run(Files.readAllBytes(KNOWN_DEFECTS), "validate", "--progress", "--report", "json", "-");
        assertThat(fromStdin.err()).contains("rekaman/detik").doesNotContain("%"); // size unknown: no percentage
    }

    @Test
    void helpAndVersion() throws Exception {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate").contains("check");
        Run validateHelp = run("validate", "--help");
        assertThat(validateHelp.out())
                .contains("--wave")
                .contains("--date")
                .contains("--format")
                .contains("--report")
                .contains("--locale")
                .contains("--max-samples");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("feed-validator 0.1.0");
    }

    @Test
    void checkPrintsADecisionAndExitsByEligibility(@TempDir Path dir) throws Exception {
        List<String> all = Files.readAllLines(KNOWN_DEFECTS);
        Path eligible = dir.resolve("siti.json");
        Files.writeString(eligible, all.get(0));
        Run ok = run("check", eligible.toString());
        assertThat(ok.exit()).isZero();
        JsonNode decision = JSON.readTree(ok.out());
        assertThat(decision.get("eligible").asBoolean()).isTrue();
        assertThat(decision.get("wave").asInt()).isEqualTo(18);

        Path old = dir.resolve("slamet.json");
        Files.writeString(old, all.get(7));
        Run no = run("check", "--locale", "en", old.toString());
        assertThat(no.exit()).isEqualTo(1);
        JsonNode refused = JSON.readTree(no.out());
        assertThat(refused.get("eligible").asBoolean()).isFalse();
        assertThat(refused.get("violations").get(0).get("code").asString()).isEqualTo("ELIGIBILITY_MAX_AGE");
        assertThat(refused.get("whatIf").get(0).get("kind").asString()).isEqualTo("NOT_CURABLE");

        Run fieldProblems = run(all.get(5).getBytes(StandardCharsets.UTF_8), "check", "-");
        assertThat(fieldProblems.exit()).isEqualTo(1);
        assertThat(JSON.readTree(fieldProblems.out())
                        .get("violations")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("FIELD_INVALID");

        Run notJson = run("{\"nik\": 3174015708990001x".getBytes(StandardCharsets.UTF_8), "check", "-");
        assertThat(notJson.exit()).isEqualTo(2);
        assertThat(notJson.err()).contains("is not JSON");
        assertThat(notJson.out()).isEmpty();

        Run missing = run("check", dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
    }

    @Test
    void checkPrintsExactlyTheLibrarysPreCheckAnswer(@TempDir Path dir) throws Exception {
        Schema schema;
        try (InputStream in = PrakerjaSchemas.open("pre-check")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule()).build();
        List<String> all = Files.readAllLines(KNOWN_DEFECTS);
        List<String> inputs = new ArrayList<>(all.subList(0, 8));
        inputs.add("[1, 2]"); // JSON, but not one applicant
        int answers = 0;
        for (String input : inputs) {
            Path file = dir.resolve("one.json");
            Files.writeString(file, input);
            for (String locale : List.of("id", "en")) {
                Run r = run("check", "--wave", "18", "--locale", locale, file.toString());
                if (r.exit() == 2) { // a known defect that is not JSON at all: no answer, one line on stderr
                    assertThat(r.err()).contains("is not JSON");
                    assertThat(r.out()).isEmpty();
                    continue;
                }
                assertThat(r.exit()).as(input).isIn(0, 1);
                answers++;
                assertThat(schema.validate(JSON.readTree(r.out()))).as(r.out()).isEmpty();
                PreCheck expected = PreChecks.of(input, EligibilityChecker.standard(), Evaluation.atWave(18));
                assertThat(mapper.readValue(r.out(), PreCheck.class)).isEqualTo(expected);
                assertThat(JSON.readTree(r.out()))
                        .isEqualTo(JSON.readTree(PrakerjaModule.writer(mapper, Locale.forLanguageTag(locale))
                                .writeValueAsString(expected)));
                assertThat(r.exit()).isEqualTo(expected.isEligible() ? 0 : 1);
            }
        }
        assertThat(answers).isGreaterThanOrEqualTo(10);
    }
}
