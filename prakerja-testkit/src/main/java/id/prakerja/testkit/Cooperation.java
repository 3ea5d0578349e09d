// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.internal.ActivityGen;
import id.prakerja.testkit.internal.AgreementGen;
import java.util.Objects;
import java.util.Set;

/**
 * Generators of cooperation agreements and their outreach activities: valid, or breaking exactly one
 * {@code COOPERATION_*} rule.
 *
 * <pre>{@code
 * CooperationRules rules = CooperationRules.standard();
 * AgreementGenerator agreements = Cooperation.agreements();              // the DKI 2021 agreement first, then synthetic ones
 * CooperationAgreement a = agreements.sample(42);
 * ActivityGenerator activities = Cooperation.activities(a);
 * rules.validate(a, activities.sample(7)).isValid();                      // true
 * rules.validate(a, activities.breaking(RuleCode.COOPERATION_ACTIVITY_PERIOD).sample(7)).violations();
 * // [COOPERATION_ACTIVITY_PERIOD at date {…}]
 * }</pre>
 *
 * <h2>Which codes, where</h2>
 *
 * <ul>
 *   <li>An agreement ({@link #agreements()}) can break {@code COOPERATION_PARTIES} (one party, or two of one
 *       name), {@code COOPERATION_SIGNATORY} (a party nobody signed for), {@code COOPERATION_PERIOD} (a period
 *       ending before it starts, or signed after it ended), {@code COOPERATION_OBJECTIVES} and
 *       {@code COOPERATION_AUDIENCE} (none);
 *   <li>an activity ({@link #activities(CooperationAgreement)}) can break {@code COOPERATION_ACTIVITY_PERIOD}
 *       (when the agreement has a period), {@code _ACTIVITY_REGION}, {@code _ACTIVITY_OBJECTIVE},
 *       {@code _ACTIVITY_AUDIENCE} (when the agreement leaves some group out), {@code _ACTIVITY_REACH}, and
 *       {@code COOPERATION_OBJECTIVES} and {@code COOPERATION_AUDIENCE} (an activity without objective or
 *       audience).
 * </ul>
 */
public final class Cooperation {
    private Cooperation() {}

    /**
     * Valid agreements: the DKI Jakarta agreement of 2021 among the edge cases, synthetic ones at random.
     *
     * <pre>{@code
     * CooperationAgreement a = Cooperation.agreements().sample(42);
     * }</pre>
     */
    public static AgreementGenerator agreements() {
        return AgreementGen.standard();
    }

    /**
     * Valid outreach activities under {@code agreement}.
     *
     * <pre>{@code
     * ActivityGenerator dki = Cooperation.activities(Agreements.dkiJakarta2021());
     * }</pre>
     *
     * @throws IllegalArgumentException if no activity under {@code agreement} can be valid: its period ends
     *     before it starts, or it has no objective or no audience
     */
    public static ActivityGenerator activities(CooperationAgreement agreement) {
        return ActivityGen.of(Objects.requireNonNull(agreement, "agreement"));
    }

    /**
     * The codes an agreement can break alone (see the class comment).
     *
     * <pre>{@code
     * Cooperation.agreementCodes().contains(RuleCode.COOPERATION_SIGNATORY); // true
     * }</pre>
     */
    public static Set<RuleCode> agreementCodes() {
        return agreements().breakableCodes();
    }
}
