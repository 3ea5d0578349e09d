// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The physical reference of the scale runs ({@code run-scale.sh --threads}): a newline byte scan of a file,
 * read as the command reads it (an {@link InputStream}, 64 KiB at a time) and nothing else done, so no
 * reader of the same file on one thread can be faster. Scans the file {@code passes} times (default 3) and
 * prints, one {@code key=value} per line, {@code lines}, {@code bytes} and {@code bestNs} (the fastest pass,
 * JIT warm and the file in the page cache) and {@code firstNs}.
 *
 * <pre>
 * java -cp benchmarks.jar id.prakerja.benchmarks.NewlineScan FILE [passes]
 * </pre>
 */
public final class NewlineScan {

    private NewlineScan() {}

    /** {@code FILE [passes]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: NewlineScan FILE [passes]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int passes = args.length == 2 ? Integer.parseInt(args[1]) : 3;
        long best = Long.MAX_VALUE;
        long first = -1;
        long lines = 0;
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            lines = 0;
            bytes = 0;
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            long ns = System.nanoTime() - t0;
            if (first < 0) {
                first = ns;
            }
            best = Math.min(best, ns);
        }
        System.out.println("lines=" + lines);
        System.out.println("bytes=" + bytes);
        System.out.println("bestNs=" + best);
        System.out.println("firstNs=" + first);
    }
}
