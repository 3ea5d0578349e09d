// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.eligibility.RawApplicant;
import java.util.Objects;

/**
 * The whole pre-check answer for one applicant given as JSON, in one call: binds it
 * ({@link RecordBinder#applicants()}), then {@link EligibilityChecker#preCheck(RawApplicant, Evaluation,
 * java.util.List)} with the binding's violations; a record that cannot be read at all
 * ({@code RECORD_MALFORMED}, {@code RECORD_TOO_LARGE}, not one object) is answered by
 * {@link EligibilityChecker#preCheckUnreadable}. Never throws for bad data.
 *
 * <pre>{@code
 * PreCheck answer = PreChecks.of(body, EligibilityChecker.standard(), Evaluation.latest());
 * }</pre>
 */
public final class PreChecks {

    private PreChecks() {}

    /**
     * The answer for an applicant record given as JSON text.
     *
     * @throws IllegalArgumentException only for an evaluation the checker's programme cannot place
     */
    public static PreCheck of(String json, EligibilityChecker checker, Evaluation evaluation) {
        return of(RecordBinder.applicants().bind(json), checker, evaluation);
    }

    /** {@link #of(String, EligibilityChecker, Evaluation)} for a record given as UTF-8 bytes. */
    public static PreCheck of(byte[] utf8, EligibilityChecker checker, Evaluation evaluation) {
        return of(RecordBinder.applicants().bind(utf8), checker, evaluation);
    }

    /** The answer for a record already bound (with {@link RecordBinder#applicants(ReadOptions)}, say lenient). */
    public static PreCheck of(BoundRecord<RawApplicant> bound, EligibilityChecker checker, Evaluation evaluation) {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(evaluation, "evaluation");
        if (bound.value().isPresent()) {
            return checker.preCheck(bound.value().get(), evaluation, bound.violations());
        }
        return checker.preCheckUnreadable(evaluation, bound.violations());
    }
}
