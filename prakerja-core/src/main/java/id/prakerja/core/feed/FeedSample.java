// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * One violation of one record, as shown in a {@link FeedReport}'s samples: the record's line, its NIK
 * masked ({@code 3174********0001}, absent when the record had none), and the violation. A sample never
 * holds a full NIK.
 */
public final class FeedSample implements Comparable<FeedSample> {
    private final long line;
    private final String maskedNik;
    private final Violation violation;

    FeedSample(long line, String maskedNik, Violation violation) {
        this.line = line;
        this.maskedNik = maskedNik;
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    /**
     * A sample: the violation of the record on {@code line}, whose NIK, masked, was {@code maskedNik}
     * ({@code null} when the record had none). What a sample read back from a report's wire format holds.
     *
     * @throws IllegalArgumentException if {@code line} is not positive, or {@code maskedNik} shows nine or
     *     more digits in a row (a sample never holds a full NIK)
     */
    public static FeedSample of(long line, String maskedNik, Violation violation) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive, was " + line);
        }
        if (maskedNik != null && !Nik.maskNumbersIn(maskedNik).equals(maskedNik)) {
            throw new IllegalArgumentException("a sample holds a masked NIK only, e.g. 3174********0001");
        }
        return new FeedSample(line, maskedNik, violation);
    }

    /** The 1-based line of the record. */
    public long line() {
        return line;
    }

    /** The record's NIK, masked; empty when the record had no NIK. */
    public Optional<String> maskedNik() {
        return Optional.ofNullable(maskedNik);
    }

    /** The violation. */
    public Violation violation() {
        return violation;
    }

    @Override
    public int compareTo(FeedSample o) {
        return Long.compare(line, o.line);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedSample s
                && s.line == line
                && Objects.equals(s.maskedNik, maskedNik)
                && s.violation.equals(violation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, maskedNik, violation);
    }

    @Override
    public String toString() {
        return "line " + line + (maskedNik == null ? "" : " " + maskedNik) + ": " + violation;
    }
}
