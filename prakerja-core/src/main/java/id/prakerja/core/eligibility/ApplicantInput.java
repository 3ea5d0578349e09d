// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.internal.Text;
import java.util.function.Function;

/**
 * The applicant fields a form asks, in the order it should ask them (declaration order). The parser
 * needs some of them always; the others are asked only while an eligibility rule that reads them is in
 * force ({@link EligibilityRule#inputs()}).
 */
enum ApplicantInput {
    NIK("nik", true, RawApplicant::nik),
    FAMILY_CARD_NUMBER("familyCardNumber", true, RawApplicant::familyCardNumber),
    FULL_NAME("fullName", true, RawApplicant::fullName),
    BIRTH_DATE("birthDate", true, RawApplicant::birthDate),
    SEX("sex", true, RawApplicant::sex),
    CITIZENSHIP("citizenship", true, RawApplicant::citizenship),
    WORKFORCE_CATEGORY("workforceCategory", true, RawApplicant::workforceCategory),
    IN_FORMAL_EDUCATION("inFormalEducation", true, RawApplicant::inFormalEducation),
    OCCUPATION("occupation", false, RawApplicant::occupation),
    SOCIAL_ASSISTANCE("socialAssistance", false, RawApplicant::socialAssistance),
    FAMILY_SOCIAL_ASSISTANCE("familySocialAssistance", false, RawApplicant::familySocialAssistance),
    PRIOR_PARTICIPATION("priorParticipation", false, RawApplicant::priorParticipation),
    OTHER_FAMILY_RECIPIENTS("otherFamilyRecipients", false, RawApplicant::otherFamilyRecipients);

    private final String field;
    private final boolean requiredByParser;
    private final Function<RawApplicant, Object> value;

    ApplicantInput(String field, boolean requiredByParser, Function<RawApplicant, Object> value) {
        this.field = field;
        this.requiredByParser = requiredByParser;
        this.value = value;
    }

    /** The wire field, e.g. {@code "birthDate"}. */
    String field() {
        return field;
    }

    /** Whether the parser requires the field whatever the wave (else only the rules reading it do). */
    boolean isRequiredByParser() {
        return requiredByParser;
    }

    /** Whether {@code raw} lacks the field (a blank full name, Unicode White_Space only, counts as missing, as for the parser). */
    boolean isMissing(RawApplicant raw) {
        Object v = value.apply(raw);
        return v == null || (this == FULL_NAME && Text.isBlank((String) v));
    }
}
