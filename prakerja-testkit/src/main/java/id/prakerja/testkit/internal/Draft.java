// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mutable applicant in typed parts, from which the NIK and family-card digits are built consistently;
 * {@link #toRaw()} renders the wire record. {@code null} means "field absent".
 */
final class Draft {
    String nikDistrict;
    LocalDate nikBirth;
    Sex nikSex;
    int nikSerial;
    String kkDistrict;
    LocalDate kkDate;
    int kkSerial;
    String fullName;
    LocalDate birth;
    Sex sex;
    Citizenship citizenship = Citizenship.WNI;
    Province domicileProvince;
    String domicileRegency;
    WorkforceCategory category;
    boolean inFormalEducation;
    Occupation occupation;
    List<SocialAssistance> socialAssistance;
    List<SocialAssistance> familySocialAssistance;
    PriorParticipation prior;
    Integer otherFamilyRecipients;
    Integer wave;

    /** Sets the declared birth date and the NIK's date together. */
    void born(LocalDate date) {
        birth = date;
        nikBirth = date;
    }

    /** Sets the declared sex and the NIK's sex together. */
    void sex(Sex s) {
        sex = s;
        nikSex = s;
    }

    String nik() {
        return Ids.nik(nikDistrict, nikBirth, nikSex, nikSerial);
    }

    String familyCard() {
        return Ids.familyCard(kkDistrict, kkDate, kkSerial);
    }

    RawApplicant toRaw() {
        RawApplicant.Builder b = RawApplicant.builder()
                .nik(nik())
                .familyCardNumber(familyCard())
                .fullName(fullName)
                .birthDate(birth.toString())
                .sex(sex.name())
                .citizenship(citizenship.name())
                .workforceCategory(category == null ? null : category.name())
                .inFormalEducation(Boolean.toString(inFormalEducation));
        if (domicileProvince != null) {
            b.domicileProvinceCode(domicileProvince.code());
            b.domicileRegencyCode(domicileRegency);
        }
        if (occupation != null) {
            b.occupation(occupation.name());
        }
        if (socialAssistance != null) {
            List<String> names = new ArrayList<>();
            for (SocialAssistance s : socialAssistance) {
                names.add(s.name());
            }
            b.socialAssistance(names);
        }
        if (familySocialAssistance != null) {
            List<String> names = new ArrayList<>();
            for (SocialAssistance s : familySocialAssistance) {
                names.add(s.name());
            }
            b.familySocialAssistance(names);
        }
        if (prior != null) {
            b.priorParticipation(prior.name());
        }
        if (otherFamilyRecipients != null) {
            b.otherFamilyRecipients(otherFamilyRecipients.toString());
        }
        if (wave != null) {
            b.wave(wave.toString());
        }
        return b.build();
    }
}
