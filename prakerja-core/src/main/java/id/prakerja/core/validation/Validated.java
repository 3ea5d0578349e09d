// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value or the violations that prevented it: the result of every {@code validate}/{@code parse}
 * path that does not throw.
 *
 * <p>A result is <em>valid</em> when none of its violations is an {@link Severity#ERROR}; a valid result
 * holds its value and may still carry {@link Severity#WARNING}s.
 *
 * <pre>{@code
 * Validated<Nik> result = Nik.validate("3174015708990001", LocalDate.of(2024, 1, 1));
 * if (result.isValid()) {
 *     Nik nik = result.value();
 * } else {
 *     result.violations().forEach(v -> show(Messages.english().format(v)));
 * }
 * }</pre>
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {

    private final T value;
    private final List<Violation> violations;

    private Validated(T value, List<Violation> violations) {
        this.value = value;
        this.violations = violations;
    }

    /** A valid result without warnings. */
    public static <T> Validated<T> valid(T value) {
        return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * A valid result that carries warnings.
     *
     * @throws IllegalArgumentException if one of {@code warnings} is an error
     */
    public static <T> Validated<T> valid(T value, List<Violation> warnings) {
        List<Violation> copy = List.copyOf(warnings);
        for (Violation v : copy) {
            if (v.isError()) {
                throw new IllegalArgumentException("a valid result cannot carry the error " + v);
            }
        }
        return new Validated<>(Objects.requireNonNull(value, "value"), copy);
    }

    /**
     * An invalid result.
     *
     * @throws IllegalArgumentException if {@code violations} holds no error
     */
    public static <T> Validated<T> invalid(List<Violation> violations) {
        List<Violation> copy = List.copyOf(violations);
        if (copy.stream().noneMatch(Violation::isError)) {
            throw new IllegalArgumentException("an invalid result needs at least one error: " + copy);
        }
        return new Validated<>(null, copy);
    }

    /** An invalid result with one violation, which must be an error. */
    public static <T> Validated<T> invalid(Violation violation) {
        return invalid(List.of(violation));
    }

    /**
     * {@code value} when {@code violations} holds no error, otherwise an invalid result; the usual way
     * to finish a collect-all parser.
     */
    public static <T> Validated<T> of(T value, List<Violation> violations) {
        for (Violation v : violations) {
            if (v.isError()) {
                return new Validated<>(null, List.copyOf(violations));
            }
        }
        return violations.isEmpty() ? valid(value) : valid(value, violations);
    }

    /** Whether the result holds a value (no violation is an error). */
    public boolean isValid() {
        return value != null;
    }

    /**
     * The value.
     *
     * @throws IllegalStateException if the result is invalid; the message lists the violations
     */
    public T value() {
        if (value == null) {
            throw new IllegalStateException("no value: " + violations);
        }
        return value;
    }

    /** The value, or empty when invalid. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /** Every violation, errors and warnings, in the order they were found. */
    public List<Violation> violations() {
        return violations;
    }

    /** The value, or the exception that {@code toException} builds from the violations. */
    public <X extends RuntimeException> T orElseThrow(Function<List<Violation>, X> toException) {
        if (value == null) {
            throw toException.apply(violations);
        }
        return value;
    }

    /** Applies {@code f} to a valid value, keeping the warnings; an invalid result stays invalid. */
    public <U> Validated<U> map(Function<? super T, ? extends U> f) {
        if (value == null) {
            return new Validated<>(null, violations);
        }
        return new Validated<>(Objects.requireNonNull(f.apply(value), "mapped value"), violations);
    }

    /** This result's violations followed by {@code more}, on a valid value only if none is an error. */
    public Validated<T> withViolations(List<Violation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Violation> all = new ArrayList<>(violations.size() + more.size());
        all.addAll(violations);
        all.addAll(more);
        return value == null ? new Validated<>(null, List.copyOf(all)) : of(value, all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validated<?> other
                && Objects.equals(value, other.value)
                && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, violations);
    }

    @Override
    public String toString() {
        return value != null
                ? (violations.isEmpty() ? "Valid[" + value + "]" : "Valid[" + value + ", " + violations + "]")
                : "Invalid" + violations;
    }
}
