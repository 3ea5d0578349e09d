// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.Swar;
import id.prakerja.json.internal.Utf8;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds single lines of an NDJSON feed, each given on its own with its line number, to exactly the
 * {@link FeedRecord} that {@link FeedReader} gives for that line when it reads the whole stream: for engines
 * that split a feed into lines themselves (prakerja-spark's Hadoop input, for example) and must report as the
 * {@code validate} command does.
 *
 * <pre>{@code
 * NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
 * for (each line of the feed, without its \n) {
 *     Optional<FeedRecord<RawApplicant>> r = binder.bind(lineNumber, bytes, 0, bytes.length);
 *     r.ifPresent(record -> run.accept(FeedRecord.toFeedInput(record)));
 * }
 * }</pre>
 *
 * <p>A line is given as the bytes between two {@code \n} (or the start or end of the stream), without the
 * {@code \n}; they are not copied and not changed. As {@link FeedReader} does, a {@code \r} before the end and
 * a UTF-8 byte-order mark at the start of the line are dropped; on line 1, which starts the stream, a mark of
 * the stream is dropped before that. A blank line (only spaces, tabs and {@code \r}) gives nothing. A line
 * longer than {@link ReadOptions#maxRecordBytes()} gives {@code RECORD_TOO_LARGE} with its length, every other
 * line the record (and the violations, positions naming {@code line}) that {@link FeedReader} gives for it.
 *
 * <p>A binder keeps one Jackson factory and allocates nothing per line besides the record. Not thread-safe:
 * one binder per thread.
 *
 * @param <T> the raw record type
 */
public final class NdjsonLineBinder<T> {

    private final ReadOptions options;
    private final RecordBinding<T> binding;
    private final JsonFactory factory;

    private NdjsonLineBinder(ReadOptions options, RecordBinding<T> binding) {
        this.options = options;
        this.binding = binding;
        this.factory = Records.factory(options);
    }

    /**
     * A binder of applicant lines, as {@link FeedReader#applicants(java.io.InputStream, ReadOptions)} reads
     * them.
     *
     * @throws IllegalArgumentException if the format of {@code options} is not NDJSON
     */
    public static NdjsonLineBinder<RawApplicant> applicants(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.format() != FeedFormat.NDJSON) {
            throw new IllegalArgumentException("lines are NDJSON, not " + options.format());
        }
        return new NdjsonLineBinder<>(options, ApplicantFields.of(options.strict()));
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /** {@link #bind(long, byte[], int, int)} over the whole array. */
    public Optional<FeedRecord<T>> bind(long line, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bind(line, bytes, 0, bytes.length);
    }

    /**
     * The record of line {@code line}, held in {@code bytes[offset, offset + length)} without its {@code \n};
     * empty for a blank line.
     *
     * @throws IllegalArgumentException if {@code line < 1}
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public Optional<FeedRecord<T>> bind(long line, byte[] bytes, int offset, int length) {
        if (line < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, got " + line);
        }
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int start = offset;
        int count = length;
        if (line == 1 && Utf8.hasBom(bytes, start, count)) {
            // the stream's byte-order mark: FeedReader skips it before it counts the line
            start += 3;
            count -= 3;
        }
        int max = options.maxRecordBytes();
        // as FeedReader's line reader: a line of more than max + 1 bytes (one of slack for a '\r') is not kept
        boolean tooLong = count > (long) max + 1;
        long counted = count;
        int size = count;
        if (count > 0 && bytes[start + count - 1] == '\r') {
            counted--;
            size--;
        }
        if (!tooLong && Utf8.hasBom(bytes, start, size)) {
            start += 3;
            size -= 3;
            counted -= 3;
        }
        if (tooLong || size > max) {
            return Optional.of(FeedRecord.of(line, BoundRecord.unreadable(Problems.tooLarge(max, counted))));
        }
        if (isBlank(bytes, start, size)) {
            return Optional.empty();
        }
        return Optional.of(FeedRecord.of(line, Records.readOne(factory, options, binding, bytes, start, size, line)));
    }

    /**
     * Binds each line of a block of whole lines, {@code bytes[offset, offset + length)}: lines ended by {@code
     * \n} (the last one may be unended), the first being line {@code firstLine}. Each line's record goes to
     * {@code sink} in order, exactly as {@link #bind(long, byte[], int, int)} gives it; an empty or blank line
     * gives nothing but is counted. For a caller that cuts a stream into blocks of lines itself (the
     * {@code validate} command's reading threads, for example).
     *
     * <pre>{@code
     * long lines = binder.bindLines(firstLine, block, 0, block.length, records::add);
     * long nextBlocksFirstLine = firstLine + lines;
     * }</pre>
     *
     * @return the number of lines in the block (its {@code \n}s, and one more for an unended last line)
     * @throws IllegalArgumentException if {@code firstLine < 1}
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public long bindLines(long firstLine, byte[] bytes, int offset, int length, Consumer<? super FeedRecord<T>> sink) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, got " + firstLine);
        }
        Objects.checkFromIndexSize(offset, length, bytes.length);
        Objects.requireNonNull(sink, "sink");
        int end = offset + length;
        int start = offset;
        long line = firstLine;
        while (start < end) {
            int newline = Swar.indexOfNewline(bytes, start, end);
            int stop = newline < 0 ? end : newline;
            if (stop > start) {
                bind(line, bytes, start, stop - start).ifPresent(sink);
            }
            line++;
            start = stop + 1;
        }
        return line - firstLine;
    }

    private static boolean isBlank(byte[] bytes, int start, int size) {
        for (int i = start; i < start + size; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "NdjsonLineBinder[" + options + "]";
    }
}
