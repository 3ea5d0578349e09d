package id.prakerja.core.feed;

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
