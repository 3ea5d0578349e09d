// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.RecordBudget;
import id.prakerja.json.internal.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/** Reads one record held in a byte range (a single document, or one NDJSON line); never throws for data. */
final class Records {

    private Records() {}

    /**
     * Binds one record given as text: encoded as UTF-8 first (so the record-size cap counts UTF-8 bytes); text
     * with an unpaired surrogate is {@code RECORD_MALFORMED}, its column counting {@code char}s.
     */
    static <T> BoundRecord<T> bindText(String json, Function<byte[], BoundRecord<T>> bytes) {
        Objects.requireNonNull(json, "json");
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return BoundRecord.unreadable(
                        Problems.malformedBytes("an unpaired surrogate", line, i - lineStart + 1));
            }
        }
        return bytes.apply(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Binds one record held in {@code utf8[offset, offset + length)}, after a leading byte-order mark if any.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    static <T> BoundRecord<T> bindBytes(
            JsonFactory factory, ReadOptions options, RecordBinding<T> binding, byte[] utf8, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, utf8.length);
        int skip = Utf8.hasBom(utf8, offset, length) ? 3 : 0;
        return readOne(factory, options, binding, utf8, offset + skip, length - skip, 0);
    }

    /** A Jackson factory that enforces the limits of {@code options}. */
    static JsonFactory factory(ReadOptions options) {
        return JsonFactory.builder()
                .streamReadConstraints(options.streamReadConstraints())
                // a reader is used by one thread and makes one parser per record: a thread-local buffer
                // pool hands the buffers back without the shared pool's compare-and-set per parser
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
    }

    /**
     * Binds the single JSON value in {@code bytes[offset, offset + length)}.
     *
     * @param line the line to report positions on (an NDJSON line number), or 0 to use Jackson's
     */
    static <T> BoundRecord<T> readOne(
            JsonFactory factory,
            ReadOptions options,
            RecordBinding<T> binding,
            byte[] bytes,
            int offset,
            int length,
            long line) {
        if (length > options.maxRecordBytes()) {
            return BoundRecord.unreadable(Problems.tooLarge(options.maxRecordBytes(), length));
        }
        int bad = Utf8.firstBadByte(bytes, offset, length);
        if (bad >= 0) {
            return BoundRecord.unreadable(badByte(bytes, offset, bad, line));
        }
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                return BoundRecord.unreadable(notAnObject(p, t, line));
            }
            BoundRecord<T> record = binding.read(p, RecordBudget.UNLIMITED);
            JsonToken after = p.nextToken();
            if (after != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                return BoundRecord.unreadable(Problems.malformed(
                        MalformedProblem.CONTENT_AFTER,
                        "content after the record: " + Problems.describe(after),
                        line > 0 ? line : at.getLineNr(),
                        at.getColumnNr()));
            }
            return record;
        } catch (StreamConstraintsException e) {
            return BoundRecord.unreadable(tooLarge(e, options));
        } catch (JacksonException e) {
            return BoundRecord.unreadable(Problems.malformed(e, line));
        }
    }

    /** {@code RECORD_MALFORMED} for a value that is not an object (or no value at all). */
    static Violation notAnObject(JsonParser p, JsonToken found, long line) {
        TokenStreamLocation at = found == null ? p.currentLocation() : p.currentTokenLocation();
        return Problems.malformed(
                MalformedProblem.NOT_AN_OBJECT,
                "expected a JSON object, found " + Problems.describe(found),
                line > 0 ? line : at.getLineNr(),
                at.getColumnNr());
    }

    /** {@code RECORD_TOO_LARGE} for a broken Jackson limit, named as in {@link ReadOptions}. */
    static Violation tooLarge(StreamConstraintsException e, ReadOptions options) {
        String name = Problems.limitName(e);
        if (name == null) {
            return Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                    .argument("limit", Problems.sanitize(e.getOriginalMessage()))
                    .build();
        }
        switch (name) {
            case "maxNestingDepth":
                return Problems.tooLarge(name, options.maxNestingDepth());
            case "maxNumberLength":
                return Problems.tooLarge(name, options.maxNumberLength());
            default:
                return Problems.tooLarge(name, options.maxStringLength());
        }
    }

    private static Violation badByte(byte[] bytes, int offset, int bad, long line) {
        long l = line > 0 ? line : 1;
        int lineStart = offset;
        for (int i = offset; i < bad; i++) {
            if (bytes[i] == '\n') {
                l++;
                lineStart = i + 1;
            }
        }
        return Problems.malformedBytes(Utf8.describeBadByte(bytes[bad]), l, bad - lineStart + 1);
    }
}
