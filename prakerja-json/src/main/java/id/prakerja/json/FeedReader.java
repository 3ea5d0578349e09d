// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a feed of JSON records from a byte stream, one {@link FeedRecord} per physical record, never losing
 * one and never throwing for bad data.
 *
 * <pre>{@code
 * try (FeedReader<RawApplicant> feed = FeedReader.applicants(Files.newInputStream(path))) {
 *     while (feed.hasNext()) {
 *         FeedRecord<RawApplicant> r = feed.next();
 *         Validated<Applicant> v = r.parse(raw -> ApplicantParser.standard().parse(raw, date));
 *         if (!v.isValid()) report(r.line(), v.violations());
 *     }
 * }
 * }</pre>
 *
 * <p><b>NDJSON</b> ({@link FeedFormat#NDJSON}, the default): lines are split at {@code \n} on the raw bytes;
 * a {@code \r} before it and a UTF-8 byte-order mark at the start of the stream or of any line are
 * dropped; blank lines (nothing but spaces, tabs and a byte-order mark) are skipped and yield nothing, though they count for line numbers. Every other line
 * yields one record. A line that is not one JSON object, is not well-formed UTF-8 or holds a NUL byte
 * yields {@code RECORD_MALFORMED} (argument {@code detail}, e.g. {@code "... at line 7, column 12"}); a
 * line longer than {@link ReadOptions#maxRecordBytes()} yields {@code RECORD_TOO_LARGE} ({@code limit =
 * "maxRecordBytes=N"}, {@code bytes}) and is skipped to its end without being kept; a line breaking a
 * Jackson limit yields {@code RECORD_TOO_LARGE}. In every case reading goes on with the next line.
 *
 * <p><b>JSON array</b> ({@link FeedFormat#JSON_ARRAY}): the elements are read one at a time with a
 * streaming parser; each yields one record, numbered by the line where it starts. An element that is not an
 * object yields {@code RECORD_MALFORMED} and reading goes on; so does an element over the byte cap
 * ({@code RECORD_TOO_LARGE}, skipped token by token without being kept). A syntax error, invalid UTF-8, a
 * NUL byte or a broken Jackson limit (a string over {@link ReadOptions#maxStringLength()}, nesting deeper than
 * the maximum depth, a number of too many digits) ends the feed with one last {@code RECORD_MALFORMED} (or
 * {@code RECORD_TOO_LARGE}) record carrying the position: the parser cannot find the next element
 * reliably after it. Every record before is delivered, and {@link #cutShort()} then says at which element
 * reading stopped and why, so that no report can pass a shortened feed off as a whole one. Empty input (or
 * only whitespace) is an empty feed;
 * a document that is not an array is one {@code RECORD_MALFORMED} record.
 *
 * <p><b>Memory</b> does not grow with the feed: NDJSON keeps a 64 KiB read buffer and at most one line of
 * {@code maxRecordBytes + 1} bytes; a JSON array keeps Jackson's buffers (a few KiB) and one record, whose
 * strings are bounded by {@link ReadOptions#maxStringLength()}. Records are read on
 * demand: {@link #hasNext()} reads one ahead.
 *
 * <p>An {@link IOException} of the stream is not a data problem: it is thrown as an
 * {@link UncheckedIOException}. Closing the reader closes the stream. A reader is for one thread.
 *
 * @param <T> the raw record type
 */
public final class FeedReader<T> implements Iterator<FeedRecord<T>>, AutoCloseable {

    /** Where records come from; {@code null} at the end. */
    interface Source<T> {
        FeedRecord<T> next() throws IOException;

        /** Why the source stopped before the end of its input, or {@code null}. */
        default CutShort cutShort() {
            return null;
        }

        /** Releases what the source holds (a Jackson parser); the reader closes the stream itself. */
        default void release() {}
    }

    private final InputStream in;
    private final ReadOptions options;
    private final Source<T> source;
    private FeedRecord<T> ahead;
    private boolean done;
    private long delivered;

    private FeedReader(InputStream in, ReadOptions options, RecordBinding<T> binding, long firstLine) {
        this.in = in;
        this.options = options;
        this.source = options.format() == FeedFormat.NDJSON
                ? new NdjsonSource<>(in, options, binding, firstLine)
                : new JsonArraySource<>(in, options, binding);
    }

    /** A reader of applicant records with {@link ReadOptions#defaults()} (strict NDJSON). */
    public static FeedReader<RawApplicant> applicants(InputStream in) {
        return applicants(in, ReadOptions.defaults());
    }

    /** A reader of applicant records, bound as {@link RecordBinder#applicants()} does. */
    public static FeedReader<RawApplicant> applicants(InputStream in, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return new FeedReader<>(in, options, ApplicantFields.of(options.strict()), 1);
    }

    /**
     * A reader of applicant records from a part of a longer NDJSON stream that starts at a line boundary:
     * its lines are numbered from {@code firstLine}, so that the records, and the positions in their
     * violations ({@code "... at line 7, column 12"}), name the lines of the whole stream. Reading the parts
     * of a stream cut after any {@code \n} this way gives the records of reading the stream whole, when
     * every part but the first starts with one extra {@code \n} (numbered {@code firstLine}, a blank line
     * that yields nothing): a byte-order mark at the start of a part is then a mark at a line start, not at
     * the start of the stream.
     *
     * @throws IllegalArgumentException if {@code firstLine < 1} or the format is not NDJSON
     */
    public static FeedReader<RawApplicant> applicants(InputStream in, ReadOptions options, long firstLine) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        if (firstLine < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, got " + firstLine);
        }
        if (options.format() != FeedFormat.NDJSON) {
            throw new IllegalArgumentException("only NDJSON can be read from a line in the middle of a stream");
        }
        return new FeedReader<>(in, options, ApplicantFields.of(options.strict()), firstLine);
    }

    /** A reader of participant records with {@link ReadOptions#defaults()} (strict NDJSON). */
    public static FeedReader<Participant> participants(InputStream in) {
        return participants(in, ReadOptions.defaults());
    }

    /**
     * A reader of participant records, bound as {@link RecordBinder#participants()} does: a record with an error is
     * {@linkplain BoundRecord#invalid(java.util.List) invalid} (no value, its violations).
     */
    public static FeedReader<Participant> participants(InputStream in, ReadOptions options) {
        return of(in, options, ParticipantFields.BINDINGS.of(options.strict()));
    }

    /** A reader of outreach activity records with {@link ReadOptions#defaults()} (strict NDJSON). */
    public static FeedReader<OutreachActivity> activities(InputStream in) {
        return activities(in, ReadOptions.defaults());
    }

    /**
     * A reader of outreach activity records, bound as {@link RecordBinder#activities()} does.
     *
     * <pre>{@code
     * try (FeedReader<OutreachActivity> feed = FeedReader.activities(in, ReadOptions.defaults())) {
     *     ProgressSummary progress = CooperationRules.standard().progress(agreement,
     *             () -> feed.stream().flatMap(r -> r.value().stream()).iterator());
     * }
     * }</pre>
     */
    public static FeedReader<OutreachActivity> activities(InputStream in, ReadOptions options) {
        return of(in, options, CooperationFields.Activities.BINDINGS.of(options.strict()));
    }

    /** A reader of cooperation agreement records, bound as {@link RecordBinder#agreements()} does. */
    public static FeedReader<CooperationAgreement> agreements(InputStream in, ReadOptions options) {
        return of(in, options, CooperationFields.Agreements.BINDINGS.of(options.strict()));
    }

    private static <T> FeedReader<T> of(InputStream in, ReadOptions options, RecordBinding<T> binding) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return new FeedReader<>(in, options, binding, 1);
    }

    /**
     * Where and why reading stopped before the end of the input: a JSON array whose element broke a Jackson
     * limit, was not well-formed JSON or not well-formed UTF-8, after which the parser cannot find the next
     * element reliably. The element is delivered as the last record ({@code RECORD_TOO_LARGE} or
     * {@code RECORD_MALFORMED}); the elements after it are not read.
     *
     * @param element the 1-based number of the element where reading stopped, in the array
     * @param line the line where that element starts (or where the problem was found)
     * @param reason the violation of the last record, saying why
     */
    public record CutShort(long element, long line, Violation reason) {
        /** Checks the arguments. */
        public CutShort {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Whether reading stopped before the end of the input, and where and why; empty while reading goes on,
     * and at a normal end. NDJSON never stops early (a bad line is one record and the next line is read).
     */
    public Optional<CutShort> cutShort() {
        return Optional.ofNullable(source.cutShort());
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /** How many records {@link #next()} has returned so far. */
    public long delivered() {
        return delivered;
    }

    /**
     * Whether another record follows; reads it if needed.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public boolean hasNext() {
        if (ahead != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            ahead = source.next();
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
        }
        if (ahead == null) {
            done = true;
            return false;
        }
        return true;
    }

    /**
     * The next record.
     *
     * @throws NoSuchElementException at the end of the feed
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public FeedRecord<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("end of feed after " + delivered + " records");
        }
        FeedRecord<T> r = ahead;
        ahead = null;
        delivered++;
        return r;
    }

    /**
     * The remaining records as a sequential, ordered stream; closing the stream closes this reader.
     *
     * <pre>{@code
     * try (Stream<FeedRecord<RawApplicant>> records = FeedReader.applicants(in).stream()) {
     *     long bad = records.filter(r -> !r.violations().isEmpty()).count();
     * }
     * }</pre>
     */
    public Stream<FeedRecord<T>> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /**
     * Closes the underlying stream.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        done = true;
        ahead = null;
        source.release();
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
