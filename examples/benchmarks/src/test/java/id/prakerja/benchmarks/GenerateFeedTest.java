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
    void theFeedOfTheBenchmarksSeedStaysTheSameBytes() throws Exception {
        // the SHA-256 of the first 20,000 lines as the generator wrote them when the published figures were
        // measured (docs/benchmarks.md): a faster generator must not change the feed they were measured on
        FeedGenerator.Feed feed = FeedGenerator.generate(20_000, FeedGenerator.SEED);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(feed.bytes());
        assertThat(java.util.HexFormat.of().formatHex(digest))
                .isEqualTo("6a1e9bede9eafa8001a9d0ee8be5d6df5bde3fa42ee4e015588563f6e8b8371a");
        assertThat(feed.bytes()).hasSize(6_991_678);
    }

    @Test
    void linesAsStringsAndAsBytesAreTheSame() {
        FeedGenerator.Lines strings = new FeedGenerator.Lines(7);
        FeedGenerator.Lines bytes = new FeedGenerator.Lines(7);
        for (int i = 0; i < 2_000; i++) {
            String line = strings.next();
            bytes.advance();
            assertThat(new String(bytes.bytes(), StandardCharsets.US_ASCII)).isEqualTo(line);
            assertThat(bytes.lastWasRepeat()).isEqualTo(strings.lastWasRepeat());
            assertThat(bytes.nik()).isEqualTo(Long.parseLong(FeedGenerator.Lines.nikOf(line)));
        }
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
