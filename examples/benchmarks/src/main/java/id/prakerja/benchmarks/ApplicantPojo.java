// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.benchmarks.HvConstraints.CategoryIn;
import id.prakerja.benchmarks.HvConstraints.DateBetween;
import id.prakerja.benchmarks.HvConstraints.KkIssueDate;
import id.prakerja.benchmarks.HvConstraints.KkRegion;
import id.prakerja.benchmarks.HvConstraints.KkSerial;
import id.prakerja.benchmarks.HvConstraints.MaxAge;
import id.prakerja.benchmarks.HvConstraints.MinAge;
import id.prakerja.benchmarks.HvConstraints.NikBirthDate;
import id.prakerja.benchmarks.HvConstraints.NikMatchesBirthDate;
import id.prakerja.benchmarks.HvConstraints.NikMatchesSex;
import id.prakerja.benchmarks.HvConstraints.NikRegion;
import id.prakerja.benchmarks.HvConstraints.NikSerial;
import id.prakerja.benchmarks.HvConstraints.NoneOfAssistance;
import id.prakerja.benchmarks.HvConstraints.NotPriorRecipient;
import id.prakerja.benchmarks.HvConstraints.NotRevoked;
import id.prakerja.benchmarks.HvConstraints.OccupationNotIn;
import id.prakerja.benchmarks.HvConstraints.ValidDomicile;
import id.prakerja.benchmarks.HvConstraints.Wni;
import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The applicant record as a team would write it with Jackson and Hibernate Validator: a mutable bean that
 * Jackson databind fills from one NDJSON line, annotated with the rules of wave 18 (standard constraints
 * where they fit, the custom ones of {@link HvConstraints} for the rest). Every message is the prakerja
 * rule code.
 *
 * <p>Two stages, as in prakerja's {@code decide(RawApplicant, …)}: the field and identifier checks (the
 * class's default group), and only if they all pass the eligibility rules (group {@link Eligibility}). The
 * redefined default group sequence is Hibernate Validator's own way of saying "check eligibility only on a
 * well-formed record"; inside each stage every constraint runs (collect-all).
 *
 * <p>What Jackson databind already did before validation, and prakerja's raw parser does itself: reading
 * dates and enum names (a bad one throws in Jackson instead of becoming {@code FIELD_INVALID}; the feed
 * generator never writes one).
 */
@GroupSequence({ApplicantPojo.class, ApplicantPojo.Eligibility.class})
@NikMatchesBirthDate(on = Wave18.DATE, earliest = Wave18.EARLIEST_BIRTH)
@NikMatchesSex(on = Wave18.DATE)
public class ApplicantPojo {

    /** The group of the eligibility rules, checked only when the record is well-formed. */
    public interface Eligibility {}

    @NotNull(message = "FIELD_REQUIRED")
    @Pattern(regexp = "[0-9]{16}", message = "NIK_FORMAT")
    @NikRegion
    @NikBirthDate(on = Wave18.DATE)
    @NikSerial
    private String nik;

    @NotNull(message = "FIELD_REQUIRED")
    @Pattern(regexp = "[0-9]{16}", message = "KK_FORMAT")
    @KkRegion
    @KkIssueDate(on = Wave18.DATE)
    @KkSerial
    private String familyCardNumber;

    @NotBlank(message = "FIELD_REQUIRED")
    @Size(max = Wave18.MAX_NAME_LENGTH, message = "FIELD_INVALID")
    private String fullName;

    @NotNull(message = "FIELD_REQUIRED")
    @DateBetween(from = Wave18.EARLIEST_BIRTH, to = Wave18.DATE)
    @MinAge(value = Wave18.MINIMUM_AGE, on = Wave18.DATE, groups = Eligibility.class)
    @MaxAge(value = Wave18.MAXIMUM_AGE, on = Wave18.DATE, groups = Eligibility.class)
    private LocalDate birthDate;

    @NotNull(message = "FIELD_REQUIRED")
    private Sex sex;

    @NotNull(message = "FIELD_REQUIRED")
    @Wni(groups = Eligibility.class)
    private Citizenship citizenship;

    @Valid
    private Domicile domicile;

    @NotNull(message = "FIELD_REQUIRED")
    @CategoryIn(
            value = {
                WorkforceCategory.JOB_SEEKER,
                WorkforceCategory.LAID_OFF,
                WorkforceCategory.NEEDS_UPSKILLING,
                WorkforceCategory.FURLOUGHED,
                WorkforceCategory.NON_WAGE_WORKER,
                WorkforceCategory.MICRO_SMALL_ENTREPRENEUR
            },
            groups = Eligibility.class)
    private WorkforceCategory workforceCategory;

    @NotNull(message = "FIELD_REQUIRED")
    @AssertFalse(message = "ELIGIBILITY_FORMAL_EDUCATION", groups = Eligibility.class)
    private Boolean inFormalEducation;

    @OccupationNotIn(
            value = {
                Occupation.STATE_OFFICIAL,
                Occupation.DPRD_MEMBER,
                Occupation.CIVIL_SERVANT,
                Occupation.MILITARY,
                Occupation.POLICE,
                Occupation.VILLAGE_HEAD,
                Occupation.VILLAGE_APPARATUS,
                Occupation.SOE_BOARD_MEMBER
            },
            groups = Eligibility.class)
    private Occupation occupation = Occupation.OTHER;

    @NoneOfAssistance(
            value = {
                SocialAssistance.DTKS_BANSOS,
                SocialAssistance.PKH,
                SocialAssistance.BPNT,
                SocialAssistance.BSU,
                SocialAssistance.BPUM
            },
            groups = Eligibility.class)
    private Set<SocialAssistance> socialAssistance = EnumSet.noneOf(SocialAssistance.class);

    @NotPriorRecipient(groups = Eligibility.class)
    @NotRevoked(groups = Eligibility.class)
    private PriorParticipation priorParticipation = PriorParticipation.NONE;

    @PositiveOrZero(message = "FIELD_INVALID")
    @Max(value = Wave18.MAX_OTHER_FAMILY_RECIPIENTS, message = "ELIGIBILITY_FAMILY_QUOTA", groups = Eligibility.class)
    private Integer otherFamilyRecipients = 0;

    @Min(value = 1, message = "FIELD_INVALID")
    @Max(value = Wave18.LAST_WAVE, message = "FIELD_INVALID")
    private Integer wave;

    /** The nested domicile object. */
    @ValidDomicile
    public static class Domicile {
        private String provinceCode;
        private String regencyCode;

        public String getProvinceCode() {
            return provinceCode;
        }

        public void setProvinceCode(String provinceCode) {
            this.provinceCode = provinceCode;
        }

        public String getRegencyCode() {
            return regencyCode;
        }

        public void setRegencyCode(String regencyCode) {
            this.regencyCode = regencyCode;
        }
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getFamilyCardNumber() {
        return familyCardNumber;
    }

    public void setFamilyCardNumber(String familyCardNumber) {
        this.familyCardNumber = familyCardNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Citizenship getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(Citizenship citizenship) {
        this.citizenship = citizenship;
    }

    public Domicile getDomicile() {
        return domicile;
    }

    public void setDomicile(Domicile domicile) {
        this.domicile = domicile;
    }

    public WorkforceCategory getWorkforceCategory() {
        return workforceCategory;
    }

    public void setWorkforceCategory(WorkforceCategory workforceCategory) {
        this.workforceCategory = workforceCategory;
    }

    public Boolean getInFormalEducation() {
        return inFormalEducation;
    }

    public void setInFormalEducation(Boolean inFormalEducation) {
        this.inFormalEducation = inFormalEducation;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public void setOccupation(Occupation occupation) {
        this.occupation = occupation;
    }

    public Set<SocialAssistance> getSocialAssistance() {
        return socialAssistance;
    }

    public void setSocialAssistance(Set<SocialAssistance> socialAssistance) {
        this.socialAssistance = socialAssistance;
    }

    public PriorParticipation getPriorParticipation() {
        return priorParticipation;
    }

    public void setPriorParticipation(PriorParticipation priorParticipation) {
        this.priorParticipation = priorParticipation;
    }

    public Integer getOtherFamilyRecipients() {
        return otherFamilyRecipients;
    }

    public void setOtherFamilyRecipients(Integer otherFamilyRecipients) {
        this.otherFamilyRecipients = otherFamilyRecipients;
    }

    public Integer getWave() {
        return wave;
    }

    public void setWave(Integer wave) {
        this.wave = wave;
    }
}
