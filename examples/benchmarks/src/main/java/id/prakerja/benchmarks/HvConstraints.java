// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The custom Jakarta Validation constraints of the Hibernate Validator competitor: one annotation per
 * rule code that the standard constraints ({@code @NotNull}, {@code @Pattern}, {@code @Size},
 * {@code @AssertFalse}, {@code @Max}, …) cannot express. Each constraint's message is the prakerja rule
 * code it stands for, so that results can be compared code for code.
 *
 * <p>Wave parameters travel in the annotations (dates as ISO strings, enum sets as arrays), parsed once in
 * {@code initialize}, which is how such constraints are usually written. Validators of a 16-digit number
 * accept anything that is not 16 ASCII digits: {@code @Pattern} reports that, and prakerja's
 * {@code NIK_FORMAT} likewise stops the other NIK checks.
 */
public final class HvConstraints {
    private HvConstraints() {}

    /** {@code NIK_REGION}: the first two digits are a known province code. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NikRegion.Validator.class)
    public @interface NikRegion {
        String message() default "NIK_REGION";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<NikRegion, String> {
            @Override
            public boolean isValid(String nik, ConstraintValidatorContext context) {
                return !Wave18.isSixteenDigits(nik) || Wave18.nikRegionOk(nik);
            }
        }
    }

    /** {@code NIK_BIRTH_DATE}: digits 7–12 are a calendar date on or before the evaluation date. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NikBirthDate.Validator.class)
    public @interface NikBirthDate {
        String message() default "NIK_BIRTH_DATE";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The evaluation date, ISO. */
        String on();

        final class Validator implements ConstraintValidator<NikBirthDate, String> {
            private LocalDate on;

            @Override
            public void initialize(NikBirthDate annotation) {
                on = LocalDate.parse(annotation.on());
            }

            @Override
            public boolean isValid(String nik, ConstraintValidatorContext context) {
                return !Wave18.isSixteenDigits(nik) || Wave18.nikBirthDateOk(nik, on);
            }
        }
    }

    /** {@code NIK_SERIAL}: the last four digits are not {@code 0000}. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NikSerial.Validator.class)
    public @interface NikSerial {
        String message() default "NIK_SERIAL";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<NikSerial, String> {
            @Override
            public boolean isValid(String nik, ConstraintValidatorContext context) {
                return !Wave18.isSixteenDigits(nik) || !Wave18.zeroSerial(nik);
            }
        }
    }

    /** {@code KK_REGION}: the family-card number starts with a known province code. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = KkRegion.Validator.class)
    public @interface KkRegion {
        String message() default "KK_REGION";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<KkRegion, String> {
            @Override
            public boolean isValid(String kk, ConstraintValidatorContext context) {
                return !Wave18.isSixteenDigits(kk) || Wave18.isProvince(Wave18.pair(kk, 0));
            }
        }
    }

    /** {@code KK_ISSUE_DATE}: the recording date (20YY) is a calendar date on or before the evaluation date. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = KkIssueDate.Validator.class)
    public @interface KkIssueDate {
        String message() default "KK_ISSUE_DATE";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The evaluation date, ISO. */
        String on();

        final class Validator implements ConstraintValidator<KkIssueDate, String> {
            private LocalDate on;

            @Override
            public void initialize(KkIssueDate annotation) {
                on = LocalDate.parse(annotation.on());
            }

            @Override
            public boolean isValid(String kk, ConstraintValidatorContext context) {
                return !Wave18.isSixteenDigits(kk) || Wave18.kkIssueDateOk(kk, on);
            }
        }
    }

    /** {@code KK_SERIAL}: the family serial is not {@code 0000}. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = KkSerial.Validator.class)
    public @interface KkSerial {
        String message() default "KK_SERIAL";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<KkSerial, String> {
            @Override
            public boolean isValid(String kk, ConstraintValidatorContext context) {
                return !Wave18.isSixteenDigits(kk) || !Wave18.zeroSerial(kk);
            }
        }
    }

    /** {@code FIELD_INVALID}: a birth date from {@code from} to {@code to}, inclusive. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = DateBetween.Validator.class)
    public @interface DateBetween {
        String message() default "FIELD_INVALID";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        String from();

        String to();

        final class Validator implements ConstraintValidator<DateBetween, LocalDate> {
            private LocalDate from;
            private LocalDate to;

            @Override
            public void initialize(DateBetween annotation) {
                from = LocalDate.parse(annotation.from());
                to = LocalDate.parse(annotation.to());
            }

            @Override
            public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
                return date == null || Wave18.birthDateInRange(date, from, to);
            }
        }
    }

    /**
     * {@code NIK_BIRTH_DATE_MISMATCH}, class level: the declared birth date is the one in the NIK. A
     * constraint cannot see whether the others on the NIK and the birth date passed, so it re-checks both
     * (prakerja compares only when both fields are valid).
     */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NikMatchesBirthDate.Validator.class)
    public @interface NikMatchesBirthDate {
        String message() default "NIK_BIRTH_DATE_MISMATCH";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The evaluation date, ISO. */
        String on();

        /** The earliest birth date accepted, ISO. */
        String earliest();

        final class Validator implements ConstraintValidator<NikMatchesBirthDate, ApplicantPojo> {
            private LocalDate on;
            private LocalDate earliest;

            @Override
            public void initialize(NikMatchesBirthDate annotation) {
                on = LocalDate.parse(annotation.on());
                earliest = LocalDate.parse(annotation.earliest());
            }

            @Override
            public boolean isValid(ApplicantPojo a, ConstraintValidatorContext context) {
                String nik = a.getNik();
                LocalDate birth = a.getBirthDate();
                if (birth == null || !Wave18.birthDateInRange(birth, earliest, on) || !Wave18.nikOk(nik, on)) {
                    return true;
                }
                return Wave18.nikMatchesBirthDate(nik, birth);
            }
        }
    }

    /** {@code NIK_SEX_MISMATCH}, class level: the declared sex is the one in the NIK (day + 40 = female). */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NikMatchesSex.Validator.class)
    public @interface NikMatchesSex {
        String message() default "NIK_SEX_MISMATCH";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** The evaluation date, ISO. */
        String on();

        final class Validator implements ConstraintValidator<NikMatchesSex, ApplicantPojo> {
            private LocalDate on;

            @Override
            public void initialize(NikMatchesSex annotation) {
                on = LocalDate.parse(annotation.on());
            }

            @Override
            public boolean isValid(ApplicantPojo a, ConstraintValidatorContext context) {
                String nik = a.getNik();
                Sex sex = a.getSex();
                if (sex == null || !Wave18.nikOk(nik, on)) {
                    return true;
                }
                return Wave18.nikIsFemale(nik) == (sex == Sex.FEMALE);
            }
        }
    }

    /**
     * The domicile object, class level: {@code FIELD_REQUIRED} for a regency without a province,
     * {@code FIELD_INVALID} for an unknown province or a regency code that is not four digits starting with
     * the province code. One constraint reports on two property nodes, with a template per code.
     */
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ValidDomicile.Validator.class)
    public @interface ValidDomicile {
        String message() default "FIELD_INVALID";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<ValidDomicile, ApplicantPojo.Domicile> {
            @Override
            public boolean isValid(ApplicantPojo.Domicile d, ConstraintValidatorContext context) {
                String p = d.getProvinceCode();
                String r = d.getRegencyCode();
                if (p == null) {
                    return r == null || fail(context, "FIELD_REQUIRED", "provinceCode");
                }
                if (p.length() != 2 || !digits(p) || !Wave18.isProvince(Wave18.pair(p, 0))) {
                    return fail(context, "FIELD_INVALID", "provinceCode");
                }
                if (r != null && (r.length() != 4 || !r.startsWith(p) || !digits(r))) {
                    return fail(context, "FIELD_INVALID", "regencyCode");
                }
                return true;
            }

            private static boolean digits(String s) {
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                        return false;
                    }
                }
                return true;
            }

            private static boolean fail(ConstraintValidatorContext context, String code, String property) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(code)
                        .addPropertyNode(property)
                        .addConstraintViolation();
                return false;
            }
        }
    }

    /** {@code ELIGIBILITY_CITIZENSHIP}: an Indonesian citizen. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Wni.Validator.class)
    public @interface Wni {
        String message() default "ELIGIBILITY_CITIZENSHIP";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<Wni, Citizenship> {
            @Override
            public boolean isValid(Citizenship c, ConstraintValidatorContext context) {
                return c == null || c == Citizenship.WNI;
            }
        }
    }

    /** {@code ELIGIBILITY_MIN_AGE}: at least {@code value} years old on {@code on}. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = MinAge.Validator.class)
    public @interface MinAge {
        String message() default "ELIGIBILITY_MIN_AGE";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        int value();

        /** The evaluation date, ISO. */
        String on();

        final class Validator implements ConstraintValidator<MinAge, LocalDate> {
            private int min;
            private LocalDate on;

            @Override
            public void initialize(MinAge annotation) {
                min = annotation.value();
                on = LocalDate.parse(annotation.on());
            }

            @Override
            public boolean isValid(LocalDate birth, ConstraintValidatorContext context) {
                return birth == null || Wave18.ageOn(birth, on) >= min;
            }
        }
    }

    /** {@code ELIGIBILITY_MAX_AGE}: at most {@code value} years old on {@code on}. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = MaxAge.Validator.class)
    public @interface MaxAge {
        String message() default "ELIGIBILITY_MAX_AGE";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        int value();

        /** The evaluation date, ISO. */
        String on();

        final class Validator implements ConstraintValidator<MaxAge, LocalDate> {
            private int max;
            private LocalDate on;

            @Override
            public void initialize(MaxAge annotation) {
                max = annotation.value();
                on = LocalDate.parse(annotation.on());
            }

            @Override
            public boolean isValid(LocalDate birth, ConstraintValidatorContext context) {
                return birth == null || Wave18.ageOn(birth, on) <= max;
            }
        }
    }

    /** {@code ELIGIBILITY_EXCLUDED_OCCUPATION}: not one of the listed occupations. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = OccupationNotIn.Validator.class)
    public @interface OccupationNotIn {
        String message() default "ELIGIBILITY_EXCLUDED_OCCUPATION";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        Occupation[] value();

        final class Validator implements ConstraintValidator<OccupationNotIn, Occupation> {
            private Set<Occupation> excluded;

            @Override
            public void initialize(OccupationNotIn annotation) {
                excluded = EnumSet.noneOf(Occupation.class);
                excluded.addAll(Arrays.asList(annotation.value()));
            }

            @Override
            public boolean isValid(Occupation o, ConstraintValidatorContext context) {
                return o == null || !excluded.contains(o);
            }
        }
    }

    /** {@code ELIGIBILITY_SOCIAL_ASSISTANCE}: receives none of the listed kinds of assistance. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NoneOfAssistance.Validator.class)
    public @interface NoneOfAssistance {
        String message() default "ELIGIBILITY_SOCIAL_ASSISTANCE";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        SocialAssistance[] value();

        final class Validator implements ConstraintValidator<NoneOfAssistance, Set<SocialAssistance>> {
            private Set<SocialAssistance> excluded;

            @Override
            public void initialize(NoneOfAssistance annotation) {
                excluded = EnumSet.noneOf(SocialAssistance.class);
                excluded.addAll(Arrays.asList(annotation.value()));
            }

            @Override
            public boolean isValid(Set<SocialAssistance> received, ConstraintValidatorContext context) {
                if (received == null) {
                    return true;
                }
                for (SocialAssistance s : received) {
                    if (excluded.contains(s)) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    /** {@code ELIGIBILITY_CATEGORY}: a workforce category the wave covers. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = CategoryIn.Validator.class)
    public @interface CategoryIn {
        String message() default "ELIGIBILITY_CATEGORY";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        WorkforceCategory[] value();

        final class Validator implements ConstraintValidator<CategoryIn, WorkforceCategory> {
            private Set<WorkforceCategory> covered;

            @Override
            public void initialize(CategoryIn annotation) {
                covered = EnumSet.noneOf(WorkforceCategory.class);
                covered.addAll(Arrays.asList(annotation.value()));
            }

            @Override
            public boolean isValid(WorkforceCategory c, ConstraintValidatorContext context) {
                return c == null || covered.contains(c);
            }
        }
    }

    /** {@code ELIGIBILITY_PRIOR_RECIPIENT}: never received the card. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NotPriorRecipient.Validator.class)
    public @interface NotPriorRecipient {
        String message() default "ELIGIBILITY_PRIOR_RECIPIENT";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<NotPriorRecipient, PriorParticipation> {
            @Override
            public boolean isValid(PriorParticipation p, ConstraintValidatorContext context) {
                return p != PriorParticipation.RECIPIENT;
            }
        }
    }

    /** {@code ELIGIBILITY_REVOKED}: no card of theirs was revoked. */
    @Documented
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = NotRevoked.Validator.class)
    public @interface NotRevoked {
        String message() default "ELIGIBILITY_REVOKED";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<NotRevoked, PriorParticipation> {
            @Override
            public boolean isValid(PriorParticipation p, ConstraintValidatorContext context) {
                return p != PriorParticipation.REVOKED;
            }
        }
    }
}
