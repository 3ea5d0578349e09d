// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;

/**
 * How JSON records are read: the feed format, whether unknown fields are reported, and the limits that keep
 * one hostile record from exhausting memory. Immutable; every {@code withX} returns a changed copy.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults()
 *         .withFormat(FeedFormat.JSON_ARRAY)
 *         .withStrict(false)                 // ignore unknown fields
 *         .withMaxRecordBytes(64 * 1024);
 * }</pre>
 *
 * <p>A record that breaks a limit is reported as {@code RECORD_TOO_LARGE}, with a {@code limit} argument
 * naming the limit and its value, e.g. {@code "maxRecordBytes=1048576"}. The limits:
 *
 * <ul>
 *   <li>{@link #maxRecordBytes()} — bytes of one record: of its line in NDJSON (without the line terminator
 *       or a leading byte-order mark), of the element in a JSON array; default {@value #DEFAULT_MAX_RECORD_BYTES};
 *   <li>{@link #maxNestingDepth()} — nesting of objects and arrays, the record itself counting as 1; default
 *       {@value #DEFAULT_MAX_NESTING_DEPTH};
 *   <li>{@link #maxStringLength()} — characters of one string value or field name; default
 *       {@value #DEFAULT_MAX_STRING_LENGTH};
 *   <li>{@link #maxNumberLength()} — characters of one number; default {@value #DEFAULT_MAX_NUMBER_LENGTH}.
 * </ul>
 *
 * <p>The last three are enforced by Jackson's {@link StreamReadConstraints} (see
 * {@link #streamReadConstraints()}).
 */
public final class ReadOptions {

    /** Default of {@link #maxRecordBytes()}: 1 MiB. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_048_576;

    /** The largest {@link #maxRecordBytes()} allowed (about 2 GiB, the largest Java array). */
    public static final int MAX_RECORD_BYTES = Integer.MAX_VALUE - 16;

    /** Default of {@link #maxNestingDepth()}. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

    /** Default of {@link #maxStringLength()}. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

    /** Default of {@link #maxNumberLength()}. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

    private static final ReadOptions DEFAULTS = new ReadOptions(
            FeedFormat.NDJSON,
            true,
            DEFAULT_MAX_RECORD_BYTES,
            DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH,
            DEFAULT_MAX_NUMBER_LENGTH);

    private final FeedFormat format;
    private final boolean strict;
    private final int maxRecordBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;

    private ReadOptions(
            FeedFormat format,
            boolean strict,
            int maxRecordBytes,
            int maxNestingDepth,
            int maxStringLength,
            int maxNumberLength) {
        this.format = format;
        this.strict = strict;
        this.maxRecordBytes = maxRecordBytes;
        this.maxNestingDepth = maxNestingDepth;
        this.maxStringLength = maxStringLength;
        this.maxNumberLength = maxNumberLength;
    }

    /** NDJSON, strict, and the default limits. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** The feed format; {@link FeedFormat#NDJSON} by default. Single records ignore it. */
    public FeedFormat format() {
        return format;
    }

    /**
     * Whether fields the wire format does not define are reported as {@code FIELD_UNKNOWN} ({@code true}, the
     * default) or silently ignored ({@code false}, lenient).
     */
    public boolean strict() {
        return strict;
    }

    /** The most bytes one record may take. */
    public int maxRecordBytes() {
        return maxRecordBytes;
    }

    /** The deepest nesting of objects and arrays allowed; the record object itself is depth 1. */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** The most characters one string value or field name may have. */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** The most characters one JSON number may have. */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** A copy reading {@code format}. */
    public ReadOptions withFormat(FeedFormat format) {
        Objects.requireNonNull(format, "format");
        return new ReadOptions(format, strict, maxRecordBytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /** A copy that reports unknown fields ({@code true}) or ignores them ({@code false}). */
    public ReadOptions withStrict(boolean strict) {
        return new ReadOptions(format, strict, maxRecordBytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /**
     * A copy with another record-size cap.
     *
     * @throws IllegalArgumentException if {@code bytes} is not positive or above {@link #MAX_RECORD_BYTES}
     */
    public ReadOptions withMaxRecordBytes(int bytes) {
        if (bytes > MAX_RECORD_BYTES) {
            throw new IllegalArgumentException("maxRecordBytes must be at most " + MAX_RECORD_BYTES + ", was " + bytes);
        }
        return new ReadOptions(
                format, strict, positive(bytes, "maxRecordBytes"), maxNestingDepth, maxStringLength, maxNumberLength);
    }

    /**
     * A copy with another nesting limit.
     *
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public ReadOptions withMaxNestingDepth(int depth) {
        return new ReadOptions(
                format, strict, maxRecordBytes, positive(depth, "maxNestingDepth"), maxStringLength, maxNumberLength);
    }

    /**
     * A copy with another string-length limit.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public ReadOptions withMaxStringLength(int length) {
        return new ReadOptions(
                format, strict, maxRecordBytes, maxNestingDepth, positive(length, "maxStringLength"), maxNumberLength);
    }

    /**
     * A copy with another number-length limit.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public ReadOptions withMaxNumberLength(int length) {
        return new ReadOptions(
                format, strict, maxRecordBytes, maxNestingDepth, maxStringLength, positive(length, "maxNumberLength"));
    }

    /**
     * The Jackson constraints these options stand for: nesting depth, string length (which also bounds field
     * names) and number length. Document length and token count stay unlimited, since a feed may be long;
     * the per-record byte cap is enforced by the readers.
     */
    public StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .build();
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadOptions other
                && format == other.format
                && strict == other.strict
                && maxRecordBytes == other.maxRecordBytes
                && maxNestingDepth == other.maxNestingDepth
                && maxStringLength == other.maxStringLength
                && maxNumberLength == other.maxNumberLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, strict, maxRecordBytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    @Override
    public String toString() {
        return "ReadOptions{format=" + format + ", strict=" + strict + ", maxRecordBytes=" + maxRecordBytes
                + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
                + ", maxNumberLength=" + maxNumberLength + "}";
    }
}
