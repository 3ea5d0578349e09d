// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.testkit.internal.Describe;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Validated} result, such as {@code Nik.validate(text)} or a parsed applicant.
 * Obtain one from {@link PrakerjaAssertions#assertThat(Validated)}.
 *
 * <pre>{@code
 * assertThat(Nik.validate("3174015708990000")).isInvalid().hasOnlyViolations(RuleCode.NIK_SERIAL);
 * assertThat(ApplicantParser.standard().parse(raw, date)).isValid();
 * }</pre>
 */
public final class ValidatedAssert extends AbstractAssert<ValidatedAssert, Validated<?>> {

    ValidatedAssert(Validated<?> actual) {
        super(actual, ValidatedAssert.class);
    }

    /**
     * Verifies that the result holds a value (no error).
     *
     * <pre>{@code
     * assertThat(Nik.validate(text)).isValid();
     * }</pre>
     */
    public ValidatedAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage(
                    "%s", "Expected a valid result but was invalid: " + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the result is invalid.
     *
     * <pre>{@code
     * assertThat(Nik.validate("")).isInvalid();
     * }</pre>
     */
    public ValidatedAssert isInvalid() {
        isNotNull();
        if (actual.isValid()) {
            failWithMessage("%s", "Expected an invalid result but was valid: " + actual.value());
        }
        return this;
    }

    /**
     * Verifies that the violations have each of {@code codes} (others may be present too).
     *
     * <pre>{@code
     * assertThat(result).hasViolations(RuleCode.NIK_REGION);
     * }</pre>
     */
    public ValidatedAssert hasViolations(RuleCode... codes) {
        violations().hasViolations(codes);
        return this;
    }

    /**
     * Verifies that the violations have exactly {@code codes}, in any order.
     *
     * <pre>{@code
     * assertThat(result).hasOnlyViolations(RuleCode.NIK_FORMAT);
     * }</pre>
     */
    public ValidatedAssert hasOnlyViolations(RuleCode... codes) {
        isNotNull();
        if (!Describe.sameCodes(Describe.codes(actual.violations()), List.of(codes))) {
            failWithMessage(
                    "%s",
                    "Expected only violations " + List.of(codes) + " but was "
                            + Describe.violations(actual.violations()));
        }
        return this;
    }

    /**
     * Continues with assertions on the violations.
     *
     * <pre>{@code
     * assertThat(result).violations().hasViolationOn("nik");
     * }</pre>
     */
    public ViolationsAssert violations() {
        isNotNull();
        return new ViolationsAssert(actual.violations()).as(info.description());
    }
}
