// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.FieldExpectation;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Builds the record- and field-level violations of the JSON binding, in one wording.
 *
 * <p>Record-level: {@code RECORD_MALFORMED} with {@code detail} (a short description ending in
 * {@code "at line L, column C"}) and, where known, {@code line} ({@link Long}) and {@code column}
 * ({@link Long}); {@code RECORD_TOO_LARGE} with {@code limit} ({@code "name=value"}). Field-level:
 * {@code FIELD_INVALID} with {@code expected} and {@code found}, {@code FIELD_UNKNOWN}; both with
 * {@code pointer}, the JSON Pointer of the field.
 *
 * <p>Jackson's messages may quote the offending input; a detail therefore masks every run of nine or more
 * digits ({@code Nik.maskNumbersIn}: the first and last four kept, as NIKs are masked, or all of a run shorter
 * than twelve) and is cut to {@value #MAX_DETAIL}
 * characters.
 */
public final class Problems {

    /** The longest description kept in a {@code detail}. */
    public static final int MAX_DETAIL = 160;

    private Problems() {}

    /**
     * {@code RECORD_MALFORMED} at a known position: {@code problem} is the summary that messages put in words,
     * {@code description} the English detail for developers.
     */
    public static Violation malformed(MalformedProblem problem, String description, long line, long column) {
        return Violation.of(RuleCode.RECORD_MALFORMED, "")
                .argument("detail", description + " at line " + line + ", column " + column)
                .argument("line", line)
                .argument("column", column)
                .argument("problem", problem)
                .build();
    }

    /** {@code RECORD_MALFORMED} for bad bytes ({@link Utf8#describeBadByte}, an unpaired surrogate) at a position. */
    public static Violation malformedBytes(String description, long line, long column) {
        MalformedProblem problem = description.startsWith("NUL")
                ? MalformedProblem.NUL_BYTE
                : description.contains("surrogate")
                        ? MalformedProblem.UNPAIRED_SURROGATE
                        : MalformedProblem.INVALID_UTF8;
        return malformed(problem, description, line, column);
    }

    /** {@code RECORD_MALFORMED} from a Jackson read failure; {@code line} replaces Jackson's if positive. */
    public static Violation malformed(JacksonException e, long line) {
        TokenStreamLocation at = e.getLocation();
        String what = sanitize(e.getOriginalMessage());
        if (at == null || at == TokenStreamLocation.NA || at.getLineNr() < 1) {
            return Violation.of(RuleCode.RECORD_MALFORMED, "")
                    .argument("detail", what)
                    .argument("problem", MalformedProblem.SYNTAX)
                    .build();
        }
        return malformed(MalformedProblem.SYNTAX, what, line > 0 ? line : at.getLineNr(), at.getColumnNr());
    }

    /** {@code RECORD_TOO_LARGE} naming the limit, e.g. {@code tooLarge("maxRecordBytes", 1048576)}. */
    public static Violation tooLarge(String limit, long value) {
        return Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                .argument("limit", limit + "=" + value)
                .build();
    }

    /** {@code RECORD_TOO_LARGE} for a line of {@code bytes} bytes over the cap. */
    public static Violation tooLarge(int maxRecordBytes, long bytes) {
        return Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                .argument("limit", "maxRecordBytes=" + maxRecordBytes)
                .argument("bytes", bytes)
                .build();
    }

    /**
     * The name of the Jackson limit that {@code e} reports: {@code maxNestingDepth}, {@code maxStringLength}
     * (also for names), {@code maxNumberLength}, or {@code null} for another one.
     */
    public static String limitName(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("getMaxNestingDepth")) {
            return "maxNestingDepth";
        }
        if (m.contains("getMaxStringLength") || m.contains("getMaxNameLength")) {
            return "maxStringLength";
        }
        if (m.contains("getMaxNumberLength")) {
            return "maxNumberLength";
        }
        return null;
    }

    /**
     * {@code FIELD_INVALID} for a value of the wrong JSON type (or a repeated key, or a value that is not one of
     * its kind): {@code expected} is the English text for developers, and {@link #expectation(String)} gives the
     * summary that messages put in words ({@code expectation}, with {@code allowed} for a list of codes).
     */
    public static Violation invalid(String path, String pointer, String expected, JsonToken found) {
        FieldExpectation expectation = expectation(expected);
        Violation.Builder b = Violation.of(RuleCode.FIELD_INVALID, path).argument("expected", expected);
        if (found != null) {
            b.argument("found", describe(found));
        }
        b.argument("pointer", pointer).argument("expectation", expectation);
        if (expectation == FieldExpectation.ONE_OF) {
            b.argument("allowed", expected.substring(ONE_OF.length()));
        }
        return b.build();
    }

    private static final String ONE_OF = "one of ";

    private static final Map<String, FieldExpectation> EXPECTATIONS = Map.ofEntries(
            Map.entry(Located.STRING, FieldExpectation.TEXT),
            Map.entry(Located.INTEGER, FieldExpectation.INTEGER),
            Map.entry(Located.BOOLEAN, FieldExpectation.BOOLEAN),
            Map.entry(Located.OBJECT, FieldExpectation.OBJECT),
            Map.entry(Located.ARRAY, FieldExpectation.ARRAY),
            Map.entry("a JSON array of strings", FieldExpectation.ARRAY),
            Map.entry("a JSON string, integer or boolean", FieldExpectation.SCALAR),
            Map.entry(Located.IDENTIFIER, FieldExpectation.IDENTIFIER),
            Map.entry(Located.DATE, FieldExpectation.DATE),
            Map.entry(Located.ONCE, FieldExpectation.ONCE),
            Map.entry("each field once", FieldExpectation.ONCE),
            Map.entry("a rule code of this library version", FieldExpectation.RULE_CODE),
            Map.entry("a two-digit Kemendagri province code, e.g. 31", FieldExpectation.PROVINCE_CODE));

    /**
     * The summary of an {@code expected} text of this binding: the known texts, {@code "one of …"} (ONE_OF),
     * the regency, masked-NIK and objective-code texts; {@link FieldExpectation#VALUE} for any other.
     */
    public static FieldExpectation expectation(String expected) {
        FieldExpectation known = EXPECTATIONS.get(expected);
        if (known != null) {
            return known;
        }
        if (expected.startsWith(ONE_OF)) {
            return FieldExpectation.ONE_OF;
        }
        if (expected.startsWith("a four-digit Kemendagri regency code")) {
            return FieldExpectation.REGENCY_CODE;
        }
        if (expected.startsWith("a masked NIK")) {
            return FieldExpectation.MASKED_NIK;
        }
        if (expected.startsWith("an UPPER_SNAKE code")) {
            return FieldExpectation.OBJECTIVE_CODE;
        }
        if (expected.startsWith("an integer from")) {
            return FieldExpectation.INTEGER;
        }
        return FieldExpectation.VALUE;
    }

    /** {@code FIELD_UNKNOWN}. */
    public static Violation unknown(String path, String pointer) {
        return Violation.of(RuleCode.FIELD_UNKNOWN, path)
                .argument("pointer", pointer)
                .build();
    }

    /** How a value token reads in a message: {@code "a JSON string"}, {@code "null"}, … */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "the end of input";
        }
        switch (token) {
            case START_OBJECT:
                return "a JSON object";
            case START_ARRAY:
                return "a JSON array";
            case VALUE_STRING:
                return "a JSON string";
            case VALUE_NUMBER_INT:
                return "a JSON integer";
            case VALUE_NUMBER_FLOAT:
                return "a JSON number with a fraction or exponent";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a JSON boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name();
        }
    }

    /** Escapes one JSON Pointer reference token (RFC 6901): {@code ~} → {@code ~0}, {@code /} → {@code ~1}. */
    public static String escapePointer(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Masks long digit runs and shortens {@code message} (see the class description). */
    public static String sanitize(String message) {
        if (message == null || message.isEmpty()) {
            return "malformed JSON";
        }
        int cut = message.indexOf('\n');
        String m = Nik.maskNumbersIn(cut >= 0 ? message.substring(0, cut) : message);
        return m.length() <= MAX_DETAIL ? m : m.substring(0, MAX_DETAIL) + "…";
    }
}
