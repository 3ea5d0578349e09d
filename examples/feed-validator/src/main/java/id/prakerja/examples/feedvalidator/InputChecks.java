// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens the input for reading: gzip content (by its magic bytes, whatever the file is called) is decompressed
 * on the fly, and an input that cannot be what the format says gets one clear message with the fix instead
 * of a report full of {@code RECORD_MALFORMED}: UTF-16 text, a JSON array read as NDJSON, a workbook read as
 * NDJSON.
 */
final class InputChecks {
    private InputChecks() {}

    static InputStream open(InputStream raw, ValidateCommand.Format format, String name) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            byte[] head = peek(in, 2);
            boolean gzip = head.length == 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
            Opened opened = new Opened(gzip ? new GZIPInputStream(in, 1 << 16) : in, gzip);
            if (format == ValidateCommand.Format.ndjson || format == ValidateCommand.Format.json) {
                check(peek(opened, 256), format);
            }
            return opened;
        } catch (IOException e) {
            throw new Main.UserError("cannot read " + (name == null ? "the input" : name) + ": " + Main.reason(e));
        }
    }

    /** Whether {@code in}, opened by {@link #open}, is being decompressed from gzip. */
    static boolean isGzip(InputStream in) {
        return in instanceof Opened o && o.gzip;
    }

    /** The opened input: buffered, and knowing whether it is decompressed. */
    private static final class Opened extends BufferedInputStream {
        final boolean gzip;

        Opened(InputStream in, boolean gzip) {
            super(in, 1 << 16);
            this.gzip = gzip;
        }
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] b = in.readNBytes(n);
        in.reset();
        return b;
    }

    private static void check(byte[] b, ValidateCommand.Format format) {
        if (b.length >= 2
                && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                        || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                        || b[0] == 0
                        || b[1] == 0)) {
            throw new Main.UserError("the input is UTF-16 text, not UTF-8: convert it first, e.g. iconv -f UTF-16"
                    + " -t UTF-8 FILE > FILE.utf8");
        }
        if (b.length >= 2 && b[0] == 'P' && b[1] == 'K') {
            throw new Main.UserError("the input is a ZIP archive (an .xlsx workbook?): use --format xlsx");
        }
        if (format != ValidateCommand.Format.ndjson) {
            return;
        }
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        if (i < b.length && b[i] == '[') {
            throw new Main.UserError("the input is a JSON array, not NDJSON: use --format json");
        }
    }
}
