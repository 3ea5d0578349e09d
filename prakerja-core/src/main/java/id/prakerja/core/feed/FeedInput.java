// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Objects;

/**
 * One physical record of a feed, as a reader delivers it: its line number and either the raw applicant
 * (with any problems the reader found while binding it, such as {@code FIELD_UNKNOWN} or a NIK sent as a
 * JSON number) or, for a record that could not be read at all, the record-level violation
 * ({@code RECORD_MALFORMED}, {@code RECORD_TOO_LARGE}).
 *
 * <pre>{@code
 * FeedInput.of(17, raw);                                   // a record as read
 * FeedInput.of(18, raw, List.of(unknownFieldViolation));   // with binding problems
 * FeedInput.unreadable(19, malformedViolation);            // a line that is not a record
 * }</pre>
 */
public final class FeedInput {
    private final long line;
    private final RawApplicant raw;
    private final List<Violation> readViolations;

    private FeedInput(long line, RawApplicant raw, List<Violation> readViolations) {
        if (line < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, got " + line);
        }
        this.line = line;
        this.raw = raw;
        this.readViolations = List.copyOf(readViolations);
    }

    /** A record read without problems. */
    public static FeedInput of(long line, RawApplicant raw) {
        return new FeedInput(line, Objects.requireNonNull(raw, "raw"), List.of());
    }

    /** A record with the problems found while reading it; they are reported with the record's own. */
    public static FeedInput of(long line, RawApplicant raw, List<Violation> readViolations) {
        return new FeedInput(line, Objects.requireNonNull(raw, "raw"), readViolations);
    }

    /**
     * A record that could not be read; {@code violation} says why (usually {@link RuleCode#RECORD_MALFORMED}
     * or {@link RuleCode#RECORD_TOO_LARGE}).
     */
    public static FeedInput unreadable(long line, Violation violation) {
        return new FeedInput(line, null, List.of(Objects.requireNonNull(violation, "violation")));
    }

    /** The 1-based line where the record starts. */
    public long line() {
        return line;
    }

    /** The raw applicant, or {@code null} for an unreadable record. */
    public RawApplicant raw() {
        return raw;
    }

    /** Whether the reader could not make a record of it. */
    public boolean isUnreadable() {
        return raw == null;
    }

    /** The problems the reader found. */
    public List<Violation> readViolations() {
        return readViolations;
    }

    @Override
    public String toString() {
        return "FeedInput[line " + line + (raw == null ? ", unreadable" : "") + ", " + readViolations + "]";
    }
}
