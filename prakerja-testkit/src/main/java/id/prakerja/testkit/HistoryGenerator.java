// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.Scheme;
import id.prakerja.core.validation.RuleCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A seeded generator of participation histories of recipients accepted at one wave: either without any
 * violation, or breaking exactly one {@code PARTICIPATION_*} rule. Obtain one from {@link Participations};
 * every configuration method returns a new generator and leaves this one unchanged.
 *
 * <pre>{@code
 * HistoryGenerator valid = Participations.valid().atWave(18);
 * HistoryGenerator late = valid.breaking(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
 * ParticipationHistory h = late.sample(42);
 * ParticipationChecker.standard().violations(h.participant(), h.evaluationDate()); // [PARTICIPATION_FIRST_PURCHASE_LATE …]
 * }</pre>
 *
 * <p><b>The contract.</b> For every value {@code h} (edge case, random value or shrunk variant), the codes of
 * {@code ParticipationChecker.standard().violations(h.participant(), h.evaluationDate())} equal
 * {@link #expectedCodes()}: empty for a valid generator, {@code [code]} for one {@link #breaking(RuleCode)
 * breaking} a code (one violation, not two of the same code).
 *
 * <p><b>Valid histories</b> follow the package of the wave ({@link BenefitPackage}): accepted 3 to 20 days
 * after the wave opened (to wave 47, no later than the day before the balance expires on 15 December); the first training bought within the deadline (30 days to wave 47, 15 from wave
 * 48), often on its first or last day; later trainings within the balance's life (to 15 December of the
 * programme year to wave 47, within 15 days of finishing the previous one from wave 48); prices within the
 * remaining balance, sometimes exactly what is left; most trainings completed and reviewed; a bank account
 * (BNI) or e-wallet (OVO, GoPay, LinkAja, DANA) in the participant's own NIK linked before any payment;
 * post-training incentives only after a review, and no more incentives or surveys than the package has, of
 * the exact amounts; some recipients who never buy (and are revoked once the deadline has passed), some
 * revoked later. The evaluation date is on or after the last event.
 *
 * <p><b>Edge cases</b> (valid): accepted only, evaluated that day; nothing bought, evaluated on the deadline
 * day (day 30, or 15 from wave 48); the first purchase on the deadline day; revoked for no first purchase
 * on the first day it is due (day 31 / 16); the whole aid spent on the acceptance day and the full package
 * paid; a later purchase on 15 December (to wave 47) or 15 days after finishing the previous training (from
 * wave 48); an incentive on the day of the review, after it; surveys paid to an e-wallet linked on the
 * acceptance day; revoked as ineligible after a paid incentive; the balance spent to Rp0 over three
 * trainings. A breaking generator lists the boundary values of its code instead: the first purchase on
 * day 31 (16 from wave 48), a purchase on 16 December (or 16 days after a completion from wave 48), a
 * price Rp1 above the balance, a revocation for no first purchase on the deadline day itself, one payment
 * too many or Rp1 off, …
 */
public interface HistoryGenerator extends Gen<ParticipationHistory> {

    /**
     * Histories of recipients accepted at wave {@code wave}; the default is the latest wave.
     *
     * <pre>{@code
     * Participations.valid().atWave(47); // the last wave of the semi-social-assistance scheme
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave is unknown, or this generator's code cannot be broken there
     */
    HistoryGenerator atWave(int wave);

    /**
     * Histories of the participant with {@code nik} (by default a NIK is drawn per value).
     *
     * <pre>{@code
     * Participations.valid().nik(applicant.nik()); // the history of an applicant generated elsewhere
     * }</pre>
     */
    HistoryGenerator nik(Nik nik);

    /**
     * Histories that break exactly {@code code} and nothing else.
     *
     * <pre>{@code
     * Participations.valid().atWave(48).breaking(RuleCode.PARTICIPATION_BALANCE_EXPIRED).edgeCases().get(0);
     * // a purchase 16 days after finishing the previous training
     * }</pre>
     *
     * @throws IllegalArgumentException if a history cannot break {@code code} at this wave (every code that is
     *     not a {@code PARTICIPATION_*} code); the message says where such data comes from
     */
    HistoryGenerator breaking(RuleCode code);

    /**
     * The same configuration generating valid histories (no defect).
     *
     * <pre>{@code
     * Participations.breaking(RuleCode.PARTICIPATION_SURVEY_EXCESS).withoutDefect().expectedCodes(); // []
     * }</pre>
     */
    HistoryGenerator withoutDefect();

    /**
     * The wave of acceptance.
     *
     * <pre>{@code
     * Participations.valid().wave(); // 71
     * }</pre>
     */
    int wave();

    /**
     * The scheme the wave ran under.
     *
     * <pre>{@code
     * Participations.valid().atWave(47).scheme(); // SEMI_SOCIAL_ASSISTANCE
     * }</pre>
     */
    Scheme scheme();

    /**
     * What a recipient of the wave gets: aid, incentives and surveys, amounts and numbers.
     *
     * <pre>{@code
     * Participations.valid().atWave(48).benefits().trainingAid().value(); // Rp3.500.000
     * }</pre>
     */
    BenefitPackage benefits();

    /**
     * The code this generator breaks, if any.
     *
     * <pre>{@code
     * Participations.breaking(RuleCode.PARTICIPATION_EVENT_DATE).defect(); // Optional[PARTICIPATION_EVENT_DATE]
     * }</pre>
     */
    Optional<RuleCode> defect();

    /**
     * The codes every value yields: empty, or the one broken code.
     *
     * <pre>{@code
     * assertThatViolations(checker.violations(h.participant(), h.evaluationDate())).hasOnlyViolations(
     *         gen.expectedCodes().toArray(RuleCode[]::new));
     * }</pre>
     */
    List<RuleCode> expectedCodes();

    /**
     * The codes a history can break alone at this wave (see {@link Participations#breakableCodes(int)}).
     *
     * <pre>{@code
     * for (RuleCode c : gen.breakableCodes()) { gen.breaking(c).samples(1, 20).forEach(...); }
     * }</pre>
     */
    Set<RuleCode> breakableCodes();

    /**
     * Whether {@code history} meets this generator's contract: its codes are {@link #expectedCodes()}.
     *
     * <pre>{@code
     * gen.shrink(failing).stream().allMatch(gen::meetsContract); // true
     * }</pre>
     */
    boolean meetsContract(ParticipationHistory history);
}
