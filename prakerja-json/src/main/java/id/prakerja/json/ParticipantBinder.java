package id.prakerja.json;

import id.prakerja.core.participation.Participant;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one JSON participant record ({@code wire-formats.md}, "Participant record") to a {@link Participant},
 * reporting every data problem as a violation: it never throws for bad input.
 *
 * <pre>{@code
 * BoundRecord<Participant> bound = ParticipantBinder.standard().bind(json);
 * if (bound.isBound()) {
 *     List<Violation> rules = ParticipationChecker.standard().violations(bound.value().get(), date);
 * } else {
 *     bound.violations(); // e.g. [FIELD_INVALID at events[1].price {expected=a JSON integer, ..., pointer=/events/1/price}]
 * }
 * }</pre>
 *
 * <p>The record is checked field by field, in wire order, before anything is built:
 *
 * <ul>
 *   <li>{@code RECORD_MALFORMED} / {@code RECORD_TOO_LARGE} — as {@link ApplicantBinder}: the record is
 *       unreadable;
 *   <li>{@code FIELD_REQUIRED} — a required field missing or {@code null} (an event's fields depend on its
 *       {@code type});
 *   <li>{@code FIELD_INVALID} — a value of the wrong JSON type ({@code expected} and {@code found}), a key
 *       given twice, an unknown {@code type}, {@code channel} or {@code reason}, a date that is not
 *       {@code YYYY-MM-DD}, a {@code wave} below 1, a {@code rating} outside 1–5, a negative {@code price}, an
 *       {@code amount} below 1, a blank or over-long {@code courseId} or {@code provider}, a NIK sent as a
 *       number;
 *   <li>{@code NIK_*} — a {@code nik} or {@code accountNik} that is a string but not a valid NIK;
 *   <li>{@code FIELD_UNKNOWN} — in strict mode, a key the record or the event's type does not define.
 * </ul>
 *
 * <p>Every field violation names the field ({@code events[3].price}) and carries its JSON Pointer in the
 * {@code pointer} argument ({@code /events/3/price}). A record with any error is {@linkplain
 * BoundRecord#invalid(java.util.List) invalid}: no value. Whether the history is possible (order, dates,
 * amounts, deadlines, an unknown wave) is {@code ParticipationChecker}'s business, not binding's.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParticipantBinder {

    private static final ParticipantBinder STANDARD = new ParticipantBinder(ReadOptions.defaults());

    private final ReadOptions options;
    private final JsonFactory factory;
    private final ParticipantFields fields;

    private ParticipantBinder(ReadOptions options) {
        this.options = options;
        this.factory = Records.factory(options);
        this.fields = ParticipantFields.of(options.strict());
    }

    /** A binder with {@link ReadOptions#defaults()}: strict, default limits. */
    public static ParticipantBinder standard() {
        return STANDARD;
    }

    /** A binder with {@code options} (its strictness and limits; the feed format does not matter here). */
    public static ParticipantBinder of(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        return options.equals(STANDARD.options) ? STANDARD : new ParticipantBinder(options);
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /** Binds one record given as text (see {@link ApplicantBinder#bind(String)} for the encoding). */
    public BoundRecord<Participant> bind(String json) {
        return Records.bindText(json, this::bind);
    }

    /** Binds one record given as UTF-8 bytes (a leading byte-order mark is allowed). */
    public BoundRecord<Participant> bind(byte[] utf8) {
        return bind(utf8, 0, utf8.length);
    }

    /**
     * Binds one record held in {@code utf8[offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public BoundRecord<Participant> bind(byte[] utf8, int offset, int length) {
        return Records.bindBytes(factory, options, fields, utf8, offset, length);
    }
}
