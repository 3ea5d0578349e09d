// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Wave;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * When an applicant is evaluated: a wave, a date, or both. Time is always explicit; the library never
 * reads the clock.
 *
 * <ul>
 *   <li>{@link #atWave(int)}: the rules of that wave (a wave the programme does not know fails here, when
 *       the evaluation is built, not later inside {@code decide}), ages on its opening date ({@link Wave#evaluationDate()});
 *   <li>{@link #on(LocalDate)}: ages on that date, the rules of the wave in force then;
 *   <li>{@link #latest()}: the latest wave the library knows, on its opening date;
 *   <li>{@link #of(int, LocalDate)}: the rules of a wave, ages on a given date.
 * </ul>
 *
 * A record that names its own wave keeps it: {@link #resolve(Programme, OptionalInt)} uses the record's
 * wave, and the date of this evaluation if it has one, else that wave's opening date.
 *
 * <pre>{@code
 * Evaluation.atWave(18).resolve(Programme.standard(), OptionalInt.empty()).date(); // 2021-08-16
 * }</pre>
 */
public final class Evaluation {
    private static final Evaluation LATEST = new Evaluation(0, null);

    private final int wave;
    private final LocalDate date;

    private Evaluation(int wave, LocalDate date) {
        this.wave = wave;
        this.date = date;
    }

    /**
     * The rules of wave {@code wave} of the standard programme ({@link Programme#standard()}), on its opening
     * date.
     *
     * @throws IllegalArgumentException if the standard programme has no such wave; the message names the
     *     known waves ({@code "no wave 99; the known waves are 1 to 71"})
     */
    public static Evaluation atWave(int wave) {
        return atWave(Programme.standard(), wave);
    }

    /**
     * The rules of wave {@code wave} of {@code programme}, on its opening date.
     *
     * @throws IllegalArgumentException if {@code programme} has no such wave; the message names the known
     *     waves
     */
    public static Evaluation atWave(Programme programme, int wave) {
        return new Evaluation(known(programme, wave), null);
    }

    private static int known(Programme programme, int wave) {
        return programme.waves().wave(wave).number(); // throws, naming the known waves
    }

    /** Ages on {@code date}, the rules of the wave in force on that date. */
    public static Evaluation on(LocalDate date) {
        return new Evaluation(0, Objects.requireNonNull(date, "date"));
    }

    /**
     * The rules of wave {@code wave} of the standard programme, ages on {@code date}.
     *
     * @throws IllegalArgumentException if the standard programme has no such wave; the message names the
     *     known waves
     */
    public static Evaluation of(int wave, LocalDate date) {
        return of(Programme.standard(), wave, date);
    }

    /**
     * The rules of wave {@code wave} of {@code programme}, ages on {@code date}.
     *
     * @throws IllegalArgumentException if {@code programme} has no such wave; the message names the known
     *     waves
     */
    public static Evaluation of(Programme programme, int wave, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new Evaluation(known(programme, wave), date);
    }

    /** The latest wave the library knows, on its opening date. */
    public static Evaluation latest() {
        return LATEST;
    }

    /** The wave, if this evaluation names one. */
    public OptionalInt wave() {
        return wave > 0 ? OptionalInt.of(wave) : OptionalInt.empty();
    }

    /** The date, if this evaluation names one. */
    public java.util.Optional<LocalDate> date() {
        return java.util.Optional.ofNullable(date);
    }

    /**
     * The wave and date to evaluate a record at.
     *
     * @param recordWave the wave the record names, if any; it takes precedence over this evaluation's wave
     * @throws IllegalArgumentException if the wave is unknown to {@code programme}, or a date lies before
     *     the first wave opened
     */
    public Resolved resolve(Programme programme, OptionalInt recordWave) {
        int w = recordWave.isPresent() ? recordWave.getAsInt() : wave;
        if (w > 0) {
            Wave known = programme.waves().wave(w);
            return new Resolved(known.number(), date != null ? date : known.evaluationDate());
        }
        if (date != null) {
            Wave atDate = programme
                    .waves()
                    .at(date)
                    .orElseThrow(() ->
                            new IllegalArgumentException("no wave had opened by " + date + "; the first opened on "
                                    + programme.waves().first().evaluationDate()));
            return new Resolved(atDate.number(), date);
        }
        Wave latest = programme.waves().latest();
        return new Resolved(latest.number(), latest.evaluationDate());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && e.wave == wave && Objects.equals(e.date, date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wave, date);
    }

    @Override
    public String toString() {
        if (wave == 0 && date == null) {
            return "Evaluation[latest]";
        }
        return "Evaluation[" + (wave > 0 ? "wave " + wave : "") + (wave > 0 && date != null ? ", " : "")
                + (date != null ? "on " + date : "") + "]";
    }

    /** A wave and a date, both known. */
    public static final class Resolved {
        private final int wave;
        private final LocalDate date;

        Resolved(int wave, LocalDate date) {
            this.wave = wave;
            this.date = date;
        }

        /** The wave whose rules apply. */
        public int wave() {
            return wave;
        }

        /** The date ages and dates are evaluated on. */
        public LocalDate date() {
            return date;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Resolved r && r.wave == wave && r.date.equals(date);
        }

        @Override
        public int hashCode() {
            return 31 * wave + date.hashCode();
        }

        @Override
        public String toString() {
            return "wave " + wave + " on " + date;
        }
    }
}
