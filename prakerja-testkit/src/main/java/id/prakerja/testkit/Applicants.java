// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.internal.ApplicantGen;
import id.prakerja.testkit.internal.ApplicantSpec;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Generators of applicants: eligible at a wave, or breaking exactly one rule there.
 *
 * <pre>{@code
 * ApplicantGenerator<RawApplicant> valid = Applicants.valid().atWave(18);
 * ApplicantGenerator<RawApplicant> minor = valid.breaking(RuleCode.ELIGIBILITY_MIN_AGE);
 * minor.edgeCases().get(0);                        // born the day after 2003-08-16: 18 tomorrow
 * Applicants.breakableCodes(18);                   // FIELD_REQUIRED, FIELD_INVALID, NIK_*, KK_*, ELIGIBILITY_*
 * Applicants.breaking(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE).wave(); // 47, the last wave it can be broken
 * }</pre>
 *
 * <h2>Which codes one record can break, and where</h2>
 *
 * <p>A <em>raw</em> record ({@link RawApplicant}) can break, at every wave: {@code FIELD_REQUIRED},
 * {@code FIELD_INVALID}, every {@code NIK_*} and {@code KK_*} code (including the mismatches of the declared
 * birth date and sex), {@code ELIGIBILITY_CITIZENSHIP}, {@code ELIGIBILITY_MIN_AGE},
 * {@code ELIGIBILITY_FORMAL_EDUCATION}, {@code ELIGIBILITY_PRIOR_RECIPIENT} and
 * {@code ELIGIBILITY_REVOKED}; and where their rule is in force: {@code ELIGIBILITY_EXCLUDED_OCCUPATION}
 * from wave 4, {@code ELIGIBILITY_SOCIAL_ASSISTANCE} at waves 4–47, {@code ELIGIBILITY_FAMILY_QUOTA} from
 * wave 12 (through {@code otherFamilyRecipients}), {@code ELIGIBILITY_MAX_AGE} from wave 18.
 * {@code ELIGIBILITY_CATEGORY} only at waves 1–3: a record must name a category (the parser reports a
 * missing or unknown one as {@code FIELD_REQUIRED}/{@code FIELD_INVALID}), and from wave 4 every category
 * is covered.
 *
 * <p>A <em>typed</em> {@link Applicant} is structurally valid, so it cannot break {@code FIELD_*} or the
 * format codes of its NIK and family card; it can break the codes of every eligibility rule in force at the
 * wave, which includes the two NIK mismatches and {@code ELIGIBILITY_CATEGORY} at every wave (an applicant
 * without a category).
 *
 * <p>These lists are not written down anywhere in code: they are derived, wave by wave, from the ways
 * the testkit knows to break each code and the programme parameters in force
 * ({@link #breakableCodes(int)}, {@link #wavesBreaking(RuleCode)}). Codes of the JSON text and of feeds
 * ({@code RECORD_MALFORMED}, {@code FIELD_UNKNOWN}, {@code FEED_DUPLICATE_NIK}, the family quota across
 * records) come from {@link Feeds}; {@code RECORD_TOO_LARGE} depends on a reader's limits and is not
 * generated; {@code PARTICIPATION_*} codes come from {@link Participations}, {@code COOPERATION_*} codes
 * from {@link Cooperation}.
 */
public final class Applicants {
    private Applicants() {}

    /**
     * Eligible raw records at the latest wave.
     *
     * <pre>{@code
     * RawApplicant raw = Applicants.valid().atWave(12).sample(42);
     * }</pre>
     */
    public static ApplicantGenerator<RawApplicant> valid() {
        return ApplicantGen.raw(ApplicantSpec.standard());
    }

    /**
     * Eligible typed applicants at the latest wave.
     *
     * <pre>{@code
     * Applicant a = Applicants.validTyped().atWave(18).sample(42);
     * }</pre>
     */
    public static ApplicantGenerator<Applicant> validTyped() {
        return ApplicantGen.typed(ApplicantSpec.standard());
    }

    /**
     * Raw records that break exactly {@code code}, at the latest wave where a record can break it (for
     * instance wave 47 for ELIGIBILITY_SOCIAL_ASSISTANCE); move it with {@code atWave}.
     *
     * <pre>{@code
     * Applicants.breaking(RuleCode.NIK_SEX_MISMATCH).atWave(18).edgeCases(); // a woman's NIK declared MALE, …
     * }</pre>
     *
     * @throws IllegalArgumentException if no raw record can break {@code code} at any wave (the message says
     *     where it comes from instead)
     */
    public static ApplicantGenerator<RawApplicant> breaking(RuleCode code) {
        SortedSet<Integer> waves = wavesBreaking(code);
        ApplicantGenerator<RawApplicant> valid = valid();
        return valid.atWave(waves.isEmpty() ? valid.wave() : waves.last()).breaking(code);
    }

    /**
     * The codes a raw record can break alone at {@code wave} (see the class comment).
     *
     * <pre>{@code
     * Applicants.breakableCodes(3).contains(RuleCode.ELIGIBILITY_CATEGORY);   // true
     * Applicants.breakableCodes(18).contains(RuleCode.ELIGIBILITY_CATEGORY);  // false
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave is unknown
     */
    public static Set<RuleCode> breakableCodes(int wave) {
        return valid().atWave(wave).breakableCodes();
    }

    /**
     * The codes a typed {@link Applicant} can break alone at {@code wave} (see the class comment).
     *
     * <pre>{@code
     * Applicants.breakableTypedCodes(18).contains(RuleCode.ELIGIBILITY_CATEGORY); // true: no category
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave is unknown
     */
    public static Set<RuleCode> breakableTypedCodes(int wave) {
        return validTyped().atWave(wave).breakableCodes();
    }

    /**
     * The waves at which a raw record can break {@code code} alone, in order (empty when none can).
     *
     * <pre>{@code
     * Applicants.wavesBreaking(RuleCode.ELIGIBILITY_MAX_AGE).first(); // 18
     * }</pre>
     */
    public static SortedSet<Integer> wavesBreaking(RuleCode code) {
        Objects.requireNonNull(code, "code");
        SortedSet<Integer> out = new TreeSet<>();
        int waves = ApplicantSpec.PROGRAMME.waves().size();
        for (int w = 1; w <= waves; w++) {
            if (breakableCodes(w).contains(code)) {
                out.add(w);
            }
        }
        return out;
    }
}
