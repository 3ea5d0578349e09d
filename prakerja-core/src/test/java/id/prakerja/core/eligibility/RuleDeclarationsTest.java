// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleArgument;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each rule is one self-describing unit: these checks fail until a new code or rule declares everything
 * the catalogue, the trace, the what-if, the forms and the JSON binding derive from it.
 */
class RuleDeclarationsTest {

    @Test
    void everyEligibilityCodeHasARuleAndEveryRuleACure() {
        for (RuleCode code : RuleCode.values()) {
            if (code.family() == RuleCode.Family.ELIGIBILITY) {
                assertThat(EligibilityRule.forCode(code))
                        .as("%s has a rule", code)
                        .isPresent();
            }
        }
        for (EligibilityRule r : EligibilityRule.values()) {
            assertThat(r.whatIf()).as("%s declares its cure", r).isNotNull();
            assertThat(r.cureDescription()).as(r.name()).isNotBlank();
            assertThat(EligibilityRule.forCode(r.code())).contains(r);
        }
    }

    @Test
    void everyRuleReadsTheFieldItPointsAtAndAFieldAFormAsks() {
        Set<String> fields = new HashSet<>();
        for (ApplicantInput in : ApplicantInput.values()) {
            fields.add(in.field());
        }
        for (EligibilityRule r : EligibilityRule.values()) {
            assertThat(r.fields()).as(r.name()).isNotEmpty().startsWith(r.field());
            assertThat(fields).as(r.name()).containsAll(r.fields());
        }
    }

    @Test
    void aCodeCitesAParameterExactlyWhenItDeclaresOne() {
        for (RuleCode code : RuleCode.values()) {
            switch (code.referenceSource()) {
                case PARAMETER:
                    assertThat(code.parameters()).as(code.name()).isNotEmpty();
                    break;
                case AGREEMENT:
                    assertThat(code.family()).as(code.name()).isEqualTo(RuleCode.Family.COOPERATION);
                    assertThat(code.parameters()).as(code.name()).isEmpty();
                    break;
                default:
                    assertThat(code.parameters()).as(code.name()).isEmpty();
            }
        }
        for (RuleCode code : RuleCode.values()) {
            if (code.family() == RuleCode.Family.COOPERATION) {
                assertThat(code.referenceSource()).as(code.name()).isEqualTo(RuleCode.ReferenceSource.AGREEMENT);
            }
        }
    }

    @Test
    void theRequiredArgumentsAreTheDeclaredRequiredOnesInOrderAndEachNameIsDeclaredOnce() {
        for (RuleCode code : RuleCode.values()) {
            List<String> required = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (RuleArgument a : code.arguments()) {
                assertThat(names.add(a.name()))
                        .as("%s declares %s once", code, a.name())
                        .isTrue();
                if (a.isRequired()) {
                    required.add(a.name());
                }
                assertThat(a.enumTypes().isEmpty())
                        .as("%s.%s: an enum argument names its enums, no other does", code, a.name())
                        .isEqualTo(a.type() != RuleArgument.Type.ENUM);
            }
            assertThat(code.requiredArguments()).as(code.name()).isEqualTo(required);
        }
    }

    @Test
    void theMeaningOfADatedRuleNamesItsParametersNeverTheirValues() {
        for (RuleCode code : RuleCode.values()) {
            if (!code.parameters().isEmpty()) {
                assertThat(code.meaning()).as(code.name()).doesNotContainPattern("[0-9]");
            }
        }
        assertThat(RuleCode.ELIGIBILITY_MAX_AGE.meaning()).contains("the maximum age in force");
        assertThat(RuleCode.ELIGIBILITY_MIN_AGE.meaning()).contains("the minimum age in force");
    }
}
