// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.internal.Text;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A typed applicant: structurally valid by construction. Business rules (age, exclusions, quotas) are
 * not checked here but by the eligibility rules for a given wave or date.
 *
 * <p>Portal code builds one directly:
 *
 * <pre>{@code
 * Applicant siti = Applicant.builder()
 *         .nik("3174015708990001")               // parsed; throws InvalidNikException if invalid
 *         .familyCardNumber("3174011203150007")
 *         .fullName("Siti Aminah")
 *         .birthDate(LocalDate.of(1999, 8, 17))
 *         .sex(Sex.FEMALE)
 *         .citizenship(Citizenship.WNI)
 *         .workforceCategory(WorkforceCategory.JOB_SEEKER)
 *         .inFormalEducation(false)
 *         .build();
 * }</pre>
 *
 * <p>Feeds and forms go through {@link ApplicantParser}, which reports every field problem as a
 * violation instead of throwing. Defaults: occupation {@link Occupation#OTHER}, no social assistance,
 * prior participation {@link PriorParticipation#NONE}, no other family recipients. {@code toString}
 * masks the NIK and family-card number.
 */
@Value.Immutable
public abstract class Applicant {

    /**
     * The longest full name accepted, in code points (an emoji or a rare CJK character counts as one). A name
     * must also hold a character that is not Unicode white space ({@code White_Space}: U+3000 and U+2003 are,
     * U+001C is not), as the JSON Schema's pattern says.
     */
    public static final int MAX_NAME_LENGTH = 200;

    Applicant() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The NIK. */
    public abstract Nik nik();

    /** The family-card (KK) number. */
    public abstract FamilyCardNumber familyCardNumber();

    /** The full name as on the KTP. */
    public abstract String fullName();

    /** The date of birth as declared. */
    public abstract LocalDate birthDate();

    /** The sex as declared. */
    public abstract Sex sex();

    /** The citizenship as declared. */
    public abstract Citizenship citizenship();

    /** Where the applicant lives, if given. */
    public abstract Optional<Domicile> domicile();

    /** The workforce category; absent means none was chosen (which the rules reject). */
    public abstract Optional<WorkforceCategory> workforceCategory();

    /** Whether the applicant is currently in formal education. */
    public abstract boolean inFormalEducation();

    /** The occupation; {@link Occupation#OTHER} unless set. */
    @Value.Default
    public Occupation occupation() {
        return Occupation.OTHER;
    }

    /** Other social assistance the applicant receives. */
    public abstract Set<SocialAssistance> socialAssistance();

    /** The social assistance members of the applicant's family receive (none unless set). */
    public abstract Set<SocialAssistance> familySocialAssistance();

    /** Earlier participation; {@link PriorParticipation#NONE} unless set. */
    @Value.Default
    public PriorParticipation priorParticipation() {
        return PriorParticipation.NONE;
    }

    /** Members of the same family card who already hold the card (for single-applicant checks). */
    @Value.Default
    public int otherFamilyRecipients() {
        return 0;
    }

    /** The wave the record applies to, if it names one. */
    public abstract OptionalInt wave();

    @Value.Check
    protected void check() {
        if (Text.isBlank(fullName())) {
            throw new InvalidValueException("fullName must not be blank");
        }
        if (Text.length(fullName()) > MAX_NAME_LENGTH) {
            throw new InvalidValueException("fullName is longer than " + MAX_NAME_LENGTH + " characters (code points)");
        }
        if (otherFamilyRecipients() < 0) {
            throw new InvalidValueException(
                    "otherFamilyRecipients must not be negative, was " + otherFamilyRecipients());
        }
        if (wave().isPresent() && wave().getAsInt() < 1) {
            throw new InvalidValueException("waves are numbered from 1, was " + wave().getAsInt());
        }
    }

    /** The province of domicile, or else the NIK's province (where the NIK was first issued). */
    public final id.prakerja.core.identity.Province province() {
        return domicile().map(Domicile::province).orElseGet(() -> nik().province());
    }

    @Override
    public String toString() {
        return "Applicant{nik=" + nik() + ", familyCardNumber=" + familyCardNumber() + ", birthDate=" + birthDate()
                + ", sex=" + sex() + ", citizenship=" + citizenship() + ", workforceCategory="
                + workforceCategory().map(Enum::name).orElse("-") + ", inFormalEducation=" + inFormalEducation()
                + ", occupation=" + occupation() + ", socialAssistance=" + socialAssistance()
                + ", familySocialAssistance=" + familySocialAssistance()
                + ", priorParticipation=" + priorParticipation() + ", otherFamilyRecipients=" + otherFamilyRecipients()
                + (wave().isPresent() ? ", wave=" + wave().getAsInt() : "") + "}";
    }

    /** Builds an {@link Applicant}; {@code build()} throws {@link IllegalStateException} for a missing field. */
    public static final class Builder extends ImmutableApplicant.Builder {
        /** A new, empty builder. */
        public Builder() {}

        /**
         * Sets the NIK from its 16 digits.
         *
         * @throws id.prakerja.core.identity.InvalidNikException if {@code nik} is not a valid NIK
         */
        public Builder nik(String nik) {
            nik(Nik.parse(nik));
            return this;
        }

        /**
         * Sets the family-card number from its 16 digits.
         *
         * @throws id.prakerja.core.identity.InvalidFamilyCardNumberException if it is not valid
         */
        public Builder familyCardNumber(String familyCardNumber) {
            familyCardNumber(FamilyCardNumber.parse(familyCardNumber));
            return this;
        }
    }
}
