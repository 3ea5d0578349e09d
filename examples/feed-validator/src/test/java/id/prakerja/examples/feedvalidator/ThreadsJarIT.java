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
        String[] base = {"validate", "--report", "json", "--wave", "18", "--max-samples", "100"};
        FeedValidatorJarIT.Run one = FeedValidatorJarIT.run(concat(base, "--threads", "1", file.toString()));
        assertThat(one.exit()).isEqualTo(1);
        assertThat(one.out()).contains(RuleCode.FEED_DUPLICATE_NIK.name(), RuleCode.ELIGIBILITY_FAMILY_QUOTA.name());
        FeedValidatorJarIT.Run three = FeedValidatorJarIT.run(concat(base, "--threads", "3", file.toString()));
        assertThat(three.out()).isEqualTo(one.out());
        FeedValidatorJarIT.Run dflt = FeedValidatorJarIT.run(concat(base, file.toString()));
        assertThat(dflt.out()).isEqualTo(one.out());
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
