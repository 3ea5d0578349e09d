// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;

/** Valid records to start tests from. */
final class Fixtures {
    private Fixtures() {}

    static final String SITI_NIK = "3174015708990001"; // female, 17 Aug 1999, Jakarta Selatan
    static final String SITI_KK = "3174011203150007";

    /** Siti Aminah as in the wire format's example, minus the wave: eligible at every wave. */
    static RawApplicant.Builder rawSiti() {
        return RawApplicant.builder()
                .nik(SITI_NIK)
                .familyCardNumber(SITI_KK)
                .fullName("Siti Aminah")
                .birthDate("1999-08-17")
                .sex("FEMALE")
                .citizenship("WNI")
                .domicileProvinceCode("31")
                .domicileRegencyCode("3174")
                .workforceCategory("JOB_SEEKER")
                .inFormalEducation("false")
                .occupation("PRIVATE_EMPLOYEE")
                .priorParticipation("NONE")
                .otherFamilyRecipients("0");
    }

    static Applicant.Builder siti() {
        return Applicant.builder()
                .nik(SITI_NIK)
                .familyCardNumber(SITI_KK)
                .fullName("Siti Aminah")
                .birthDate(LocalDate.of(1999, 8, 17))
                .sex(Sex.FEMALE)
                .citizenship(Citizenship.WNI)
                .workforceCategory(WorkforceCategory.JOB_SEEKER)
                .inFormalEducation(false);
    }

    /** A male applicant born on {@code birth} (NIK consistent with it). */
    static Applicant.Builder bornOn(LocalDate birth) {
        String nik = String.format(
                "317401%02d%02d%02d0001", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        return siti().nik(nik).birthDate(birth).sex(Sex.MALE);
    }
}
