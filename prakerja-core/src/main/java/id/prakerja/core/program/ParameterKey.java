// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.money.Rupiah;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A dated programme parameter: its name in the parameter file and how its values are read.
 *
 * <p>The complete list is {@link #all()}, every constant declared here in declaration order; a parameter
 * file that names any other key fails to load. A new parameter is one constant here and its rows in
 * {@code parameters.txt}; rules read it with {@link ParametersInForce#get(ParameterKey)}.
 *
 * @param <T> the type of the parameter's values
 */
public final class ParameterKey<T> {

    /** The keys as they are declared; holds them before {@link #ALL} is made (class initialisation order). */
    private static final class Registry {
        static final List<ParameterKey<?>> KEYS = new ArrayList<>();
    }

    /** The scheme the wave runs under. */
    public static final ParameterKey<Scheme> SCHEME =
            new ParameterKey<>("scheme", "SEMI_SOCIAL_ASSISTANCE or NORMAL", s -> enumValue(Scheme.class, s));

    /** Whether only Indonesian citizens (WNI) may receive the card. */
    public static final ParameterKey<Boolean> CITIZENSHIP_REQUIRED =
            new ParameterKey<>("citizenshipRequired", "true or false", ParameterKey::bool);

    /** The minimum age in whole years on the evaluation date. */
    public static final ParameterKey<Integer> MINIMUM_AGE =
            new ParameterKey<>("minimumAge", "a whole number of years", ParameterKey::nonNegative);

    /** The maximum age in whole years on the evaluation date, if any. */
    public static final ParameterKey<Optional<Integer>> MAXIMUM_AGE = new ParameterKey<>(
            "maximumAge", "a whole number of years, or none", s -> optional(s, ParameterKey::nonNegative));

    /** Whether people in formal education are excluded. */
    public static final ParameterKey<Boolean> FORMAL_EDUCATION_EXCLUDED =
            new ParameterKey<>("formalEducationExcluded", "true or false", ParameterKey::bool);

    /** The occupations excluded from the card. */
    public static final ParameterKey<Set<Occupation>> EXCLUDED_OCCUPATIONS = new ParameterKey<>(
            "excludedOccupations",
            "a comma-separated list of Occupation names, or none",
            s -> enumSet(Occupation.class, s));

    /** The other social assistance whose recipients are excluded. */
    public static final ParameterKey<Set<SocialAssistance>> EXCLUDED_SOCIAL_ASSISTANCE = new ParameterKey<>(
            "excludedSocialAssistance",
            "a comma-separated list of SocialAssistance names, or none",
            s -> enumSet(SocialAssistance.class, s));

    /** The social assistance that, received by a member of the applicant's family, excludes the applicant. */
    public static final ParameterKey<Set<SocialAssistance>> EXCLUDED_FAMILY_SOCIAL_ASSISTANCE = new ParameterKey<>(
            "excludedFamilySocialAssistance",
            "a comma-separated list of SocialAssistance names, or none",
            s -> enumSet(SocialAssistance.class, s));

    /** Whether earlier recipients are excluded (the card is given once). */
    public static final ParameterKey<Boolean> PRIOR_RECIPIENT_EXCLUDED =
            new ParameterKey<>("priorRecipientExcluded", "true or false", ParameterKey::bool);

    /** Whether people whose card was revoked are excluded. */
    public static final ParameterKey<Boolean> REVOKED_EXCLUDED =
            new ParameterKey<>("revokedExcluded", "true or false", ParameterKey::bool);

    /** The workforce categories the wave covers. */
    public static final ParameterKey<Set<WorkforceCategory>> COVERED_CATEGORIES = new ParameterKey<>(
            "coveredCategories",
            "a comma-separated list of WorkforceCategory names",
            s -> enumSet(WorkforceCategory.class, s));

    /** The most recipients one family card (KK) may have, if limited. */
    public static final ParameterKey<Optional<Integer>> FAMILY_QUOTA =
            new ParameterKey<>("familyQuota", "a whole number, or none", s -> optional(s, ParameterKey::positive));

    /** The training aid (non-cash balance). */
    public static final ParameterKey<Rupiah> TRAINING_AID =
            new ParameterKey<>("trainingAid", "whole rupiah, e.g. 1000000", ParameterKey::money);

    /** The amount of one post-training incentive payment. */
    public static final ParameterKey<Rupiah> INCENTIVE_AMOUNT =
            new ParameterKey<>("incentiveAmount", "whole rupiah, e.g. 600000", ParameterKey::money);

    /** How many post-training incentive payments a recipient gets. */
    public static final ParameterKey<Integer> INCENTIVE_PAYMENTS =
            new ParameterKey<>("incentivePayments", "a whole number", ParameterKey::positive);

    /** The amount of one survey incentive payment. */
    public static final ParameterKey<Rupiah> SURVEY_INCENTIVE_AMOUNT =
            new ParameterKey<>("surveyIncentiveAmount", "whole rupiah, e.g. 50000", ParameterKey::money);

    /** How many survey incentive payments a recipient gets. */
    public static final ParameterKey<Integer> SURVEY_PAYMENTS =
            new ParameterKey<>("surveyPayments", "a whole number", ParameterKey::positive);

    /**
     * How "within N days" of a day is counted for the first-purchase deadline, the revocation due after it
     * and the days after a completion ({@link DayCount}).
     */
    public static final ParameterKey<DayCount> DEADLINE_DAY_COUNT = new ParameterKey<>(
            "deadlineDayCount", "START_IS_DAY_ONE or START_IS_DAY_ZERO", s -> enumValue(DayCount.class, s));

    /** Days from acceptance (counted by {@link #DEADLINE_DAY_COUNT}) within which the first training must be bought. */
    public static final ParameterKey<Integer> FIRST_PURCHASE_DEADLINE_DAYS =
            new ParameterKey<>("firstPurchaseDeadlineDays", "a whole number of days", ParameterKey::positive);

    /** When the training balance expires. */
    public static final ParameterKey<BalanceExpiry> BALANCE_EXPIRY =
            new ParameterKey<>("balanceExpiry", "ANNUAL MM-DD or AFTER_COMPLETION <days>", BalanceExpiry::parse);

    /** Every key, in declaration order: each constant registers itself, so a new key is one declaration. */
    private static final List<ParameterKey<?>> ALL = List.copyOf(Registry.KEYS);

    private final String name;
    private final String expected;
    private final Function<String, T> parser;
    private final int index;

    private ParameterKey(String name, String expected, Function<String, T> parser) {
        this.name = name;
        this.expected = expected;
        this.parser = parser;
        this.index = Registry.KEYS.size();
        Registry.KEYS.add(this);
    }

    /** The position of this key in {@link #all()}. */
    int index() {
        return index;
    }

    /** Every parameter, in the order of the catalogue. */
    public static List<ParameterKey<?>> all() {
        return ALL;
    }

    /** The parameter named {@code name} in the parameter file, if any. */
    public static Optional<ParameterKey<?>> named(String name) {
        for (ParameterKey<?> k : ALL) {
            if (k.name.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The name used in the parameter file, e.g. {@code "minimumAge"}. */
    public String name() {
        return name;
    }

    /** What a value must look like in the parameter file. */
    public String expected() {
        return expected;
    }

    /**
     * Reads a value as written in the parameter file.
     *
     * @throws IllegalArgumentException when {@code text} is not such a value
     */
    public T parse(String text) {
        try {
            return parser.apply(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected " + expected + ", found '" + text.trim() + "'", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static boolean bool(String s) {
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(s);
    }

    private static int nonNegative(String s) {
        int v = Integer.parseInt(s);
        if (v < 0) {
            throw new IllegalArgumentException(s);
        }
        return v;
    }

    private static int positive(String s) {
        int v = Integer.parseInt(s);
        if (v < 1) {
            throw new IllegalArgumentException(s);
        }
        return v;
    }

    private static Rupiah money(String s) {
        Rupiah r = Rupiah.parse(s);
        if (r.isNegative()) {
            throw new IllegalArgumentException(s);
        }
        return r;
    }

    private static <V> Optional<V> optional(String s, Function<String, V> inner) {
        return s.equals("none") ? Optional.empty() : Optional.of(inner.apply(s));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        return Enum.valueOf(type, s);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String s) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (s.equals("none")) {
            return Collections.unmodifiableSet(set);
        }
        for (String part : s.split(",", -1)) {
            E e = Enum.valueOf(type, part.trim());
            if (!set.add(e)) {
                throw new IllegalArgumentException("duplicate " + e);
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
