// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One JSON record bound to its raw or typed form, together with every problem binding found: the result of
 * {@link RecordBinder#bind(String)} (and of the binders of typed records, such as
 * {@link RecordBinder#participants()}) and the content of each {@link FeedRecord}.
 *
 * <p>There are three shapes:
 *
 * <ul>
 *   <li><b>bound</b> — the record was a well-formed JSON object: {@link #value()} holds the raw record and
 *       {@link #violations()} the field problems ({@code FIELD_INVALID} for a wrong JSON type or a repeated
 *       key, {@code FIELD_UNKNOWN} in strict mode). A field with a problem is left out of the raw record (it
 *       reads as absent), so the raw record may be partial, but it never holds a value binding rejected (a
 *       {@code socialAssistance} element of the wrong type is held as {@code ""}, so that later elements keep
 *       their index). A typed binder ({@link RecordBinder#participants()}, {@link RecordBinder#agreements()},
 *       {@link RecordBinder#activities()}) returns this shape only for a record without errors;
 *   <li><b>invalid</b> — the record was a JSON object, but a typed binder found errors in it (a field
 *       missing, of the wrong type, an unknown enum name, a bad date…): no value, and every violation
 *       ({@link #invalid(List)}). The raw applicant binding never gives this shape;
 *   <li><b>unreadable</b> — the record could not be read at all: no value, and exactly one record-level
 *       violation ({@code RECORD_MALFORMED} or {@code RECORD_TOO_LARGE}, on the field path {@code ""}).
 * </ul>
 *
 * <p>{@link #parse(Function)} hands the raw record to a core parser and combines both lists without
 * duplicates:
 *
 * <pre>{@code
 * BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(json);
 * Validated<Applicant> applicant = bound.parse(raw -> ApplicantParser.standard().parse(raw, date));
 * applicant.violations(); // binding violations first, then the parser's
 * }</pre>
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the raw record, e.g. {@code RawApplicant}
 */
public final class BoundRecord<T> {

    private final T value;
    private final List<Violation> violations;
    private final boolean readable;

    private BoundRecord(T value, List<Violation> violations, boolean readable) {
        this.value = value;
        this.violations = violations;
        this.readable = readable;
    }

    /**
     * A bound record and the problems binding found in it (possibly none).
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public static <T> BoundRecord<T> bound(T value, List<Violation> violations) {
        return new BoundRecord<>(
                Objects.requireNonNull(value, "value"),
                violations.isEmpty() ? List.of() : List.copyOf(violations),
                true);
    }

    /**
     * A record that was read as a JSON object, but whose errors leave no value to bind it to.
     *
     * @throws IllegalArgumentException if {@code violations} holds no error
     */
    public static <T> BoundRecord<T> invalid(List<Violation> violations) {
        List<Violation> copy = List.copyOf(violations);
        if (copy.stream().noneMatch(Violation::isError)) {
            throw new IllegalArgumentException("an invalid record needs at least one error, not " + copy);
        }
        return new BoundRecord<>(null, copy, true);
    }

    /**
     * A record that could not be read; {@code violation} says why.
     *
     * @throws IllegalArgumentException if {@code violation} is not an error of the {@link RuleCode.Family#RECORD}
     *     family
     */
    public static <T> BoundRecord<T> unreadable(Violation violation) {
        if (violation.code().family() != RuleCode.Family.RECORD || !violation.isError()) {
            throw new IllegalArgumentException("an unreadable record needs a RECORD_* error, not " + violation);
        }
        return new BoundRecord<>(null, List.of(violation), false);
    }

    /** The bound record, or empty when the record was unreadable or invalid. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Whether binding produced a value: the record was read as a JSON object and, for a typed binder, had no
     * error (a raw applicant may still carry field violations).
     */
    public boolean isBound() {
        return value != null;
    }

    /** Whether the record was read as a JSON object at all: bound or invalid, not unreadable. */
    public boolean isReadable() {
        return readable;
    }

    /** Why a record without a value has none: its first error (for an unreadable record, its only violation). */
    Violation reason() {
        for (Violation v : violations) {
            if (v.isError()) {
                return v;
            }
        }
        throw new IllegalStateException("a bound record has no reason: " + this);
    }

    /** Whether binding found nothing to report. */
    public boolean isClean() {
        return violations.isEmpty();
    }

    /** The binding violations, in document order; empty for a clean record. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The raw record as a {@link Validated}: valid only if binding found no error. Use {@link #parse(Function)}
     * to go on to the typed record.
     */
    public Validated<T> toValidated() {
        if (value == null) {
            return Validated.invalid(violations);
        }
        return Validated.of(value, violations);
    }

    /**
     * Parses the raw record with {@code parser} and combines the violations: binding's first, then the
     * parser's, leaving out every parser violation on a field path that binding already reported (the same
     * path or one under it). So a NIK sent as a JSON number yields one {@code FIELD_INVALID} at {@code nik},
     * not also the {@code FIELD_REQUIRED} the parser reports for the NIK that binding had to leave out. The
     * result is valid only if neither step found an error; an unreadable record is invalid without calling
     * {@code parser}.
     *
     * <pre>{@code
     * Validated<Applicant> v = bound.parse(raw -> ApplicantParser.standard().parse(raw, date));
     * }</pre>
     *
     * @param parser turns the raw record into a typed one, reporting every problem
     * @param <U> the typed record
     */
    public <U> Validated<U> parse(Function<? super T, Validated<U>> parser) {
        Objects.requireNonNull(parser, "parser");
        if (value == null) {
            return Validated.invalid(violations);
        }
        Validated<U> parsed = Objects.requireNonNull(parser.apply(value), "parser result");
        if (violations.isEmpty()) {
            return parsed;
        }
        List<Violation> all = Violation.reportedOnce(violations, parsed.violations());
        return parsed.isValid() ? Validated.of(parsed.value(), all) : Validated.invalid(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundRecord<?> other
                && readable == other.readable
                && Objects.equals(value, other.value)
                && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, violations);
    }

    @Override
    public String toString() {
        if (value == null) {
            return (readable ? "Invalid" : "Unreadable") + violations;
        }
        return "Bound[" + value + ", " + violations + "]";
    }
}
