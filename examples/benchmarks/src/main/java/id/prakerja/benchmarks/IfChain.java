// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.Set;

/**
 * The floor: the same checks as {@link ApplicantPojo}'s constraints, hand-written as one chain of
 * {@code if}s over the same bean, with no framework, no messages and no allocation. Collect-all like
 * prakerja (no early exit within a stage); the eligibility stage runs only on a well-formed record, as in
 * prakerja's raw path and the Hibernate Validator group sequence.
 *
 * <p>The result is a bit set of rule codes ({@code 1L << RuleCode.ordinal()}; a code reported on two
 * fields counts once), {@code 0} for an eligible applicant.
 */
public final class IfChain {
    private IfChain() {}

    private static final LocalDate ON = Wave18.EVALUATION_DATE;
    private static final LocalDate EARLIEST = LocalDate.parse(Wave18.EARLIEST_BIRTH);

    /** The codes {@code a} breaks at wave 18, as a bit set over {@link RuleCode#ordinal()}. */
    public static long check(ApplicantPojo a) {
        long codes = 0;

        String nik = a.getNik();
        boolean nikOk = false;
        if (nik == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        } else if (!Wave18.isSixteenDigits(nik)) {
            codes |= bit(RuleCode.NIK_FORMAT);
        } else {
            nikOk = true;
            if (!Wave18.nikRegionOk(nik)) {
                codes |= bit(RuleCode.NIK_REGION);
                nikOk = false;
            }
            if (!Wave18.nikBirthDateOk(nik, ON)) {
                codes |= bit(RuleCode.NIK_BIRTH_DATE);
                nikOk = false;
            }
            if (Wave18.zeroSerial(nik)) {
                codes |= bit(RuleCode.NIK_SERIAL);
                nikOk = false;
            }
        }

        String kk = a.getFamilyCardNumber();
        if (kk == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        } else if (!Wave18.isSixteenDigits(kk)) {
            codes |= bit(RuleCode.KK_FORMAT);
        } else {
            if (!Wave18.isProvince(Wave18.pair(kk, 0))) {
                codes |= bit(RuleCode.KK_REGION);
            }
            if (!Wave18.kkIssueDateOk(kk, ON)) {
                codes |= bit(RuleCode.KK_ISSUE_DATE);
            }
            if (Wave18.zeroSerial(kk)) {
                codes |= bit(RuleCode.KK_SERIAL);
            }
        }

        String name = a.getFullName();
        if (name == null || name.isBlank()) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        } else if (name.length() > Wave18.MAX_NAME_LENGTH) {
            codes |= bit(RuleCode.FIELD_INVALID);
        }

        LocalDate birth = a.getBirthDate();
        boolean birthOk = false;
        if (birth == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        } else if (!Wave18.birthDateInRange(birth, EARLIEST, ON)) {
            codes |= bit(RuleCode.FIELD_INVALID);
        } else {
            birthOk = true;
        }

        Sex sex = a.getSex();
        if (sex == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        }
        if (a.getCitizenship() == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        }

        ApplicantPojo.Domicile d = a.getDomicile();
        if (d != null) {
            codes |= domicile(d.getProvinceCode(), d.getRegencyCode());
        }

        if (a.getWorkforceCategory() == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        }
        if (a.getInFormalEducation() == null) {
            codes |= bit(RuleCode.FIELD_REQUIRED);
        }
        Integer others = a.getOtherFamilyRecipients();
        if (others != null && others < 0) {
            codes |= bit(RuleCode.FIELD_INVALID);
        }
        Integer wave = a.getWave();
        if (wave != null && (wave < 1 || wave > Wave18.LAST_WAVE)) {
            codes |= bit(RuleCode.FIELD_INVALID);
        }

        if (nikOk && birthOk && !Wave18.nikMatchesBirthDate(nik, birth)) {
            codes |= bit(RuleCode.NIK_BIRTH_DATE_MISMATCH);
        }
        if (nikOk && sex != null && Wave18.nikIsFemale(nik) != (sex == Sex.FEMALE)) {
            codes |= bit(RuleCode.NIK_SEX_MISMATCH);
        }

        if (codes != 0) {
            return codes; // not well-formed: the eligibility rules are not evaluated
        }

        if (a.getCitizenship() != Citizenship.WNI) {
            codes |= bit(RuleCode.ELIGIBILITY_CITIZENSHIP);
        }
        int age = Wave18.ageOn(birth, ON);
        if (age < Wave18.MINIMUM_AGE) {
            codes |= bit(RuleCode.ELIGIBILITY_MIN_AGE);
        }
        if (age > Wave18.MAXIMUM_AGE) {
            codes |= bit(RuleCode.ELIGIBILITY_MAX_AGE);
        }
        if (a.getInFormalEducation()) {
            codes |= bit(RuleCode.ELIGIBILITY_FORMAL_EDUCATION);
        }
        if (a.getOccupation() != null && Wave18.EXCLUDED_OCCUPATIONS.contains(a.getOccupation())) {
            codes |= bit(RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION);
        }
        Set<SocialAssistance> received = a.getSocialAssistance();
        if (received != null) {
            for (SocialAssistance s : received) {
                if (Wave18.EXCLUDED_SOCIAL_ASSISTANCE.contains(s)) {
                    codes |= bit(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);
                    break;
                }
            }
        }
        PriorParticipation prior = a.getPriorParticipation();
        if (prior == PriorParticipation.RECIPIENT) {
            codes |= bit(RuleCode.ELIGIBILITY_PRIOR_RECIPIENT);
        }
        if (prior == PriorParticipation.REVOKED) {
            codes |= bit(RuleCode.ELIGIBILITY_REVOKED);
        }
        if (!Wave18.COVERED_CATEGORIES.contains(a.getWorkforceCategory())) {
            codes |= bit(RuleCode.ELIGIBILITY_CATEGORY);
        }
        if (others != null && others > Wave18.MAX_OTHER_FAMILY_RECIPIENTS) {
            codes |= bit(RuleCode.ELIGIBILITY_FAMILY_QUOTA);
        }
        return codes;
    }

    private static long domicile(String p, String r) {
        if (p == null) {
            return r == null ? 0 : bit(RuleCode.FIELD_REQUIRED);
        }
        if (p.length() != 2 || !digits(p) || !Wave18.isProvince(Wave18.pair(p, 0))) {
            return bit(RuleCode.FIELD_INVALID);
        }
        if (r != null && (r.length() != 4 || !r.startsWith(p) || !digits(r))) {
            return bit(RuleCode.FIELD_INVALID);
        }
        return 0;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The bit of {@code code}. */
    public static long bit(RuleCode code) {
        return 1L << code.ordinal();
    }
}
