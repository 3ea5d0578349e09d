// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Simpler variants of an applicant, simplest change first: fewer optional fields, a shorter name, a birth
 * date nearer the age boundary that matters, serials 0001. The generator keeps only those that still meet
 * its contract, so every variant is a value it could have produced.
 */
final class Shrinks {
    private Shrinks() {}

    /** Candidate simplifications of a raw record (not yet checked against the contract). */
    static List<RawApplicant> raw(RawApplicant a, ApplicantSpec spec) {
        List<RawApplicant> out = new ArrayList<>();
        if (a.domicileProvinceCode() != null || a.domicileRegencyCode() != null) {
            out.add(edit(a, b -> b.domicileProvinceCode(null).domicileRegencyCode(null)));
        }
        if (a.domicileRegencyCode() != null) {
            out.add(edit(a, b -> b.domicileRegencyCode(null)));
        }
        if (a.occupation() != null) {
            out.add(edit(a, b -> b.occupation(null)));
        }
        if (a.socialAssistance() != null) {
            out.add(edit(a, b -> b.socialAssistance((Iterable<String>) null)));
            for (int i = 0;
                    i < a.socialAssistance().size() && a.socialAssistance().size() > 1;
                    i++) {
                List<String> fewer = new ArrayList<>(a.socialAssistance());
                fewer.remove(i);
                out.add(edit(a, b -> b.socialAssistance(fewer)));
            }
        }
        if (a.familySocialAssistance() != null) {
            out.add(edit(a, b -> b.familySocialAssistance((Iterable<String>) null)));
        }
        if (a.priorParticipation() != null) {
            out.add(edit(a, b -> b.priorParticipation(null)));
        }
        if (a.otherFamilyRecipients() != null) {
            out.add(edit(a, b -> b.otherFamilyRecipients(null)));
            int n = parseSmall(a.otherFamilyRecipients());
            int target = spec.defect == RuleCode.ELIGIBILITY_FAMILY_QUOTA
                    ? spec.params().familyQuota().value().orElse(0)
                    : 0;
            if (n > target) {
                out.add(edit(a, b -> b.otherFamilyRecipients(Integer.toString(target))));
            }
        }
        if (a.wave() != null && !spec.waveField) {
            out.add(edit(a, b -> b.wave(null)));
        }
        String shortName = Names.shortest("FEMALE".equals(a.sex()) ? Sex.FEMALE : Sex.MALE);
        if (a.fullName() != null
                && !a.fullName().isBlank()
                && a.fullName().length() <= Applicant.MAX_NAME_LENGTH
                && !a.fullName().equals(shortName)) {
            out.add(edit(a, b -> b.fullName(shortName)));
        }
        LocalDate birth = isoDate(a.birthDate());
        if (birth != null && Ids.isSixteenDigits(a.nik())) {
            for (LocalDate nearer : nearer(birth, boundary(spec))) {
                out.add(edit(a, b -> b.birthDate(nearer.toString()).nik(rebirth(a.nik(), birth, nearer))));
            }
        }
        if (Ids.isSixteenDigits(a.nik())
                && !a.nik().endsWith("0001")
                && !a.nik().endsWith("0000")) {
            out.add(edit(a, b -> b.nik(a.nik().substring(0, 12) + "0001")));
        }
        if (Ids.isSixteenDigits(a.familyCardNumber())
                && !a.familyCardNumber().endsWith("0001")
                && !a.familyCardNumber().endsWith("0000")) {
            out.add(edit(a, b -> b.familyCardNumber(a.familyCardNumber().substring(0, 12) + "0001")));
        }
        return out;
    }

    /** Candidate simplifications of a typed applicant (not yet checked against the contract). */
    static List<Applicant> typed(Applicant a, ApplicantSpec spec) {
        List<Applicant> out = new ArrayList<>();
        if (a.domicile().isPresent()) {
            out.add(Applicant.builder().from(a).domicile(Optional.empty()).build());
        }
        if (a.occupation() != Occupation.OTHER) {
            out.add(Applicant.builder().from(a).occupation(Occupation.OTHER).build());
        }
        if (!a.socialAssistance().isEmpty()) {
            out.add(Applicant.builder().from(a).socialAssistance(List.of()).build());
        }
        if (!a.familySocialAssistance().isEmpty()) {
            out.add(Applicant.builder()
                    .from(a)
                    .familySocialAssistance(List.of())
                    .build());
        }
        if (a.priorParticipation() != PriorParticipation.NONE) {
            out.add(Applicant.builder()
                    .from(a)
                    .priorParticipation(PriorParticipation.NONE)
                    .build());
        }
        int target = spec.defect == RuleCode.ELIGIBILITY_FAMILY_QUOTA
                ? spec.params().familyQuota().value().orElse(0)
                : 0;
        if (a.otherFamilyRecipients() > target) {
            out.add(Applicant.builder().from(a).otherFamilyRecipients(target).build());
        }
        if (a.wave().isPresent() && !spec.waveField) {
            out.add(Applicant.builder().from(a).wave(OptionalInt.empty()).build());
        }
        String shortName = Names.shortest(a.sex());
        if (!a.fullName().equals(shortName)) {
            out.add(Applicant.builder().from(a).fullName(shortName).build());
        }
        String digits = a.nik().digits();
        for (LocalDate nearer : nearer(a.birthDate(), boundary(spec))) {
            Nik nik = Nik.validate(rebirth(digits, a.birthDate(), nearer))
                    .toOptional()
                    .orElse(null);
            if (nik != null) {
                out.add(Applicant.builder().from(a).birthDate(nearer).nik(nik).build());
            }
        }
        if (a.nik().serial() != 1) {
            Nik.validate(digits.substring(0, 12) + "0001")
                    .toOptional()
                    .ifPresent(n -> out.add(Applicant.builder().from(a).nik(n).build()));
        }
        return out;
    }

    /** The birth date that the contract's age boundary lies at. */
    private static LocalDate boundary(ApplicantSpec spec) {
        LocalDate d = spec.date();
        int min = spec.params().minimumAge().value();
        if (spec.defect == RuleCode.ELIGIBILITY_MIN_AGE) {
            return Dates.latestBirthAged(d, min).plusDays(1);
        }
        if (spec.defect == RuleCode.ELIGIBILITY_MAX_AGE) {
            return Dates.latestBirthAged(d, spec.params().maximumAge().value().orElseThrow() + 1);
        }
        return Drafts.latestBirth(spec);
    }

    /**
     * Birth dates nearer {@code boundary}: the boundary itself, then half, a quarter, an eighth… of the way
     * there (as integer shrinking does), so that the runner finds the failing date nearest the boundary.
     */
    private static List<LocalDate> nearer(LocalDate birth, LocalDate boundary) {
        List<LocalDate> out = new ArrayList<>();
        long distance = boundary.toEpochDay() - birth.toEpochDay();
        if (distance != 0) {
            out.add(boundary);
            for (long step = distance / 2; step != 0; step /= 2) {
                out.add(birth.plusDays(step));
            }
        }
        return out;
    }

    /**
     * The NIK with its date moved by as many days as the declared birth date moves, so that a matching NIK
     * keeps matching and a mismatching one keeps its offset.
     */
    private static String rebirth(String nik, LocalDate from, LocalDate to) {
        int day = Integer.parseInt(nik.substring(6, 8));
        if (day > 40) {
            day -= 40;
        }
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (month < 1 || month > 12 || day < 1) {
            return nik;
        }
        LocalDate encoded = null;
        int base = from.getYear() - Math.floorMod(from.getYear(), 100);
        for (int century = base - 100; century <= base + 100; century += 100) {
            YearMonth ym = YearMonth.of(century + yy, month);
            if (day <= ym.lengthOfMonth()) {
                LocalDate c = ym.atDay(day);
                if (encoded == null
                        || Math.abs(c.toEpochDay() - from.toEpochDay())
                                < Math.abs(encoded.toEpochDay() - from.toEpochDay())) {
                    encoded = c;
                }
            }
        }
        if (encoded == null) {
            return nik;
        }
        return Ids.withNikDate(nik, encoded.plusDays(to.toEpochDay() - from.toEpochDay()));
    }

    private static LocalDate isoDate(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static int parseSmall(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static RawApplicant edit(RawApplicant a, UnaryOperator<RawApplicant.Builder> change) {
        return change.apply(RawApplicant.builder().from(a)).build();
    }
}
