// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.internal.Dates;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The eligibility rules, each one self-describing unit: its {@link RuleCode} (which declares the
 * violation's arguments with their types, the dated parameters the rule reads and where its legal
 * reference comes from), the field its violation points at and the other applicant fields it reads (so a
 * form asks them while the rule is in force), when it is in force, the check itself, and how it is cured
 * ({@link WhatIf}). They run in the order declared here, which is the stable order of an
 * {@link EligibilityDecision}'s violations.
 *
 * <p>The two identity rules ({@link #BIRTH_DATE_MATCHES_NIK}, {@link #SEX_MATCHES_NIK}) are the parser's
 * cross-field checks too ({@link ApplicantParser} calls them), so that applicants built directly with
 * {@link Applicant#builder()} get the same checks; a parsed applicant always passes them.
 */
public enum EligibilityRule {
    /** {@link RuleCode#NIK_BIRTH_DATE_MISMATCH}: the declared birth date is the one in the NIK. */
    BIRTH_DATE_MATCHES_NIK(
            RuleCode.NIK_BIRTH_DATE_MISMATCH, WhatIf.correctData(), ApplicantInput.BIRTH_DATE, ApplicantInput.NIK) {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return birthDateMismatch(a.nik(), a.birthDate());
        }
    },
    /** {@link RuleCode#NIK_SEX_MISMATCH}: the declared sex is the one in the NIK. */
    SEX_MATCHES_NIK(RuleCode.NIK_SEX_MISMATCH, WhatIf.correctData(), ApplicantInput.SEX, ApplicantInput.NIK) {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return sexMismatch(a.nik(), a.sex());
        }
    },
    /** {@link RuleCode#ELIGIBILITY_CITIZENSHIP}: only Indonesian citizens (WNI). */
    CITIZENSHIP(RuleCode.ELIGIBILITY_CITIZENSHIP, WhatIf.notCurable(), ApplicantInput.CITIZENSHIP) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.citizenshipRequired().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.citizenship() == Citizenship.WNI
                    ? null
                    : violation(p).argument("citizenship", a.citizenship()).build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_MIN_AGE}: at least the minimum age on the evaluation date (turning it that day counts). */
    MINIMUM_AGE(RuleCode.ELIGIBILITY_MIN_AGE, WhatIf.laterDate(Cure.Kind.NOT_CURABLE), ApplicantInput.BIRTH_DATE) {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            int age = Dates.ageOn(a.birthDate(), date);
            int min = p.minimumAge().value();
            return age >= min
                    ? null
                    : violation(p)
                            .argument("age", age)
                            .argument("minimumAge", min)
                            .build();
        }
    },
    /**
     * {@link RuleCode#ELIGIBILITY_MAX_AGE}: at most the maximum age (64 years and 364 days is still 64),
     * where the programme sets one.
     */
    MAXIMUM_AGE(RuleCode.ELIGIBILITY_MAX_AGE, WhatIf.laterWave(Cure.Kind.NOT_CURABLE), ApplicantInput.BIRTH_DATE) {
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
                    : violation(p)
                            .argument("age", age)
                            .argument("maximumAge", max)
                            .build();
        }
    },
    /** {@link RuleCode#ELIGIBILITY_FORMAL_EDUCATION}: not in formal education. */
    FORMAL_EDUCATION(
            RuleCode.ELIGIBILITY_FORMAL_EDUCATION, WhatIf.changeCircumstances(), ApplicantInput.IN_FORMAL_EDUCATION) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.formalEducationExcluded().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.inFormalEducation() ? violation(p).build() : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_EXCLUDED_OCCUPATION}: not in an occupation the programme excludes. */
    EXCLUDED_OCCUPATION(
            RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION, WhatIf.changeCircumstances(), ApplicantInput.OCCUPATION) {
        @Override
        boolean inForce(ParametersInForce p) {
            return !p.excludedOccupations().value().isEmpty();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return p.excludedOccupations().value().contains(a.occupation())
                    ? violation(p).argument("occupation", a.occupation()).build()
                    : null;
        }
    },
    /**
     * {@link RuleCode#ELIGIBILITY_SOCIAL_ASSISTANCE}: no excluding social assistance of the applicant, nor of
     * a member of the applicant's family (where the programme excludes any). The applicant's own assistance
     * is checked first; the violation points at {@code socialAssistance} or {@code familySocialAssistance}
     * and its argument {@code recipient} says whose it was.
     */
    SOCIAL_ASSISTANCE(
            RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE,
            WhatIf.laterWave(Cure.Kind.CHANGE_CIRCUMSTANCES),
            ApplicantInput.SOCIAL_ASSISTANCE,
            ApplicantInput.FAMILY_SOCIAL_ASSISTANCE) {
        @Override
        boolean inForce(ParametersInForce p) {
            return !p.excludedSocialAssistance().value().isEmpty()
                    || !p.excludedFamilySocialAssistance().value().isEmpty();
        }

        @Override
        boolean reads(ApplicantInput input, ParametersInForce p) {
            if (input == ApplicantInput.FAMILY_SOCIAL_ASSISTANCE) {
                return !p.excludedFamilySocialAssistance().value().isEmpty();
            }
            return !p.excludedSocialAssistance().value().isEmpty();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            String own = hits(a.socialAssistance(), p.excludedSocialAssistance().value());
            if (own != null) {
                return violation(p)
                        .argument("socialAssistance", own)
                        .argument("recipient", AssistanceRecipient.APPLICANT)
                        .build();
            }
            String family = hits(
                    a.familySocialAssistance(),
                    p.excludedFamilySocialAssistance().value());
            if (family != null) {
                return Violation.of(code(), ApplicantInput.FAMILY_SOCIAL_ASSISTANCE.field())
                        .legalReference(p.excludedFamilySocialAssistance().reference())
                        .argument("socialAssistance", family)
                        .argument("recipient", AssistanceRecipient.FAMILY_MEMBER)
                        .build();
            }
            return null;
        }

        private String hits(Set<SocialAssistance> received, Set<SocialAssistance> excluded) {
            if (received.isEmpty()) {
                return null;
            }
            String hits = null;
            for (SocialAssistance s : ASSISTANCE) {
                if (received.contains(s) && excluded.contains(s)) {
                    hits = hits == null ? s.name() : hits + ", " + s.name();
                }
            }
            return hits;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_PRIOR_RECIPIENT}: the card is given once. */
    PRIOR_RECIPIENT(RuleCode.ELIGIBILITY_PRIOR_RECIPIENT, WhatIf.notCurable(), ApplicantInput.PRIOR_PARTICIPATION) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.priorRecipientExcluded().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.priorParticipation() == PriorParticipation.RECIPIENT
                    ? violation(p).build()
                    : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_REVOKED}: a revoked card excludes for good. */
    REVOKED(RuleCode.ELIGIBILITY_REVOKED, WhatIf.notCurable(), ApplicantInput.PRIOR_PARTICIPATION) {
        @Override
        boolean inForce(ParametersInForce p) {
            return p.revokedExcluded().value();
        }

        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            return a.priorParticipation() == PriorParticipation.REVOKED
                    ? violation(p).build()
                    : null;
        }
    },
    /** {@link RuleCode#ELIGIBILITY_CATEGORY}: a workforce category the wave covers. */
    CATEGORY(
            RuleCode.ELIGIBILITY_CATEGORY,
            WhatIf.laterWave(Cure.Kind.CHANGE_CIRCUMSTANCES),
            ApplicantInput.WORKFORCE_CATEGORY) {
        @Override
        Violation check(Applicant a, ParametersInForce p, LocalDate date) {
            Optional<WorkforceCategory> c = a.workforceCategory();
            if (c.isPresent() && p.coveredCategories().value().contains(c.get())) {
                return null;
            }
            Violation.Builder b = violation(p).argument("wave", p.wave());
            c.ifPresent(category -> b.argument("category", category));
            return b.build();
        }
    },
    /**
     * {@link RuleCode#ELIGIBILITY_FAMILY_QUOTA}: at most the family quota of recipients per family card
     * (where the programme sets one), counting the members the caller says already hold the card. Feeds
     * count across records instead.
     */
    FAMILY_QUOTA(
            RuleCode.ELIGIBILITY_FAMILY_QUOTA,
            WhatIf.notCurable(),
            ApplicantInput.FAMILY_CARD_NUMBER,
            ApplicantInput.OTHER_FAMILY_RECIPIENTS) {
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
    private final WhatIf whatIf;
    private final List<ApplicantInput> inputs;

    /**
     * @param field the field the violation points at (the first input)
     * @param alsoReads the other fields the rule reads
     */
    EligibilityRule(RuleCode code, WhatIf whatIf, ApplicantInput field, ApplicantInput... alsoReads) {
        this.code = code;
        this.whatIf = whatIf;
        List<ApplicantInput> in = new ArrayList<>();
        in.add(field);
        in.addAll(List.of(alsoReads));
        this.inputs = List.copyOf(in);
    }

    /** The code this rule reports. */
    public RuleCode code() {
        return code;
    }

    /** The wire field the rule's violation points at. */
    public String field() {
        return inputs.get(0).field();
    }

    /** The wire fields the rule reads, the one its violation points at first. */
    public List<String> fields() {
        List<String> out = new ArrayList<>(inputs.size());
        for (ApplicantInput i : inputs) {
            out.add(i.field());
        }
        return List.copyOf(out);
    }

    /** The dated parameters the rule reads (empty for the identity rules): its code's {@link RuleCode#parameters()}. */
    public List<ParameterKey<?>> parameters() {
        return code.parameters();
    }

    /** The applicant fields the rule reads. */
    List<ApplicantInput> inputs() {
        return inputs;
    }

    /** How the rule is cured. */
    WhatIf whatIf() {
        return whatIf;
    }

    /**
     * How the rule is cured, in words for the rule catalogue, e.g. {@code "WAIT_UNTIL the first later wave at
     * which the rule no longer applies, else NOT_CURABLE"}.
     */
    public String cureDescription() {
        return whatIf.describe();
    }

    /** Whether the rule applies under {@code p} (e.g. the age cap only where the programme sets one). */
    boolean inForce(ParametersInForce p) {
        return true;
    }

    /**
     * Whether the rule, in force under {@code p}, reads {@code input} there (a form asks only those); every
     * input of the rule unless a rule says otherwise.
     */
    boolean reads(ApplicantInput input, ParametersInForce p) {
        return true;
    }

    /** The violation, or {@code null} when {@code a} satisfies the rule on {@code date}. */
    abstract Violation check(Applicant a, ParametersInForce p, LocalDate date);

    /** Whether the rule is in force under {@code p} and {@code a} breaks it on {@code date}. */
    final boolean bites(Applicant a, ParametersInForce p, LocalDate date) {
        return inForce(p) && check(a, p, date) != null;
    }

    /** Whether the rule is in force at the wave of {@code p}. */
    public final boolean isInForce(ParametersInForce p) {
        return inForce(p);
    }

    /** A violation of this rule, citing the reference of its first parameter's value in force under {@code p}. */
    final Violation.Builder violation(ParametersInForce p) {
        return Violation.of(code, field())
                .legalReference(p.get(code.parameters().get(0)).reference());
    }

    /** The {@link RuleCode#NIK_BIRTH_DATE_MISMATCH} violation, or {@code null} when {@code birth} is the NIK's. */
    static Violation birthDateMismatch(Nik nik, LocalDate birth) {
        return nik.matchesBirthDate(birth)
                ? null
                : Violation.of(BIRTH_DATE_MATCHES_NIK.code, BIRTH_DATE_MATCHES_NIK.field())
                        .build();
    }

    /** The {@link RuleCode#NIK_SEX_MISMATCH} violation, or {@code null} when {@code sex} is the NIK's. */
    static Violation sexMismatch(Nik nik, Sex sex) {
        return nik.sex() == sex
                ? null
                : Violation.of(SEX_MATCHES_NIK.code, SEX_MATCHES_NIK.field())
                        .argument("sex", sex)
                        .build();
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
