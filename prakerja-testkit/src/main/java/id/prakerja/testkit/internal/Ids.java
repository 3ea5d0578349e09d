// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.identity.Sex;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Text forms of NIK and family-card numbers built from their parts, and edits of those parts. */
public final class Ids {
    private Ids() {}

    /** The NIK {@code PPRRSS DDMMYY XXXX} for a district, birth date, sex (day + 40 for women) and serial. */
    public static String nik(String district, LocalDate birth, Sex sex, int serial) {
        int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return district + two(day) + two(birth.getMonthValue()) + two(birth.getYear() % 100) + four(serial);
    }

    /** The family-card number {@code PPRRSS DDMMYY XXXX} for a district, recording date and serial. */
    public static String familyCard(String district, LocalDate recorded, int serial) {
        return district
                + two(recorded.getDayOfMonth())
                + two(recorded.getMonthValue())
                + two(recorded.getYear() % 100)
                + four(serial);
    }

    /** {@code nik} with its date digits set to {@code date}, keeping the sex it encodes. */
    public static String withNikDate(String nik, LocalDate date) {
        Sex sex = nikSex(nik);
        return nik(nik.substring(0, 6), date, sex, Integer.parseInt(nik.substring(12)));
    }

    /** {@code nik} with its day digits encoding {@code sex} (day + 40 for women). */
    public static String withNikSex(String nik, Sex sex) {
        int day = Integer.parseInt(nik.substring(6, 8));
        if (day > 40) {
            day -= 40;
        }
        if (sex == Sex.FEMALE) {
            day += 40;
        }
        return nik.substring(0, 6) + two(day) + nik.substring(8);
    }

    /** The sex a 16-digit NIK text encodes. */
    public static Sex nikSex(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /** Whether {@code text} is exactly 16 ASCII digits. */
    public static boolean isSixteenDigits(String text) {
        if (text == null || text.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A serial from 1 to 9999, small ones more likely (as in real registers). */
    public static int drawSerial(RandomGenerator random) {
        double u = random.nextDouble();
        return 1 + (int) (u * u * u * 9998);
    }

    /** Two digits, zero-padded. */
    public static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** Four digits, zero-padded. */
    public static String four(int v) {
        String s = Integer.toString(v);
        return "0000".substring(s.length()) + s;
    }
}
