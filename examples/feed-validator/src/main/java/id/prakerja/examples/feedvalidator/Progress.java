package id.prakerja.examples.feedvalidator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress line on standard error for long feeds: records, records per second and, when the input's
 * size is known, the percentage read. Shown only when standard error is a terminal (or forced); never on
 * standard output, so the report stays clean.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean shown;

    Progress(PrintStream err, boolean enabled, long totalBytes) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
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
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
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
        line.append(String.format("%,d records  %,d records/s", records, rate));
        err.print(line);
        err.flush();
    }

    /** Ends the progress line, if one was shown. */
    void done() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
