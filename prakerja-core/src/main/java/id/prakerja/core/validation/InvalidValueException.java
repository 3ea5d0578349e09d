// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

/**
 * Thrown by the builder of a value type ({@code Applicant.builder()…build()}, {@code Wave}, {@code CooperationAgreement},
 * …) when the attributes it was given cannot make a value: a required attribute missing or attributes that
 * contradict each other (a blank full name, a wave that closes before it opens). The message names the type and
 * what is wrong, and never holds a full NIK or family-card number.
 *
 * <p>Builders are for values the caller already trusts. Data as received goes through the never-throwing paths
 * instead (for an applicant {@code EligibilityChecker.decide(RawApplicant, Evaluation)}, for JSON the binders of
 * prakerja-json), which report the same problems as {@link Violation}s.
 */
public class InvalidValueException extends PrakerjaException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message says what is missing or inconsistent. */
    public InvalidValueException(String message) {
        super(message);
    }
}
