// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.json.JsonFactory;

/** The raw token pass counts every line once, on any number of threads. */
class RawJacksonPassTest {

    private final JsonFactory factory = new JsonFactory();

    @Test
    void countsTokensStringsBlankAndMalformedLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.ndjson");
        // 6 tokens and 2 scalar chars; a blank line; 7 tokens and 2 chars, CRLF; a line malformed from its
        // first byte; one malformed after 2 tokens and 1 char; 4 tokens and 3 chars, no final \n
        Files.writeString(file, "{\"a\":\"x\",\"b\":1}\n\n{\"c\":[1,2]}\r\nnope\n[1,}\n{\"e\":\"xyz\"}");
        for (int threads = 1; threads <= 6; threads++) {
            RawJacksonPass.Counts c = pass(file, threads);
            assertThat(c.records()).as("threads %d", threads).isEqualTo(5);
            assertThat(c.malformed()).as("threads %d", threads).isEqualTo(2);
            assertThat(c.tokens()).as("threads %d", threads).isEqualTo(6 + 7 + 2 + 4);
            assertThat(c.chars()).as("threads %d", threads).isEqualTo(2 + 2 + 1 + 3);
            assertThat(c.bytes()).as("threads %d", threads).isEqualTo(Files.size(file));
        }
    }

    @Test
    void everySplitOfTheFeedCountsEveryRecordOnce(@TempDir Path dir) throws Exception {
        FeedGenerator.Feed feed = FeedGenerator.generate(3_000, FeedGenerator.SEED);
        Path file = dir.resolve("feed.ndjson");
        Files.write(file, feed.bytes());
        RawJacksonPass.Counts one = pass(file, 1);
        assertThat(one.records()).isEqualTo(3_000);
        assertThat(one.malformed()).isZero();
        assertThat(one.bytes()).isEqualTo(feed.bytes().length);
        assertThat(one.tokens()).isGreaterThan(3_000L * 20);
        for (int threads : new int[] {2, 3, 7, 64}) {
            assertThat(pass(file, threads)).as("threads %d", threads).isEqualTo(one);
        }
    }

    @Test
    void boundsStartEveryRangeAtALine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lines.ndjson");
        Files.writeString(file, "{}\n{\"a\":1}\n{}\n{\"bb\":22}\n");
        byte[] bytes = Files.readAllBytes(file);
        for (int threads = 1; threads <= 8; threads++) {
            long[] bounds = RawJacksonPass.bounds(file, threads);
            assertThat(bounds[0]).isZero();
            assertThat(bounds[threads]).isEqualTo(bytes.length);
            for (int k = 1; k < threads; k++) {
                assertThat(bounds[k]).isGreaterThanOrEqualTo(bounds[k - 1]);
                assertThat(bounds[k] == bytes.length || bytes[(int) bounds[k] - 1] == '\n')
                        .as("threads %d, bound %d at %d", threads, k, bounds[k])
                        .isTrue();
            }
        }
    }

    @Test
    void mainPrintsTheCountsAndTimes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.ndjson");
        Files.write(file, FeedGenerator.generate(500, FeedGenerator.SEED).bytes());
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RawJacksonPass.main(new String[] {file.toString(), "2", "--threads", "2"});
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("records=500\n", "malformed=0\n", "threads=2\n", "bytes=" + Files.size(file) + "\n");
        assertThat(out).containsPattern("(?m)^bestNs=[1-9][0-9]*$").containsPattern("(?m)^firstNs=[1-9][0-9]*$");
    }

    private RawJacksonPass.Counts pass(Path file, int threads) throws Exception {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
        try {
            return RawJacksonPass.pass(factory, file, threads, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
