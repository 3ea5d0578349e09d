// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.Domicile;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The two single applicants of the comparison, each in the three shapes the competitors take: prakerja's
 * typed {@link Applicant}, prakerja's {@link RawApplicant} (the record as received, all text) and the
 * {@link ApplicantPojo} that Jackson databind would fill for Hibernate Validator and the if-chain.
 *
 * <ul>
 *   <li><b>eligible</b>: Siti Aminah, born 1999-08-17 (21 on 2021-08-16), a private employee looking for a
 *       job, no social assistance;
 *   <li><b>three violations</b>: Budi Santoso, born 1950-05-17 (71: {@code ELIGIBILITY_MAX_AGE}), a civil
 *       servant ({@code ELIGIBILITY_EXCLUDED_OCCUPATION}) receiving BSU
 *       ({@code ELIGIBILITY_SOCIAL_ASSISTANCE}); otherwise well-formed.
 * </ul>
 */
public final class Fixtures {
    private Fixtures() {}

    /** The eligible applicant, typed. */
    public static Applicant eligible() {
        return Applicant.builder()
                .nik("3174015708990001")
                .familyCardNumber("3174011203150007")
                .fullName("Siti Aminah")
                .birthDate(LocalDate.of(1999, 8, 17))
                .sex(Sex.FEMALE)
                .citizenship(Citizenship.WNI)
                .domicile(Domicile.of(Province.DKI_JAKARTA, "3174"))
                .workforceCategory(WorkforceCategory.JOB_SEEKER)
                .inFormalEducation(false)
                .occupation(Occupation.PRIVATE_EMPLOYEE)
                .priorParticipation(PriorParticipation.NONE)
                .otherFamilyRecipients(0)
                .wave(18)
                .build();
    }

    /** The three-violation applicant, typed. */
    public static Applicant threeViolations() {
        return Applicant.builder()
                .nik("3273011705500003")
                .familyCardNumber("3273012006100011")
                .fullName("Budi Santoso")
                .birthDate(LocalDate.of(1950, 5, 17))
                .sex(Sex.MALE)
                .citizenship(Citizenship.WNI)
                .domicile(Domicile.of(Province.JAWA_BARAT, "3273"))
                .workforceCategory(WorkforceCategory.NEEDS_UPSKILLING)
                .inFormalEducation(false)
                .occupation(Occupation.CIVIL_SERVANT)
                .socialAssistance(EnumSet.of(SocialAssistance.BSU))
                .priorParticipation(PriorParticipation.NONE)
                .otherFamilyRecipients(0)
                .wave(18)
                .build();
    }

    /** The eligible applicant as received. */
    public static RawApplicant eligibleRaw() {
        return RawApplicant.builder()
                .nik("3174015708990001")
                .familyCardNumber("3174011203150007")
                .fullName("Siti Aminah")
                .birthDate("1999-08-17")
                .sex("FEMALE")
                .citizenship("WNI")
                .domicileProvinceCode("31")
                .domicileRegencyCode("3174")
                .workforceCategory("JOB_SEEKER")
                .inFormalEducation("false")
                .occupation("PRIVATE_EMPLOYEE")
                .socialAssistance(List.of())
                .priorParticipation("NONE")
                .otherFamilyRecipients("0")
                .wave("18")
                .build();
    }

    /** The three-violation applicant as received. */
    public static RawApplicant threeViolationsRaw() {
        return RawApplicant.builder()
                .nik("3273011705500003")
                .familyCardNumber("3273012006100011")
                .fullName("Budi Santoso")
                .birthDate("1950-05-17")
                .sex("MALE")
                .citizenship("WNI")
                .domicileProvinceCode("32")
                .domicileRegencyCode("3273")
                .workforceCategory("NEEDS_UPSKILLING")
                .inFormalEducation("false")
                .occupation("CIVIL_SERVANT")
                .socialAssistance(List.of("BSU"))
                .priorParticipation("NONE")
                .otherFamilyRecipients("0")
                .wave("18")
                .build();
    }

    /** The eligible applicant as the bean Jackson would fill. */
    public static ApplicantPojo eligiblePojo() {
        ApplicantPojo a = new ApplicantPojo();
        a.setNik("3174015708990001");
        a.setFamilyCardNumber("3174011203150007");
        a.setFullName("Siti Aminah");
        a.setBirthDate(LocalDate.of(1999, 8, 17));
        a.setSex(Sex.FEMALE);
        a.setCitizenship(Citizenship.WNI);
        a.setDomicile(domicile("31", "3174"));
        a.setWorkforceCategory(WorkforceCategory.JOB_SEEKER);
        a.setInFormalEducation(false);
        a.setOccupation(Occupation.PRIVATE_EMPLOYEE);
        a.setSocialAssistance(EnumSet.noneOf(SocialAssistance.class));
        a.setPriorParticipation(PriorParticipation.NONE);
        a.setOtherFamilyRecipients(0);
        a.setWave(18);
        return a;
    }

    /** The three-violation applicant as the bean Jackson would fill. */
    public static ApplicantPojo threeViolationsPojo() {
        ApplicantPojo a = new ApplicantPojo();
        a.setNik("3273011705500003");
        a.setFamilyCardNumber("3273012006100011");
        a.setFullName("Budi Santoso");
        a.setBirthDate(LocalDate.of(1950, 5, 17));
        a.setSex(Sex.MALE);
        a.setCitizenship(Citizenship.WNI);
        a.setDomicile(domicile("32", "3273"));
        a.setWorkforceCategory(WorkforceCategory.NEEDS_UPSKILLING);
        a.setInFormalEducation(false);
        a.setOccupation(Occupation.CIVIL_SERVANT);
        a.setSocialAssistance(EnumSet.of(SocialAssistance.BSU));
        a.setPriorParticipation(PriorParticipation.NONE);
        a.setOtherFamilyRecipients(0);
        a.setWave(18);
        return a;
    }

    private static ApplicantPojo.Domicile domicile(String province, String regency) {
        ApplicantPojo.Domicile d = new ApplicantPojo.Domicile();
        d.setProvinceCode(province);
        d.setRegencyCode(regency);
        return d;
    }
}
