// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.propertytesting;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.RegionDirectory;
import java.util.HashSet;
import java.util.Set;

/** The tester's adapter: a generated applicant record, filled into the portal's form. */
final class Forms {
    private Forms() {}

    /**
     * The portal's copy of the Kemendagri district list: every six-digit district code of the editions
     * 2016–2025, current and retired. The tester takes it from the table the library bundles, so that the
     * portal and the library check against the same list.
     */
    static Set<String> districtCodes() {
        RegionDirectory regions = RegionDirectory.builtIn();
        Set<String> out = new HashSet<>();
        for (int regency = 1100; regency <= 9699; regency++) {
            out.addAll(regions.districtCodes(Integer.toString(regency)));
        }
        return out;
    }

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
