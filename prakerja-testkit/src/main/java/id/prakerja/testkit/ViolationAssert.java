// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link Violation}. Obtain one from {@link PrakerjaAssertions#assertThat(Violation)}.
 *
 * <pre>{@code
 * assertThat(decision.violations().get(0))
 *         .hasCode(RuleCode.ELIGIBILITY_MIN_AGE)
 *         .isOnField("birthDate")
 *         .hasArgument("age", 17)
 *         .hasLegalReference();
 * }</pre>
 */
public final class ViolationAssert extends AbstractAssert<ViolationAssert, Violation> {

    ViolationAssert(Violation actual) {
        super(actual, ViolationAssert.class);
    }

    /**
     * Verifies the code.
     *
     * <pre>{@code
     * assertThat(violation).hasCode(RuleCode.NIK_SERIAL);
     * }</pre>
     */
    public ViolationAssert hasCode(RuleCode code) {
        isNotNull();
        if (actual.code() != code) {
            failWithMessage("%s", "Expected a violation " + code + " but was " + actual);
        }
        return this;
    }

    /**
     * Verifies the field path ({@code ""} for the record as a whole).
     *
     * <pre>{@code
     * assertThat(violation).isOnField("domicile.regencyCode");
     * }</pre>
     */
    public ViolationAssert isOnField(String field) {
        isNotNull();
        if (!actual.field().equals(field)) {
            failWithMessage(
                    "%s",
                    "Expected " + actual.code() + " on field '" + field + "' but was on field '" + actual.field()
                            + "'");
        }
        return this;
    }

    /**
     * Verifies that the violation carries the argument {@code name} with {@code value}.
     *
     * <pre>{@code
     * assertThat(violation).hasArgument("minimumAge", 18);
     * }</pre>
     */
    public ViolationAssert hasArgument(String name, Object value) {
        isNotNull();
        if (!actual.arguments().containsKey(name)) {
            failWithMessage(
                    "%s",
                    "Expected " + actual.code() + " to have the argument '" + name + "' but its arguments were "
                            + actual.arguments());
        } else if (!Objects.equals(actual.arguments().get(name), value)) {
            failWithMessage(
                    "%s",
                    "Expected " + actual.code() + " to have " + name + "=" + value + " but was " + name + "="
                            + actual.arguments().get(name));
        }
        return this;
    }

    /**
     * Verifies that the violation names the regulation or announcement it comes from.
     *
     * <pre>{@code
     * assertThat(violation).hasLegalReference();
     * }</pre>
     */
    public ViolationAssert hasLegalReference() {
        isNotNull();
        if (actual.legalReference().isEmpty()) {
            failWithMessage("%s", "Expected " + actual.code() + " to carry a legal reference but it had none");
        }
        return this;
    }
}
