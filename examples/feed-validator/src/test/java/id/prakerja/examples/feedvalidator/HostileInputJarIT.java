// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static id.prakerja.examples.feedvalidator.FeedValidatorJarIT.JAR;
import static id.prakerja.examples.feedvalidator.FeedValidatorJarIT.java;
import static id.prakerja.examples.feedvalidator.FeedValidatorJarIT.run;
import static id.prakerja.examples.feedvalidator.FeedValidatorJarIT.validReport;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Nik;
import id.prakerja.examples.feedvalidator.FeedValidatorJarIT.Run;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crafted inputs of issue 13 (a hostile-input campaign) through the built jar, as a process: nothing
 * leaks, nothing is corrupted, nothing misleads.
 */
class HostileInputJarIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A valid applicant; the numbers below are made up and used only as keys. */
    static final String GOOD = "{\"nik\":\"3174015708990001\",\"familyCardNumber\":\"3174011504190001\","
            + "\"fullName\":\"Siti Aminah\",\"birthDate\":\"1999-08-17\",\"sex\":\"FEMALE\",\"citizenship\":\"WNI\","
            + "\"domicile\":{\"provinceCode\":\"31\"},\"workforceCategory\":\"JOB_SEEKER\","
            + "\"inFormalEducation\":false,\"occupation\":\"UNEMPLOYED\",\"socialAssistance\":[],"
            + "\"priorParticipation\":\"NONE\",\"wave\":18}";

    static final String KEY_NIK = "3174011708030001";
    static final String KEY_PREFIXED = "3174011708030002";
    static final String KEY_KK = "3174011504190003";
    /** 3174011708030004 in full-width digits (U+FF10..U+FF19). */
    static final String KEY_FULL_WIDTH = fullWidth("3174011708030004");

    @BeforeAll
    static void schema() throws IOException {
        FeedValidatorJarIT.loadSchema();
    }

    static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append((char) ('\uFF10' + (c - '0'))));
        return b.toString();
    }

    /** The applicant with {@code extra} (JSON members) added at the end of its object. */
    static String with(String extra) {
        return GOOD.substring(0, GOOD.length() - 1) + "," + extra + "}";
    }

    static void assertNoKeyNumber(String what, String text) {
        for (String n : List.of(KEY_NIK, KEY_PREFIXED, KEY_KK, KEY_FULL_WIDTH)) {
            assertThat(text).as("%s holds %s in full", what, n).doesNotContain(n);
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Item 1: a NIK or KK as a field name (a feed keyed by NIK, a prefixed key, a domicile key, full width). */
    @Test
    void item1aNumberInAFieldNameIsMaskedInEveryReportAndInCheck(@TempDir Path dir) throws Exception {
        String record = with("\"" + KEY_NIK + "\":{\"a\":1},\"nik_" + KEY_PREFIXED + "\":1,\"x" + KEY_FULL_WIDTH
                        + "\":1")
                .replace("{\"provinceCode\":\"31\"}", "{\"provinceCode\":\"31\",\"" + KEY_KK + "\":1}");
        Path feed = write(dir, "keyed.ndjson", record + "\n");
        Path html = dir.resolve("report.html");
        Run text = run("validate", "--locale", "en", feed.toString());
        Run json = run("validate", "--report", "json", feed.toString());
        Run page = run("validate", "--report", "html", "--output", html.toString(), feed.toString());
        Run check = run("check", "--locale", "en", feed.toString());
        for (Run r : List.of(text, json, page, check)) {
            assertThat(r.exit()).isEqualTo(1);
            assertNoKeyNumber("stdout", r.out());
            assertNoKeyNumber("stderr", r.err());
        }
        assertNoKeyNumber("the HTML report", Files.readString(html));
        assertThat(text.out())
                .contains("The field 3174********0001 is not defined")
                .contains("nik_3174********0002")
                .contains("domicile.3174********0003")
                .contains("x" + KEY_FULL_WIDTH.substring(0, 4) + "********");
        JsonNode report = validReport(json.out());
        assertThat(report.get("violationsByCode").get("FIELD_UNKNOWN").asLong()).isEqualTo(4);
        assertThat(json.out()).contains("\"pointer\" : \"/domicile/3174********0003\"");
        JsonNode decision = JSON.readTree(check.out());
        assertThat(decision.get("whatIf").toString()).contains("3174********0001");
    }

    /** Item 2: a NIK whose old mask cut a surrogate pair, and an escaped lone surrogate. */
    @Test
    void item2surrogatesNeverCorruptAnOutputFile(@TempDir Path dir) throws Exception {
        String feed = "{\"nik\":\"abc\uD83D\uDE00defghijklmnopq\uD83D\uDE00\"}\n" // 4 units: "abc" + half an emoji
                + "{\"nik\":\"\\ud800abc3174015708990001\"}\n" // an escaped lone surrogate
                + "{\"nik\":\"3174015708990001\\udc00\",\"x\\ud800\":1}\n"
                + GOOD + "\n";
        Path in = write(dir, "surrogates.ndjson", feed.repeat(50));
        Path json = dir.resolve("report.json");
        Path text = dir.resolve("report.txt");
        Path html = dir.resolve("report.html");
        Run j = run(
                "validate", "--report", "json", "--max-samples", "1000", "--output", json.toString(), in.toString());
        Run t = run("validate", "--max-samples", "1000", "--output", text.toString(), in.toString());
        Run h = run("validate", "--report", "html", "--output", html.toString(), in.toString());
        for (Run r : List.of(j, t, h)) {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).isEmpty();
        }
        JsonNode report = validReport(Files.readString(json));
        assertThat(report.get("records").asLong()).isEqualTo(200);
        assertThat(report.get("invalid").asLong()).isGreaterThanOrEqualTo(150);
        // well-formed UTF-8 of a sane size: a report of 200 records, not a buffer re-sent on every write
        for (Path p : List.of(json, text, html)) {
            byte[] bytes = Files.readAllBytes(p);
            assertThat(bytes.length).as("%s", p).isLessThan(1_000_000);
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            assertThat(decoded).as("%s", p).doesNotContain("3174015708990001");
        }
        assertThat(Files.readString(text)).contains("abc\uD83D\uDE00").contains("\uFFFDabc");
    }

    /** Item 3: a write that fails is an error, on --output and on standard output, for both commands. */
    @Test
    void item3aFailedWriteExitsTwoWithItsReason(@TempDir Path dir) throws Exception {
        Path feed = write(dir, "good.ndjson", GOOD + "\n");
        Run full = run("validate", "--output", "/dev/full", feed.toString());
        assertThat(full.exit()).isEqualTo(2);
        assertThat(full.err()).isEqualTo("feed-validator: cannot write /dev/full: No space left on device\n");
        Run json = run("validate", "--report", "json", "--output", "/dev/full", feed.toString());
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("cannot write /dev/full: No space left on device");
        Path nowhere = dir.resolve("missing").resolve("report.txt");
        Run missing = run("validate", "--output", nowhere.toString(), feed.toString());
        assertThat(missing.exit()).isEqualTo(2);
        // a temporary directory's name has a long number: masked, as every number of nine digits or more
        assertThat(missing.err()).contains("cannot write " + Nik.maskNumbersIn(nowhere.toString()) + ": no such file");
        Run directory = run("validate", "--output", dir.toString(), feed.toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err()).contains("cannot write " + Nik.maskNumbersIn(dir.toString()) + ": Is a directory");

        for (String[] args : List.of(
                new String[] {"validate", feed.toString()},
                new String[] {"validate", "--report", "html", feed.toString()},
                new String[] {"check", feed.toString()})) {
            List<String> cmd = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
            cmd.addAll(List.of(args));
            Run r = run(new ProcessBuilder(cmd).redirectOutput(new File("/dev/full")), null);
            assertThat(r.exit()).as("%s", List.of(args)).isEqualTo(2);
            assertThat(r.err()).isEqualTo("feed-validator: cannot write standard output: No space left on device\n");
        }
    }

    /** Item 4: control and bidi characters of the input are escaped in the text report. */
    @Test
    void item4theInputCannotDriveTheTerminal(@TempDir Path dir) throws Exception {
        String forged =
                "a\\nRecords: 999   Valid: 999   Invalid: 0\\u001b[2J\\u001b[31m\\r\\u202e\\u0000\\u0085\\u2066";
        Path feed = write(
                dir, "forged\u202E.ndjson", "{\"" + forged + "\":1}\n{\"nik\":\"\\u001b[2J\\r\\u202e0000000000\"}\n");
        Run r = run("validate", "--locale", "en", feed.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().filter(l -> l.startsWith("Records:")))
                .containsExactly("Records: 2   Valid: 0   Invalid: 2");
        for (char c : new char[] {'\u001B', '\r', '\u202E', '\u0000', '\u0085', '\u2066'}) {
            assertThat(r.out().indexOf(c))
                    .as("U+%04X in the text report", (int) c)
                    .isEqualTo(-1);
        }
        assertThat(r.out())
                .contains("a\\u000ARecords: 999   Valid: 999   Invalid: 0\\u001B[2J\\u001B[31m\\u000D\\u202E\\u0000")
                .contains("forged\\u202E.ndjson")
                .contains("\\u001B[2J********0000");
    }

    /** Item 5: a JSON-array feed cut short by a limit says so in every report, and exits 2. */
    @Test
    void item5aJsonArrayCutShortByALimitSaysWhereAndWhyAndExitsTwo(@TempDir Path dir) throws Exception {
        String second = GOOD.replace("3174015708990001", "3174015708990002");
        String fourth = GOOD.replace("3174015708990001", "3174015708990004");
        String[][] cases = {
            {GOOD.replace("Siti Aminah", "x".repeat(100_001)), "maxStringLength=100000"},
            {with("\"deep\":" + "[".repeat(33) + "]".repeat(33)), "maxNestingDepth=32"},
            {GOOD.replace("\"wave\":18", "\"wave\":" + "9".repeat(101)), "maxNumberLength=100"}
        };
        for (String[] c : cases) {
            Path feed = write(dir, "cut.json", "[\n" + GOOD + ",\n" + second + ",\n" + c[0] + ",\n" + fourth + "\n]\n");
            Run json = run("validate", "--format", "json", "--report", "json", "--locale", "en", feed.toString());
            assertThat(json.exit()).as(c[1]).isEqualTo(2);
            JsonNode report = validReport(json.out());
            assertThat(report.get("records").asLong()).isEqualTo(3);
            JsonNode cut = report.get("cutShort");
            assertThat(cut.get("element").asLong()).isEqualTo(3);
            assertThat(cut.get("line").asLong()).isEqualTo(4);
            assertThat(cut.get("code").asString()).isEqualTo("RECORD_TOO_LARGE");
            assertThat(cut.get("arguments").get("limit").asString()).isEqualTo(c[1]);
            assertThat(json.err())
                    .startsWith("feed-validator: The feed was cut short: reading stopped at element 3 (line 4)")
                    .contains(c[1])
                    .hasLineCount(1);

            Run text = run("validate", "--format", "json", "--locale", "en", feed.toString());
            assertThat(text.exit()).isEqualTo(2);
            assertThat(text.out()).contains("The feed was cut short: reading stopped at element 3 (line 4)");
            Path html = dir.resolve("cut.html");
            Run page = run(
                    "validate", "--format", "json", "--report", "html", "--output", html.toString(), feed.toString());
            assertThat(page.exit()).isEqualTo(2);
            assertThat(Files.readString(html)).contains("Feed terpotong: pembacaan berhenti pada elemen 3 (baris 4)");
        }
    }

    /** Item 6: a line of only a byte-order mark (or a mark and spaces) after line 1 is blank. */
    @Test
    void item6aLineOfOnlyAByteOrderMarkIsBlank(@TempDir Path dir) throws Exception {
        String second =
                GOOD.replace("3174015708990001", "3174015708990002").replace("3174011504190001", "3174011504190002");
        Path feed = write(dir, "bom.ndjson", "\uFEFF" + GOOD + "\n\uFEFF\n\uFEFF   \r\n\uFEFF" + second + "\n");
        Run r = run("validate", "--report", "json", feed.toString());
        JsonNode report = validReport(r.out());
        assertThat(report.get("records").asLong()).isEqualTo(2);
        assertThat(report.get("valid").asLong()).isEqualTo(2);
        assertThat(r.exit()).isZero();
    }

    /** Item 7: {@code check} of an empty or whitespace-only file is "not JSON". */
    @Test
    void item7checkOfAnEmptyFileIsNotJson(@TempDir Path dir) throws Exception {
        for (String content : List.of("", "  \n\t \r\n")) {
            Path f = write(dir, "applicant.json", content);
            Run r = run("check", f.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err())
                    .contains(Nik.maskNumbersIn(f.toString()) + " is not JSON: it is empty or only whitespace");
        }
        Run stdin = run(new byte[0], "check", "-");
        assertThat(stdin.exit()).isEqualTo(2);
        assertThat(stdin.err()).contains("standard input is not JSON");
    }

    /** Item 9: out of memory is one line naming the heap and what uses it, exit 2, no stack trace. */
    @Test
    void item9outOfMemoryIsOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        StringBuilder feed = new StringBuilder();
        StringBuilder unknown = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            unknown.append(k == 0 ? "" : ",").append("\"unknownField").append(k).append("\":1");
        }
        for (int i = 0; i < 10_000; i++) {
            feed.append(with(unknown.toString()).replace("3174015708990001", String.format("3174015708%06d", i)))
                    .append('\n');
        }
        Path in = write(dir, "wide.ndjson", feed.toString());
        List<String> small = List.of(java(), "-Xmx24m", "-XX:+UseSerialGC", "-jar", JAR.toString(), "validate");
        List<String> cmd = new ArrayList<>(small);
        cmd.addAll(List.of("--report", "json", "--max-samples", "100000000", in.toString()));
        Run r = run(new ProcessBuilder(cmd), null);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("feed-validator: out of memory (maximum Java heap ")
                .contains("distinct NIK")
                .contains("--max-samples")
                .contains("-Xmx")
                .hasLineCount(1);
        // the same heap is enough with the default sample cap: the samples asked for were what filled it
        List<String> capped = new ArrayList<>(small);
        capped.addAll(List.of("--report", "json", in.toString()));
        Run ok = run(new ProcessBuilder(capped), null);
        assertThat(ok.exit()).isEqualTo(1);
        assertThat(validReport(ok.out()).get("records").asLong()).isEqualTo(10_000);
    }

    /** Item 10: a closed standard input is detected, never read (it was the JVM's own lib/modules). */
    @Test
    void item10aClosedStandardInputExitsTwo() throws Exception {
        for (String command : List.of("validate", "check")) {
            Run r = run(
                    new ProcessBuilder(
                            "/bin/sh", "-c", "exec \"$0\" -jar \"$1\" " + command + " - <&-", java(), JAR.toString()),
                    null);
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.err()).isEqualTo("feed-validator: standard input is closed\n");
            assertThat(r.out()).isEmpty();
        }
    }

    /** Item 12: a usage error names the problem, not a Java class. */
    @Test
    void item12aBadDateSaysItIsNotADate() throws Exception {
        for (String date : List.of("2021-02-29", "2021-13-01", "yesterday")) {
            Run r = run("validate", "--date", date);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err())
                    .contains("Invalid value for option '--date': " + date + " is not a date (YYYY-MM-DD)")
                    .doesNotContain("java.")
                    .doesNotContain("Exception");
            Run check = run("check", "--date", date, "-");
            assertThat(check.exit()).isEqualTo(2);
            assertThat(check.err()).contains(date + " is not a date (YYYY-MM-DD)");
        }
    }
}
