// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.prakerja.examples.feedvalidator.FeedValidatorJarIT.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code generate} as a user runs it: the jar as a process writes a feed and its expected outcomes, and
 * {@code validate} on that feed gives exactly those outcomes, record by record.
 */
class GenerateJarIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FULL_NUMBER = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");

    /** Runs the jar; nothing it prints on standard error may hold a 16-digit number or a stack trace. */
    static Run jar(String... args) throws IOException, InterruptedException {
        List<String> cmd =
                new ArrayList<>(List.of(FeedValidatorJarIT.java(), "-jar", FeedValidatorJarIT.JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Run r = new Run(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(FULL_NUMBER.matcher(r.err()).find())
                .as("a full NIK on stderr: %s", r.err())
                .isFalse();
        return r;
    }

    @Test
    void validateGivesEveryRecordItsExpectedOutcomeAtManyWavesInBothFormats(@TempDir Path dir) throws Exception {
        int checked = 0;
        for (int wave : new int[] {1, 3, 4, 12, 18, 47, 48, 71}) {
            for (String format : new String[] {"ndjson", "csv"}) {
                Path feed = dir.resolve("feed-" + wave + "." + format);
                Path expected = dir.resolve("expected-" + wave + "-" + format + ".ndjson");
                Run g = jar(
                        "generate",
                        "--wave",
                        String.valueOf(wave),
                        "--count",
                        "300",
                        "--breaking",
                        "all",
                        "--valid-share",
                        "0.4",
                        "--seed",
                        String.valueOf(20261207L + wave),
                        "--format",
                        format,
                        "--output",
                        feed.toString(),
                        "--expected",
                        expected.toString());
                assertThat(g.exit()).as(g.err()).isZero();
                assertThat(g.out()).isEmpty();
                assertThat(g.err()).isEmpty();
                checked += sameOutcomes(feed, expected, wave, format);
            }
        }
        assertThat(checked).isEqualTo(8 * 2 * 300);
    }

    @Test
    void chosenCodesOnlyAndAnAllValidFeed(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.csv");
        Path expected = dir.resolve("expected.ndjson");
        Run g = jar(
                "generate",
                "--wave",
                "18",
                "--count",
                "40",
                "--breaking",
                "ELIGIBILITY_MAX_AGE,nik_format",
                "--valid-share",
                "0.5",
                "--output",
                feed.toString(),
                "--expected",
                expected.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        assertThat(Files.readAllLines(feed).get(0)).startsWith("nik,familyCardNumber,fullName,");
        Map<String, Integer> byCode = new TreeMap<>();
        for (String line : Files.readAllLines(expected)) {
            JsonNode o = JSON.readTree(line);
            o.get("codes").forEach(c -> byCode.merge(c.asString(), 1, Integer::sum));
        }
        assertThat(byCode).containsExactly(Map.entry("ELIGIBILITY_MAX_AGE", 10), Map.entry("NIK_FORMAT", 10));
        assertThat(sameOutcomes(feed, expected, 18, "csv")).isEqualTo(40);

        Path clean = dir.resolve("clean.ndjson");
        Path cleanExpected = dir.resolve("clean-expected.ndjson");
        assertThat(jar(
                                "generate",
                                "--count",
                                "25",
                                "--output",
                                clean.toString(),
                                "--expected",
                                cleanExpected.toString())
                        .exit())
                .isZero();
        assertThat(Files.readAllLines(cleanExpected)).hasSize(25).allMatch(l -> l.contains("\"valid\":true"));
        assertThat(jar("validate", "--report", "json", clean.toString()).exit()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"ndjson", "csv"}) {
            List<byte[]> feeds = new ArrayList<>();
            List<byte[]> outcomes = new ArrayList<>();
            for (String seed : new String[] {"42", "42", "43"}) {
                Path feed = dir.resolve("f" + feeds.size() + "." + format);
                Path expected = dir.resolve("e" + feeds.size() + "-" + format);
                assertThat(jar(
                                        "generate",
                                        "--wave",
                                        "18",
                                        "--count",
                                        "120",
                                        "--breaking",
                                        "all",
                                        "--seed",
                                        seed,
                                        "--format",
                                        format,
                                        "--output",
                                        feed.toString(),
                                        "--expected",
                                        expected.toString())
                                .exit())
                        .isZero();
                feeds.add(Files.readAllBytes(feed));
                outcomes.add(Files.readAllBytes(expected));
            }
            assertThat(feeds.get(1)).isEqualTo(feeds.get(0));
            assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
            assertThat(feeds.get(2)).isNotEqualTo(feeds.get(0));
        }
        // standard output carries the same bytes as --output
        Path file = dir.resolve("same.ndjson");
        assertThat(jar("generate", "--count", "30", "--seed", "5", "--output", file.toString())
                        .exit())
                .isZero();
        Run toStdout = jar("generate", "--count", "30", "--seed", "5");
        assertThat(toStdout.exit()).isZero();
        assertThat(toStdout.out()).isEqualTo(Files.readString(file));
    }

    @Test
    void aBadOptionIsOneLineOnStandardErrorAndExitTwo(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"generate", "--breaking", "NOT_A_CODE"},
            {"generate", "--wave", "18", "--breaking", "ELIGIBILITY_CATEGORY"}, // breakable at waves 1-3 only
            {"generate", "--wave", "99"},
            {"generate", "--count", "0"},
            {"generate", "--count", "ten"},
            {"generate", "--valid-share", "1.5", "--breaking", "NIK_FORMAT"},
            {"generate", "--valid-share", "0.5"},
            {"generate", "--count", "10", "--breaking", "all"},
            {"generate", "--count", "4", "--valid-share", "0.25", "--breaking", "FEED_DUPLICATE_NIK"},
            {"generate", "--format", "csv", "--breaking", "FIELD_UNKNOWN"},
            {"generate", "--format", "xml"},
            {"generate", "--no-such-option"},
            {"generate", "--output", dir.toString()},
            {"generate", "--output", dir.resolve("missing/feed.ndjson").toString()},
        };
        for (String[] args : cases) {
            Run r = jar(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).startsWith("feed-validator: ");
        }
        assertThat(jar("generate", "--wave", "18", "--breaking", "ELIGIBILITY_CATEGORY")
                        .err())
                .contains("ELIGIBILITY_CATEGORY")
                .contains("ELIGIBILITY_MAX_AGE"); // what it can carry instead
        assertThat(jar(
                                "generate",
                                "--output",
                                dir.resolve("missing/feed.ndjson").toString())
                        .err())
                .endsWith(": no such file\n");
    }

    @Test
    void aFailedWriteIsAnError() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        Run r = jar("generate", "--count", "2000", "--output", "/dev/full");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("feed-validator: cannot write /dev/full: No space left on device\n");
    }

    @Test
    void theFeedIsNeverPrintedOnATerminal() throws Exception {
        // script(1) gives the command a pseudo-terminal as standard output
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script));
        String command = FeedValidatorJarIT.java() + " -jar " + FeedValidatorJarIT.JAR + " generate --count 3";
        Process p = new ProcessBuilder(script.toString(), "-qec", command, "/dev/null")
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(all).isEqualTo(2);
        assertThat(all).contains("feed-validator: ").contains("--output FILE");
        assertThat(FULL_NUMBER.matcher(all).find()).as(all).isFalse();
    }

    /**
     * Validates {@code feed} with every violation kept as a sample and checks each record's outcome against
     * {@code expected}: valid records have no sample, invalid ones exactly their expected codes (and a
     * duplicate the line of its first occurrence). Returns the number of records compared.
     */
    private static int sameOutcomes(Path feed, Path expected, int wave, String format) throws Exception {
        Run v = jar(
                "validate",
                "--wave",
                String.valueOf(wave),
                "--report",
                "json",
                "--max-samples",
                "all",
                "--threads",
                "2",
                "--format",
                format,
                feed.toString());
        String what = format + " feed at wave " + wave;
        assertThat(v.exit()).as(what + ": " + v.err()).isIn(0, 1);
        JsonNode report = JSON.readTree(v.out());
        Map<Long, List<String>> actual = new TreeMap<>();
        Map<Long, Long> firstLines = new TreeMap<>();
        for (JsonNode s : report.get("samples")) {
            long line = s.get("line").asLong();
            actual.computeIfAbsent(line, l -> new ArrayList<>())
                    .add(s.get("code").asString());
            if (s.get("code").asString().equals("FEED_DUPLICATE_NIK")) {
                firstLines.put(line, s.get("arguments").get("firstLine").asLong());
            }
        }
        List<String> outcomes = Files.readAllLines(expected);
        long valid = 0;
        Map<Long, List<String>> wanted = new TreeMap<>();
        Map<Long, Long> wantedFirst = new TreeMap<>();
        for (String text : outcomes) {
            JsonNode o = JSON.readTree(text);
            long line = o.get("line").asLong();
            List<String> codes = new ArrayList<>();
            o.get("codes").forEach(c -> codes.add(c.asString()));
            assertThat(o.get("valid").asBoolean()).isEqualTo(codes.isEmpty());
            if (codes.isEmpty()) {
                valid++;
            } else {
                assertThat(codes).as(what + ", line " + line).hasSize(1);
                wanted.put(line, codes);
            }
            if (o.has("firstLine")) {
                wantedFirst.put(line, o.get("firstLine").asLong());
            }
        }
        assertThat(report.get("records").asLong()).as(what).isEqualTo(outcomes.size());
        assertThat(report.get("valid").asLong()).as(what).isEqualTo(valid);
        assertThat(actual).as(what + ": the codes of each invalid line").isEqualTo(wanted);
        assertThat(firstLines).as(what + ": firstLine of each duplicate").isEqualTo(wantedFirst);
        return outcomes.size();
    }
}
