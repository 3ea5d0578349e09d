// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.propertytesting;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The portal's own check of a registration for wave 18 of the Kartu Prakerja programme (opened on 16 August
 * 2021), written from the published requirements without the prakerja library: this is the system under
 * test of the example, not part of the library.
 *
 * <pre>{@code
 * Set<String> districts = ...;   // the portal's copy of the Kemendagri district list: "317401", "317402", ...
 * Wave18FormValidator.Verdict v = new Wave18FormValidator(districts).check(form);
 * v.accepted();   // false
 * v.problems();   // [Problem[field=birthDate, message=Umur pendaftar minimal 18 tahun]]
 * }</pre>
 *
 * <p>It checks the NIK and the family-card number (16 digits, a known province code, a district code of the
 * Kemendagri list the portal is given, the date they encode, a serial other than 0000), that the NIK matches the declared birth date and sex, and the requirements of
 * wave 18: an Indonesian citizen, at least 18 years old on the opening day, not at school or university,
 * not in an excluded occupation (state officials, DPRD members, civil servants, soldiers, police, village
 * heads and apparatus, state-enterprise boards), no excluding social assistance (DTKS bansos, PKH, BPNT,
 * BSU, BPUM, BST, KIS; nor PKH, BPNT, BST or KIS of a family member), never a recipient and never revoked,
 * at most two recipients per family card.
 *
 * <p><b>Planted defect.</b> It forgets the maximum age. From wave 18 applicants must be at most 64 years
 * old on the opening day; this validator checks only the minimum of 18 (see {@link #check}), so it accepts
 * a 65-year-old. The defect is deliberate: this module's tests show that a property comparing this
 * validator with the library on generated applicants finds it, names its seed and a minimal applicant.
 */
public final class Wave18FormValidator {

    /** The day wave 18 opened, on which ages are counted. */
    public static final LocalDate OPENING_DAY = LocalDate.of(2021, 8, 16);

    /** The youngest eligible age. */
    public static final int MINIMUM_AGE = 18;

    /** Kemendagri province codes, including the four Papua provinces of 2022. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51", "52",
            "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94",
            "95", "96");

    private static final Set<String> CATEGORIES = Set.of(
            "JOB_SEEKER", "LAID_OFF", "NEEDS_UPSKILLING", "FURLOUGHED", "NON_WAGE_WORKER", "MICRO_SMALL_ENTREPRENEUR");

    private static final Set<String> EXCLUDED_OCCUPATIONS = Set.of(
            "STATE_OFFICIAL",
            "DPRD_MEMBER",
            "CIVIL_SERVANT",
            "MILITARY",
            "POLICE",
            "VILLAGE_HEAD",
            "VILLAGE_APPARATUS",
            "SOE_BOARD_MEMBER");

    private final Set<String> districtCodes;

    /**
     * A validator that knows the six-digit Kemendagri district codes {@code districtCodes} (every code of
     * the editions the portal accepts, current and retired: a NIK keeps the code it was issued with).
     *
     * @throws IllegalArgumentException if {@code districtCodes} is empty or holds a code that is not six digits
     */
    public Wave18FormValidator(Set<String> districtCodes) {
        if (districtCodes.isEmpty()) {
            throw new IllegalArgumentException("the district list is empty: give the Kemendagri district codes");
        }
        for (String code : districtCodes) {
            if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not a six-digit district code: " + code);
            }
        }
        this.districtCodes = Set.copyOf(districtCodes);
    }

    private static final Set<String> EXCLUDING_ASSISTANCE =
            Set.of("DTKS_BANSOS", "PKH", "BPNT", "BSU", "BPUM", "BST", "KIS");
    private static final Set<String> EXCLUDING_FAMILY_ASSISTANCE = Set.of("PKH", "BPNT", "BST", "KIS");

    /** What is wrong with one field; the message never repeats the NIK or family-card number. */
    public record Problem(String field, String message) {}

    /** The result: accepted when there is no problem. */
    public record Verdict(List<Problem> problems) {
        /** Copies the problems. */
        public Verdict {
            problems = List.copyOf(problems);
        }

        /** Whether the registration is accepted. */
        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** Checks {@code form} against the requirements of wave 18. */
    public Verdict check(RegistrationForm form) {
        List<Problem> out = new ArrayList<>();
        boolean nikOk = checkNumber(form.nik(), "nik", "NIK", true, out);
        checkNumber(form.familyCardNumber(), "familyCardNumber", "Nomor KK", false, out);
        if (form.fullName() == null
                || form.fullName().isBlank()
                || form.fullName().length() > 200) {
            out.add(new Problem("fullName", "Nama lengkap wajib diisi (paling banyak 200 huruf)"));
        }
        LocalDate birth = parseDate(form.birthDate());
        if (birth == null || birth.isBefore(LocalDate.of(1900, 1, 1)) || birth.isAfter(OPENING_DAY)) {
            out.add(new Problem("birthDate", "Tanggal lahir tidak valid"));
            birth = null;
        }
        boolean female = "FEMALE".equals(form.sex());
        if (!female && !"MALE".equals(form.sex())) {
            out.add(new Problem("sex", "Jenis kelamin wajib dipilih"));
        }
        if (nikOk && birth != null) {
            int day = Integer.parseInt(form.nik().substring(6, 8));
            int month = Integer.parseInt(form.nik().substring(8, 10));
            int yy = Integer.parseInt(form.nik().substring(10, 12));
            if ((day > 40 ? day - 40 : day) != birth.getDayOfMonth()
                    || month != birth.getMonthValue()
                    || yy != birth.getYear() % 100) {
                out.add(new Problem("birthDate", "Tanggal lahir tidak sesuai dengan NIK"));
            }
            if ((day > 40) != female && ("MALE".equals(form.sex()) || female)) {
                out.add(new Problem("sex", "Jenis kelamin tidak sesuai dengan NIK"));
            }
        }
        if (!"WNI".equals(form.citizenship())) {
            out.add(new Problem("citizenship", "Pendaftar harus Warga Negara Indonesia"));
        }
        if (!CATEGORIES.contains(form.workforceCategory())) {
            out.add(new Problem("workforceCategory", "Status pekerjaan wajib dipilih"));
        }
        if (!"false".equals(form.inFormalEducation())) {
            out.add(new Problem("inFormalEducation", "Pendaftar tidak sedang sekolah atau kuliah"));
        }
        if (birth != null && Period.between(birth, OPENING_DAY).getYears() < MINIMUM_AGE) {
            out.add(new Problem("birthDate", "Umur pendaftar minimal " + MINIMUM_AGE + " tahun"));
        }
        // (the planted defect: no check of the maximum age of 64, in force from wave 18)
        if (form.occupation() != null && EXCLUDED_OCCUPATIONS.contains(form.occupation())) {
            out.add(new Problem("occupation", "Pekerjaan ini tidak dapat mendaftar Kartu Prakerja"));
        }
        for (String s : form.socialAssistance()) {
            if (EXCLUDING_ASSISTANCE.contains(s)) {
                out.add(new Problem("socialAssistance", "Penerima bantuan sosial " + s + " tidak dapat mendaftar"));
                break;
            }
        }
        if (out.stream().noneMatch(p -> p.field().equals("socialAssistance"))) {
            for (String s : form.familySocialAssistance()) {
                if (EXCLUDING_FAMILY_ASSISTANCE.contains(s)) {
                    out.add(new Problem(
                            "familySocialAssistance",
                            "Anggota keluarga penerima bantuan sosial " + s
                                    + " membuat pendaftar tidak dapat mendaftar"));
                    break;
                }
            }
        }
        if ("RECIPIENT".equals(form.priorParticipation()) || "REVOKED".equals(form.priorParticipation())) {
            out.add(new Problem("priorParticipation", "Kartu Prakerja hanya diberikan satu kali"));
        }
        if (form.otherFamilyRecipients() != null && atLeastTwo(form.otherFamilyRecipients())) {
            out.add(new Problem("familyCardNumber", "Sudah ada dua penerima dalam satu KK"));
        }
        return new Verdict(out);
    }

    /** 16 digits, a known province and district, the encoded date, a serial other than 0000; whether all hold. */
    private boolean checkNumber(String number, String field, String label, boolean nik, List<Problem> out) {
        if (number == null || number.length() != 16 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            out.add(new Problem(field, label + " harus terdiri dari 16 angka"));
            return false;
        }
        boolean ok = true;
        if (!PROVINCES.contains(number.substring(0, 2))) {
            out.add(new Problem(field, label + " memuat kode provinsi yang tidak dikenal"));
            ok = false;
        } else if (!districtCodes.contains(number.substring(0, 6))) {
            out.add(new Problem(field, label + " memuat kode kabupaten/kota atau kecamatan yang tidak dikenal"));
            ok = false;
        }
        int day = Integer.parseInt(number.substring(6, 8));
        int month = Integer.parseInt(number.substring(8, 10));
        int yy = Integer.parseInt(number.substring(10, 12));
        boolean dated = nik
                ? onOrBeforeOpening(1900 + yy, month, day > 40 ? day - 40 : day)
                        || onOrBeforeOpening(2000 + yy, month, day > 40 ? day - 40 : day)
                : onOrBeforeOpening(2000 + yy, month, day);
        if (!dated) {
            out.add(new Problem(field, label + " memuat tanggal yang tidak valid"));
            ok = false;
        }
        if (number.endsWith("0000")) {
            out.add(new Problem(field, label + " memuat nomor urut 0000"));
            ok = false;
        }
        return ok;
    }

    private static boolean onOrBeforeOpening(int year, int month, int day) {
        try {
            return !LocalDate.of(year, month, day).isAfter(OPENING_DAY);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean atLeastTwo(String count) {
        try {
            return Integer.parseInt(count) >= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
