package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.Feeds;
import id.prakerja.testkit.GeneratedFeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --threads}: the jar as a process gives the same report bytes on any number of threads. */
class ThreadsJarIT {

    @Test
    void theBundledSampleGivesTheSameReportOnOneTwoAndFourThreads() throws Exception {
        for (String kind : new String[] {"json", "text"}) {
            FeedValidatorJarIT.Run one = FeedValidatorJarIT.run("validate", "--report", kind, "--threads", "1");
            assertThat(one.exit()).isEqualTo(1);
            for (String threads : new String[] {"2", "4"}) {
                FeedValidatorJarIT.Run more =
                        FeedValidatorJarIT.run("validate", "--report", kind, "--threads", threads);
                assertThat(more.exit()).isEqualTo(one.exit());
                assertThat(more.out())
                        .as(kind + " report on " + threads + " threads")
                        .isEqualTo(one.out());
            }
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
            String[] base = {"validate", "--report", kind, "--wave", "18", "--max-samples", "100"};
            FeedValidatorJarIT.Run one = FeedValidatorJarIT.run(concat(base, "--threads", "1", file.toString()));
            assertThat(one.exit()).isEqualTo(1);
            if (kind.equals("json")) {
                assertThat(one.out())
                        .contains(RuleCode.FEED_DUPLICATE_NIK.name(), RuleCode.ELIGIBILITY_FAMILY_QUOTA.name());
            }
            for (String threads : new String[] {"2", "4"}) {
                FeedValidatorJarIT.Run more =
                        FeedValidatorJarIT.run(concat(base, "--threads", threads, file.toString()));
                assertThat(more.exit()).isEqualTo(1);
                assertThat(more.out())
                        .as(kind + " report on " + threads + " threads")
                        .isEqualTo(one.out());
            }
            FeedValidatorJarIT.Run dflt = FeedValidatorJarIT.run(concat(base, file.toString()));
            assertThat(dflt.out()).as(kind + " report on every core").isEqualTo(one.out());
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
            String[] base = {"validate", "--report", kind, "--wave", "18", "--max-samples", "100000"};
            FeedValidatorJarIT.Run one = FeedValidatorJarIT.run(concat(base, "--threads", "1", file.toString()));
            assertThat(one.exit()).isEqualTo(1);
            if (kind.equals("json")) {
                assertThat(one.out())
                        .contains(RuleCode.RECORD_TOO_LARGE.name(), RuleCode.RECORD_MALFORMED.name(), "at line ");
            }
            for (String threads : new String[] {"2", "4"}) {
                FeedValidatorJarIT.Run more =
                        FeedValidatorJarIT.run(concat(base, "--threads", threads, file.toString()));
                assertThat(more.exit()).isEqualTo(1);
                assertThat(more.out())
                        .as(kind + " report on " + threads + " threads")
                        .isEqualTo(one.out());
            }
        }
    }

    @Test
    void aThreadCountOutOfRangeIsAUsageError() throws Exception {
        FeedValidatorJarIT.Run r = FeedValidatorJarIT.run("validate", "--threads", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be from 1 to 256");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
