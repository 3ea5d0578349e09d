package id.prakerja.json;

import id.prakerja.core.cooperation.CooperationAgreement;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one JSON cooperation agreement record ({@code wire-formats.md}, "Cooperation agreement and outreach activity records") to a {@link CooperationAgreement}, reporting every data problem as
 * a violation: it never throws for bad input.
 *
 * <pre>{@code
 * BoundRecord<CooperationAgreement> bound = AgreementBinder.standard().bind(json);
 * if (bound.isBound()) {
 *     Validated<CooperationAgreement> checked = CooperationRules.standard().validate(bound.value().get());
 * }
 * }</pre>
 *
 * <p>The record is checked field by field, in wire order, before anything is built:
 *
 * <ul>
 *   <li>{@code RECORD_MALFORMED} / {@code RECORD_TOO_LARGE} — as {@link ApplicantBinder}: the record is
 *       unreadable;
 *   <li>{@code FIELD_REQUIRED} — a required field missing or {@code null};
 *   <li>{@code FIELD_INVALID} — a value of the wrong JSON type ({@code expected} and {@code found}), a key
 *       given twice, a date that is not {@code YYYY-MM-DD}, a blank or over-long {@code identifier}, {@code title} or party {@code name}, an unknown {@code type},
 *       {@code kind}, workforce category or recipient group, a signatory whose {@code party} is not the
 *       {@code name} of one of the parties, an unknown province code or a regency code that is not 4 digits
 *       starting with it, an objective code given twice, a built-in objective with wording, an
 *       agreement-specific objective whose code is not UPPER_SNAKE (at most 64 characters) or that has no
 *       {@code indonesian} wording;
 *   <li>{@code FIELD_UNKNOWN} — in strict mode, a key the record does not define, at any level.
 * </ul>
 *
 * <p>Every field violation names the field and carries its JSON Pointer in the {@code pointer} argument. A
 * record with any error is {@linkplain BoundRecord#invalid(java.util.List) invalid}: no value. Whether the agreement is sound (two parties, a signatory per party, the period, objectives and
 * audience) is {@code CooperationRules}'s business, not binding's.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgreementBinder {

    private static final AgreementBinder STANDARD = new AgreementBinder(ReadOptions.defaults());

    private final ReadOptions options;
    private final JsonFactory factory;
    private final CooperationFields.Agreements fields;

    private AgreementBinder(ReadOptions options) {
        this.options = options;
        this.factory = Records.factory(options);
        this.fields = CooperationFields.Agreements.of(options.strict());
    }

    /** A binder with {@link ReadOptions#defaults()}: strict, default limits. */
    public static AgreementBinder standard() {
        return STANDARD;
    }

    /** A binder with {@code options} (its strictness and limits; the feed format does not matter here). */
    public static AgreementBinder of(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        return options.equals(STANDARD.options) ? STANDARD : new AgreementBinder(options);
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /** Binds one record given as text (see {@link ApplicantBinder#bind(String)} for the encoding). */
    public BoundRecord<CooperationAgreement> bind(String json) {
        return Records.bindText(json, this::bind);
    }

    /** Binds one record given as UTF-8 bytes (a leading byte-order mark is allowed). */
    public BoundRecord<CooperationAgreement> bind(byte[] utf8) {
        return bind(utf8, 0, utf8.length);
    }

    /**
     * Binds one record held in {@code utf8[offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public BoundRecord<CooperationAgreement> bind(byte[] utf8, int offset, int length) {
        return Records.bindBytes(factory, options, fields, utf8, offset, length);
    }
}
