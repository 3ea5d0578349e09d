// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A progress line on standard error for long feeds, in the report's language: records, records per second
 * and, when the input's size is known, the percentage read and the time left (estimated from the bytes read
 * so far). Shown only when standard error is a terminal (or forced); never on standard output, so the report
 * stays clean. {@link #finish} draws the final state (every record, and 100% of a file read to its end), {@link #done} ends the
 * line.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long totalBytes;
    private final ReportTexts texts;
    private final long started = System.nanoTime();
    private long lastShown;
    private long records;
    private boolean shown;

    Progress(PrintStream err, boolean enabled, long totalBytes, ReportTexts texts) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
        this.texts = texts;
    }

    /** Whether standard error is an interactive terminal (Linux: fd 2 is a tty device). */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // unknown: fall back to the console check below
        }
        return System.console() != null;
    }

    /** Called per record; redraws at most four times a second. */
    void update(long records, long bytesRead) {
        this.records = records;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        draw(now, bytesRead, false);
    }

    /** Draws the final state once the whole input was read: every record, and 100% when the size is known. */
    void finish(long bytesRead, long records) {
        this.records = records;
        if (enabled) {
            draw(System.nanoTime(), bytesRead, true);
        }
    }

    private void draw(long now, long bytesRead, boolean last) {
        shown = true;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long rate = (long) (records / seconds);
        StringBuilder line = new StringBuilder("\r");
        if (totalBytes > 0) {
            int pct = (int) Math.min(100, bytesRead * 100 / totalBytes);
            int filled = pct / 5;
            line.append('[')
                    .append("#".repeat(filled))
                    .append(" ".repeat(20 - filled))
                    .append("] ")
                    .append(pct)
                    .append("%  ");
        }
        line.append(texts.get("progress", Map.of("records", texts.number(records), "rate", texts.number(rate))));
        if (totalBytes > 0 && !last && bytesRead > 0 && bytesRead < totalBytes) {
            long left = (long) (seconds * (totalBytes - bytesRead) / bytesRead);
            line.append("  ").append(texts.get("progressEta", Map.of("eta", duration(left))));
        }
        // spaces wipe what a longer earlier line left behind
        line.append("    ");
        err.print(line);
        err.flush();
    }

    /** {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = (seconds / 60) % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** Ends the progress line, if one was shown. */
    void done() {
        if (shown) {
            err.println();
            err.flush();
            shown = false;
        }
    }
}
