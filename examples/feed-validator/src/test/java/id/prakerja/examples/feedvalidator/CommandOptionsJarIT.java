// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.examples.feedvalidator.FeedValidatorJarIT.Run;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.Feeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar as a process: {@code --violations}, {@code --kind participants|activities} with {@code --agreement},
 * the report's metadata ({@code run}), thousands separators and one-line usage errors.
 */
class CommandOptionsJarIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("[0-9]{16}");
    private static final Path KNOWN_DEFECTS = Path.of("src/test/resources/known-defects.ndjson");
    private static final Path PARTICIPANTS = Path.of("src/test/resources/participants.ndjson");
    private static final Path ACTIVITIES = Path.of("src/test/resources/activities.ndjson");

    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void schema() throws IOException {
        FeedValidatorJarIT.loadSchema();
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return FeedValidatorJarIT.run(args);
    }

    /** Every violation as {@code line code field}, counted: what the samples of {@code --max-samples all} hold. */
    static Map<String, Integer> sampled(JsonNode report) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode s : report.path("samples")) {
            out.merge(
                    s.path("line").asLong() + " " + s.path("code").asString() + " "
                            + s.path("field").asString(),
                    1,
                    Integer::sum);
        }
        return out;
    }

    static long total(JsonNode report) {
        long n = 0;
        for (JsonNode c : report.path("violationsByCode")) {
            n += c.asLong();
        }
        return n;
    }

    @Test
    void violationsNdjsonHoldsEveryViolationOnceMaskedAndMatchesTheReport() throws Exception {
        for (String feed : new String[] {KNOWN_DEFECTS.toString(), null}) {
            for (String threads : new String[] {"1", "4"}) {
                Path out = dir.resolve("violations-" + threads + ".ndjson");
                List<String> args = new ArrayList<>(List.of(
                        "validate",
                        "--report",
                        "json",
                        "--max-samples",
                        "all",
                        "--threads",
                        threads,
                        "--violations",
                        out.toString()));
                if (feed != null) {
                    args.add(feed);
                }
                Run r = run(args.toArray(new String[0]));
                assertThat(r.exit()).isEqualTo(1);
                JsonNode report = FeedValidatorJarIT.validReport(r.out());
                String text = Files.readString(out, StandardCharsets.UTF_8);
                assertThat(SIXTEEN_DIGITS.matcher(text).find())
                        .as("a full NIK in the violations file")
                        .isFalse();
                List<String> lines = text.lines().toList();
                assertThat((long) lines.size()).isEqualTo(total(report)).isPositive();
                Map<String, Integer> written = new HashMap<>();
                long previous = 0;
                boolean someNik = false;
                for (String line : lines) {
                    JsonNode v = JSON.readTree(line);
                    assertThat(v.path("line").asLong()).isGreaterThanOrEqualTo(previous); // feed order
                    previous = v.path("line").asLong();
                    assertThat(v.has("code") && v.has("field") && v.has("arguments") && v.has("message"))
                            .isTrue();
                    someNik |= v.path("nik").asString("").contains("****");
                    written.merge(
                            v.path("line").asLong() + " " + v.path("code").asString() + " "
                                    + v.path("field").asString(),
                            1,
                            Integer::sum);
                }
                assertThat(someNik).as("masked NIKs are written").isTrue();
                assertThat(written).isEqualTo(sampled(report));
            }
        }
    }

    @Test
    void violationsCsvOfACsvFeedAndAFailedWrite() throws Exception {
        Path feed = Files.writeString(
                dir.resolve("feed.csv"),
                "nik,familyCardNumber,fullName,birthDate,sex,citizenship,domicile.provinceCode,workforceCategory,"
                        + "inFormalEducation,wave\n"
                        + "3174015708990001,3174010101090001,Siti,1999-08-17,FEMALE,WNI,31,JOB_SEEKER,false,18\n"
                        + "123,3174010101090001,Budi,1999-08-17,MALE,WNI,31,JOB_SEEKER,false,18\n");
        Path out = dir.resolve("violations.csv");
        Run r = run(
                "validate",
                "--report",
                "json",
                "--max-samples",
                "all",
                "--violations",
                out.toString(),
                feed.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = FeedValidatorJarIT.validReport(r.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ViolationsOutput.CSV_COLUMNS));
        assertThat((long) lines.size() - 1).isEqualTo(total(report)).isPositive();
        assertThat(SIXTEEN_DIGITS.matcher(String.join("\n", lines)).find()).isFalse();
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).matches("[0-9]+,.*");
        }
        Run full = run("validate", "--violations", "/dev/full", KNOWN_DEFECTS.toString());
        assertThat(full.exit()).isEqualTo(2);
        assertThat(full.err()).isEqualTo("feed-validator: cannot write /dev/full: No space left on device\n");
    }

    /**
     * An NDJSON feed end to end: the rejects hold exactly the invalid records (their lines as they came, with
     * their violations), the valid output exactly the valid lines, byte for byte and in order (a CRLF line
     * keeps its CR), and validating the valid output again gives no invalid record.
     */
    @Test
    void anNdjsonFeedEndToEndWithRejectsValidAndViolations() throws Exception {
        byte[] sample = ValidateCommand.class
                .getResourceAsStream(ValidateCommand.SAMPLE)
                .readAllBytes();
        String text = new String(sample, StandardCharsets.UTF_8).replaceFirst("\n", "\r\n") + "\n\n"
                + Files.readString(KNOWN_DEFECTS);
        Path feed = Files.writeString(dir.resolve("feed.ndjson"), text);
        Path rejects = dir.resolve("rejects.ndjson");
        Path valid = dir.resolve("valid.ndjson");
        Path violations = dir.resolve("violations.ndjson");
        Run r = run(
                "validate",
                "--report",
                "json",
                "--max-samples",
                "all",
                "--rejects",
                rejects.toString(),
                "--valid",
                valid.toString(),
                "--violations",
                violations.toString(),
                feed.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = FeedValidatorJarIT.validReport(r.out());
        String[] input = text.split("\n", -1);
        List<String> rejectLines = Files.readString(rejects).lines().toList();
        List<String> validLines = List.of(Files.readString(valid).split("\n", -1));
        assertThat((long) rejectLines.size())
                .isEqualTo(report.path("invalid").asLong())
                .isPositive();
        assertThat(validLines.get(validLines.size() - 1)).isEmpty(); // every line ends with \n
        validLines = validLines.subList(0, validLines.size() - 1);
        assertThat((long) validLines.size())
                .isEqualTo(report.path("valid").asLong())
                .isPositive();
        java.util.Set<Long> rejected = new java.util.HashSet<>();
        long violationCount = 0;
        for (String line : rejectLines) {
            JsonNode reject = JSON.readTree(line);
            long n = reject.path("line").asLong();
            rejected.add(n);
            assertThat(reject.path("record").asString()).isEqualTo(input[(int) n - 1]);
            assertThat(reject.path("violations").isEmpty()).isFalse();
            violationCount += reject.path("violations").size();
        }
        List<String> notRejected = new ArrayList<>();
        for (int i = 0; i < input.length; i++) {
            if (!rejected.contains((long) i + 1) && !input[i].isBlank()) {
                notRejected.add(input[i]);
            }
        }
        assertThat(validLines).isEqualTo(notRejected);
        assertThat(validLines.get(0)).endsWith("\r"); // the CRLF line, unchanged
        // the errors of the rejects are violations of the violations file too
        assertThat(Files.readString(violations).lines().count()).isGreaterThanOrEqualTo(violationCount);
        Run again = run("validate", "--report", "json", valid.toString());
        assertThat(again.exit()).isZero();
        assertThat(FeedValidatorJarIT.validReport(again.out()).path("records").asLong())
                .isEqualTo(report.path("valid").asLong());
        Run array = run("validate", "--format", "json", "--rejects", rejects.toString(), feed.toString());
        assertThat(array.exit()).isEqualTo(2);
        assertThat(array.err()).contains("--rejects and --valid are offered for applicant feeds in NDJSON");
    }

    @Test
    void participantFeedsAreValidatedAsOfTheDate() throws Exception {
        Run r = run(
                "validate",
                "--kind",
                "participants",
                "--date",
                "2022-01-31",
                "--report",
                "json",
                "--max-samples",
                "all",
                PARTICIPANTS.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = FeedValidatorJarIT.validReport(r.out());
        assertThat(report.path("records").asLong()).isEqualTo(7); // the blank line is not a record
        assertThat(report.path("valid").asLong()).isEqualTo(2);
        assertThat(report.path("invalid").asLong()).isEqualTo(5);
        assertThat(sampled(report))
                .containsKeys(
                        "2 PARTICIPATION_FIRST_PURCHASE_LATE events[1].date",
                        "4 PARTICIPATION_ACCOUNT_NIK_MISMATCH events[1].accountNik",
                        "5 RECORD_MALFORMED ",
                        "6 FIELD_UNKNOWN note",
                        "7 NIK_FORMAT nik");
        JsonNode run = report.path("run");
        assertThat(run.path("kind").asString()).isEqualTo("participants");
        assertThat(run.path("evaluation").path("mode").asString()).isEqualTo("DATE");
        assertThat(run.path("evaluation").path("date").asString()).isEqualTo("2022-01-31");
        assertThat(run.path("evaluation").path("recordWave").asString()).isEqualTo("ACCEPTANCE_WAVE");
        // the same histories on a date before the first purchase was late: that one is valid then
        Run early = run(
                "validate",
                "--kind",
                "participants",
                "--date",
                "2021-09-15",
                "--report",
                "json",
                PARTICIPANTS.toString());
        assertThat(FeedValidatorJarIT.validReport(early.out())
                        .path("violationsByCode")
                        .has("PARTICIPATION_FIRST_PURCHASE_LATE"))
                .isFalse();
        Run wave = run("validate", "--kind", "participants", "--wave", "18", PARTICIPANTS.toString());
        assertThat(wave.exit()).isEqualTo(2);
        assertThat(wave.err().lines().count()).isOne();
        assertThat(wave.err()).contains("--wave is for applicants");
    }

    @Test
    void activityFeedsAreCheckedAgainstTheBundledOrAGivenAgreement() throws Exception {
        Run r = run(
                "validate", "--kind", "activities", "--report", "json", "--max-samples", "all", ACTIVITIES.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = FeedValidatorJarIT.validReport(r.out());
        assertThat(report.path("records").asLong()).isEqualTo(7);
        assertThat(report.path("valid").asLong()).isEqualTo(2);
        assertThat(sampled(report))
                .containsOnlyKeys(
                        "2 COOPERATION_ACTIVITY_PERIOD date",
                        "3 COOPERATION_ACTIVITY_REGION region.provinceCode",
                        "4 FIELD_INVALID agreement",
                        "6 FIELD_REQUIRED channel",
                        "7 RECORD_MALFORMED ");
        assertThat(report.path("run").path("evaluation").path("agreement").asString())
                .isEqualTo("DKI-JAKARTA-PMO-2021");
        assertThat(report.path("recordsByProvince").path("32").asLong()).isEqualTo(1);
        // another agreement: West Java's, with no period; only line 4 names it
        String jabar = "{\"identifier\":\"JABAR-PMO-2022\",\"type\":\"COOPERATION_AGREEMENT\",\"title\":\"Kerja sama"
                + " Jawa Barat\",\"parties\":[{\"name\":\"Pemerintah Provinsi Jawa Barat\",\"kind\":\"PROVINCIAL_GOVERNMENT\","
                + "\"region\":{\"provinceCode\":\"32\"}},{\"name\":\"Manajemen Pelaksana Program Kartu Prakerja\",\"kind\":"
                + "\"PROGRAMME_MANAGEMENT_OFFICE\"}],\"signatories\":[{\"name\":\"A\",\"position\":\"Sekda\",\"party\":"
                + "\"Pemerintah Provinsi Jawa Barat\"},{\"name\":\"B\",\"position\":\"Direktur\",\"party\":\"Manajemen"
                + " Pelaksana Program Kartu Prakerja\"}],\"signingDate\":\"2021-10-01\",\"region\":{\"provinceCode\":\"32\"},"
                + "\"objectives\":[{\"code\":\"INFORMATION_DISSEMINATION\"}],\"audience\":{\"workforceCategories\":"
                + "[\"JOB_SEEKER\"]}}";
        Path agreement = Files.writeString(dir.resolve("jabar.json"), jabar);
        Run other = run(
                "validate",
                "--kind",
                "activities",
                "--agreement",
                agreement.toString(),
                "--report",
                "json",
                "--max-samples",
                "all",
                ACTIVITIES.toString());
        JsonNode otherReport = FeedValidatorJarIT.validReport(other.out());
        assertThat(sampled(otherReport))
                .containsEntry("1 FIELD_INVALID agreement", 1)
                .containsEntry("4 COOPERATION_ACTIVITY_REGION region.provinceCode", 1)
                .doesNotContainKey("4 FIELD_INVALID agreement");
        assertThat(otherReport.path("run").path("evaluation").path("agreement").asString())
                .isEqualTo("JABAR-PMO-2022");
        // an agreement that is not one: one clear line, exit 2
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"identifier\":\"X\"}");
        Run bad = run("validate", "--kind", "activities", "--agreement", broken.toString(), ACTIVITIES.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("feed-validator: the agreement in ").contains("FIELD_REQUIRED");
        assertThat(bad.err().lines().count()).isOne();
        Run notActivities = run("validate", "--agreement", agreement.toString(), KNOWN_DEFECTS.toString());
        assertThat(notActivities.exit()).isEqualTo(2);
        assertThat(notActivities.err()).contains("--agreement is for --kind activities only");
    }

    @Test
    void theReportSaysWhatItCheckedInJsonTextAndHtml() throws Exception {
        String clock = "2026-12-01T08:30:00Z";
        Run json =
                run("validate", "--report", "json", "--fixed-clock", clock, "--wave", "18", KNOWN_DEFECTS.toString());
        JsonNode run = FeedValidatorJarIT.validReport(json.out()).path("run");
        assertThat(run.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(run.path("tool").path("name").asString()).isEqualTo("feed-validator");
        assertThat(run.path("tool").path("version").asString()).isNotBlank().isNotEqualTo("unknown");
        assertThat(run.path("library").path("version").asString())
                .isEqualTo(run.path("tool").path("version").asString());
        assertThat(run.path("kind").asString()).isEqualTo("applicants");
        assertThat(run.path("evaluation").path("mode").asString()).isEqualTo("WAVE");
        assertThat(run.path("evaluation").path("wave").asInt()).isEqualTo(18);
        assertThat(run.path("evaluation").path("recordWave").asString()).isEqualTo("OWN_WAVE");
        assertThat(run.path("input").path("name").asString()).isEqualTo(KNOWN_DEFECTS.toString());
        assertThat(run.path("input").path("bytes").asLong()).isEqualTo(Files.size(KNOWN_DEFECTS));
        assertThat(run.path("input").path("format").asString()).isEqualTo("ndjson");
        assertThat(run.path("startedAt").asString()).isEqualTo(clock);
        assertThat(run.path("finishedAt").asString()).isEqualTo(clock);
        assertThat(run.path("durationMillis").asLong()).isZero();
        Run live = run("validate", "--report", "json", KNOWN_DEFECTS.toString());
        JsonNode liveRun = FeedValidatorJarIT.validReport(live.out()).path("run");
        assertThat(java.time.Instant.parse(liveRun.path("finishedAt").asString()))
                .isAfterOrEqualTo(
                        java.time.Instant.parse(liveRun.path("startedAt").asString()));
        assertThat(liveRun.path("evaluation").path("mode").asString()).isEqualTo("LATEST_WAVE");
        String bytes = String.valueOf(Files.size(KNOWN_DEFECTS));
        for (String kind : new String[] {"text", "html"}) {
            Run r = run(
                    "validate",
                    "--report",
                    kind,
                    "--locale",
                    "en",
                    "--fixed-clock",
                    clock,
                    "--wave",
                    "18",
                    KNOWN_DEFECTS.toString());
            assertThat(r.out())
                    .as(kind)
                    .contains("Records checked")
                    .contains("applicants")
                    .contains(String.format(java.util.Locale.ENGLISH, "%,d bytes, ndjson", Long.parseLong(bytes)))
                    .contains(
                            "feed-validator " + run.path("tool").path("version").asString())
                    .contains("prakerja " + run.path("library").path("version").asString())
                    .contains("started " + clock + ", finished " + clock + " (0.000 s)")
                    .contains("wave 18");
        }
    }

    @Test
    void countsHaveThousandsSeparatorsAndTheSampleHeadingSaysWhatItCounts() throws Exception {
        Path feed = dir.resolve("big.ndjson");
        Files.writeString(
                feed,
                Feeds.ndjson(Applicants.valid().atWave(18))
                        .valid(1234)
                        .duplicates(3)
                        .generate(42L)
                        .text());
        Run id = run("validate", "--wave", "18", "--max-samples", "2", feed.toString());
        assertThat(id.out()).contains("Rekaman: 1.237").contains("Valid: 1.234");
        assertThat(id.out()).contains("Contoh pelanggaran: 2 pertama dari 3 pelanggaran");
        Run en = run("validate", "--wave", "18", "--locale", "en", "--report", "html", feed.toString());
        assertThat(en.out()).contains("<b>1,237</b>").contains("<b>1,234</b>");
        assertThat(en.out()).contains("Sample violations: all 3 violations");
        Run enText = run("validate", "--wave", "18", "--locale", "en", "--max-samples", "1", feed.toString());
        assertThat(enText.out()).contains("Records: 1,237").contains("the first 1 of 3 violations");
    }

    @Test
    void usageErrorsAreOneLineThatPointsToHelp() throws Exception {
        for (String[] args : List.of(
                new String[] {"validate", "--no-such-option"},
                new String[] {"validate", "--report", "pdf"},
                new String[] {"validate", "--kind", "trainings"},
                new String[] {"validate", "--max-samples", "-1"},
                new String[] {"check"})) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines().count()).as(r.err()).isOne();
            assertThat(r.err())
                    .startsWith("feed-validator: ")
                    .endsWith("; see 'feed-validator " + args[0] + " --help'\n")
                    .doesNotContain("Usage:");
        }
        assertThat(run("validate", "--reprot", "json").err())
                .contains("did you mean")
                .contains("--report");
    }
}
