// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n}, holding at most {@code maxBytes + 1} bytes of one line. A
 * longer line is counted to its end but not kept, so a 1 GB line costs time, not memory. A {@code \r} before
 * the {@code \n} is dropped, and so is a UTF-8 byte-order mark at the start of the stream or of any line (as
 * when files are joined with {@code cat}), so a line of only a byte-order mark is blank. Nothing is decoded
 * here: a line is raw bytes, so invalid UTF-8 cannot spill into the next line.
 *
 * <pre>{@code
 * LineReader lines = new LineReader(in, 1 << 20);
 * while (lines.next()) {
 *     if (lines.tooLong()) { ... lines.length() ... } else { ... lines.bytes(), lines.size() ... }
 * }
 * }</pre>
 */
public final class LineReader {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private byte last;

    private byte[] line = new byte[256];
    private int size;
    private long length;
    private boolean tooLong;
    private long lineNumber;

    /** Reads lines of at most {@code maxBytes} bytes (without terminator) from {@code in}. */
    public LineReader(InputStream in, int maxBytes) {
        this(in, maxBytes, 1);
    }

    /** Like {@link #LineReader(InputStream, int)}, numbering the first line {@code firstLine}. */
    public LineReader(InputStream in, int maxBytes, long firstLine) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.lineNumber = firstLine - 1;
    }

    /**
     * Moves to the next line.
     *
     * @return {@code false} at the end of the input (a final line without {@code \n} still counts)
     * @throws IOException if the stream fails
     */
    public boolean next() throws IOException {
        size = 0;
        length = 0;
        last = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int newline = indexOfNewline(buffer, position, limit);
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (length > 0 && last == '\r') {
            length--;
            if (!tooLong) {
                size--;
            }
        }
        if (!tooLong && Utf8.hasBom(line, 0, size)) {
            // a byte-order mark at the start of a later line (files joined with cat): dropped as at the start
            System.arraycopy(line, 3, line, 0, size - 3);
            size -= 3;
            length -= 3;
        }
        if (!tooLong && size > maxBytes) {
            tooLong = true;
        }
        return true;
    }

    private void append(int from, int count) {
        if (count == 0) {
            return;
        }
        length += count;
        last = buffer[from + count - 1];
        if (tooLong) {
            return;
        }
        // one byte of slack for a '\r' that may precede the '\n'
        if ((long) size + count > (long) maxBytes + 1) {
            tooLong = true;
            size = 0;
            return;
        }
        if (size + count > line.length) {
            int grown = (int) Math.min((long) maxBytes + 1, Math.max((long) line.length * 2, (long) size + count));
            line = Arrays.copyOf(line, grown);
        }
        System.arraycopy(buffer, from, line, size, count);
        size += count;
    }

    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        while (!endOfInput && limit < (started ? 1 : 3)) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                endOfInput = true;
            } else {
                limit += n;
            }
        }
        if (!started) {
            started = true;
            if (Utf8.hasBom(buffer, 0, limit)) {
                position = 3;
            }
        }
        return position < limit || fill0();
    }

    private boolean fill0() throws IOException {
        return !endOfInput && fill();
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        return Swar.indexOfNewline(bytes, from, to);
    }

    /** The 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line is longer than the limit; its bytes are then not available. */
    public boolean tooLong() {
        return tooLong;
    }

    /** The length of the current line in bytes, without terminator (and without a leading byte-order mark). */
    public long length() {
        return length;
    }

    /** The buffer holding the current line from index 0; valid until the next call of {@link #next()}. */
    public byte[] bytes() {
        return line;
    }

    /** The number of bytes of the current line in {@link #bytes()}. */
    public int size() {
        return size;
    }

    /** Whether the current line holds only spaces, tabs and carriage returns (or nothing). */
    public boolean isBlank() {
        if (tooLong) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
