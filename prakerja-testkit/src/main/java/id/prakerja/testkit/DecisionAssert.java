// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.testkit.internal.Describe;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link EligibilityDecision}; failure messages name the wave, the codes and the fields,
 * and never a full NIK. Obtain one from {@link PrakerjaAssertions#assertThat(EligibilityDecision)}.
 *
 * <pre>{@code
 * assertThat(checker.decide(raw, Evaluation.atWave(18)))
 *         .isNotEligible()
 *         .hasOnlyViolations(RuleCode.ELIGIBILITY_MAX_AGE)
 *         .hasViolationOn("birthDate");
 * }</pre>
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, EligibilityDecision> {

    DecisionAssert(EligibilityDecision actual) {
        super(actual, DecisionAssert.class);
    }

    /**
     * Verifies that the applicant is eligible (no violation is an error).
     *
     * <pre>{@code
     * assertThat(decision).isEligible();
     * // Expected eligible at wave 18 but was not eligible: [ELIGIBILITY_MIN_AGE at birthDate {age=17, minimumAge=18}]
     * }</pre>
     */
    public DecisionAssert isEligible() {
        isNotNull();
        if (!actual.isEligible()) {
            failWithMessage(
                    "%s",
                    "Expected eligible at wave " + actual.wave() + " but was not eligible: "
                            + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the applicant is not eligible.
     *
     * <pre>{@code
     * assertThat(decision).isNotEligible();
     * }</pre>
     */
    public DecisionAssert isNotEligible() {
        isNotNull();
        if (actual.isEligible()) {
            failWithMessage(
                    "%s",
                    "Expected not eligible at wave " + actual.wave() + " but was eligible"
                            + (actual.violations().isEmpty() ? "" : " with warnings " + actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the decision was made under the rules of wave {@code wave}.
     *
     * <pre>{@code
     * assertThat(decision).isAtWave(18);
     * }</pre>
     */
    public DecisionAssert isAtWave(int wave) {
        isNotNull();
        if (actual.wave() != wave) {
            failWithMessage("%s", "Expected a decision at wave " + wave + " but was at wave " + actual.wave());
        }
        return this;
    }

    /**
     * Verifies that the decision has violations with each of {@code codes} (others may be present too).
     *
     * <pre>{@code
     * assertThat(decision).hasViolations(RuleCode.ELIGIBILITY_MIN_AGE);
     * }</pre>
     */
    public DecisionAssert hasViolations(RuleCode... codes) {
        isNotNull();
        List<RuleCode> missing = Describe.missing(actual.codes(), List.of(codes));
        if (!missing.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected violations " + List.of(codes) + " at wave " + actual.wave() + " but " + missing
                            + " missing; was " + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the decision has exactly the violations {@code codes}, in any order, and no other.
     *
     * <pre>{@code
     * assertThat(decision).hasOnlyViolations(RuleCode.NIK_SEX_MISMATCH);
     * }</pre>
     */
    public DecisionAssert hasOnlyViolations(RuleCode... codes) {
        isNotNull();
        if (!Describe.sameCodes(actual.codes(), List.of(codes))) {
            failWithMessage(
                    "%s",
                    "Expected only violations " + List.of(codes) + " at wave " + actual.wave() + " but was "
                            + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the decision has no violation with any of {@code codes}.
     *
     * <pre>{@code
     * assertThat(decision).doesNotHaveViolations(RuleCode.ELIGIBILITY_MAX_AGE);
     * }</pre>
     */
    public DecisionAssert doesNotHaveViolations(RuleCode... codes) {
        isNotNull();
        for (RuleCode c : codes) {
            if (actual.has(c)) {
                failWithMessage(
                        "%s",
                        "Expected no violation " + c + " at wave " + actual.wave() + " but was "
                                + Describe.violations(actual.violations()));
            }
        }
        return this;
    }

    /**
     * Verifies that some violation is on the field path {@code field}.
     *
     * <pre>{@code
     * assertThat(decision).hasViolationOn("familyCardNumber");
     * }</pre>
     */
    public DecisionAssert hasViolationOn(String field) {
        isNotNull();
        for (Violation v : actual.violations()) {
            if (v.field().equals(field)) {
                return this;
            }
        }
        failWithMessage(
                "%s",
                "Expected a violation on field '" + field + "' at wave " + actual.wave() + " but was "
                        + Describe.violations(actual.violations()));
        return this;
    }

    /**
     * Verifies that some violation has {@code code} and is on the field path {@code field}.
     *
     * <pre>{@code
     * assertThat(decision).hasViolationOn("birthDate", RuleCode.ELIGIBILITY_MIN_AGE);
     * }</pre>
     */
    public DecisionAssert hasViolationOn(String field, RuleCode code) {
        isNotNull();
        for (Violation v : actual.violations()) {
            if (v.field().equals(field) && v.code() == code) {
                return this;
            }
        }
        failWithMessage(
                "%s",
                "Expected a violation " + code + " on field '" + field + "' at wave " + actual.wave() + " but was "
                        + Describe.violations(actual.violations()));
        return this;
    }

    /**
     * Continues with assertions on the decision's violations.
     *
     * <pre>{@code
     * assertThat(decision).violations().hasViolationOn("nik", RuleCode.NIK_SERIAL);
     * }</pre>
     */
    public ViolationsAssert violations() {
        isNotNull();
        return new ViolationsAssert(actual.violations());
    }
}
