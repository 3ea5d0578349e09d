// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The second physical reference of the scale runs ({@code run-scale.sh --threads}), next to {@link
 * NewlineScan}: the raw Jackson token pass (a) of {@code FeedBenchmark} over an NDJSON file on disk, the
 * practical limit of a line-robust JSON reader of the same file.
 *
 * <p>What it does, per pass: cuts the file into {@code N} byte ranges ({@code --threads N}, default 1) of
 * about equal size, each boundary moved forward to just after a {@code \n}, so every line lies in exactly
 * one range; reads each range on its own thread (the caller's thread takes the first) through an {@link
 * InputStream} over a {@link FileChannel} positioned at the range's start, 64 KiB at a time, as {@link
 * NewlineScan} and the command read; finds the lines in the buffer and parses each non-blank line with a
 * Jackson 3 {@link JsonParser} of its own over the line's bytes in the buffer ({@code
 * JsonFactory.createParser(ctx, bytes, offset, length)}, the factory with the thread-local buffer pool that
 * prakerja-json's readers use), reading every token to the end of the line and materialising every scalar
 * value as a {@code String} with {@link JsonParser#getString()} (strings and numbers, as prakerja-json's
 * binder reads them; property names come canonicalised from Jackson's symbol table). A line that Jackson
 * rejects counts as a record and as {@code malformed}, and the pass goes on with the next line.
 *
 * <p>What it does not do: no binding to any object, no type or field-name checks, no rules, no
 * cross-record indexes, no line numbers, no UTF-8 or NUL pre-check, no copy of a line out of the read
 * buffer (a line is copied only when it spans two reads), no record-size cap, no byte-order mark handling;
 * and the ranges are cut by the reading threads' file offsets, not by a main thread handing out chunks as
 * the command's {@code --threads N} does. So it is strictly less work than the command's reading of the
 * same file, on the same number of threads.
 *
 * <p>Runs {@code passes} passes (default 3) in one JVM, with the same threads, and prints, one {@code
 * key=value} per line: {@code records} (non-blank lines), {@code malformed}, {@code tokens}, {@code chars}
 * (the total length of the materialised strings, which also keeps the JIT from dropping them), {@code
 * bytes}, {@code threads}, {@code bestNs} (the fastest pass, JIT warm and the file in the page cache) and
 * {@code firstNs}, as {@link NewlineScan} prints {@code bestNs} and {@code firstNs}. The counts are those of
 * the last pass; a pass whose counts differ from the first pass's fails the run (exit 1).
 *
 * <pre>
 * java -cp benchmarks.jar id.prakerja.benchmarks.RawJacksonPass FILE [passes] [--threads N]
 * </pre>
 */
public final class RawJacksonPass {

    private static final int BUFFER_BYTES = 64 * 1024;

    private RawJacksonPass() {}

    /** What one pass (or one range of it) counted. */
    record Counts(long records, long malformed, long tokens, long chars, long bytes) {

        Counts plus(Counts o) {
            return new Counts(
                    records + o.records, malformed + o.malformed, tokens + o.tokens, chars + o.chars, bytes + o.bytes);
        }
    }

    /** {@code FILE [passes] [--threads N]}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path file = null;
        int passes = 3;
        int threads = 1;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--threads") && i + 1 < args.length) {
                    threads = Integer.parseInt(args[++i]);
                } else {
                    positional.add(args[i]);
                }
            }
            if (positional.isEmpty() || positional.size() > 2 || threads < 1) {
                throw new IllegalArgumentException();
            }
            file = Path.of(positional.get(0));
            if (positional.size() == 2) {
                passes = Integer.parseInt(positional.get(1));
            }
            if (passes < 1) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            System.err.println("usage: RawJacksonPass FILE [passes >= 1] [--threads N >= 1]");
            System.exit(2);
        }
        JsonFactory factory = JsonFactory.builder()
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
        ExecutorService pool = threads > 1
                ? Executors.newFixedThreadPool(threads - 1, r -> {
                    Thread t = new Thread(r, "raw-jackson-pass");
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try {
            long best = Long.MAX_VALUE;
            long first = -1;
            Counts firstCounts = null;
            Counts counts = null;
            for (int p = 0; p < passes; p++) {
                long t0 = System.nanoTime();
                counts = pass(factory, file, threads, pool);
                long ns = System.nanoTime() - t0;
                if (first < 0) {
                    first = ns;
                    firstCounts = counts;
                } else if (!counts.equals(firstCounts)) {
                    System.err.println("RawJacksonPass: pass " + (p + 1) + " counted " + counts + ", the first pass "
                            + firstCounts);
                    System.exit(1);
                }
                best = Math.min(best, ns);
            }
            System.out.println("records=" + counts.records());
            System.out.println("malformed=" + counts.malformed());
            System.out.println("tokens=" + counts.tokens());
            System.out.println("chars=" + counts.chars());
            System.out.println("bytes=" + counts.bytes());
            System.out.println("threads=" + threads);
            System.out.println("bestNs=" + best);
            System.out.println("firstNs=" + first);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** One pass over {@code file} on {@code threads} threads: the caller's and {@code threads - 1} of {@code pool}. */
    static Counts pass(JsonFactory factory, Path file, int threads, ExecutorService pool)
            throws IOException, InterruptedException {
        long[] bounds = bounds(file, threads);
        List<Future<Counts>> others = new ArrayList<>();
        for (int k = 1; k < threads; k++) {
            long from = bounds[k];
            long to = bounds[k + 1];
            others.add(pool.submit(() -> range(factory, file, from, to)));
        }
        Counts total = range(factory, file, bounds[0], bounds[1]);
        for (Future<Counts> f : others) {
            try {
                total = total.plus(f.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return total;
    }

    /**
     * The {@code threads + 1} range boundaries of {@code file}: 0, then each {@code size * k / threads} moved
     * forward to just after the next {@code \n} (or to the end), then the size. Empty ranges are possible.
     */
    static long[] bounds(Path file, int threads) throws IOException {
        long[] bounds = new long[threads + 1];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            bounds[threads] = size;
            ByteBuffer buf = ByteBuffer.allocate(4096);
            for (int k = 1; k < threads; k++) {
                // the first \n at or after size * k / threads - 1: a range then starts at a line's first byte
                long at = Math.max(bounds[k - 1], Math.max(0, size * k / threads - 1));
                long bound = size;
                search:
                while (at < size) {
                    buf.clear();
                    int n = ch.read(buf, at);
                    if (n <= 0) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        if (buf.get(i) == '\n') {
                            bound = at + i + 1;
                            break search;
                        }
                    }
                    at += n;
                }
                bounds[k] = Math.max(bound, bounds[k - 1]);
            }
        }
        return bounds;
    }

    /** Every line that starts in {@code [from, to)}; {@code from} is 0 or just after a {@code \n}. */
    static Counts range(JsonFactory factory, Path file, long from, long to) {
        Tally tally = new Tally();
        long bytes = 0;
        byte[] buf = new byte[BUFFER_BYTES];
        int have = 0; // bytes of a line begun in an earlier read, at the start of buf
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.position(from);
            InputStream in = Channels.newInputStream(ch);
            long left = to - from;
            while (left > 0) {
                if (have == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                }
                int n = in.read(buf, have, (int) Math.min(buf.length - have, left));
                if (n <= 0) {
                    break;
                }
                bytes += n;
                left -= n;
                int end = have + n;
                int start = 0;
                for (int i = have; i < end; i++) {
                    if (buf[i] == '\n') {
                        tally.line(factory, buf, start, i - start);
                        start = i + 1;
                    }
                }
                have = end - start;
                System.arraycopy(buf, start, buf, 0, have);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (have > 0) { // the last line, without its \n
            tally.line(factory, buf, 0, have);
        }
        return new Counts(tally.records, tally.malformed, tally.tokens, tally.chars, bytes);
    }

    /** The counts of one range so far. */
    private static final class Tally {
        long records;
        long malformed;
        long tokens;
        long chars;

        /** One line: every token, every scalar value as a {@code String}; nothing for a blank line. */
        void line(JsonFactory factory, byte[] buf, int offset, int length) {
            try (JsonParser p = factory.createParser(ObjectReadContext.empty(), buf, offset, length)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return; // blank
                }
                records++;
                try {
                    do {
                        tokens++;
                        if (t == JsonToken.VALUE_STRING || t.isNumeric()) {
                            chars += p.getString().length();
                        }
                    } while ((t = p.nextToken()) != null);
                } catch (JacksonException e) {
                    malformed++;
                }
            } catch (JacksonException e) {
                // the first token already unreadable: a record, malformed
                records++;
                malformed++;
            }
        }
    }
}
