// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file feed of the scale runs is the in-memory feed of the benchmarks, written out. */
class GenerateFeedTest {

    @Test
    void writesTheBenchmarkFeedAndItsCounts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.ndjson");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            GenerateFeed.main(new String[] {"--records", "20000", "--out", file.toString()});
        } finally {
            System.setOut(stdout);
        }
        FeedGenerator.Feed feed = FeedGenerator.generate(20_000, FeedGenerator.SEED);
        assertThat(Files.readAllBytes(file)).isEqualTo(feed.bytes());
        assertThat(Files.exists(dir.resolve("feed.ndjson.tmp"))).isFalse();

        String stats = captured.toString(StandardCharsets.UTF_8);
        long repeats = value(stats, "repeatedLines");
        assertThat(stats).contains("records=20000\n", "bytes=" + feed.bytes().length + "\n", "seed=20210816\n");
        assertThat(repeats).isBetween(60L, 140L);
        // every new record has its own NIK (random region, date and serial), repeats add none
        long distinct = value(stats, "distinctNiks");
        assertThat(distinct).isBetween(20_000 - repeats - 5, 20_000 - repeats);
    }

    @Test
    void aShortFeedIsAPrefixOfALongerOne() {
        FeedGenerator.Feed shorter = FeedGenerator.generate(3_000, FeedGenerator.SEED);
        FeedGenerator.Feed longer = FeedGenerator.generate(5_000, FeedGenerator.SEED);
        byte[] prefix = java.util.Arrays.copyOf(longer.bytes(), shorter.bytes().length);
        assertThat(prefix).isEqualTo(shorter.bytes());
    }

    private static long value(String stats, String key) {
        for (String line : stats.split("\n")) {
            if (line.startsWith(key + "=")) {
                return Long.parseLong(line.substring(key.length() + 1).trim());
            }
        }
        throw new AssertionError(key + " missing from " + stats);
    }
}
