// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One physical record of a feed: where it starts and what binding made of it. A {@link FeedReader} yields
 * exactly one {@code FeedRecord} per record, readable or not, so that {@code records == valid + invalid}
 * holds downstream.
 *
 * <pre>{@code
 * FeedRecord<RawApplicant> r = reader.next();
 * Validated<Applicant> v = r.parse(raw -> ApplicantParser.standard().parse(raw, date));
 * if (!v.isValid()) {
 *     show("line " + r.line() + ": " + v.violations());
 * }
 * }</pre>
 *
 * <p>An applicant record goes to the feed engine as it is, through {@link #toFeedInput(FeedRecord)}:
 *
 * <pre>{@code
 * reader.forEachRemaining(r -> run.accept(FeedRecord.toFeedInput(r)));
 * }</pre>
 *
 * @param <T> the raw record type
 */
public final class FeedRecord<T> {

    private final long line;
    private final BoundRecord<T> record;

    private FeedRecord(long line, BoundRecord<T> record) {
        this.line = line;
        this.record = record;
    }

    /**
     * A record starting on {@code line}.
     *
     * @throws IllegalArgumentException if {@code line} is not positive
     */
    public static <T> FeedRecord<T> of(long line, BoundRecord<T> record) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive, was " + line);
        }
        return new FeedRecord<>(line, Objects.requireNonNull(record, "record"));
    }

    /**
     * The 1-based line on which the record starts: its line in NDJSON (blank lines count), the line of its
     * first character in a JSON array. For a JSON-array syntax error between records, the line of the error.
     */
    public long line() {
        return line;
    }

    /** What binding made of the record. */
    public BoundRecord<T> record() {
        return record;
    }

    /** The raw record, or empty when it was unreadable; same as {@code record().value()}. */
    public Optional<T> value() {
        return record.value();
    }

    /** The binding violations; same as {@code record().violations()}. */
    public List<Violation> violations() {
        return record.violations();
    }

    /** Parses the raw record and combines the violations; same as {@code record().parse(parser)}. */
    public <U> Validated<U> parse(Function<? super T, Validated<U>> parser) {
        return record.parse(parser);
    }

    /**
     * The applicant record as the feed engine ({@link FeedRun#accept(FeedInput)}) takes it: the raw applicant
     * with the binding violations, or, for a record that could not be read, an
     * {@linkplain FeedInput#unreadable(long, Violation) unreadable} input with its record-level violation.
     * Its line is the record's line.
     *
     * @param r a record of {@link FeedReader#applicants(java.io.InputStream, ReadOptions)}
     */
    public static FeedInput toFeedInput(FeedRecord<RawApplicant> r) {
        BoundRecord<RawApplicant> bound = r.record;
        return bound.isBound()
                ? FeedInput.of(r.line, bound.value().orElseThrow(), bound.violations())
                : FeedInput.unreadable(r.line, bound.reason());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedRecord<?> other && line == other.line && record.equals(other.record);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(line) * 31 + record.hashCode();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + record;
    }
}
