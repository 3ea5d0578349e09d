// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.participation.Participant;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one JSON record of a wire format ({@code wire-formats.md}) to its value, reporting every data problem
 * as a violation: it never throws for bad input. One factory per record type:
 *
 * <pre>{@code
 * BoundRecord<RawApplicant> applicant = RecordBinder.applicants().bind("{\"nik\": 3174015708990001}");
 * applicant.violations(); // [FIELD_INVALID at nik {expected=a 16-digit string (...), found=a JSON integer, pointer=/nik}]
 * Validated<Applicant> parsed = applicant.parse(raw -> ApplicantParser.standard().parse(raw, date));
 *
 * BoundRecord<Participant> participant = RecordBinder.participants(ReadOptions.lenient()).bind(line);
 * if (participant.isBound()) {
 *     List<Violation> rules = ParticipationChecker.standard().violations(participant.value().get(), date);
 * }
 * }</pre>
 *
 * <p>What every binder reports:
 *
 * <ul>
 *   <li>{@code RECORD_MALFORMED} — not JSON, not one JSON object, invalid UTF-8 or a NUL byte; argument
 *       {@code detail} ({@code "… at line L, column C"}, columns in bytes), plus {@code line} and
 *       {@code column} where known. The record is then unreadable ({@link BoundRecord#isBound()} is false);
 *   <li>{@code RECORD_TOO_LARGE} — a limit of {@link ReadOptions} broken; argument {@code limit}, e.g.
 *       {@code "maxNestingDepth=32"}; the record is unreadable;
 *   <li>{@code FIELD_INVALID} — a value of the wrong JSON type (argument {@code expected}, e.g.
 *       {@code "a JSON string"}, and {@code found}), a NIK or family-card number sent as a number
 *       ({@code expected} = {@code "a 16-digit string (numbers lose precision above 2^53)"}), or a key given
 *       twice in one object ({@code expected} = {@code "the field once"}); the typed records add their own
 *       value checks (see each factory);
 *   <li>{@code FIELD_UNKNOWN} — a key the wire format does not define, at any level, in strict mode.
 * </ul>
 *
 * <p>Field violations name the field by core's path convention ({@code domicile.provinceCode},
 * {@code events[3].price}) and carry an extra argument {@code pointer} with its JSON Pointer
 * ({@code /domicile/provinceCode}, {@code /events/3/price}); the pointer is exact even for unknown keys
 * containing {@code .}, {@code /} or {@code ~} (see {@link JsonPointers}).
 *
 * <p>Text given to {@link #bind(String)} is encoded as UTF-8 first, so the record-size cap counts UTF-8 bytes;
 * text with an unpaired surrogate is {@code RECORD_MALFORMED} (its column then counts {@code char}s). Bytes may
 * start with a byte-order mark. {@link FeedReader} reads many records with the same rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the bound value: {@link RawApplicant}, {@link Participant}, {@link CooperationAgreement} or
 *     {@link OutreachActivity}
 */
public final class RecordBinder<T> {

    private static final RecordBinder<RawApplicant> APPLICANTS =
            new RecordBinder<>(ReadOptions.defaults(), ApplicantFields::of);
    private static final RecordBinder<Participant> PARTICIPANTS =
            new RecordBinder<>(ReadOptions.defaults(), ParticipantFields.BINDINGS::of);
    private static final RecordBinder<CooperationAgreement> AGREEMENTS =
            new RecordBinder<>(ReadOptions.defaults(), CooperationFields.Agreements.BINDINGS::of);
    private static final RecordBinder<OutreachActivity> ACTIVITIES =
            new RecordBinder<>(ReadOptions.defaults(), CooperationFields.Activities.BINDINGS::of);

    private final ReadOptions options;
    private final JsonFactory factory;
    private final RecordBinding<T> binding;

    private RecordBinder(ReadOptions options, Function<Boolean, ? extends RecordBinding<T>> binding) {
        this.options = options;
        this.factory = Records.factory(options);
        this.binding = binding.apply(options.strict());
    }

    /** {@link #applicants(ReadOptions)} with {@link ReadOptions#defaults()}: strict, default limits. */
    public static RecordBinder<RawApplicant> applicants() {
        return APPLICANTS;
    }

    /**
     * A binder of applicant records ({@code wire-formats.md}, "Applicant record") to a {@link RawApplicant}.
     *
     * <p>JSON {@code null} reads as an absent field; the core parser then reports {@code FIELD_REQUIRED} for a
     * required one. A field of the wrong type is left out of the raw record, and so is a repeated one. Scalars
     * are kept as text ({@code false} → {@code "false"}, {@code 18} → {@code "18"}); value syntax (enum names,
     * dates, wave range) is left to {@code ApplicantParser}.
     *
     * @param options strictness and limits (the feed format does not matter here)
     */
    public static RecordBinder<RawApplicant> applicants(ReadOptions options) {
        return of(APPLICANTS, options, ApplicantFields::of);
    }

    /** {@link #participants(ReadOptions)} with {@link ReadOptions#defaults()}: strict, default limits. */
    public static RecordBinder<Participant> participants() {
        return PARTICIPANTS;
    }

    /**
     * A binder of participant records ({@code wire-formats.md}, "Participant record") to a {@link Participant},
     * checked field by field, in wire order, before anything is built:
     *
     * <ul>
     *   <li>{@code FIELD_REQUIRED} — a required field missing or {@code null} (an event's fields depend on its
     *       {@code type});
     *   <li>{@code FIELD_INVALID} — besides the common cases: an unknown {@code type}, {@code channel} or
     *       {@code reason}, a date that is not {@code YYYY-MM-DD}, a {@code wave} below 1, a {@code rating}
     *       outside 1–5, a negative {@code price}, an {@code amount} below 1, a blank or over-long
     *       {@code courseId} or {@code provider};
     *   <li>{@code NIK_*} — a {@code nik} or {@code accountNik} that is a string but not a valid NIK.
     * </ul>
     *
     * <p>A record with any error is {@linkplain BoundRecord#invalid(java.util.List) invalid}: no value. Whether
     * the history is possible (order, dates, amounts, deadlines, an unknown wave) is
     * {@code ParticipationChecker}'s business, not binding's.
     *
     * @param options strictness and limits (the feed format does not matter here)
     */
    public static RecordBinder<Participant> participants(ReadOptions options) {
        return of(PARTICIPANTS, options, ParticipantFields.BINDINGS::of);
    }

    /** {@link #agreements(ReadOptions)} with {@link ReadOptions#defaults()}: strict, default limits. */
    public static RecordBinder<CooperationAgreement> agreements() {
        return AGREEMENTS;
    }

    /**
     * A binder of cooperation agreement records ({@code wire-formats.md}, "Cooperation agreement and outreach
     * activity records") to a {@link CooperationAgreement}, checked field by field, in wire order, before
     * anything is built:
     *
     * <ul>
     *   <li>{@code FIELD_REQUIRED} — a required field missing or {@code null};
     *   <li>{@code FIELD_INVALID} — besides the common cases: a date that is not {@code YYYY-MM-DD}, a blank or
     *       over-long {@code identifier}, {@code title} or party {@code name}, an unknown {@code type},
     *       {@code kind}, workforce category or recipient group, a signatory whose {@code party} is not the
     *       {@code name} of one of the parties, an unknown province code or a regency code that is not 4 digits
     *       starting with it, an objective code given twice, a built-in objective with wording, an
     *       agreement-specific objective whose code is not UPPER_SNAKE (at most 64 characters) or that has no
     *       {@code indonesian} wording.
     * </ul>
     *
     * <p>A record with any error is invalid: no value. Whether the agreement is sound (two parties, a signatory
     * per party, the period, objectives and audience) is {@code CooperationRules}'s business, not binding's.
     *
     * @param options strictness and limits (the feed format does not matter here)
     */
    public static RecordBinder<CooperationAgreement> agreements(ReadOptions options) {
        return of(AGREEMENTS, options, CooperationFields.Agreements.BINDINGS::of);
    }

    /** {@link #activities(ReadOptions)} with {@link ReadOptions#defaults()}: strict, default limits. */
    public static RecordBinder<OutreachActivity> activities() {
        return ACTIVITIES;
    }

    /**
     * A binder of outreach activity records ({@code wire-formats.md}, "Cooperation agreement and outreach
     * activity records") to an {@link OutreachActivity}, checked field by field, in wire order, before anything
     * is built:
     *
     * <ul>
     *   <li>{@code FIELD_REQUIRED} — a required field missing or {@code null};
     *   <li>{@code FIELD_INVALID} — besides the common cases: a date that is not {@code YYYY-MM-DD}, a blank or
     *       over-long {@code agreement}, a blank objective code or {@code description}, an unknown
     *       {@code channel}, workforce category or recipient group, an unknown province code or a regency code
     *       that is not 4 digits starting with it, a {@code peopleReached} that is not an integer.
     * </ul>
     *
     * <p>A record with any error is invalid: no value. Whether the activity fits its agreement (period, region,
     * objectives, audience, reach) is {@code CooperationRules}'s business, not binding's: a negative
     * {@code peopleReached} binds.
     *
     * @param options strictness and limits (the feed format does not matter here)
     */
    public static RecordBinder<OutreachActivity> activities(ReadOptions options) {
        return of(ACTIVITIES, options, CooperationFields.Activities.BINDINGS::of);
    }

    private static <T> RecordBinder<T> of(
            RecordBinder<T> standard, ReadOptions options, Function<Boolean, ? extends RecordBinding<T>> binding) {
        Objects.requireNonNull(options, "options");
        return options.equals(standard.options) ? standard : new RecordBinder<>(options, binding);
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /** Binds one record given as text (encoded as UTF-8 first: see the class comment). */
    public BoundRecord<T> bind(String json) {
        return Records.bindText(json, this::bind);
    }

    /** Binds one record given as UTF-8 bytes (a leading byte-order mark is allowed). */
    public BoundRecord<T> bind(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return bind(utf8, 0, utf8.length);
    }

    /**
     * Binds one record held in {@code utf8[offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public BoundRecord<T> bind(byte[] utf8, int offset, int length) {
        return Records.bindBytes(factory, options, binding, utf8, offset, length);
    }
}
