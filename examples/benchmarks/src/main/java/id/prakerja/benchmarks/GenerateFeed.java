// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the NDJSON feed of {@link FeedGenerator} to a file, one line at a time, for the scale runs of the
 * {@code feed-validator} command ({@code run-scale.sh}); memory does not grow with the feed.
 *
 * <pre>
 * java -cp benchmarks.jar id.prakerja.benchmarks.GenerateFeed --records 10000000 --seed 20210816 --out feed.ndjson
 * </pre>
 *
 * The same seed gives the same bytes, and the first {@code n} lines of a feed are the feed of {@code n}
 * records ({@code FeedGenerator.generate(n, seed)} for the benchmarks' seed). The file is written under a
 * temporary name and renamed when complete. On standard output, one {@code key=value} per line:
 * {@code records}, {@code bytes}, {@code distinctNiks} (distinct NIK strings, the keys the duplicate index
 * can hold at most), {@code repeatedLines} (exact repeats of an earlier record) and {@code seed}.
 *
 * <p>With {@code --out -} the feed goes to standard output as it is made (for the 100M run piped into the
 * command's standard input: no file of 35 GB) and the summary to standard error, without
 * {@code distinctNiks} (its set would take gigabytes of heap for 100M records).
 */
public final class GenerateFeed {

    private GenerateFeed() {}

    /** {@code --records N [--seed S] --out FILE|-}. */
    public static void main(String[] args) throws IOException {
        long records = -1;
        long seed = FeedGenerator.SEED;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value after " + a);
            }
            switch (a) {
                case "--records":
                    records = Long.parseLong(args[++i].replace("_", ""));
                    break;
                case "--seed":
                    seed = Long.parseLong(args[++i]);
                    break;
                case "--out":
                    out = Path.of(args[++i]);
                    break;
                default:
                    usage("unknown argument " + a);
            }
        }
        if (records < 0 || out == null) {
            usage("--records and --out are required");
        }
        if (out.toString().equals("-")) {
            try {
                stream(records, seed);
            } catch (IOException e) {
                // the reader stopped (a broken pipe): one line, not a stack trace
                System.err.println("GenerateFeed: cannot write standard output: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        FeedGenerator.Lines lines = new FeedGenerator.Lines(seed);
        LongSet niks = new LongSet(records);
        long bytes = 0;
        long repeats = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            for (long i = 0; i < records; i++) {
                lines.advance();
                if (lines.lastWasRepeat()) {
                    repeats++;
                }
                niks.add(lines.nik());
                byte[] b = lines.bytes();
                os.write(b);
                os.write('\n');
                bytes += b.length + 1;
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("records=" + records);
        System.out.println("bytes=" + bytes);
        System.out.println("distinctNiks=" + niks.size());
        System.out.println("repeatedLines=" + repeats);
        System.out.println("seed=" + seed);
    }

    /** The feed to standard output, the summary to standard error; a broken pipe is an error. */
    private static void stream(long records, long seed) throws IOException {
        FeedGenerator.Lines lines = new FeedGenerator.Lines(seed);
        long bytes = 0;
        long repeats = 0;
        try (OutputStream os = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 20)) {
            for (long i = 0; i < records; i++) {
                lines.advance();
                if (lines.lastWasRepeat()) {
                    repeats++;
                }
                byte[] b = lines.bytes();
                os.write(b);
                os.write('\n');
                bytes += b.length + 1;
            }
        }
        System.err.println("records=" + records);
        System.err.println("bytes=" + bytes);
        System.err.println("repeatedLines=" + repeats);
        System.err.println("seed=" + seed);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: GenerateFeed --records N [--seed S] --out FILE|-");
        System.exit(2);
    }

    /** A set of positive longs: open addressing, linear probing, 0 as the empty slot. */
    static final class LongSet {
        private long[] slots;
        private int size;

        LongSet(long expected) {
            int capacity = 16;
            while (capacity < expected * 2 && capacity < (1 << 30)) {
                capacity <<= 1;
            }
            slots = new long[capacity];
        }

        void add(long key) {
            if (key <= 0) {
                throw new IllegalArgumentException("keys must be positive: " + key);
            }
            int mask = slots.length - 1;
            int i = (int) mix(key) & mask;
            while (slots[i] != 0) {
                if (slots[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = key;
            if (++size * 2 > slots.length) {
                grow();
            }
        }

        int size() {
            return size;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int mask = slots.length - 1;
            for (long k : old) {
                if (k != 0) {
                    int i = (int) mix(k) & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = k;
                }
            }
        }

        private static long mix(long k) {
            long h = k * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 31);
        }
    }
}
