// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.Feeds;
import id.prakerja.testkit.GeneratedFeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads}: the jar as a process gives the same report bytes on any number of threads. */
class ThreadsJarIT {

    @Test
    void theBundledSampleGivesTheSameReportOnOneTwoAndFourThreads() throws Exception {
        for (String kind : new String[] {"json", "text"}) {
            sameReportOnEveryThreadCount(new String[] {"validate", "--report", kind}, null, "2", "4");
        }
    }

    @Test
    void aGeneratedFeedWithDuplicatesAndQuotasAcrossManyChunksToo(@TempDir Path dir) throws Exception {
        GeneratedFeed feed = Feeds.ndjson(Applicants.valid().atWave(18))
                .valid(4000)
                .duplicates(300)
                .familyQuotaBreaches(300)
                .malformed(30)
                .generate(20261203L);
        Path file = dir.resolve("feed.ndjson");
        Files.write(file, feed.text().getBytes(StandardCharsets.UTF_8));
        for (String kind : new String[] {"json", "text"}) {
            String[] options = {"validate", "--report", kind, "--wave", "18", "--max-samples", "100"};
            FeedValidatorJarIT.Run one = sameReportOnEveryThreadCount(options, file, "2", "4", DEFAULT);
            if (kind.equals("json")) {
                assertThat(one.out())
                        .contains(RuleCode.FEED_DUPLICATE_NIK.name(), RuleCode.ELIGIBILITY_FAMILY_QUOTA.name());
            }
        }
    }

    /**
     * Lines that the reading threads must read as one thread does: byte-order marks at line starts, CRLF,
     * blank lines, broken JSON and UTF-8 (whose messages name the line), lines over the 1 MiB record cap
     * (the first one at the start of the stream) and a last line without a newline, over many chunks; every
     * violation is kept as a sample, so every line number and message is compared.
     */
    @Test
    void awkwardLinesOverManyChunksGiveTheSameReportOnEveryThreadCount(@TempDir Path dir) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] big = ("{\"fullName\":\"" + "x".repeat(3_000_000) + "\"}\n").getBytes(StandardCharsets.US_ASCII);
        String[] lines = Feeds.ndjson(Applicants.valid().atWave(18))
                .valid(3000)
                .duplicates(100)
                .familyQuotaBreaches(100)
                .generate(7L)
                .text()
                .split("\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(big);
        for (int i = 0; i < lines.length; i++) {
            byte[] line = lines[i].getBytes(StandardCharsets.UTF_8);
            switch (i % 97) {
                case 1 -> out.writeBytes(bom);
                case 2 -> out.writeBytes("  \t\n".getBytes(StandardCharsets.US_ASCII));
                case 3 -> out.writeBytes("{\"nik\": 12\n".getBytes(StandardCharsets.US_ASCII));
                case 4 -> out.writeBytes(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
                case 5 -> out.writeBytes(big);
                default -> {}
            }
            out.writeBytes(line);
            if (i % 13 == 0) {
                out.write('\r');
            }
            if (i < lines.length - 1) {
                out.write('\n');
            }
        }
        Path file = dir.resolve("awkward.ndjson");
        Files.write(file, out.toByteArray());
        for (String kind : new String[] {"json", "text"}) {
            String[] options = {"validate", "--report", kind, "--wave", "18", "--max-samples", "100000"};
            FeedValidatorJarIT.Run one = sameReportOnEveryThreadCount(options, file, "2", "4");
            if (kind.equals("json")) {
                assertThat(one.out())
                        .contains(RuleCode.RECORD_TOO_LARGE.name(), RuleCode.RECORD_MALFORMED.name(), "at line ");
            }
        }
    }

    /**
     * {@code --rejects}, {@code --valid} and {@code --violations} are written while every thread reads and
     * checks, and hold the same bytes on one, two and four threads: NDJSON (over many chunks, with duplicates,
     * quotas, broken lines and defects), CSV (the same records, with rows of too few cells), and a JSON array
     * ({@code --violations} only).
     */
    @Test
    void theOutputFilesAreTheSameOnEveryThreadCount(@TempDir Path dir) throws Exception {
        GeneratedFeed feed = Feeds.ndjson(Applicants.valid().atWave(18))
                .valid(2500)
                .defects(RuleCode.NIK_FORMAT, 40)
                .duplicates(150)
                .familyQuotaBreaches(150)
                .malformed(20)
                .generate(20261207L);
        Path ndjson = dir.resolve("feed.ndjson");
        Files.write(ndjson, feed.text().getBytes(StandardCharsets.UTF_8));
        List<id.prakerja.core.eligibility.RawApplicant> bound = new ArrayList<>();
        try (id.prakerja.json.FeedReader<id.prakerja.core.eligibility.RawApplicant> r =
                id.prakerja.json.FeedReader.applicants(Files.newInputStream(ndjson))) {
            while (r.hasNext()) {
                r.next().value().ifPresent(bound::add);
            }
        }
        StringBuilder csv = new StringBuilder(
                        TabularFormatsTest.csvLine(id.prakerja.tabular.TabularReader.columnNames()))
                .append("\r\n");
        StringBuilder array = new StringBuilder("[\n");
        for (int i = 0; i < bound.size(); i++) {
            csv.append(TabularFormatsTest.csvLine(TabularFormatsTest.cells(bound.get(i))))
                    .append("\r\n");
            if (i % 200 == 7) {
                csv.append("3174,too few cells\r\n");
            }
            array.append(i == 0 ? "" : ",\n").append(TabularFormatsTest.MAPPER.writeValueAsString(bound.get(i)));
        }
        Path csvFile = Files.writeString(dir.resolve("feed.csv"), csv);
        Path jsonFile = Files.writeString(dir.resolve("feed.json"), array.append("\n]\n"));

        sameOutputsOnEveryThreadCount(dir, ndjson, "ndjson", true);
        sameOutputsOnEveryThreadCount(dir, csvFile, "csv", true);
        sameOutputsOnEveryThreadCount(dir, jsonFile, "json", false);
    }

    private static void sameOutputsOnEveryThreadCount(Path dir, Path feed, String ext, boolean rejectsAndValid)
            throws Exception {
        List<String> names = rejectsAndValid
                ? List.of("rejects." + ext, "valid." + ext, "violations.ndjson")
                : List.of("violations.ndjson");
        List<String> options = new ArrayList<>(List.of("validate", "--report", "json", "--wave", "18"));
        for (String name : names) {
            options.add("--" + name.substring(0, name.indexOf('.')));
            options.add(dir.resolve(name).toString());
        }
        List<byte[]> first = null;
        String firstReport = null;
        for (String threads : new String[] {"1", "2", "4"}) {
            FeedValidatorJarIT.Run run = FeedValidatorJarIT.run(args(options.toArray(new String[0]), threads, feed));
            assertThat(run.exit())
                    .as(ext + " on " + threads + " threads: " + run.err())
                    .isEqualTo(1);
            List<byte[]> files = new ArrayList<>();
            for (String name : names) {
                files.add(Files.readAllBytes(dir.resolve(name)));
                Files.delete(dir.resolve(name));
            }
            if (first == null) {
                first = files;
                firstReport = run.out();
                String violations = new String(files.get(files.size() - 1), StandardCharsets.UTF_8);
                assertThat(violations)
                        .contains(RuleCode.FEED_DUPLICATE_NIK.name(), RuleCode.ELIGIBILITY_FAMILY_QUOTA.name());
                if (rejectsAndValid) {
                    assertThat(new String(files.get(0), StandardCharsets.UTF_8))
                            .contains(RuleCode.FEED_DUPLICATE_NIK.name(), RuleCode.RECORD_MALFORMED.name());
                    assertThat(files.get(1)).isNotEmpty();
                }
                continue;
            }
            assertThat(run.out()).as(ext + " report on " + threads + " threads").isEqualTo(firstReport);
            for (int i = 0; i < names.size(); i++) {
                assertThat(files.get(i))
                        .as(names.get(i) + " on " + threads + " threads")
                        .isEqualTo(first.get(i));
            }
        }
    }

    @Test
    void aThreadCountOutOfRangeIsAUsageError() throws Exception {
        FeedValidatorJarIT.Run r = FeedValidatorJarIT.run("validate", "--threads", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be from 1 to 256");
    }

    /** A thread count that means "no --threads option": every available core. */
    private static final String DEFAULT = "default";

    /**
     * Runs {@code options} (then {@code file}, unless null) with {@code --threads 1}, expects exit 1, and
     * asserts that each of {@code threadCounts} gives the same exit and the same report bytes.
     *
     * @return the one-thread run
     */
    private static FeedValidatorJarIT.Run sameReportOnEveryThreadCount(
            String[] options, Path file, String... threadCounts) throws Exception {
        FeedValidatorJarIT.Run one = FeedValidatorJarIT.run(args(options, "1", file));
        assertThat(one.exit()).isEqualTo(1);
        for (String threads : threadCounts) {
            FeedValidatorJarIT.Run more = FeedValidatorJarIT.run(args(options, threads, file));
            assertThat(more.exit()).as("exit on " + threads + " threads").isEqualTo(one.exit());
            assertThat(more.out())
                    .as(String.join(" ", options) + " on " + threads + " threads")
                    .isEqualTo(one.out());
        }
        return one;
    }

    /** The hidden option that fixes the report's times, so that two runs give the same bytes. */
    static final String[] FIXED_CLOCK = {"--fixed-clock", "2026-12-01T00:00:00Z"};

    private static String[] args(String[] options, String threads, Path file) {
        List<String> out = new ArrayList<>(List.of(options));
        out.addAll(List.of(FIXED_CLOCK));
        if (!threads.equals(DEFAULT)) {
            out.add("--threads");
            out.add(threads);
        }
        if (file != null) {
            out.add(file.toString());
        }
        return out.toArray(new String[0]);
    }
}
