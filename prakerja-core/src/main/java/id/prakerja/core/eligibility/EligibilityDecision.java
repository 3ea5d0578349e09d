// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an applicant may receive the Kartu Prakerja at a wave, and if not, exactly why: every
 * violation in a stable order (the order of {@link EligibilityRule}, after any field violations of the
 * record), each with the arguments it used and its legal reference.
 *
 * <pre>{@code
 * EligibilityDecision d = EligibilityChecker.standard().decide(applicant, Evaluation.atWave(18));
 * d.isEligible();                         // false
 * d.violations().get(0).code();           // ELIGIBILITY_MAX_AGE
 * d.explain(Languages.INDONESIAN);         // ["Usia maksimal 64 tahun; usia pemohon 66 tahun."]
 * }</pre>
 */
public final class EligibilityDecision {
    private final int wave;
    private final LocalDate evaluationDate;
    private final List<Violation> violations;
    private final EligibilityTrace trace;
    private final Applicant applicant;
    private final boolean eligible;

    EligibilityDecision(
            int wave,
            LocalDate evaluationDate,
            List<Violation> violations,
            EligibilityTrace trace,
            Applicant applicant) {
        this.applicant = applicant;
        this.wave = wave;
        this.evaluationDate = evaluationDate;
        this.violations = violations;
        this.trace = trace;
        boolean ok = true;
        // indexed loops: the lists are random-access, and an iterator per decision is garbage in a feed
        for (int i = 0, n = violations.size(); i < n; i++) {
            if (violations.get(i).isError()) {
                ok = false;
                break;
            }
        }
        this.eligible = ok;
    }

    /**
     * A decision with these parts, without a trace: what a decision read back from its wire format (for
     * example by prakerja-json) holds. Deciding is {@link EligibilityChecker}'s job; this factory only
     * reassembles a decision that was made and written before. {@link #isEligible()} follows from the
     * violations.
     *
     * <pre>{@code
     * EligibilityDecision d = EligibilityDecision.of(18, LocalDate.of(2021, 8, 16), List.of(violation));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code wave} is below 1
     */
    public static EligibilityDecision of(int wave, LocalDate evaluationDate, List<Violation> violations) {
        if (wave < 1) {
            throw new IllegalArgumentException("waves are numbered from 1, was " + wave);
        }
        return new EligibilityDecision(
                wave, Objects.requireNonNull(evaluationDate, "evaluationDate"), List.copyOf(violations), null, null);
    }

    /** Whether the applicant may receive the card: no violation is an error. */
    public boolean isEligible() {
        return eligible;
    }

    /** The wave whose rules were applied. */
    public int wave() {
        return wave;
    }

    /** The date ages were computed on. */
    public LocalDate evaluationDate() {
        return evaluationDate;
    }

    /** Every violation, in the stable order. */
    public List<Violation> violations() {
        return violations;
    }

    /** The codes of the violations, in order. */
    public List<RuleCode> codes() {
        List<RuleCode> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(v.code());
        }
        return out;
    }

    /** Whether one of the violations has {@code code}. */
    public boolean has(RuleCode code) {
        for (int i = 0, n = violations.size(); i < n; i++) {
            if (violations.get(i).code() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * The typed applicant the rules were applied to; empty when the record's fields could not be parsed
     * (the decision then holds the field problems only).
     */
    public Optional<Applicant> applicant() {
        return Optional.ofNullable(applicant);
    }

    /** The trace, when the checker was built with {@code trace(true)}. */
    public Optional<EligibilityTrace> trace() {
        return Optional.ofNullable(trace);
    }

    /** The explanation of every violation in {@code locale}'s language (Indonesian unless English). */
    public List<String> explain(Locale locale) {
        Messages m = Messages.forLocale(locale);
        List<String> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(m.format(v));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityDecision d
                && d.wave == wave
                && d.evaluationDate.equals(evaluationDate)
                && d.violations.equals(violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wave, evaluationDate, violations);
    }

    @Override
    public String toString() {
        return (eligible ? "Eligible" : "NotEligible") + "[wave " + wave + " on " + evaluationDate
                + (violations.isEmpty() ? "" : ", " + violations) + "]";
    }
}
