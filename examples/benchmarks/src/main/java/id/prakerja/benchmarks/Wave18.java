// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of wave 18 written out by hand, as a team without prakerja would: the parameters as constants
 * and the few helpers that both competitors of prakerja share (the Hibernate Validator constraints in
 * {@link HvApplicant} and the if-chain floor in {@link IfChain}). Nothing here calls prakerja's rules; only
 * its enums are reused as the vocabulary of the wire format.
 *
 * <p>The values are those prakerja applies at wave 18 ({@code ParametersInForce} of wave 18): ages are
 * computed on the wave's opening date, 2021-08-16.
 */
final class Wave18 {
    private Wave18() {}

    /** The evaluation date of wave 18 (its opening date), as an annotation constant. */
    static final String DATE = "2021-08-16";

    /** The evaluation date of wave 18. */
    static final LocalDate EVALUATION_DATE = LocalDate.parse(DATE);

    /** The earliest birth date the wire format accepts, as an annotation constant. */
    static final String EARLIEST_BIRTH = "1900-01-01";

    static final int MINIMUM_AGE = 18;
    static final int MAXIMUM_AGE = 64;

    /** At most two recipients per family card: at most one other member may already hold the card. */
    static final int MAX_OTHER_FAMILY_RECIPIENTS = 1;

    /** The waves the standard programme knows. */
    static final int LAST_WAVE = 71;

    static final int MAX_NAME_LENGTH = 200;

    static final Set<Occupation> EXCLUDED_OCCUPATIONS = EnumSet.of(
            Occupation.STATE_OFFICIAL,
            Occupation.DPRD_MEMBER,
            Occupation.CIVIL_SERVANT,
            Occupation.MILITARY,
            Occupation.POLICE,
            Occupation.VILLAGE_HEAD,
            Occupation.VILLAGE_APPARATUS,
            Occupation.SOE_BOARD_MEMBER);

    static final Set<SocialAssistance> EXCLUDED_SOCIAL_ASSISTANCE = EnumSet.allOf(SocialAssistance.class);

    static final Set<WorkforceCategory> COVERED_CATEGORIES = EnumSet.allOf(WorkforceCategory.class);

    /** Kemendagri province codes, including the pre-2022 Papua prefixes that lifelong NIKs keep. */
    private static final boolean[] PROVINCE = new boolean[100];

    static {
        int[] codes = {
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73,
            74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96
        };
        for (int c : codes) {
            PROVINCE[c] = true;
        }
    }

    /** Whether {@code code} (0–99) is a known province code. */
    static boolean isProvince(int code) {
        return code >= 0 && code < 100 && PROVINCE[code];
    }

    /** Whether {@code s} is exactly 16 ASCII digits. */
    static boolean isSixteenDigits(String s) {
        if (s == null || s.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The two-digit number at {@code pos} of a string known to hold ASCII digits there. */
    static int pair(String s, int pos) {
        return (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0');
    }

    /** Whether the last four digits are {@code 0000}. */
    static boolean zeroSerial(String s) {
        return s.charAt(12) == '0' && s.charAt(13) == '0' && s.charAt(14) == '0' && s.charAt(15) == '0';
    }

    /** NIK_REGION on a 16-digit string. */
    static boolean nikRegionOk(String nik) {
        return isProvince(pair(nik, 0));
    }

    /**
     * NIK_BIRTH_DATE on a 16-digit string: digits 7–12 (day − 40 for women) form a calendar date in 19YY
     * or 20YY that is not after {@code reference}.
     */
    static boolean nikBirthDateOk(String nik, LocalDate reference) {
        int day = pair(nik, 6);
        if (day > 40) {
            day -= 40;
        }
        int month = pair(nik, 8);
        int yy = pair(nik, 10);
        for (int century = 2000; century >= 1900; century -= 100) {
            int year = century + yy;
            if (isCalendarDate(year, month, day) && !isAfter(year, month, day, reference)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the NIK passes every check of its own (format, region, birth date, serial). */
    static boolean nikOk(String nik, LocalDate reference) {
        return isSixteenDigits(nik) && nikRegionOk(nik) && nikBirthDateOk(nik, reference) && !zeroSerial(nik);
    }

    /** KK_ISSUE_DATE on a 16-digit string: a calendar date 20YY-MM-DD not after {@code reference}. */
    static boolean kkIssueDateOk(String kk, LocalDate reference) {
        int day = pair(kk, 6);
        int month = pair(kk, 8);
        int year = 2000 + pair(kk, 10);
        return isCalendarDate(year, month, day) && !isAfter(year, month, day, reference);
    }

    /** Whether a declared birth date is the one encoded in the NIK (day, month, two-digit year). */
    static boolean nikMatchesBirthDate(String nik, LocalDate birth) {
        int day = pair(nik, 6);
        if (day > 40) {
            day -= 40;
        }
        return birth.getDayOfMonth() == day
                && birth.getMonthValue() == pair(nik, 8)
                && Math.floorMod(birth.getYear(), 100) == pair(nik, 10);
    }

    /** Whether the NIK encodes a woman (40 added to the day of birth). */
    static boolean nikIsFemale(String nik) {
        return pair(nik, 6) > 40;
    }

    /** Whether a birth date lies within the accepted range (1900-01-01 to the evaluation date). */
    static boolean birthDateInRange(LocalDate birth, LocalDate earliest, LocalDate reference) {
        return !birth.isBefore(earliest) && !birth.isAfter(reference);
    }

    /** Age in whole years on {@code on}; someone born on 29 February ages on 1 March in common years. */
    static int ageOn(LocalDate birth, LocalDate on) {
        int age = on.getYear() - birth.getYear();
        int m = on.getMonthValue() - birth.getMonthValue();
        if (m < 0 || (m == 0 && on.getDayOfMonth() < birth.getDayOfMonth())) {
            age--;
        }
        return age;
    }

    static boolean isCalendarDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int length;
        switch (month) {
            case 2:
                length = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                length = 30;
                break;
            default:
                length = 31;
        }
        return day <= length;
    }

    private static boolean isAfter(int year, int month, int day, LocalDate reference) {
        if (year != reference.getYear()) {
            return year > reference.getYear();
        }
        if (month != reference.getMonthValue()) {
            return month > reference.getMonthValue();
        }
        return day > reference.getDayOfMonth();
    }
}
