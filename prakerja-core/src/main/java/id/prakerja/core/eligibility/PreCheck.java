// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may this person apply, and if not, what now?": the {@link EligibilityDecision}, what would
 * cure each of its violations ({@link #whatIf()}, in the same order) and the inputs a form still has to ask,
 * in the order to ask them ({@link #missingInputs()}; the first is {@link #nextQuestion()}).
 *
 * <pre>{@code
 * PreCheck answer = EligibilityChecker.standard().preCheck(raw, Evaluation.atWave(18));
 * answer.isEligible();      // false
 * answer.whatIf().get(0).describe(Messages.indonesian().locale());
 *                           // "Memenuhi syarat usia mulai 17 Agustus 2021, saat berusia 18 tahun."
 * answer.nextQuestion();    // Optional[occupation]
 * }</pre>
 *
 * <p>Made by {@link EligibilityChecker#preCheck(RawApplicant, Evaluation)} (never throwing for bad data: every
 * problem of the record is a violation) or, from JSON text, by prakerja-json's {@code PreChecks.of};
 * written and read back by prakerja-json ({@code pre-check.schema.json}). A decision can be eligible while
 * inputs are still missing: an optional field with a default ({@code occupation}, {@code socialAssistance},
 * {@code priorParticipation}, {@code otherFamilyRecipients}) is listed while a rule in force reads it, because
 * the default may not be true of the applicant; the decision then holds under those defaults.
 *
 * <p>Immutable and thread-safe; {@code toString} shows codes and field names only, never a NIK.
 */
public final class PreCheck {

    private final EligibilityDecision decision;
    private final List<Cure> whatIf;
    private final List<String> missingInputs;

    private PreCheck(EligibilityDecision decision, List<Cure> whatIf, List<String> missingInputs) {
        this.decision = decision;
        this.whatIf = whatIf;
        this.missingInputs = missingInputs;
    }

    /**
     * An answer with these parts, as read back from its wire format; answering is
     * {@link EligibilityChecker#preCheck}'s job.
     *
     * @throws IllegalArgumentException if {@code whatIf} does not hold one cure per violation, with the same
     *     codes in the same order, or if an input is named twice or is blank
     */
    public static PreCheck of(EligibilityDecision decision, List<Cure> whatIf, List<String> missingInputs) {
        Objects.requireNonNull(decision, "decision");
        List<Cure> cures = List.copyOf(whatIf);
        List<String> inputs = List.copyOf(missingInputs);
        List<Violation> violations = decision.violations();
        if (cures.size() != violations.size()) {
            throw new IllegalArgumentException(
                    "one cure per violation: " + violations.size() + " violations, " + cures.size() + " cures");
        }
        for (int i = 0; i < cures.size(); i++) {
            if (cures.get(i).code() != violations.get(i).code()) {
                throw new IllegalArgumentException(
                        "cure " + i + " is for " + cures.get(i).code() + ", violation " + i + " is "
                                + violations.get(i).code());
            }
        }
        if (inputs.stream().distinct().count() != inputs.size()
                || inputs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("missing inputs must be distinct field names: " + inputs);
        }
        return new PreCheck(decision, cures, inputs);
    }

    /** The decision. */
    public EligibilityDecision decision() {
        return decision;
    }

    /** Whether the applicant may receive the card (see the class comment about missing optional inputs). */
    public boolean isEligible() {
        return decision.isEligible();
    }

    /** What would cure each violation of the decision, in the same order. */
    public List<Cure> whatIf() {
        return whatIf;
    }

    /**
     * The wire names of the fields still to ask ({@code birthDate}, {@code occupation}…), in asking order;
     * empty when the record answers everything the rules in force read.
     */
    public List<String> missingInputs() {
        return missingInputs;
    }

    /** The next field a form should ask: the first of {@link #missingInputs()}. */
    public Optional<String> nextQuestion() {
        return missingInputs.isEmpty() ? Optional.empty() : Optional.of(missingInputs.get(0));
    }

    /** The explanation of every violation, then the cure of each, in {@code locale}'s language. */
    public List<String> explain(Locale locale) {
        List<String> out = new java.util.ArrayList<>(decision.explain(locale));
        for (Cure c : whatIf) {
            out.add(c.describe(locale));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreCheck p
                && p.decision.equals(decision)
                && p.whatIf.equals(whatIf)
                && p.missingInputs.equals(missingInputs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decision, whatIf, missingInputs);
    }

    @Override
    public String toString() {
        return "PreCheck[" + (decision.isEligible() ? "eligible" : "not eligible") + ", wave " + decision.wave()
                + " on " + decision.evaluationDate() + ", codes=" + decision.codes() + ", whatIf=" + whatIf
                + ", missingInputs=" + missingInputs + "]";
    }
}
