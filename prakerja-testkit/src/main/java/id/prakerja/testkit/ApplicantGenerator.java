// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A seeded generator of applicants for one wave: either eligible at that wave, or breaking exactly one rule
 * there. Values are raw records ({@link RawApplicant}, as a feed line or form delivers them) or typed
 * {@link Applicant}s. Obtain one from {@link Applicants}; every configuration method returns a new
 * generator and leaves this one unchanged.
 *
 * <pre>{@code
 * ApplicantGenerator<RawApplicant> eligible = Applicants.valid().atWave(18).province(Province.DKI_JAKARTA);
 * ApplicantGenerator<RawApplicant> tooOld = eligible.breaking(RuleCode.ELIGIBILITY_MAX_AGE);
 * RawApplicant raw = tooOld.next(Seeds.random(42));
 * EligibilityChecker.standard().decide(raw, tooOld.evaluation()).codes(); // [ELIGIBILITY_MAX_AGE]
 * ApplicantGenerator<Applicant> typed = eligible.typed();                  // the same data, parsed
 * }</pre>
 *
 * <p><b>The contract.</b> For every value {@code v} (edge case, random value or shrunk variant),
 * {@code EligibilityChecker.standard().decide(v, evaluation()).codes()} equals {@link #expectedCodes()}:
 * empty for an eligible generator, {@code [code]} for one {@link #breaking(RuleCode) breaking} a code.
 *
 * <p><b>Realistic data.</b> Indonesian names from a small embedded list; provinces weighted by population
 * (the Papua provinces of 2022 only from their creation, their residents registered before it keeping
 * the legacy NIK prefixes 9101, 9102, 9104, 9271); DKI and Papua regency codes from the built-in region
 * directory, synthetic well-formed codes elsewhere; NIKs that encode the declared birth date and sex; family
 * cards recorded from 2000 up to the evaluation date; categories, occupations and social assistance that
 * fit each other and the wave; most applicants young. Optional fields are present or absent at random.
 *
 * <p><b>Edge cases</b> (eligible generators), where the configuration allows them: turning the youngest
 * eligible age on the evaluation date, the oldest eligible age and 364 days (64 from wave 18), a man born on
 * the 31st, a woman born on the 1st (NIK day 41) and on the 31st (day 71), born on 29 February, each legacy
 * Papua prefix, a family card recorded on the evaluation date and on 2000-01-01, only the required fields,
 * every optional field, a family card with the most other recipients allowed, a name of 200 characters, a
 * name with an apostrophe. A breaking generator lists the boundary values of its code instead, e.g. for
 * {@code ELIGIBILITY_MIN_AGE} the day before the 18th birthday.
 *
 * @param <T> {@link RawApplicant} or {@link Applicant}
 */
public interface ApplicantGenerator<T> extends Gen<T> {

    /**
     * Applicants evaluated at wave {@code wave} (on its opening date); the default is the latest wave.
     *
     * <pre>{@code
     * Applicants.valid().atWave(12); // the family quota is in force from wave 12
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave is unknown, or the configuration does not fit it (a
     *     category it does not cover, a code it cannot break)
     */
    ApplicantGenerator<T> atWave(int wave);

    /**
     * Applicants living in {@code province} (their domicile, else their NIK's province).
     *
     * <pre>{@code
     * Applicants.valid().province(Province.PAPUA_SELATAN); // some with a legacy 9101 NIK
     * }</pre>
     */
    ApplicantGenerator<T> province(Province province);

    /**
     * Applicants of workforce category {@code category}.
     *
     * <pre>{@code
     * Applicants.valid().atWave(18).category(WorkforceCategory.FURLOUGHED);
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave does not cover it (and this generator does not break
     *     ELIGIBILITY_CATEGORY)
     */
    ApplicantGenerator<T> category(WorkforceCategory category);

    /**
     * Applicants aged {@code minimum} to {@code maximum} on the evaluation date, within the ages eligible at
     * the wave (18 and over; to 64 from wave 18). Generators breaking an age rule ignore it.
     *
     * <pre>{@code
     * Applicants.valid().atWave(18).ageBetween(18, 25);
     * }</pre>
     *
     * @throws IllegalArgumentException if no eligible age is left
     */
    ApplicantGenerator<T> ageBetween(int minimum, int maximum);

    /**
     * Applicants of {@code sex} (declared; the NIK encodes it, except when breaking NIK_SEX_MISMATCH).
     *
     * <pre>{@code
     * Applicants.valid().sex(Sex.FEMALE).sample(1).nik(); // day of birth + 40
     * }</pre>
     */
    ApplicantGenerator<T> sex(Sex sex);

    /**
     * Whether records carry their {@code wave} field (default {@code true}). Either way, {@link #evaluation()}
     * evaluates them at this generator's wave. A record's own wave takes precedence over the wave of an
     * {@code Evaluation}: to evaluate generated records at another wave, leave the field out.
     *
     * <pre>{@code
     * Applicants.valid().atWave(18).withWaveField(false).sample(1).wave(); // null
     * }</pre>
     */
    ApplicantGenerator<T> withWaveField(boolean include);

    /**
     * Applicants that break exactly {@code code} at the wave and nothing else. A defect overrides the
     * configuration it breaks (the age range for an age rule, the category for ELIGIBILITY_CATEGORY).
     *
     * <pre>{@code
     * Applicants.valid().atWave(4).breaking(RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION).edgeCases(); // one per excluded occupation
     * }</pre>
     *
     * @throws IllegalArgumentException if a {@code T} cannot break {@code code} at this wave; the message
     *     says why and at which waves it can (see {@link #breakableCodes()})
     */
    ApplicantGenerator<T> breaking(RuleCode code);

    /**
     * The same configuration generating eligible applicants (no defect).
     *
     * <pre>{@code
     * Applicants.breaking(RuleCode.NIK_SERIAL).eligible().expectedCodes(); // []
     * }</pre>
     */
    ApplicantGenerator<T> eligible();

    /**
     * The same configuration as raw records.
     *
     * <pre>{@code
     * Applicants.validTyped().atWave(3).raw();
     * }</pre>
     *
     * @throws IllegalArgumentException if this generator breaks a code that a raw record cannot break
     *     at the wave (ELIGIBILITY_CATEGORY from wave 4)
     */
    ApplicantGenerator<RawApplicant> raw();

    /**
     * The same configuration as typed {@link Applicant}s (eligible ones are the parsed raw records).
     *
     * <pre>{@code
     * Applicant a = Applicants.valid().atWave(18).typed().sample(5);
     * }</pre>
     *
     * @throws IllegalArgumentException if this generator breaks a code that a typed applicant cannot
     *     (FIELD_* and the NIK and family-card format codes: a typed value is structurally valid)
     */
    ApplicantGenerator<Applicant> typed();

    /**
     * The wave.
     *
     * <pre>{@code
     * Applicants.breaking(RuleCode.ELIGIBILITY_CATEGORY).wave(); // 3
     * }</pre>
     */
    int wave();

    /**
     * The evaluation the contract holds for: {@code Evaluation.atWave(wave())}.
     *
     * <pre>{@code
     * checker.decide(gen.sample(1), gen.evaluation()).codes(); // gen.expectedCodes()
     * }</pre>
     */
    Evaluation evaluation();

    /**
     * The date ages are computed on: the wave's opening (or documented approximate) date.
     *
     * <pre>{@code
     * Applicants.valid().atWave(18).evaluationDate(); // 2021-08-16
     * }</pre>
     */
    LocalDate evaluationDate();

    /**
     * The code this generator breaks, if any.
     *
     * <pre>{@code
     * Applicants.breaking(RuleCode.NIK_SERIAL).defect(); // Optional[NIK_SERIAL]
     * }</pre>
     */
    Optional<RuleCode> defect();

    /**
     * The codes every value yields at {@link #evaluation()}: empty, or the one broken code.
     *
     * <pre>{@code
     * assertThat(checker.decide(raw, gen.evaluation()).codes()).isEqualTo(gen.expectedCodes());
     * }</pre>
     */
    List<RuleCode> expectedCodes();

    /**
     * The codes a value of this generator's type can break alone at its wave; see
     * {@link Applicants#breakableCodes(int)} and {@link Applicants#breakableTypedCodes(int)}.
     *
     * <pre>{@code
     * for (RuleCode c : gen.breakableCodes()) { gen.breaking(c).samples(1, 20).forEach(...); }
     * }</pre>
     */
    Set<RuleCode> breakableCodes();

    /**
     * Whether {@code value} meets this generator's contract: its codes at the wave are {@link #expectedCodes()}.
     *
     * <pre>{@code
     * gen.shrink(failing).stream().allMatch(gen::meetsContract); // true
     * }</pre>
     */
    boolean meetsContract(T value);
}
