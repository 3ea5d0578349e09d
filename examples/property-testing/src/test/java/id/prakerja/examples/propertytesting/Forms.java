package id.prakerja.examples.propertytesting;

import id.prakerja.core.eligibility.RawApplicant;

/** The tester's adapter: a generated applicant record, filled into the portal's form. */
final class Forms {
    private Forms() {}

    static RegistrationForm of(RawApplicant raw) {
        return new RegistrationForm(
                raw.nik(),
                raw.familyCardNumber(),
                raw.fullName(),
                raw.birthDate(),
                raw.sex(),
                raw.citizenship(),
                raw.workforceCategory(),
                raw.inFormalEducation(),
                raw.occupation(),
                raw.socialAssistance(),
                raw.familySocialAssistance(),
                raw.priorParticipation(),
                raw.otherFamilyRecipients());
    }
}
