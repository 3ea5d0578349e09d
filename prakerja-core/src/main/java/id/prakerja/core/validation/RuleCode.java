// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static id.prakerja.core.validation.RuleArgument.Type.DATE;
import static id.prakerja.core.validation.RuleArgument.Type.INTEGER;
import static id.prakerja.core.validation.RuleArgument.Type.LONG;
import static id.prakerja.core.validation.RuleArgument.Type.RUPIAH;
import static id.prakerja.core.validation.RuleArgument.Type.STRING;

import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.eligibility.AssistanceRecipient;
import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.identity.CharacterKind;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.participation.EventDateProblem;
import id.prakerja.core.participation.EventOrderProblem;
import id.prakerja.core.participation.EventType;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.WorkforceCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stable code of every rule the library checks.
 *
 * <p>Codes are public API: integrators store them, dashboards count them and portals written in
 * other languages match on them. A code is never renamed or reused; new codes are added with the
 * same naming scheme. Each code declares, in one place, the arguments its {@link Violation}s carry with
 * their types (so that {@link Messages} can always fill its templates and JSON reads them back as
 * written), the dated parameters its rule reads and where its legal reference comes from; the rule
 * catalogue {@code docs/rules.md} and the JSON Schemas' per-code argument fragments are generated from
 * these declarations.
 *
 * <pre>{@code
 * if (violation.code() == RuleCode.ELIGIBILITY_MIN_AGE) {
 *     int age = (Integer) violation.arguments().get("age");
 * }
 * }</pre>
 */
public enum RuleCode {
    // Records and fields
    /**
     * The record is not well-formed (JSON syntax, invalid UTF-8, not an object; in CSV or .xlsx, a row with more
     * or fewer cells than the header, an unclosed quote or an unreadable sheet).
     */
    RECORD_MALFORMED(
            Family.RECORD,
            "the record is not well-formed (JSON syntax, invalid UTF-8, not an object; in CSV or .xlsx, a row with more or fewer cells than the header, an unclosed quote or an unreadable sheet)",
            uncited(),
            req("detail", STRING),
            opt("line", LONG),
            opt("column", LONG),
            optEnum("problem", MalformedProblem.class)),
    /** The record exceeds the configured size, depth or string-length limits. */
    RECORD_TOO_LARGE(
            Family.RECORD,
            "the record exceeds the configured size, depth or string-length limits",
            uncited(),
            req("limit", STRING),
            opt("bytes", LONG)),
    /** A required field is missing or null. */
    FIELD_REQUIRED(Family.RECORD, "a required field is missing or null", uncited(), opt("pointer", STRING)),
    /** A field has the wrong type or an unparseable value. */
    FIELD_INVALID(
            Family.RECORD,
            "a field has the wrong type or an unparseable value",
            uncited(),
            req("expected", STRING),
            opt("found", STRING),
            opt("pointer", STRING),
            optEnum("expectation", FieldExpectation.class),
            opt("allowed", STRING)),
    /** A field that the format does not define (strict mode). */
    FIELD_UNKNOWN(
            Family.RECORD,
            "a field that the format does not define (strict mode, the default)",
            uncited(),
            opt("pointer", STRING)),

    // Identifiers
    /** The NIK is not exactly 16 ASCII digits. */
    NIK_FORMAT(
            Family.IDENTIFIER,
            "the NIK is not exactly 16 ASCII digits",
            uncited(),
            req("length", INTEGER),
            opt("character", STRING),
            optEnum("characterKind", CharacterKind.class),
            opt("position", INTEGER)),
    /**
     * Digits 1–2, 3–4 or 5–6 of the NIK are not a province, regency/city or district code of any Kemendagri
     * edition 2016–2025 (a retired code stays valid); {@code level} names the level, {@code code} its digits.
     */
    NIK_REGION(
            Family.IDENTIFIER,
            "digits 1-2 of the NIK are not a province code, digits 3-4 not a regency/city code, or digits 5-6"
                    + " not a district code of any Kemendagri edition (a retired code stays valid)",
            uncited(),
            req("provinceCode", STRING),
            req("level", STRING),
            req("code", STRING)),
    /** Digits 7–12 of the NIK (day − 40 for women) are not a calendar date. */
    NIK_BIRTH_DATE(Family.IDENTIFIER, "digits 7-12 of the NIK (day - 40 for women) are not a calendar date", uncited()),
    /** The last four digits of the NIK are {@code 0000}. */
    NIK_SERIAL(Family.IDENTIFIER, "the last four digits of the NIK are 0000", uncited()),
    /** The declared birth date does not match the date encoded in the NIK. */
    NIK_BIRTH_DATE_MISMATCH(
            Family.IDENTIFIER, "the declared birth date does not match the date encoded in the NIK", uncited()),
    /** The declared sex does not match the NIK (day + 40 = female). */
    NIK_SEX_MISMATCH(
            Family.IDENTIFIER,
            "the declared sex does not match the NIK (day + 40 = female)",
            uncited(),
            reqEnum("sex", Sex.class)),
    /** The family-card number is not exactly 16 ASCII digits. */
    KK_FORMAT(
            Family.IDENTIFIER,
            "the family-card number is not exactly 16 ASCII digits",
            uncited(),
            req("length", INTEGER),
            opt("character", STRING),
            optEnum("characterKind", CharacterKind.class),
            opt("position", INTEGER)),
    /**
     * Digits 1–6 of the family-card number are not a province / regency / district code of any Kemendagri
     * edition 2016–2025; {@code level} and {@code code} as for {@link #NIK_REGION}.
     */
    KK_REGION(
            Family.IDENTIFIER,
            "digits 1-6 of the family-card number are not a province / regency / district code of any Kemendagri"
                    + " edition (a retired code stays valid)",
            uncited(),
            req("provinceCode", STRING),
            req("level", STRING),
            req("code", STRING)),
    /** The recording date in the family-card number is not a calendar date, or lies after the reference date. */
    KK_ISSUE_DATE(
            Family.IDENTIFIER,
            "the recording date in the family-card number is not a calendar date, or lies after the evaluation date",
            uncited(),
            req("referenceDate", DATE)),
    /** The last four digits (the family serial) of the family-card number are {@code 0000}. */
    KK_SERIAL(Family.IDENTIFIER, "the last four digits (family serial) of the family-card number are 0000", uncited()),

    // Eligibility
    /** Not an Indonesian citizen (WNI). */
    ELIGIBILITY_CITIZENSHIP(
            Family.ELIGIBILITY,
            "not an Indonesian citizen (WNI)",
            cites(ParameterKey.CITIZENSHIP_REQUIRED),
            reqEnum("citizenship", Citizenship.class)),
    /** Younger than the minimum age in force on the evaluation date. */
    ELIGIBILITY_MIN_AGE(
            Family.ELIGIBILITY,
            "younger than the minimum age in force on the evaluation date",
            cites(ParameterKey.MINIMUM_AGE),
            req("age", INTEGER),
            req("minimumAge", INTEGER)),
    /** Older than the maximum age in force on the evaluation date (where the programme sets one). */
    ELIGIBILITY_MAX_AGE(
            Family.ELIGIBILITY,
            "older than the maximum age in force on the evaluation date",
            cites(ParameterKey.MAXIMUM_AGE),
            req("age", INTEGER),
            req("maximumAge", INTEGER)),
    /** Currently in formal education. */
    ELIGIBILITY_FORMAL_EDUCATION(
            Family.ELIGIBILITY, "currently in formal education", cites(ParameterKey.FORMAL_EDUCATION_EXCLUDED)),
    /** An occupation the programme excludes (state official, DPRD, ASN, TNI, Polri, village, SOE boards). */
    ELIGIBILITY_EXCLUDED_OCCUPATION(
            Family.ELIGIBILITY,
            "an occupation among the excluded occupations in force",
            cites(ParameterKey.EXCLUDED_OCCUPATIONS),
            reqEnum("occupation", Occupation.class)),
    /**
     * The applicant, or a member of the applicant's family, receives other social assistance that excludes
     * the applicant (where the programme excludes any); {@code recipient} says whose assistance it was.
     */
    ELIGIBILITY_SOCIAL_ASSISTANCE(
            Family.ELIGIBILITY,
            "the applicant, or a member of the family, receives social assistance among the excluded social"
                    + " assistance in force",
            cites(ParameterKey.EXCLUDED_SOCIAL_ASSISTANCE, ParameterKey.EXCLUDED_FAMILY_SOCIAL_ASSISTANCE),
            req("socialAssistance", STRING),
            reqEnum("recipient", AssistanceRecipient.class)),
    /** Already received the card (the card is given once). */
    ELIGIBILITY_PRIOR_RECIPIENT(
            Family.ELIGIBILITY,
            "already received the card (the card is given once)",
            cites(ParameterKey.PRIOR_RECIPIENT_EXCLUDED)),
    /** A card of theirs was revoked earlier (permanent exclusion). */
    ELIGIBILITY_REVOKED(
            Family.ELIGIBILITY,
            "a card of theirs was revoked earlier (permanent exclusion)",
            cites(ParameterKey.REVOKED_EXCLUDED)),
    /** No workforce category, or one the programme does not cover at that wave. */
    ELIGIBILITY_CATEGORY(
            Family.ELIGIBILITY,
            "no workforce category, or one the programme does not cover at that wave",
            cites(ParameterKey.COVERED_CATEGORIES),
            req("wave", INTEGER),
            optEnum("category", WorkforceCategory.class)),
    /** A member of one family card beyond the family quota in force (where the programme sets one). */
    ELIGIBILITY_FAMILY_QUOTA(
            Family.ELIGIBILITY,
            "a member of one family card (KK) beyond the family quota in force",
            cites(ParameterKey.FAMILY_QUOTA),
            req("quota", INTEGER),
            req("familyMembers", INTEGER)),

    // Feeds
    /** The NIK already appeared earlier in the same feed. */
    FEED_DUPLICATE_NIK(
            Family.FEED, "the NIK already appeared earlier in the same feed", uncited(), req("firstLine", INTEGER)),

    // Participation
    /** An event that the lifecycle does not allow at that point. */
    PARTICIPATION_EVENT_ORDER(
            Family.PARTICIPATION,
            "an event that the lifecycle does not allow at that point",
            uncited(),
            reqEnum("event", EventType.class),
            reqEnum("reason", EventOrderProblem.class)),
    /** An event dated before acceptance, or after the evaluation date. */
    PARTICIPATION_EVENT_DATE(
            Family.PARTICIPATION,
            "an event dated before acceptance, or after the evaluation date",
            uncited(),
            reqEnum("event", EventType.class),
            req("date", DATE),
            reqEnum("reason", EventDateProblem.class),
            req("limit", DATE)),
    /** First training bought after the deadline in force (days after acceptance). */
    PARTICIPATION_FIRST_PURCHASE_LATE(
            Family.PARTICIPATION,
            "first training bought after the deadline in force (days after acceptance)",
            cites(ParameterKey.FIRST_PURCHASE_DEADLINE_DAYS, ParameterKey.DEADLINE_DAY_COUNT),
            req("purchaseDate", DATE),
            req("deadline", DATE),
            req("deadlineDays", INTEGER),
            opt("acceptanceDate", DATE)),
    /** A training priced above the remaining balance. */
    PARTICIPATION_PURCHASE_OVER_BALANCE(
            Family.PARTICIPATION,
            "a training priced above the remaining balance",
            cites(ParameterKey.TRAINING_AID),
            req("price", RUPIAH),
            req("balance", RUPIAH)),
    /** A purchase after the balance expired. */
    PARTICIPATION_BALANCE_EXPIRED(
            Family.PARTICIPATION,
            "a purchase after the balance expired",
            cites(ParameterKey.BALANCE_EXPIRY, ParameterKey.DEADLINE_DAY_COUNT),
            req("purchaseDate", DATE),
            req("expiryDate", DATE)),
    /** An incentive paid before the first training was completed and reviewed. */
    PARTICIPATION_INCENTIVE_PRECONDITION(
            Family.PARTICIPATION,
            "an incentive paid before the first training was completed and rated/reviewed",
            uncited(),
            req("paymentDate", DATE)),
    /** More incentive payments, or a different amount, than the scheme allows. */
    PARTICIPATION_INCENTIVE_EXCESS(
            Family.PARTICIPATION,
            "more incentive payments, or a different amount, than the scheme allows",
            cites(ParameterKey.INCENTIVE_PAYMENTS, ParameterKey.INCENTIVE_AMOUNT),
            req("amount", RUPIAH),
            req("expectedAmount", RUPIAH),
            req("maximumPayments", INTEGER),
            req("payment", INTEGER)),
    /** More survey incentives, or a different amount, than the scheme allows. */
    PARTICIPATION_SURVEY_EXCESS(
            Family.PARTICIPATION,
            "more survey incentives, or a different amount, than the scheme allows",
            cites(ParameterKey.SURVEY_PAYMENTS, ParameterKey.SURVEY_INCENTIVE_AMOUNT),
            req("amount", RUPIAH),
            req("expectedAmount", RUPIAH),
            req("maximumPayments", INTEGER),
            req("payment", INTEGER)),
    /** The payout account is registered to a different NIK. */
    PARTICIPATION_ACCOUNT_NIK_MISMATCH(
            Family.PARTICIPATION,
            "the payout account (bank or e-wallet) is registered to a different NIK",
            uncited(),
            req("provider", STRING),
            reqEnum("channel", PayoutChannel.class)),

    // Cooperation
    /** Fewer than two distinct parties. */
    COOPERATION_PARTIES(Family.COOPERATION, "fewer than two distinct parties", agreement(), req("parties", INTEGER)),
    /** A party without a signatory. */
    COOPERATION_SIGNATORY(Family.COOPERATION, "a party without a signatory", agreement(), req("party", STRING)),
    /** The period ends before it starts, or the agreement was signed after the period ended. */
    COOPERATION_PERIOD(
            Family.COOPERATION,
            "the period ends before it starts, or the agreement was signed after the period ended",
            agreement(),
            req("start", DATE),
            req("end", DATE),
            req("signingDate", DATE)),
    /** No objective (an agreement, or an activity serving none). */
    COOPERATION_OBJECTIVES(Family.COOPERATION, "no objective", agreement()),
    /** No target audience (an agreement, or an activity aimed at nobody). */
    COOPERATION_AUDIENCE(Family.COOPERATION, "no target audience", agreement()),
    /** An activity dated outside the agreement's period. */
    COOPERATION_ACTIVITY_PERIOD(
            Family.COOPERATION,
            "an activity dated outside the agreement's period",
            agreement(),
            req("date", DATE),
            req("start", DATE),
            req("end", DATE)),
    /** An activity held outside the agreement's region. */
    COOPERATION_ACTIVITY_REGION(
            Family.COOPERATION,
            "an activity held outside the agreement's region",
            agreement(),
            req("region", STRING),
            req("agreementRegion", STRING)),
    /** An activity serving an objective that the agreement does not have. */
    COOPERATION_ACTIVITY_OBJECTIVE(
            Family.COOPERATION,
            "an activity serving an objective that the agreement does not have",
            agreement(),
            reqEnum("objective", BuiltInObjective.class)),
    /** An activity aimed at a group outside the agreement's target audience. */
    COOPERATION_ACTIVITY_AUDIENCE(
            Family.COOPERATION,
            "an activity aimed at a group outside the agreement's target audience",
            agreement(),
            reqEnum("audience", WorkforceCategory.class, RecipientGroup.class)),
    /** Missing or negative reach (people reached). */
    COOPERATION_ACTIVITY_REACH(
            Family.COOPERATION, "missing or negative reach (people reached)", agreement(), opt("peopleReached", LONG));

    /** The group a code belongs to; also the first word of its name. */
    public enum Family {
        /** Well-formedness of records and fields, in any feed. */
        RECORD,
        /** NIK and family-card numbers. */
        IDENTIFIER,
        /** Who may receive the card. */
        ELIGIBILITY,
        /** Rules across the records of one feed. */
        FEED,
        /** A recipient's events over time. */
        PARTICIPATION,
        /** Cooperation agreements and their outreach activities. */
        COOPERATION
    }

    /** Where the legal reference a violation of a code cites comes from. */
    public enum ReferenceSource {
        /** No reference: a data or lifecycle problem that no regulation's value decides. */
        NONE,
        /**
         * The reference of the value of {@link RuleCode#parameters()}'s first parameter in force at the wave
         * the rule applied (the programme's parameter table).
         */
        PARAMETER,
        /** The agreement's own legal basis ({@code CooperationAgreement.reference()}), known at run time. */
        AGREEMENT
    }

    /** What a code's violations cite: the source, and the dated parameters the rule reads. */
    private static final class Cites {
        final ReferenceSource source;
        final List<ParameterKey<?>> parameters;

        Cites(ReferenceSource source, List<ParameterKey<?>> parameters) {
            this.source = source;
            this.parameters = parameters;
        }
    }

    private final Family family;
    private final String meaning;
    private final ReferenceSource referenceSource;
    private final List<ParameterKey<?>> parameters;
    private final List<RuleArgument> arguments;
    private final List<String> required;

    RuleCode(Family family, String meaning, Cites cites, RuleArgument... arguments) {
        this.family = family;
        this.meaning = meaning;
        this.referenceSource = cites.source;
        this.parameters = cites.parameters;
        this.arguments = List.of(arguments);
        List<String> names = new ArrayList<>();
        for (RuleArgument a : arguments) {
            if (a.isRequired()) {
                names.add(a.name());
            }
        }
        this.required = List.copyOf(names);
    }

    private static Cites uncited() {
        return new Cites(ReferenceSource.NONE, List.of());
    }

    private static Cites agreement() {
        return new Cites(ReferenceSource.AGREEMENT, List.of());
    }

    private static Cites cites(ParameterKey<?>... parameters) {
        return new Cites(ReferenceSource.PARAMETER, List.of(parameters));
    }

    private static RuleArgument req(String name, RuleArgument.Type type) {
        return RuleArgument.required(name, type);
    }

    private static RuleArgument opt(String name, RuleArgument.Type type) {
        return RuleArgument.optional(name, type);
    }

    private static RuleArgument reqEnum(String name, Class<?>... types) {
        return RuleArgument.requiredEnum(name, types);
    }

    private static RuleArgument optEnum(String name, Class<?>... types) {
        return RuleArgument.optionalEnum(name, types);
    }

    /** The group this code belongs to. */
    public Family family() {
        return family;
    }

    /**
     * A one-line English description of what the code means, as in the rule catalogue. It names the
     * parameters it depends on ("the minimum age in force"), never their values: those are in
     * {@link #parameters()}.
     */
    public String meaning() {
        return meaning;
    }

    /**
     * What the code means in the language {@link Messages#forLocale(java.util.Locale)} picks for
     * {@code locale}, from the message bundles ({@code meaning.<CODE>}): Bahasa Indonesia, or English (the same
     * text as {@link #meaning()}).
     */
    public String meaning(java.util.Locale locale) {
        return Messages.forLocale(locale).meaning(this);
    }

    /**
     * The names of the arguments every violation of this code carries (in message order). A violation
     * may carry more arguments than these, never fewer.
     */
    public List<String> requiredArguments() {
        return required;
    }

    /**
     * Every argument the library's violations of this code carry, with its type: the required ones (in
     * message order) and the optional ones. JSON reads arguments back by these types.
     */
    public List<RuleArgument> arguments() {
        return arguments;
    }

    /** Where the legal reference of this code's violations comes from. */
    public ReferenceSource referenceSource() {
        return referenceSource;
    }

    /**
     * The dated programme parameters the rule behind this code reads (the first is the one whose reference
     * a violation cites); empty for codes whose rule reads none.
     */
    public List<ParameterKey<?>> parameters() {
        return parameters;
    }

    /**
     * Looks a code up by its name, as stored by integrators.
     *
     * @return the code, or empty when the name is not a code of this library version
     */
    public static Optional<RuleCode> find(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        for (RuleCode code : values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
