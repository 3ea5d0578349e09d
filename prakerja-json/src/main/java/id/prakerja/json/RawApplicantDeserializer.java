// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.RecordBudget;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link RawApplicant} inside a Jackson mapper, with the same rules as {@link RecordBinder#applicants()}; a
 * record with a problem fails as a Jackson {@code MismatchedInputException} listing the violations.
 */
final class RawApplicantDeserializer extends StdDeserializer<RawApplicant> {

    /** Strict: unknown fields fail. */
    static final RawApplicantDeserializer INSTANCE = new RawApplicantDeserializer(true);

    /** Lenient: unknown fields are ignored. */
    static final RawApplicantDeserializer LENIENT = new RawApplicantDeserializer(false);

    private final boolean strict;

    private RawApplicantDeserializer(boolean strict) {
        super(RawApplicant.class);
        this.strict = strict;
    }

    @Override
    public RawApplicant deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (RawApplicant) ctxt.handleUnexpectedToken(RawApplicant.class, p);
        }
        BoundRecord<RawApplicant> bound = ApplicantFields.of(strict).read(p, RecordBudget.UNLIMITED);
        if (!bound.isClean()) {
            return ctxt.reportInputMismatch(
                    this,
                    "Invalid applicant record: "
                            + bound.violations().stream()
                                    .map(RawApplicantDeserializer::describe)
                                    .collect(Collectors.joining("; "))
                            + " (RecordBinder.applicants() reports these as violations without throwing)");
        }
        return bound.value().orElseThrow();
    }

    private static String describe(Violation v) {
        Object expected = v.arguments().get("expected");
        return v.code() + " at " + v.field() + (expected == null ? "" : " (expected " + expected + ")");
    }
}
