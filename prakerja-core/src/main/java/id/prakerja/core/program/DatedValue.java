// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.LegalReference;
import java.util.Objects;

/**
 * One value of a dated parameter: the value, the first wave it applies to, and the legal reference it
 * comes from. It applies until the next value of the same parameter.
 *
 * @param <T> the parameter's type
 */
public final class DatedValue<T> {
    private final T value;
    private final int fromWave;
    private final LegalReference reference;

    DatedValue(T value, int fromWave, LegalReference reference) {
        this.value = Objects.requireNonNull(value, "value");
        this.fromWave = fromWave;
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** The value. */
    public T value() {
        return value;
    }

    /** The first wave the value applies to. */
    public int fromWave() {
        return fromWave;
    }

    /** Where the value comes from. */
    public LegalReference reference() {
        return reference;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedValue<?> d
                && d.value.equals(value)
                && d.fromWave == fromWave
                && d.reference.equals(reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, fromWave, reference);
    }

    @Override
    public String toString() {
        return value + " (from wave " + fromWave + ", " + reference.citation() + ")";
    }
}
