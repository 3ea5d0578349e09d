package id.prakerja.json;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.RecordBudget;
import id.prakerja.json.internal.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Reads one record held in a byte range (a single document, or one NDJSON line); never throws for data. */
final class Records {

    private Records() {}

    /** A Jackson factory that enforces the limits of {@code options}. */
    static JsonFactory factory(ReadOptions options) {
        return JsonFactory.builder()
                .streamReadConstraints(options.streamReadConstraints())
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
        return Problems.malformed(Utf8.describeBadByte(bytes[bad]), l, bad - lineStart + 1);
    }
}
