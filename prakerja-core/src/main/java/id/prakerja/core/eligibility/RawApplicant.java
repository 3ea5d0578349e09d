// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.internal.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * An applicant record exactly as received — from a JSON line, a CSV row or a portal form — before any
 * check. Every field is text (or a list of texts) and may be {@code null}; nothing is lost or converted.
 * {@link ApplicantParser} turns it into an {@link Applicant} or reports every problem at once.
 *
 * <p>Field names are those of the wire format ({@code docs/wire-formats.md}); the two fields of the
 * {@code domicile} object are flattened here ({@code domicile.provinceCode},
 * {@code domicile.regencyCode}). Scalars that JSON carries as booleans or numbers
 * ({@code inFormalEducation}, {@code otherFamilyRecipients}, {@code wave}) are held in their textual form
 * ({@code "false"}, {@code "0"}, {@code "18"}).
 *
 * <pre>{@code
 * RawApplicant raw = RawApplicant.builder()
 *         .nik("3174015708990001")
 *         .familyCardNumber("3174011203150007")
 *         .fullName("Siti Aminah")
 *         .birthDate("1999-08-17")
 *         .sex("FEMALE")
 *         .citizenship("WNI")
 *         .workforceCategory("JOB_SEEKER")
 *         .inFormalEducation("false")
 *         .build();
 * }</pre>
 *
 * <p>{@code toString} masks the NIK and family-card number.
 */
@Value.Immutable
public abstract class RawApplicant {

    RawApplicant() {}

    /** A new builder with every field unset ({@code null}). */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code nik}: 16-digit string. */
    public abstract @Nullable String nik();

    /** {@code familyCardNumber}: 16-digit string. */
    public abstract @Nullable String familyCardNumber();

    /** {@code fullName}: not only Unicode white space, at most 200 code points. */
    public abstract @Nullable String fullName();

    /** {@code birthDate}: ISO date, e.g. {@code 1999-08-17}. */
    public abstract @Nullable String birthDate();

    /** {@code sex}: {@code MALE} or {@code FEMALE}. */
    public abstract @Nullable String sex();

    /** {@code citizenship}: {@code WNI} or {@code WNA}. */
    public abstract @Nullable String citizenship();

    /** {@code domicile.provinceCode}: two-digit Kemendagri province code. */
    public abstract @Nullable String domicileProvinceCode();

    /** {@code domicile.regencyCode}: four-digit Kemendagri regency/city code. */
    public abstract @Nullable String domicileRegencyCode();

    /** {@code workforceCategory}: one of the {@code WorkforceCategory} names. */
    public abstract @Nullable String workforceCategory();

    /** {@code inFormalEducation}: {@code true} or {@code false}. */
    public abstract @Nullable String inFormalEducation();

    /** {@code occupation}: one of the {@code Occupation} names; {@code OTHER} when absent. */
    public abstract @Nullable String occupation();

    /** {@code socialAssistance}: {@code SocialAssistance} names; none when absent. */
    public abstract @Nullable List<String> socialAssistance();

    /**
     * {@code familySocialAssistance}: {@code SocialAssistance} names of the assistance members of the
     * applicant's family receive; none when absent (records written before the field existed).
     */
    public abstract @Nullable List<String> familySocialAssistance();

    /** {@code priorParticipation}: {@code NONE}, {@code RECIPIENT} or {@code REVOKED}; {@code NONE} when absent. */
    public abstract @Nullable String priorParticipation();

    /** {@code otherFamilyRecipients}: a whole number; 0 when absent. */
    public abstract @Nullable String otherFamilyRecipients();

    /** {@code wave}: the wave the record applies to. */
    public abstract @Nullable String wave();

    @Override
    public String toString() {
        return "RawApplicant{nik=" + (nik() == null ? null : Nik.mask(nik()))
                + ", familyCardNumber=" + (familyCardNumber() == null ? null : Nik.mask(familyCardNumber()))
                + ", fullName=" + fullName() + ", birthDate=" + birthDate() + ", sex=" + sex()
                + ", citizenship=" + citizenship() + ", domicile=" + domicileProvinceCode() + "/"
                + domicileRegencyCode()
                + ", workforceCategory=" + workforceCategory() + ", inFormalEducation=" + inFormalEducation()
                + ", occupation=" + occupation() + ", socialAssistance=" + socialAssistance()
                + ", familySocialAssistance=" + familySocialAssistance()
                + ", priorParticipation=" + priorParticipation() + ", otherFamilyRecipients=" + otherFamilyRecipients()
                + ", wave=" + wave() + "}";
    }

    /** Builds a {@link RawApplicant}; every field may be left unset. */
    public static final class Builder extends ImmutableRawApplicant.Builder {
        /** A new, empty builder. */
        public Builder() {}
    }
}
