// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.Validated;
import id.prakerja.json.internal.RecordBudget;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a typed {@link Applicant} inside a Jackson mapper: bound as {@link RecordBinder#applicants()} binds it, then
 * parsed by {@link ApplicantParser#standard()} with no date-dependent check (a typed applicant is valid by
 * construction; whether a birth date or a family card lies in the future depends on the evaluation, which
 * the eligibility check brings). A record with any problem fails as a {@code MismatchedInputException}
 * listing the violations; {@code RecordBinder.applicants()} plus {@code ApplicantParser} report them without
 * throwing.
 */
final class ApplicantDeserializer extends StdDeserializer<Applicant> {

    /** Strict: unknown fields fail. */
    static final ApplicantDeserializer INSTANCE = new ApplicantDeserializer(true);

    /** Lenient: unknown fields are ignored. */
    static final ApplicantDeserializer LENIENT = new ApplicantDeserializer(false);

    /** No date-dependent check applies on this day. */
    private static final LocalDate NO_DATE_CHECK = LocalDate.MAX;

    private final boolean strict;

    private ApplicantDeserializer(boolean strict) {
        super(Applicant.class);
        this.strict = strict;
    }

    @Override
    public Applicant deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (Applicant) ctxt.handleUnexpectedToken(Applicant.class, p);
        }
        BoundRecord<RawApplicant> bound = ApplicantFields.of(strict).read(p, RecordBudget.UNLIMITED);
        Validated<Applicant> parsed =
                bound.parse(raw -> ApplicantParser.standard().parse(raw, NO_DATE_CHECK));
        if (!parsed.isValid() || !parsed.violations().isEmpty()) {
            return ctxt.reportInputMismatch(
                    this,
                    "Invalid applicant record: %s (RecordBinder.applicants() and ApplicantParser report these as violations"
                            + " without throwing)",
                    TypedDeserializer.describe(parsed.violations()));
        }
        return parsed.value();
    }
}
