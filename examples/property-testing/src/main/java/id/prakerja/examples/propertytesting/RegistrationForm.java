// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.propertytesting;

import java.util.List;

/**
 * What the registration form of a (fictional) regional job portal posts for a Kartu Prakerja applicant:
 * every field as the text the applicant typed or picked. The pick lists use the codes of the national data
 * standard ({@code MALE}/{@code FEMALE}, {@code WNI}/{@code WNA}, {@code JOB_SEEKER}, {@code CIVIL_SERVANT},
 * {@code PKH}, …). Optional fields are {@code null}; {@code toString} masks the NIK and the family-card number.
 *
 * @param nik the 16-digit NIK
 * @param familyCardNumber the 16-digit family-card number (nomor KK)
 * @param fullName the full name
 * @param birthDate the birth date, {@code yyyy-MM-dd}
 * @param sex {@code MALE} or {@code FEMALE}
 * @param citizenship {@code WNI} or {@code WNA}
 * @param workforceCategory the applicant's situation, e.g. {@code JOB_SEEKER}
 * @param inFormalEducation {@code true} while at school or university, else {@code false}
 * @param occupation the occupation, or {@code null}
 * @param socialAssistance the social assistance received (empty when none)
 * @param familySocialAssistance the social assistance members of the applicant's family receive (empty when none)
 * @param priorParticipation {@code NONE}, {@code RECIPIENT} or {@code REVOKED}, or {@code null}
 * @param otherFamilyRecipients how many other members of the family card hold the card, or {@code null}
 */
public record RegistrationForm(
        String nik,
        String familyCardNumber,
        String fullName,
        String birthDate,
        String sex,
        String citizenship,
        String workforceCategory,
        String inFormalEducation,
        String occupation,
        List<String> socialAssistance,
        List<String> familySocialAssistance,
        String priorParticipation,
        String otherFamilyRecipients) {

    /** Copies the list of social assistance; {@code null} means none. */
    public RegistrationForm {
        socialAssistance = socialAssistance == null ? List.of() : List.copyOf(socialAssistance);
        familySocialAssistance = familySocialAssistance == null ? List.of() : List.copyOf(familySocialAssistance);
    }

    /** The form with the NIK and family-card number masked ({@code 3174********0001}). */
    @Override
    public String toString() {
        return "RegistrationForm[nik=" + mask(nik) + ", familyCardNumber=" + mask(familyCardNumber) + ", fullName="
                + fullName + ", birthDate=" + birthDate + ", sex=" + sex + ", citizenship=" + citizenship
                + ", workforceCategory=" + workforceCategory + ", inFormalEducation=" + inFormalEducation
                + ", occupation=" + occupation + ", socialAssistance=" + socialAssistance + ", familySocialAssistance="
                + familySocialAssistance + ", priorParticipation="
                + priorParticipation + ", otherFamilyRecipients=" + otherFamilyRecipients + "]";
    }

    static String mask(String number) {
        if (number == null || number.length() <= 8) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }
}
