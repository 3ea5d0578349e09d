// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.testkit.internal.Describe;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a list of {@link Violation}s, in any order; failure messages name the codes and fields and
 * never a full NIK. Obtain one from {@link PrakerjaAssertions#assertThatViolations(List)} or from
 * {@code violations()} of the other assertions.
 *
 * <pre>{@code
 * assertThatViolations(Nik.validate("3174015708990000").violations())
 *         .hasOnlyViolations(RuleCode.NIK_SERIAL)
 *         .hasViolationOn("nik", RuleCode.NIK_SERIAL);
 * }</pre>
 */
public final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {

    ViolationsAssert(List<Violation> actual) {
        super(actual, ViolationsAssert.class);
    }

    /**
     * Verifies that there is no violation.
     *
     * <pre>{@code
     * assertThatViolations(decision.violations()).isEmpty();
     * }</pre>
     */
    public ViolationsAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("%s", "Expected no violation but was " + Describe.violations(actual));
        }
        return this;
    }

    /**
     * Verifies that there are violations with each of {@code codes} (others may be present too).
     *
     * <pre>{@code
     * assertThatViolations(violations).hasViolations(RuleCode.NIK_REGION, RuleCode.NIK_SERIAL);
     * }</pre>
     */
    public ViolationsAssert hasViolations(RuleCode... codes) {
        isNotNull();
        List<RuleCode> missing = Describe.missing(Describe.codes(actual), List.of(codes));
        if (!missing.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected violations " + List.of(codes) + " but " + missing + " missing; was "
                            + Describe.violations(actual));
        }
        return this;
    }

    /**
     * Verifies that the violations have exactly {@code codes}, in any order, and no other.
     *
     * <pre>{@code
     * assertThatViolations(violations).hasOnlyViolations(RuleCode.FIELD_REQUIRED);
     * }</pre>
     */
    public ViolationsAssert hasOnlyViolations(RuleCode... codes) {
        isNotNull();
        if (!Describe.sameCodes(Describe.codes(actual), List.of(codes))) {
            failWithMessage(
                    "%s", "Expected only violations " + List.of(codes) + " but was " + Describe.violations(actual));
        }
        return this;
    }

    /**
     * Verifies that no violation has any of {@code codes}.
     *
     * <pre>{@code
     * assertThatViolations(violations).doesNotHaveViolations(RuleCode.ELIGIBILITY_MAX_AGE);
     * }</pre>
     */
    public ViolationsAssert doesNotHaveViolations(RuleCode... codes) {
        isNotNull();
        List<RuleCode> present = new ArrayList<>();
        for (RuleCode c : codes) {
            if (Describe.codes(actual).contains(c)) {
                present.add(c);
            }
        }
        if (!present.isEmpty()) {
            failWithMessage("%s", "Expected no violation " + present + " but was " + Describe.violations(actual));
        }
        return this;
    }

    /**
     * Verifies that some violation is on the field path {@code field} (e.g. {@code "domicile.provinceCode"}).
     *
     * <pre>{@code
     * assertThatViolations(violations).hasViolationOn("birthDate");
     * }</pre>
     */
    public ViolationsAssert hasViolationOn(String field) {
        isNotNull();
        for (Violation v : actual) {
            if (v.field().equals(field)) {
                return this;
            }
        }
        failWithMessage("%s", "Expected a violation on field '" + field + "' but was " + Describe.violations(actual));
        return this;
    }

    /**
     * Verifies that some violation has {@code code} and is on the field path {@code field}.
     *
     * <pre>{@code
     * assertThatViolations(violations).hasViolationOn("socialAssistance[0]", RuleCode.FIELD_INVALID);
     * }</pre>
     */
    public ViolationsAssert hasViolationOn(String field, RuleCode code) {
        isNotNull();
        for (Violation v : actual) {
            if (v.field().equals(field) && v.code() == code) {
                return this;
            }
        }
        failWithMessage(
                "%s",
                "Expected a violation " + code + " on field '" + field + "' but was " + Describe.violations(actual));
        return this;
    }
}
