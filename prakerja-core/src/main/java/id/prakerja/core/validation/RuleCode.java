package id.prakerja.core.validation;

import java.util.List;
import java.util.Optional;

/**
 * The stable code of every rule the library checks.
 *
 * <p>Codes are public API: integrators store them, dashboards count them and portals written in
 * other languages match on them. A code is never renamed or reused; new codes are added with the
 * same naming scheme. Each code declares the arguments that every {@link Violation} of that code
 * carries, so that {@link Messages} can always fill its templates.
 *
 * <pre>{@code
 * if (violation.code() == RuleCode.ELIGIBILITY_MIN_AGE) {
 *     int age = (Integer) violation.arguments().get("age");
 * }
 * }</pre>
 */
public enum RuleCode {
    // Records and fields
    /** The record is not well-formed (JSON syntax, invalid UTF-8, not an object). */
    RECORD_MALFORMED(
            Family.RECORD, "the record is not well-formed (JSON syntax, invalid UTF-8, not an object)", "detail"),
    /** The record exceeds the configured size, depth or string-length limits. */
    RECORD_TOO_LARGE(Family.RECORD, "the record exceeds the configured size, depth or string-length limits", "limit"),
    /** A required field is missing or null. */
    FIELD_REQUIRED(Family.RECORD, "a required field is missing or null"),
    /** A field has the wrong type or an unparseable value. */
    FIELD_INVALID(Family.RECORD, "a field has the wrong type or an unparseable value", "expected"),
    /** A field that the format does not define (strict mode). */
    FIELD_UNKNOWN(Family.RECORD, "a field that the format does not define (strict mode, the default)"),

    // Identifiers
    /** The NIK is not exactly 16 ASCII digits. */
    NIK_FORMAT(Family.IDENTIFIER, "the NIK is not exactly 16 ASCII digits", "length"),
    /** The first two digits of the NIK are not a known province code. */
    NIK_REGION(Family.IDENTIFIER, "the first two digits of the NIK are not a known province code", "provinceCode"),
    /** Digits 7–12 of the NIK (day − 40 for women) are not a calendar date. */
    NIK_BIRTH_DATE(Family.IDENTIFIER, "digits 7-12 of the NIK (day - 40 for women) are not a calendar date"),
    /** The last four digits of the NIK are {@code 0000}. */
    NIK_SERIAL(Family.IDENTIFIER, "the last four digits of the NIK are 0000"),
    /** The declared birth date does not match the date encoded in the NIK. */
    NIK_BIRTH_DATE_MISMATCH(Family.IDENTIFIER, "the declared birth date does not match the date encoded in the NIK"),
    /** The declared sex does not match the NIK (day + 40 = female). */
    NIK_SEX_MISMATCH(Family.IDENTIFIER, "the declared sex does not match the NIK (day + 40 = female)", "sex"),
    /** The family-card number is not exactly 16 ASCII digits. */
    KK_FORMAT(Family.IDENTIFIER, "the family-card number is not exactly 16 ASCII digits", "length"),
    /** The family-card number starts with an unknown province code. */
    KK_REGION(Family.IDENTIFIER, "the family-card number starts with an unknown province code", "provinceCode"),
    /** The recording date in the family-card number is not a calendar date, or lies after the reference date. */
    KK_ISSUE_DATE(
            Family.IDENTIFIER,
            "the recording date in the family-card number is not a calendar date, or lies after the evaluation date",
            "referenceDate"),
    /** The last four digits (the family serial) of the family-card number are {@code 0000}. */
    KK_SERIAL(Family.IDENTIFIER, "the last four digits (family serial) of the family-card number are 0000"),

    // Eligibility
    /** Not an Indonesian citizen (WNI). */
    ELIGIBILITY_CITIZENSHIP(Family.ELIGIBILITY, "not an Indonesian citizen (WNI)", "citizenship"),
    /** Younger than the minimum age on the evaluation date. */
    ELIGIBILITY_MIN_AGE(Family.ELIGIBILITY, "younger than 18 on the evaluation date", "age", "minimumAge"),
    /** Older than the maximum age on the evaluation date (from wave 18). */
    ELIGIBILITY_MAX_AGE(Family.ELIGIBILITY, "older than 64 on the evaluation date", "age", "maximumAge"),
    /** Currently in formal education. */
    ELIGIBILITY_FORMAL_EDUCATION(Family.ELIGIBILITY, "currently in formal education"),
    /** An occupation excluded by Perpres 76/2020 (state official, DPRD, ASN, TNI, Polri, village, SOE boards). */
    ELIGIBILITY_EXCLUDED_OCCUPATION(
            Family.ELIGIBILITY,
            "pejabat negara, pimpinan/anggota DPRD, ASN, TNI, Polri, kepala desa/perangkat desa,"
                    + " direksi/komisaris/dewan pengawas BUMN/BUMD",
            "occupation"),
    /** Receives other social assistance that excludes the applicant (to wave 47). */
    ELIGIBILITY_SOCIAL_ASSISTANCE(
            Family.ELIGIBILITY,
            "receives other social assistance that excludes the applicant (DTKS bansos, BSU, BPUM)",
            "socialAssistance"),
    /** Already received the card (the card is given once). */
    ELIGIBILITY_PRIOR_RECIPIENT(Family.ELIGIBILITY, "already received the card (the card is given once)"),
    /** A card of theirs was revoked earlier (permanent exclusion). */
    ELIGIBILITY_REVOKED(Family.ELIGIBILITY, "a card of theirs was revoked earlier (permanent exclusion)"),
    /** No workforce category, or one the programme does not cover at that wave. */
    ELIGIBILITY_CATEGORY(
            Family.ELIGIBILITY, "no workforce category, or one the programme does not cover at that wave", "wave"),
    /** A third (or later) member of one family card (from wave 12). */
    ELIGIBILITY_FAMILY_QUOTA(
            Family.ELIGIBILITY, "a third (or later) member of one family card (KK)", "quota", "familyMembers"),

    // Feeds
    /** The NIK already appeared earlier in the same feed. */
    FEED_DUPLICATE_NIK(Family.FEED, "the NIK already appeared earlier in the same feed", "firstLine"),

    // Participation
    /** An event that the lifecycle does not allow at that point. */
    PARTICIPATION_EVENT_ORDER(
            Family.PARTICIPATION, "an event that the lifecycle does not allow at that point", "event", "reason"),
    /** An event dated before acceptance, or after the evaluation date. */
    PARTICIPATION_EVENT_DATE(
            Family.PARTICIPATION,
            "an event dated before acceptance, or after the evaluation date",
            "event",
            "date",
            "reason",
            "limit"),
    /** First training bought after the deadline (30 days to wave 47, 15 days from wave 48). */
    PARTICIPATION_FIRST_PURCHASE_LATE(
            Family.PARTICIPATION,
            "first training bought after the deadline (30 days to wave 47, 15 days from wave 48)",
            "purchaseDate",
            "deadline",
            "deadlineDays"),
    /** A training priced above the remaining balance. */
    PARTICIPATION_PURCHASE_OVER_BALANCE(
            Family.PARTICIPATION, "a training priced above the remaining balance", "price", "balance"),
    /** A purchase after the balance expired. */
    PARTICIPATION_BALANCE_EXPIRED(
            Family.PARTICIPATION, "a purchase after the balance expired", "purchaseDate", "expiryDate"),
    /** An incentive paid before the first training was completed and reviewed. */
    PARTICIPATION_INCENTIVE_PRECONDITION(
            Family.PARTICIPATION,
            "an incentive paid before the first training was completed and rated/reviewed",
            "paymentDate"),
    /** More incentive payments, or a different amount, than the scheme allows. */
    PARTICIPATION_INCENTIVE_EXCESS(
            Family.PARTICIPATION,
            "more incentive payments, or a different amount, than the scheme allows",
            "amount",
            "expectedAmount",
            "maximumPayments",
            "payment"),
    /** More survey incentives, or a different amount, than the scheme allows. */
    PARTICIPATION_SURVEY_EXCESS(
            Family.PARTICIPATION,
            "more survey incentives, or a different amount, than the scheme allows",
            "amount",
            "expectedAmount",
            "maximumPayments",
            "payment"),
    /** The payout account is registered to a different NIK. */
    PARTICIPATION_ACCOUNT_NIK_MISMATCH(
            Family.PARTICIPATION,
            "the payout account (bank or e-wallet) is registered to a different NIK",
            "provider",
            "channel"),

    // Cooperation
    /** Fewer than two distinct parties. */
    COOPERATION_PARTIES(Family.COOPERATION, "fewer than two distinct parties", "parties"),
    /** A party without a signatory. */
    COOPERATION_SIGNATORY(Family.COOPERATION, "a party without a signatory", "party"),
    /** The period ends before it starts, or the agreement was signed after the period ended. */
    COOPERATION_PERIOD(
            Family.COOPERATION,
            "the period ends before it starts, or the agreement was signed after the period ended",
            "start",
            "end",
            "signingDate"),
    /** No objective (an agreement, or an activity serving none). */
    COOPERATION_OBJECTIVES(Family.COOPERATION, "no objective"),
    /** No target audience (an agreement, or an activity aimed at nobody). */
    COOPERATION_AUDIENCE(Family.COOPERATION, "no target audience"),
    /** An activity dated outside the agreement's period. */
    COOPERATION_ACTIVITY_PERIOD(
            Family.COOPERATION, "an activity dated outside the agreement's period", "date", "start", "end"),
    /** An activity held outside the agreement's region. */
    COOPERATION_ACTIVITY_REGION(
            Family.COOPERATION, "an activity held outside the agreement's region", "region", "agreementRegion"),
    /** An activity serving an objective that the agreement does not have. */
    COOPERATION_ACTIVITY_OBJECTIVE(
            Family.COOPERATION, "an activity serving an objective that the agreement does not have", "objective"),
    /** An activity aimed at a group outside the agreement's target audience. */
    COOPERATION_ACTIVITY_AUDIENCE(
            Family.COOPERATION, "an activity aimed at a group outside the agreement's target audience", "audience"),
    /** Missing or negative reach (people reached). */
    COOPERATION_ACTIVITY_REACH(Family.COOPERATION, "missing or negative reach (people reached)");

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

    private final Family family;
    private final String meaning;
    private final List<String> arguments;

    RuleCode(Family family, String meaning, String... arguments) {
        this.family = family;
        this.meaning = meaning;
        this.arguments = List.of(arguments);
    }

    /** The group this code belongs to. */
    public Family family() {
        return family;
    }

    /** A one-line English description of what the code means, as in the rule catalogue. */
    public String meaning() {
        return meaning;
    }

    /**
     * The names of the arguments every violation of this code carries (in message order). A violation
     * may carry more arguments than these, never fewer.
     */
    public List<String> requiredArguments() {
        return arguments;
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
