// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Phase 1 of feed validation: what one record comes to on its own, wherever and in whatever order it was
 * validated. It holds the record's position in the feed, its NIK and family-card number as {@code long}s
 * where they were readable (0 where not), the wave its rules came from, its province, its per-record
 * violations (with their codes as a bit set) and the masked NIK a sample shows. It never holds a full NIK
 * in text: {@link #toString()} and {@link #maskedNik()} are masked, the numbers are only for keying.
 *
 * <p>Outcomes are made by {@link FeedValidator#outcome(int, FeedInput)}; phase 2 ({@link CrossRecordRules})
 * groups them by NIK and family card, phase 3 ({@link FeedTally}) counts them. Ordered by
 * {@linkplain #comparePositions position}: input, then line.
 */
public final class RecordOutcome {
    static {
        if (RuleCode.values().length > Long.SIZE) {
            throw new AssertionError("the code bit set holds 64 codes; RuleCode has " + RuleCode.values().length);
        }
    }

    private final int input;
    private final long line;
    private final long nik;
    private final long familyCard;
    private final int wave;
    private final int province;
    private final String maskedNik;
    private final List<Violation> violations;
    private final long codes;
    private final boolean passes;

    RecordOutcome(
            int input,
            long line,
            long nik,
            long familyCard,
            int wave,
            int province,
            String maskedNik,
            List<Violation> violations) {
        if (input < 0) {
            throw new IllegalArgumentException("inputs are numbered from 0, got " + input);
        }
        if (line < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, got " + line);
        }
        this.input = input;
        this.line = line;
        this.nik = nik;
        this.familyCard = familyCard;
        this.wave = wave;
        this.province = province;
        this.maskedNik = maskedNik;
        this.violations = List.copyOf(violations);
        long bits = 0;
        boolean error = false;
        for (Violation v : this.violations) {
            bits |= 1L << v.code().ordinal();
            error |= v.isError();
        }
        this.codes = bits;
        this.passes = !error;
    }

    /** Which input of a run of several (0 for a single feed). */
    public int input() {
        return input;
    }

    /** The 1-based line (or row) where the record starts in its input. */
    public long line() {
        return line;
    }

    /** The NIK as a number when the record has a valid one, else 0. Never print it: use {@link #maskedNik()}. */
    public long nik() {
        return nik;
    }

    /** The family-card number as a number when the record has a valid one, else 0. */
    public long familyCard() {
        return familyCard;
    }

    /** The wave whose rules applied, or -1 for a record that could not be read. */
    public int wave() {
        return wave;
    }

    /** The Kemendagri province code (from the domicile, else the NIK), or -1 when unknown. */
    public int province() {
        return province;
    }

    /** The NIK as the record gave it, masked, for samples; empty when the record had none. */
    public Optional<String> maskedNik() {
        return Optional.ofNullable(maskedNik);
    }

    /** The record's own violations, in order (the cross-record ones come in phase 2). */
    public List<Violation> violations() {
        return violations;
    }

    /** Whether the record's own violations include {@code code} (a bit test). */
    public boolean has(RuleCode code) {
        return (codes & (1L << code.ordinal())) != 0;
    }

    /** The codes of the record's own violations as a bit set over {@link RuleCode#ordinal()}. */
    public long codeBits() {
        return codes;
    }

    /** Whether the record passes every per-record rule (no error among its own violations). */
    public boolean passes() {
        return passes;
    }

    /** Orders outcomes as the feed does: by input, then by line. */
    public static int comparePositions(RecordOutcome a, RecordOutcome b) {
        int c = Integer.compare(a.input, b.input);
        return c != 0 ? c : Long.compare(a.line, b.line);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RecordOutcome)) {
            return false;
        }
        RecordOutcome r = (RecordOutcome) o;
        return input == r.input
                && line == r.line
                && nik == r.nik
                && familyCard == r.familyCard
                && wave == r.wave
                && province == r.province
                && Objects.equals(maskedNik, r.maskedNik)
                && violations.equals(r.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(input, line, nik, familyCard, wave, province, violations);
    }

    @Override
    public String toString() {
        return "RecordOutcome[input " + input + ", line " + line + ", nik " + maskedNik + ", wave " + wave + ", "
                + violations + "]";
    }
}
