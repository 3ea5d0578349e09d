package id.prakerja.json;

import id.prakerja.core.cooperation.OutreachActivity;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one JSON outreach activity record ({@code wire-formats.md}, "Cooperation agreement and outreach activity records") to a {@link OutreachActivity}, reporting every data problem as
 * a violation: it never throws for bad input.
 *
 * <pre>{@code
 * BoundRecord<OutreachActivity> bound = ActivityBinder.standard().bind(line);
 * if (bound.isBound()) {
 *     Validated<OutreachActivity> checked = CooperationRules.standard().validate(agreement, bound.value().get());
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
 *       given twice, a date that is not {@code YYYY-MM-DD}, a blank or over-long {@code agreement}, a blank objective code or {@code description}, an unknown
 *       {@code channel}, workforce category or recipient group, an unknown province code or a regency code
 *       that is not 4 digits starting with it, a {@code peopleReached} that is not an integer;
 *   <li>{@code FIELD_UNKNOWN} — in strict mode, a key the record does not define, at any level.
 * </ul>
 *
 * <p>Every field violation names the field and carries its JSON Pointer in the {@code pointer} argument. A
 * record with any error is {@linkplain BoundRecord#invalid(java.util.List) invalid}: no value. Whether the activity fits its agreement (period, region, objectives, audience, reach) is
 * {@code CooperationRules}'s business, not binding's: a negative {@code peopleReached} binds.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActivityBinder {

    private static final ActivityBinder STANDARD = new ActivityBinder(ReadOptions.defaults());

    private final ReadOptions options;
    private final JsonFactory factory;
    private final CooperationFields.Activities fields;

    private ActivityBinder(ReadOptions options) {
        this.options = options;
        this.factory = Records.factory(options);
        this.fields = CooperationFields.Activities.of(options.strict());
    }

    /** A binder with {@link ReadOptions#defaults()}: strict, default limits. */
    public static ActivityBinder standard() {
        return STANDARD;
    }

    /** A binder with {@code options} (its strictness and limits; the feed format does not matter here). */
    public static ActivityBinder of(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        return options.equals(STANDARD.options) ? STANDARD : new ActivityBinder(options);
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /** Binds one record given as text (see {@link ApplicantBinder#bind(String)} for the encoding). */
    public BoundRecord<OutreachActivity> bind(String json) {
        return Records.bindText(json, this::bind);
    }

    /** Binds one record given as UTF-8 bytes (a leading byte-order mark is allowed). */
    public BoundRecord<OutreachActivity> bind(byte[] utf8) {
        return bind(utf8, 0, utf8.length);
    }

    /**
     * Binds one record held in {@code utf8[offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public BoundRecord<OutreachActivity> bind(byte[] utf8, int offset, int length) {
        return Records.bindBytes(factory, options, fields, utf8, offset, length);
    }
}
