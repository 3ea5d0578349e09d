// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.internal.HistoryGen;
import java.util.Objects;
import java.util.Set;

/**
 * Generators of participation histories: valid for either scheme at a chosen wave, or breaking exactly one
 * {@code PARTICIPATION_*} rule there.
 *
 * <pre>{@code
 * HistoryGenerator semi = Participations.valid().atWave(18);     // Rp1.000.000, 30 days, 15 December
 * HistoryGenerator normal = Participations.valid().atWave(48);   // Rp3.500.000, 15 days, 15 days after completion
 * HistoryGenerator late = normal.breaking(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
 * late.edgeCases().get(0);                                       // the first purchase on day 16
 * PropertyCheck.forAll(late).verify(h -> assertThatViolations(
 *         ParticipationChecker.standard().violations(h.participant(), h.evaluationDate()))
 *         .hasOnlyViolations(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE));
 * }</pre>
 *
 * <h2>Which codes one history can break</h2>
 *
 * Every {@code PARTICIPATION_*} code, at every wave of either scheme ({@link #breakableCodes(int)}), derived
 * from the programme: a wave that opened too close to its balance's expiry (15 December, to wave 47) for a
 * first purchase to be late without the balance also having expired could not break
 * {@code PARTICIPATION_FIRST_PURCHASE_LATE}, and {@code breaking} would say so; no wave of the standard
 * programme is such a wave. The generator shapes each defect so that it yields one violation and nothing
 * else:
 *
 * <ul>
 *   <li>{@code PARTICIPATION_EVENT_ORDER}: a second acceptance, a purchase after a revocation, completing a
 *       course never bought, reviewing a course twice or before completing it, buying one course twice, a
 *       survey before any payout account, an incentive before any training, a revocation for no first
 *       purchase on the deadline day or after a purchase, events without any acceptance;
 *   <li>{@code PARTICIPATION_EVENT_DATE}: one more event dated before the acceptance or after the
 *       evaluation date (such an event is not applied, so nothing else follows from it);
 *   <li>{@code PARTICIPATION_FIRST_PURCHASE_LATE}: the first training bought from day 31 (day 16 from wave
 *       48) of the acceptance;
 *   <li>{@code PARTICIPATION_PURCHASE_OVER_BALANCE}: the last purchase priced above what is left (from Rp1
 *       above);
 *   <li>{@code PARTICIPATION_BALANCE_EXPIRED}: one last purchase after 15 December of the programme year (to
 *       wave 47) or more than 15 days after finishing the previous training (from wave 48);
 *   <li>{@code PARTICIPATION_INCENTIVE_PRECONDITION}: one incentive paid after a purchase but before any
 *       review;
 *   <li>{@code PARTICIPATION_INCENTIVE_EXCESS}, {@code PARTICIPATION_SURVEY_EXCESS}: one payment more than
 *       the package has, or one payment of another amount;
 *   <li>{@code PARTICIPATION_ACCOUNT_NIK_MISMATCH}: one payout account registered to another NIK (the
 *       payments, if any, go to an account in the participant's own NIK).
 * </ul>
 *
 * The other codes do not come from a history: an unknown wave of acceptance is {@code FIELD_INVALID} on the
 * acceptance, which no generated history carries; applicants come from {@link Applicants}, feeds from
 * {@link Feeds}, agreements and activities from {@link Cooperation}.
 */
public final class Participations {
    private Participations() {}

    /**
     * Valid histories of recipients accepted at the latest wave.
     *
     * <pre>{@code
     * ParticipationHistory h = Participations.valid().atWave(12).sample(42);
     * }</pre>
     */
    public static HistoryGenerator valid() {
        return HistoryGen.standard();
    }

    /**
     * Histories that break exactly {@code code}, at the latest wave; move it with {@code atWave}.
     *
     * <pre>{@code
     * Participations.breaking(RuleCode.PARTICIPATION_SURVEY_EXCESS).atWave(18).edgeCases(); // 4 surveys, Rp49.999, …
     * }</pre>
     *
     * @throws IllegalArgumentException if a history cannot break {@code code} (see the class comment)
     */
    public static HistoryGenerator breaking(RuleCode code) {
        return valid().breaking(Objects.requireNonNull(code, "code"));
    }

    /**
     * The codes one history of a recipient accepted at {@code wave} can break alone (see the class comment).
     *
     * <pre>{@code
     * Participations.breakableCodes(18).contains(RuleCode.PARTICIPATION_BALANCE_EXPIRED); // true
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave is unknown
     */
    public static Set<RuleCode> breakableCodes(int wave) {
        return valid().atWave(wave).breakableCodes();
    }
}
