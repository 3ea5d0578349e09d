// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.validation.RuleCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A seeded generator of outreach activities under one agreement: valid (no violation of
 * {@code CooperationRules.validate(agreement, activity)}), or breaking exactly one activity rule. Obtain one
 * from {@link Cooperation#activities(CooperationAgreement)}; every configuration method returns a new
 * generator and leaves this one unchanged.
 *
 * <pre>{@code
 * ActivityGenerator dki = Cooperation.activities(Agreements.dkiJakarta2021());
 * OutreachActivity a = dki.sample(42);                                  // between 17 Sep and 31 Dec 2021, in DKI
 * ActivityGenerator outside = dki.breaking(RuleCode.COOPERATION_ACTIVITY_REGION);
 * CooperationRules.standard().validate(dki.agreement(), outside.sample(42)).violations(); // [COOPERATION_ACTIVITY_REGION …]
 * }</pre>
 *
 * <p><b>The contract.</b> For every value {@code a} (edge case, random value or shrunk variant), the codes of
 * {@code CooperationRules.standard().validate(agreement(), a).violations()} equal {@link #expectedCodes()}.
 *
 * <p><b>Valid activities</b> are dated within the agreement's period (or the year after its signing when it
 * has none), often on its first or last day; held in the province as a whole or one of its regencies (one of
 * the listed regencies when the agreement lists some); serve some of its objectives and aim at some of its
 * audience; reach 0 to a few thousand people through an event, social media, SMS, a portal or broadcast
 * media; reminders to recipients are recorded as {@code OutreachActivity.reminder(...)} does. <b>Edge
 * cases</b>: the period's first and last day, no one reached, the province as a whole, every objective and
 * the whole audience, one group only, a batch of reminders by SMS. Breaking generators list the boundary
 * values of their code: the day before the period and the day after it, another province, a regency the
 * agreement does not list, the province as a whole under an agreement that lists regencies, an objective or
 * audience group the agreement lacks, no objective, no audience, reach missing or {@code -1}.
 */
public interface ActivityGenerator extends Gen<OutreachActivity> {

    /**
     * The agreement the activities belong to.
     *
     * <pre>{@code
     * rules.validate(gen.agreement(), gen.sample(1));
     * }</pre>
     */
    CooperationAgreement agreement();

    /**
     * Activities that break exactly {@code code} and nothing else.
     *
     * <pre>{@code
     * Cooperation.activities(agreement).breaking(RuleCode.COOPERATION_ACTIVITY_PERIOD).edgeCases(); // start - 1, end + 1
     * }</pre>
     *
     * @throws IllegalArgumentException if an activity under this agreement cannot break {@code code} (see
     *     {@link #breakableCodes()}); the message says why
     */
    ActivityGenerator breaking(RuleCode code);

    /**
     * The same agreement, generating valid activities.
     *
     * <pre>{@code
     * gen.breaking(RuleCode.COOPERATION_ACTIVITY_REACH).withoutDefect().expectedCodes(); // []
     * }</pre>
     */
    ActivityGenerator withoutDefect();

    /**
     * The code this generator breaks, if any.
     *
     * <pre>{@code
     * gen.breaking(RuleCode.COOPERATION_ACTIVITY_REACH).defect(); // Optional[COOPERATION_ACTIVITY_REACH]
     * }</pre>
     */
    Optional<RuleCode> defect();

    /**
     * The codes every value yields: empty, or the one broken code.
     *
     * <pre>{@code
     * assertThat(rules.validate(gen.agreement(), a)).hasOnlyViolations(gen.expectedCodes().toArray(RuleCode[]::new));
     * }</pre>
     */
    List<RuleCode> expectedCodes();

    /**
     * The codes an activity under this agreement can break alone: {@code COOPERATION_ACTIVITY_REGION},
     * {@code _ACTIVITY_OBJECTIVE}, {@code _ACTIVITY_REACH}, {@code COOPERATION_OBJECTIVES} and
     * {@code COOPERATION_AUDIENCE} (an activity without objective or audience) always;
     * {@code COOPERATION_ACTIVITY_PERIOD} when the agreement has a period; {@code COOPERATION_ACTIVITY_AUDIENCE}
     * when its audience leaves some group out (not under the DKI agreement, which aims at everyone).
     *
     * <pre>{@code
     * Cooperation.activities(Agreements.dkiJakarta2021()).breakableCodes().contains(RuleCode.COOPERATION_ACTIVITY_AUDIENCE); // false
     * }</pre>
     */
    Set<RuleCode> breakableCodes();

    /**
     * Whether {@code activity} meets this generator's contract.
     *
     * <pre>{@code
     * gen.shrink(failing).stream().allMatch(gen::meetsContract); // true
     * }</pre>
     */
    boolean meetsContract(OutreachActivity activity);
}
