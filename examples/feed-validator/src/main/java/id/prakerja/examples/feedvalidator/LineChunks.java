// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.NdjsonLineBinder;
import id.prakerja.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An NDJSON stream cut into chunks of whole lines, so that several threads can read (parse and bind) the
 * records of different chunks at once while the caller's thread only looks for newlines. Each line of a
 * chunk is bound where it lies by prakerja-json's {@link NdjsonLineBinder} ({@link #read}), with its number in
 * the stream, so a record reads exactly as {@link FeedReader} reads it from the whole stream, line numbers in
 * its violations included:
 *
 * <ul>
 *   <li>a chunk ends just after a {@code \n}, so a {@code \r\n} is never split and no line spans two chunks;
 *   <li>every chunk but the first starts with one extra {@code \n}: an empty line, which yields nothing (a
 *       byte-order mark at the start of the stream is told from one at the start of a later line by the line
 *       number, 1, that the binder is given);
 *   <li>a line longer than the record cap is never held: once the bytes of a line exceed {@code
 *       maxRecordBytes + 8}, the chunk so far goes out and that line alone is read here, streamed through a
 *       {@link FeedReader} to its end (which reports {@code RECORD_TOO_LARGE} with its full length without
 *       keeping it).
 * </ul>
 *
 * Memory: one chunk of about {@value #TARGET_BYTES} bytes (more only for a line up to the record cap) and a
 * 64 KiB read buffer. Not thread-safe; {@link #read} is.
 */
final class LineChunks implements Iterator<LineChunks.Chunk> {

    /** The size of a chunk (it ends at the first newline after this many bytes). */
    static final int TARGET_BYTES = 256 * 1024;

    /** Lines of a feed as bytes, or records already read (a line over the cap). */
    static final class Chunk {
        private final byte[] bytes;
        private final int length;
        private final long firstLine;
        private final List<FeedInput> ready;

        private Chunk(byte[] bytes, int length, long firstLine, List<FeedInput> ready) {
            this.bytes = bytes;
            this.length = length;
            this.firstLine = firstLine;
            this.ready = ready;
        }

        /**
         * The bytes of the chunk's lines, each ended by its {@code \n} (the last maybe not), the first being
         * line {@link #firstLine()}; {@code null} for a line over the cap, which is not held.
         */
        byte[] bytes() {
            return bytes;
        }

        /** How many of {@link #bytes()} belong to the chunk. */
        int length() {
            return length;
        }

        /** The number of the chunk's first line in the stream. */
        long firstLine() {
            return firstLine;
        }
    }

    private final InputStream in;
    private final ReadOptions options;
    private final long lineCap;
    private final int targetBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;

    private final int capacity;
    private byte[] chunk;
    private int size;
    /** Where the current (unfinished) line starts in {@link #chunk}. */
    private int lineStart;
    /** Complete lines in {@link #chunk}, the extra blank first line included. */
    private long linesInChunk;
    /** Lines of the stream before {@link #chunk}'s first real line. */
    private long linesBefore;
    /** Whether {@link #chunk} starts with the extra {@code \n}. */
    private boolean prefixed;

    private final ArrayDeque<Chunk> ready = new ArrayDeque<>();

    LineChunks(InputStream in, ReadOptions options) {
        this(in, options, TARGET_BYTES);
    }

    /** Chunks of about {@code targetBytes} (small ones in tests, to cut at many places). */
    LineChunks(InputStream in, ReadOptions options, int targetBytes) {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("targetBytes must be positive: " + targetBytes);
        }
        this.in = in;
        this.options = options;
        this.lineCap = (long) options.maxRecordBytes() + 8;
        this.targetBytes = targetBytes;
        this.capacity = Math.min(targetBytes, TARGET_BYTES) + 4096;
        this.chunk = new byte[capacity];
    }

    /** The lines of the stream cut into chunks so far (for progress). */
    long lines() {
        return linesBefore + linesInChunk - (prefixed ? 1 : 0);
    }

    @Override
    public boolean hasNext() {
        if (ready.isEmpty()) {
            try {
                fillReady();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Chunk next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    /** The records of {@code c}, numbered by their lines in the whole stream. Thread-safe. */
    static List<FeedInput> read(Chunk c, ReadOptions options) {
        if (c.ready != null) {
            return c.ready;
        }
        // each line bound where it lies in the chunk, as FeedReader binds it (NdjsonLineBinder's contract);
        // an empty line (the extra first one included) yields nothing, whatever its number
        List<FeedInput> out = new ArrayList<>(c.length / 256 + 1);
        binder(options).bindLines(c.firstLine, c.bytes, 0, c.length, r -> out.add(FeedRecord.toFeedInput(r)));
        return out;
    }

    /** One binder per thread that reads chunks (it keeps its Jackson factory's name table warm). */
    private static final ThreadLocal<NdjsonLineBinder<RawApplicant>> BINDERS = new ThreadLocal<>();

    private static NdjsonLineBinder<RawApplicant> binder(ReadOptions options) {
        NdjsonLineBinder<RawApplicant> b = BINDERS.get();
        if (b == null || !b.options().equals(options)) {
            b = NdjsonLineBinder.applicants(options);
            BINDERS.set(b);
        }
        return b;
    }

    private static List<FeedInput> readAll(InputStream in, ReadOptions options, long firstLine) {
        List<FeedInput> out = new ArrayList<>();
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(in, options, firstLine)) {
            while (reader.hasNext()) {
                out.add(FeedRecord.toFeedInput(reader.next()));
            }
        }
        return out;
    }

    /** Cuts the next chunk (or, at a line over the cap, the chunk so far and that line's record). */
    private void fillReady() throws IOException {
        while (ready.isEmpty()) {
            if (position >= limit && !fill()) {
                if (size > (prefixed ? 1 : 0)) {
                    emit(size);
                }
                return;
            }
            if (size < targetBytes) {
                // up to the target in bulk: the newlines are only counted (eight bytes at a time)
                int from = size;
                int n = Math.min(limit - position, targetBytes - size);
                append(position, n);
                position += n;
                int newlines = countNewlines(chunk, from, size);
                if (newlines > 0) {
                    linesInChunk += newlines;
                    lineStart = lastNewline(chunk, from, size) + 1;
                }
                if (size >= targetBytes && lineStart == size) {
                    emit(size);
                    continue;
                }
            } else {
                // past the target: to the end of the current line, and the chunk goes out
                int newline = indexOfNewline(position, limit);
                int end = newline < 0 ? limit : newline + 1;
                append(position, end - position);
                position = end;
                if (newline >= 0) {
                    linesInChunk++;
                    lineStart = size;
                    emit(size);
                    continue;
                }
            }
            if (size - lineStart > lineCap) {
                longLine();
            }
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** The number of {@code \n} bytes in {@code bytes[from, to)}. */
    static int countNewlines(byte[] bytes, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ NEWLINES; // a zero byte where there was a newline
            // exactly the zero bytes of x get their high bit set (no carry crosses a byte)
            long zeros = ~(((x & LOW7) + LOW7) | x | LOW7);
            count += Long.bitCount(zeros);
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int lastNewline(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Sends out the first {@code upTo} bytes of {@link #chunk} (whole lines) and starts the next chunk. */
    private void emit(int upTo) {
        ready.add(new Chunk(chunk, upTo, firstLine(), null));
        chunk = new byte[capacity];
        startChunk(linesBefore + linesInChunk - (prefixed ? 1 : 0));
    }

    /** The number FeedReader gives the first line of {@link #chunk}: the extra blank line, if any. */
    private long firstLine() {
        return prefixed ? linesBefore : linesBefore + 1;
    }

    private void startChunk(long lines) {
        linesBefore = lines;
        chunk[0] = '\n';
        size = 1;
        lineStart = 1;
        linesInChunk = 1;
        prefixed = true;
    }

    /** The current line is over the cap: the lines before it go out, then the line is read as a stream. */
    private void longLine() throws IOException {
        int prefixStart = lineStart;
        byte[] head = Arrays.copyOfRange(chunk, prefixStart, size);
        boolean atStart = !prefixed && prefixStart == 0;
        if (prefixStart > (prefixed ? 1 : 0)) {
            emit(prefixStart);
        } else {
            startChunk(linesBefore);
        }
        // the line as FeedReader would see it in the whole stream: after a newline unless it starts the stream
        byte[] lead = atStart ? head : concat(new byte[] {'\n'}, head);
        InputStream line = new SequenceInputStream(new ByteArrayInputStream(lead), new RestOfLine());
        long first = atStart ? 1 : linesBefore;
        ready.add(new Chunk(null, 0, first, readAll(line, options, first)));
        // the line is consumed to its newline (or the end of the input): the next chunk starts after it
        startChunk(linesBefore + 1);
    }

    /** The rest of the current line from the read buffer and the stream, its {@code \n} included. */
    private final class RestOfLine extends InputStream {
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (done || (position >= limit && !fill())) {
                done = true;
                return -1;
            }
            int newline = indexOfNewline(position, Math.min(limit, position + len));
            int n = newline < 0 ? Math.min(len, limit - position) : newline + 1 - position;
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            if (newline >= 0) {
                done = true;
            }
            return n;
        }
    }

    private void append(int from, int count) {
        if (size + count > chunk.length) {
            chunk = Arrays.copyOf(chunk, (int)
                    Math.min(Integer.MAX_VALUE - 16, Math.max(2L * chunk.length, (long) size + count)));
        }
        System.arraycopy(buffer, from, chunk, size, count);
        size += count;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        position = 0;
        limit = 0;
        while (limit == 0) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                endOfInput = true;
                return false;
            }
            limit = n;
        }
        return true;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
