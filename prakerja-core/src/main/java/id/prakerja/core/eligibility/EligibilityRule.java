package id.prakerja.core.eligibility;

import id.prakerja.core.internal.Dates;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The eligibility rules, each a small named unit with its {@link RuleCode}, the dated parameters it reads
 * and the legal reference of the value it applied. They run in the order declared here, which is the
 * stable order of an {@link EligibilityDecision}'s violations.
 *
 * <p>The two identity rules ({@link #BIRTH_DATE_MATCHES_NIK}, {@link #SEX_MATCHES_NIK}) repeat the
 * parser's cross-field checks for applicants built directly with {@link Applicant#builder()}; a parsed
 * applicant always passes them.
 */
public enum EligibilityRule {
    /** {@link RuleCode#NIK_BIRTH_DATE_MISMATCH}: the declared birth date is the one in the NIK. */
    BIRTH_DATE_MATCHES_NIK(RuleCode.NIK_BIRTH_DATE_MISMATCH, "birthDate") {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.nik().matchesBirthDate(a.birthDate()) ? null : violation().build();
        }
    },
    /** {@link RuleCode#NIK_SEX_MISMATCH}: the declared sex is the one in the NIK. */
    SEX_MATCHES_NIK(RuleCode.NIK_SEX_MISMATCH, "sex") {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.nik().sex() == a.sex()
                    ? null
                    : violation().argument("sex", a.sex()).build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_CITIZENSHIP}: only Indonesian citizens (WNI). */
    CITIZENSHIP(RuleCode.ELIGIBILITY_CITIZENSHIP, "citizenship", ParameterKey.CITIZENSHIP_REQUIRED) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.citizenshipRequired().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.citizenship() == Citizenship.WNI
                    ? null
                    : violation(p.citizenshipRequired())
                            .argument("citizenship", a.citizenship())
                            .build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_MIN_AGE}: at least 18 on the evaluation date (turning 18 that day counts). */
    MINIMUM_AGE(RuleCode.ELIGIBILITY_MIN_AGE, "birthDate", ParameterKey.MINIMUM_AGE) {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            int age = Dates.ageOn(a.birthDate(), date);
            int min = p.minimumAge().value();
            return age >= min
                    ? null
                    : violation(p.minimumAge())
                            .argument("age", age)
                            .argument("minimumAge", min)
                            .build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_MAX_AGE}: at most 64 (64 years and 364 days is still 64), from wave 18. */
    MAXIMUM_AGE(RuleCode.ELIGIBILITY_MAX_AGE, "birthDate", ParameterKey.MAXIMUM_AGE) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.maximumAge().value().isPresent();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            int age = Dates.ageOn(a.birthDate(), date);
            int max = p.maximumAge().value().get();
            return age <= max
                    ? null
                    : violation(p.maximumAge())
                            .argument("age", age)
                            .argument("maximumAge", max)
                            .build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_FORMAL_EDUCATION}: not in formal education. */
    FORMAL_EDUCATION(
            RuleCode.ELIGIBILITY_FORMAL_EDUCATION, "inFormalEducation", ParameterKey.FORMAL_EDUCATION_EXCLUDED) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.formalEducationExcluded().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.inFormalEducation()
                    ? violation(p.formalEducationExcluded()).build()
                    : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_EXCLUDED_OCCUPATION}: not in an occupation excluded by Perpres 76/2020. */
    EXCLUDED_OCCUPATION(RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION, "occupation", ParameterKey.EXCLUDED_OCCUPATIONS) {
        @Override
        boolean inForce(ParametersInForce p) {
            return !p.excludedOccupations().value().isEmpty();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return p.excludedOccupations().value().contains(a.occupation())
                    ? violation(p.excludedOccupations())
                            .argument("occupation", a.occupation())
                            .build()
                    : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_SOCIAL_ASSISTANCE}: no excluding social assistance (to wave 47). */
    SOCIAL_ASSISTANCE(
            RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE, "socialAssistance", ParameterKey.EXCLUDED_SOCIAL_ASSISTANCE) {
        @Override
        boolean inForce(ParametersInForce p) {
            return !p.excludedSocialAssistance().value().isEmpty();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            Set<SocialAssistance> received = a.socialAssistance();
            if (received.isEmpty()) {
                return null;
            }
            Set<SocialAssistance> excluded = p.excludedSocialAssistance().value();
            String hits = null;
            for (SocialAssistance s : ASSISTANCE) {
                if (received.contains(s) && excluded.contains(s)) {
                    hits = hits == null ? s.name() : hits + ", " + s.name();
                }
            }
            return hits == null
                    ? null
                    : violation(p.excludedSocialAssistance())
                            .argument("socialAssistance", hits)
                            .build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_PRIOR_RECIPIENT}: the card is given once. */
    PRIOR_RECIPIENT(RuleCode.ELIGIBILITY_PRIOR_RECIPIENT, "priorParticipation", ParameterKey.PRIOR_RECIPIENT_EXCLUDED) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.priorRecipientExcluded().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.priorParticipation() == PriorParticipation.RECIPIENT
                    ? violation(p.priorRecipientExcluded()).build()
                    : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_REVOKED}: a revoked card excludes for good. */
    REVOKED(RuleCode.ELIGIBILITY_REVOKED, "priorParticipation", ParameterKey.REVOKED_EXCLUDED) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.revokedExcluded().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.priorParticipation() == PriorParticipation.REVOKED
                    ? violation(p.revokedExcluded()).build()
                    : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_CATEGORY}: a workforce category the wave covers. */
    CATEGORY(RuleCode.ELIGIBILITY_CATEGORY, "workforceCategory", ParameterKey.COVERED_CATEGORIES) {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            Optional<WorkforceCategory> c = a.workforceCategory();
            if (c.isPresent() && p.coveredCategories().value().contains(c.get())) {
                return null;
            }
            Violation.Builder b = violation(p.coveredCategories()).argument("wave", p.wave());
            c.ifPresent(category -> b.argument("category", category));
            return b.build();
        }
    },
    /**
     * {@link RuleCode#ELIGIBILITY_FAMILY_QUOTA}: at most two recipients per family card (from wave 12),
     * counting the members the caller says already hold the card. Feeds count across records instead.
     */
    FAMILY_QUOTA(RuleCode.ELIGIBILITY_FAMILY_QUOTA, "familyCardNumber", ParameterKey.FAMILY_QUOTA) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.familyQuota().value().isPresent();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            int quota = p.familyQuota().value().get();
            int members = a.otherFamilyRecipients() + 1;
            return members <= quota ? null : quotaViolation(p.familyQuota(), members);
        }
    };

    private static final SocialAssistance[] ASSISTANCE = SocialAssistance.values();

    private final RuleCode code;
    private final String field;
    private final List<ParameterKey<?>> parameters;

    EligibilityRule(RuleCode code, String field, ParameterKey<?>... parameters) {
        this.code = code;
        this.field = field;
        this.parameters = List.of(parameters);
    }

    /** The code this rule reports. */
    public RuleCode code() {
        return code;
    }

    /** The wire field the rule's violation points at. */
    public String field() {
        return field;
    }

    /** The dated parameters the rule reads (empty for the identity rules). */
    public List<ParameterKey<?>> parameters() {
        return parameters;
    }

    /** Whether the rule applies under {@code p} (e.g. the age cap only from wave 18). */
    boolean inForce(ParametersInForce p) {
        return true;
    }

    /** The violation, or {@code null} when {@code a} satisfies the rule on {@code date}. */
    abstract Violation check(Applicant a, ParametersInForce p, LocalDate date);

    /** Whether the rule is in force at the wave of {@code p}. */
    public final boolean isInForce(ParametersInForce p) {
        return inForce(p);
    }

    final Violation.Builder violation() {
        return Violation.of(code, field);
    }

    final Violation.Builder violation(DatedValue<?> applied) {
        return Violation.of(code, field).legalReference(applied.reference());
    }

    /** The family-quota violation for the {@code members}-th member of a family card. */
    static Violation quotaViolation(DatedValue<Optional<Integer>> quota, int members) {
        return Violation.of(RuleCode.ELIGIBILITY_FAMILY_QUOTA, "familyCardNumber")
                .legalReference(quota.reference())
                .argument("quota", quota.value().get())
                .argument("familyMembers", members)
                .build();
    }

    /** The rule that reports {@code code}, if any. */
    public static Optional<EligibilityRule> forCode(RuleCode code) {
        for (EligibilityRule r : values()) {
            if (r.code == code) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
