package id.prakerja.json;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.eligibility.RawApplicant;
import java.util.Objects;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds one JSON applicant record to a {@link RawApplicant}, reporting every data problem as a violation:
 * it never throws for bad input.
 *
 * <pre>{@code
 * BoundRecord<RawApplicant> bound = ApplicantBinder.standard().bind("{\"nik\": 3174015708990001}");
 * bound.violations(); // [FIELD_INVALID at nik {expected=a 16-digit string (...), found=a JSON integer, pointer=/nik}]
 * Validated<Applicant> applicant = bound.parse(raw -> ApplicantParser.standard().parse(raw, date));
 * }</pre>
 *
 * <p>What is reported (see {@code wire-formats.md} for the field types):
 *
 * <ul>
 *   <li>{@code RECORD_MALFORMED} — not JSON, not one JSON object, invalid UTF-8 or a NUL byte; argument
 *       {@code detail} ({@code "… at line L, column C"}, columns in bytes), plus {@code line} and
 *       {@code column} where known. The record is then unreadable ({@link BoundRecord#isBound()} is false);
 *   <li>{@code RECORD_TOO_LARGE} — a limit of {@link ReadOptions} broken; argument {@code limit}, e.g.
 *       {@code "maxNestingDepth=32"};
 *   <li>{@code FIELD_INVALID} — a value of the wrong JSON type (argument {@code expected}, e.g.
 *       {@code "a JSON string"}, and {@code found}), a NIK or family-card number sent as a number
 *       ({@code expected} = {@code "a 16-digit string (numbers lose precision above 2^53)"}), or a key given
 *       twice in one object ({@code expected} = {@code "the field once"});
 *   <li>{@code FIELD_UNKNOWN} — a key the wire format does not define, at any level, in strict mode.
 * </ul>
 *
 * <p>Field violations name the field by core's path convention ({@code domicile.provinceCode},
 * {@code socialAssistance[1]}) and carry an extra argument {@code pointer} with its JSON Pointer
 * ({@code /domicile/provinceCode}, {@code /socialAssistance/1}); the pointer is exact even for unknown keys
 * containing {@code .}, {@code /} or {@code ~} (see {@link JsonPointers}).
 *
 * <p>JSON {@code null} reads as an absent field; the core parser then reports {@code FIELD_REQUIRED} for a
 * required one. A field of the wrong type is left out of the raw record, and so is a repeated one. Scalars
 * are kept as text ({@code false} → {@code "false"}, {@code 18} → {@code "18"}); value syntax (enum names,
 * dates, wave range) is left to {@code ApplicantParser}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ApplicantBinder {

    private static final ApplicantBinder STANDARD = new ApplicantBinder(ReadOptions.defaults());

    private final ReadOptions options;
    private final JsonFactory factory;
    private final ApplicantFields fields;

    private ApplicantBinder(ReadOptions options) {
        this.options = options;
        this.factory = Records.factory(options);
        this.fields = ApplicantFields.of(options.strict());
    }

    /** A binder with {@link ReadOptions#defaults()}: strict, default limits. */
    public static ApplicantBinder standard() {
        return STANDARD;
    }

    /** A binder with {@code options} (its strictness and limits; the feed format does not matter here). */
    public static ApplicantBinder of(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        return options.equals(STANDARD.options) ? STANDARD : new ApplicantBinder(options);
    }

    /** The options in force. */
    public ReadOptions options() {
        return options;
    }

    /**
     * Binds one record given as text. It is encoded as UTF-8 first, so the record-size cap counts UTF-8 bytes;
     * text with an unpaired surrogate is {@code RECORD_MALFORMED} (columns count {@code char}s here).
     */
    public BoundRecord<RawApplicant> bind(String json) {
        return Records.bindText(json, this::bind);
    }

    /** Binds one record given as UTF-8 bytes (a leading byte-order mark is allowed). */
    public BoundRecord<RawApplicant> bind(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return bind(utf8, 0, utf8.length);
    }

    /**
     * Binds one record held in {@code utf8[offset, offset + length)}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public BoundRecord<RawApplicant> bind(byte[] utf8, int offset, int length) {
        return Records.bindBytes(factory, options, fields, utf8, offset, length);
    }

    /**
     * The whole answer for one applicant given as JSON text, in one call: binds it, then
     * {@link EligibilityChecker#preCheck(RawApplicant, Evaluation, java.util.List)} with the binding's
     * violations; a record that cannot be read at all ({@code RECORD_MALFORMED}, {@code RECORD_TOO_LARGE},
     * not one object) is answered by {@link EligibilityChecker#preCheckUnreadable}. Never throws for bad data.
     *
     * <pre>{@code
     * PreCheck answer = ApplicantBinder.standard().preCheck(body, EligibilityChecker.standard(), Evaluation.latest());
     * }</pre>
     *
     * @throws IllegalArgumentException only for an evaluation the checker's programme cannot place
     */
    public PreCheck preCheck(String json, EligibilityChecker checker, Evaluation evaluation) {
        return preCheck(bind(json), checker, evaluation);
    }

    /** {@link #preCheck(String, EligibilityChecker, Evaluation)} for a record given as UTF-8 bytes. */
    public PreCheck preCheck(byte[] utf8, EligibilityChecker checker, Evaluation evaluation) {
        return preCheck(bind(utf8), checker, evaluation);
    }

    private static PreCheck preCheck(BoundRecord<RawApplicant> bound, EligibilityChecker checker, Evaluation at) {
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(at, "evaluation");
        if (bound.value().isPresent()) {
            return checker.preCheck(bound.value().get(), at, bound.violations());
        }
        return checker.preCheckUnreadable(at, bound.violations());
    }

    /** The binding of this binder's strictness, for the feed readers and the deserializer. */
    static RecordBinding<RawApplicant> binding(boolean strict) {
        return ApplicantFields.of(strict);
    }
}
