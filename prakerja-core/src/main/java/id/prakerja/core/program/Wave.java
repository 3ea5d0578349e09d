// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One registration wave (gelombang) of the programme.
 *
 * <p>Where public sources give the day registration opened, {@link #openingDate()} holds it. For the 24
 * waves whose opening day was not found it is empty, and {@link #evaluationDate()} holds the documented
 * approximation used instead (see {@link Waves}): never an invented "fact", always flagged by
 * {@link #isOpeningDateKnown()}.
 *
 * <pre>{@code
 * Wave w18 = Waves.standard().wave(18);
 * w18.openingDate();      // Optional[2021-08-16]
 * w18.programmeYear();    // 2021
 * Waves.standard().wave(70).isOpeningDateKnown(); // false
 * }</pre>
 */
@Value.Immutable
public abstract class Wave implements Comparable<Wave> {

    /** How well the opening date is sourced. */
    public enum Confidence {
        /** A national outlet or the programme reported the wave open that day. */
        CERTAIN,
        /** One secondary source, a pre-announcement, or a small conflict between sources. */
        LIKELY,
        /** No opening date found; {@link Wave#evaluationDate()} is an approximation. */
        UNCERTAIN
    }

    Wave() {}

    /** The wave number, from 1. */
    public abstract int number();

    /** The programme year the wave belongs to. */
    public abstract int programmeYear();

    /** The day registration opened, where a public source gives it. */
    public abstract Optional<LocalDate> openingDate();

    /** The last day of registration, where a public source gives it. */
    public abstract Optional<LocalDate> closingDate();

    /**
     * The date a wave-level evaluation uses: the opening date where known, otherwise the approximation
     * documented in {@link Waves}.
     */
    public abstract LocalDate evaluationDate();

    /** How well the opening date is sourced. */
    public abstract Confidence confidence();

    /** The public sources of the dates (addresses, separated by {@code " ; "}), or empty. */
    public abstract String sources();

    /** Whether {@link #openingDate()} is known rather than approximated. */
    public final boolean isOpeningDateKnown() {
        return openingDate().isPresent();
    }

    @Value.Check
    protected void check() {
        if (number() < 1) {
            throw new InvalidValueException("waves are numbered from 1, got " + number());
        }
        openingDate().ifPresent(o -> {
            if (!o.equals(evaluationDate())) {
                throw new InvalidValueException("wave " + number() + ": a known opening date is the evaluation date");
            }
        });
        closingDate().ifPresent(c -> {
            if (c.isBefore(evaluationDate())) {
                throw new InvalidValueException("wave " + number() + " closes before it opens");
            }
        });
        if (evaluationDate().getYear() != programmeYear()) {
            throw new InvalidValueException(
                    "wave " + number() + " opens outside its programme year " + programmeYear());
        }
    }

    @Override
    public int compareTo(Wave other) {
        return Integer.compare(number(), other.number());
    }

    @Override
    public String toString() {
        return "Wave " + number() + " (" + programmeYear() + ", "
                + (isOpeningDateKnown() ? "opened " + evaluationDate() : "opening assumed " + evaluationDate()) + ")";
    }
}
