// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.money.Rupiah;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every programme parameter in force at one wave, resolved once so that rules read them without lookups.
 * Each accessor returns the {@link DatedValue}, so callers also learn the wave the value came from and
 * its legal reference.
 *
 * <pre>{@code
 * ParametersInForce p = Programme.standard().inForce(18);
 * p.maximumAge().value();            // Optional[64]
 * p.maximumAge().fromWave();         // 18
 * p.familyQuota().reference();       // the wave-12 announcement
 * }</pre>
 */
public final class ParametersInForce {
    private final int wave;
    private final DatedValue<?>[] byKey;
    private final DatedValue<Scheme> scheme;
    private final DatedValue<Boolean> citizenshipRequired;
    private final DatedValue<Integer> minimumAge;
    private final DatedValue<Optional<Integer>> maximumAge;
    private final DatedValue<Boolean> formalEducationExcluded;
    private final DatedValue<Set<Occupation>> excludedOccupations;
    private final DatedValue<Set<SocialAssistance>> excludedSocialAssistance;
    private final DatedValue<Set<SocialAssistance>> excludedFamilySocialAssistance;
    private final DatedValue<Boolean> priorRecipientExcluded;
    private final DatedValue<Boolean> revokedExcluded;
    private final DatedValue<Set<WorkforceCategory>> coveredCategories;
    private final DatedValue<Optional<Integer>> familyQuota;
    private final DatedValue<Rupiah> trainingAid;
    private final DatedValue<Rupiah> incentiveAmount;
    private final DatedValue<Integer> incentivePayments;
    private final DatedValue<Rupiah> surveyIncentiveAmount;
    private final DatedValue<Integer> surveyPayments;
    private final DatedValue<DayCount> deadlineDayCount;
    private final DatedValue<Integer> firstPurchaseDeadlineDays;
    private final DatedValue<BalanceExpiry> balanceExpiry;

    ParametersInForce(ProgramParameters p, int wave) {
        this.wave = wave;
        List<ParameterKey<?>> keys = ParameterKey.all();
        this.byKey = new DatedValue<?>[keys.size()];
        for (ParameterKey<?> k : keys) {
            byKey[k.index()] = p.at(k, wave);
        }
        this.scheme = p.at(ParameterKey.SCHEME, wave);
        this.citizenshipRequired = p.at(ParameterKey.CITIZENSHIP_REQUIRED, wave);
        this.minimumAge = p.at(ParameterKey.MINIMUM_AGE, wave);
        this.maximumAge = p.at(ParameterKey.MAXIMUM_AGE, wave);
        this.formalEducationExcluded = p.at(ParameterKey.FORMAL_EDUCATION_EXCLUDED, wave);
        this.excludedOccupations = p.at(ParameterKey.EXCLUDED_OCCUPATIONS, wave);
        this.excludedSocialAssistance = p.at(ParameterKey.EXCLUDED_SOCIAL_ASSISTANCE, wave);
        this.excludedFamilySocialAssistance = p.at(ParameterKey.EXCLUDED_FAMILY_SOCIAL_ASSISTANCE, wave);
        this.priorRecipientExcluded = p.at(ParameterKey.PRIOR_RECIPIENT_EXCLUDED, wave);
        this.revokedExcluded = p.at(ParameterKey.REVOKED_EXCLUDED, wave);
        this.coveredCategories = p.at(ParameterKey.COVERED_CATEGORIES, wave);
        this.familyQuota = p.at(ParameterKey.FAMILY_QUOTA, wave);
        this.trainingAid = p.at(ParameterKey.TRAINING_AID, wave);
        this.incentiveAmount = p.at(ParameterKey.INCENTIVE_AMOUNT, wave);
        this.incentivePayments = p.at(ParameterKey.INCENTIVE_PAYMENTS, wave);
        this.surveyIncentiveAmount = p.at(ParameterKey.SURVEY_INCENTIVE_AMOUNT, wave);
        this.surveyPayments = p.at(ParameterKey.SURVEY_PAYMENTS, wave);
        this.deadlineDayCount = p.at(ParameterKey.DEADLINE_DAY_COUNT, wave);
        this.firstPurchaseDeadlineDays = p.at(ParameterKey.FIRST_PURCHASE_DEADLINE_DAYS, wave);
        this.balanceExpiry = p.at(ParameterKey.BALANCE_EXPIRY, wave);
    }

    /** The wave these parameters are for. */
    public int wave() {
        return wave;
    }

    /** The value of any parameter at this wave (resolved once, like the typed accessors). */
    @SuppressWarnings("unchecked")
    public <T> DatedValue<T> get(ParameterKey<T> key) {
        return (DatedValue<T>) byKey[key.index()];
    }

    /** {@link ParameterKey#SCHEME}. */
    public DatedValue<Scheme> scheme() {
        return scheme;
    }

    /** {@link ParameterKey#CITIZENSHIP_REQUIRED}. */
    public DatedValue<Boolean> citizenshipRequired() {
        return citizenshipRequired;
    }

    /** {@link ParameterKey#MINIMUM_AGE}. */
    public DatedValue<Integer> minimumAge() {
        return minimumAge;
    }

    /** {@link ParameterKey#MAXIMUM_AGE}. */
    public DatedValue<Optional<Integer>> maximumAge() {
        return maximumAge;
    }

    /** {@link ParameterKey#FORMAL_EDUCATION_EXCLUDED}. */
    public DatedValue<Boolean> formalEducationExcluded() {
        return formalEducationExcluded;
    }

    /** {@link ParameterKey#EXCLUDED_OCCUPATIONS}. */
    public DatedValue<Set<Occupation>> excludedOccupations() {
        return excludedOccupations;
    }

    /** {@link ParameterKey#EXCLUDED_SOCIAL_ASSISTANCE}. */
    public DatedValue<Set<SocialAssistance>> excludedSocialAssistance() {
        return excludedSocialAssistance;
    }

    /** {@link ParameterKey#EXCLUDED_FAMILY_SOCIAL_ASSISTANCE}. */
    public DatedValue<Set<SocialAssistance>> excludedFamilySocialAssistance() {
        return excludedFamilySocialAssistance;
    }

    /** {@link ParameterKey#PRIOR_RECIPIENT_EXCLUDED}. */
    public DatedValue<Boolean> priorRecipientExcluded() {
        return priorRecipientExcluded;
    }

    /** {@link ParameterKey#REVOKED_EXCLUDED}. */
    public DatedValue<Boolean> revokedExcluded() {
        return revokedExcluded;
    }

    /** {@link ParameterKey#COVERED_CATEGORIES}. */
    public DatedValue<Set<WorkforceCategory>> coveredCategories() {
        return coveredCategories;
    }

    /** {@link ParameterKey#FAMILY_QUOTA}. */
    public DatedValue<Optional<Integer>> familyQuota() {
        return familyQuota;
    }

    /** {@link ParameterKey#TRAINING_AID}. */
    public DatedValue<Rupiah> trainingAid() {
        return trainingAid;
    }

    /** {@link ParameterKey#INCENTIVE_AMOUNT}. */
    public DatedValue<Rupiah> incentiveAmount() {
        return incentiveAmount;
    }

    /** {@link ParameterKey#INCENTIVE_PAYMENTS}. */
    public DatedValue<Integer> incentivePayments() {
        return incentivePayments;
    }

    /** {@link ParameterKey#SURVEY_INCENTIVE_AMOUNT}. */
    public DatedValue<Rupiah> surveyIncentiveAmount() {
        return surveyIncentiveAmount;
    }

    /** {@link ParameterKey#SURVEY_PAYMENTS}. */
    public DatedValue<Integer> surveyPayments() {
        return surveyPayments;
    }

    /** {@link ParameterKey#DEADLINE_DAY_COUNT}. */
    public DatedValue<DayCount> deadlineDayCount() {
        return deadlineDayCount;
    }

    /** {@link ParameterKey#FIRST_PURCHASE_DEADLINE_DAYS}. */
    public DatedValue<Integer> firstPurchaseDeadlineDays() {
        return firstPurchaseDeadlineDays;
    }

    /** {@link ParameterKey#BALANCE_EXPIRY}. */
    public DatedValue<BalanceExpiry> balanceExpiry() {
        return balanceExpiry;
    }

    @Override
    public String toString() {
        return "ParametersInForce[wave " + wave + "]";
    }
}
