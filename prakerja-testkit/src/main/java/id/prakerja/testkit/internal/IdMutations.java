// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * Edits of a valid 16-digit NIK or family-card number that break exactly one of their rules. Each edit keeps
 * the other parts of the number as they were, so the result has exactly the one code.
 */
public final class IdMutations {
    private IdMutations() {}

    /** The latest recording date a family-card number can hold (the year is read as 20YY). */
    public static final LocalDate LATEST_RECORDING = LocalDate.of(2099, 12, 31);

    /** One named edit; {@code edge} edits are boundary values, listed first. */
    public record Mutation(String name, boolean edge, BiFunction<String, RandomGenerator, String> apply) {
        /** The edited text of {@code valid}. */
        public String applyTo(String valid, RandomGenerator random) {
            return apply.apply(valid, random);
        }
    }

    /** The NIK codes that a text alone can break. */
    public static final List<RuleCode> NIK_CODES =
            List.of(RuleCode.NIK_FORMAT, RuleCode.NIK_REGION, RuleCode.NIK_BIRTH_DATE, RuleCode.NIK_SERIAL);

    /** The family-card codes that a text alone can break (KK_ISSUE_DATE also by a date after the reference). */
    public static final List<RuleCode> KK_CODES =
            List.of(RuleCode.KK_FORMAT, RuleCode.KK_REGION, RuleCode.KK_ISSUE_DATE, RuleCode.KK_SERIAL);

    /**
     * The edits of a valid NIK that break exactly {@code code}.
     *
     * @throws IllegalArgumentException if {@code code} is not one of {@link #NIK_CODES}
     */
    public static List<Mutation> nik(RuleCode code) {
        switch (code) {
            case NIK_FORMAT:
                return format();
            case NIK_REGION:
                return region();
            case NIK_BIRTH_DATE:
                return nikBirthDate();
            case NIK_SERIAL:
                return serial();
            default:
                throw new IllegalArgumentException(
                        code + " is not broken by the text of a NIK alone; these are: " + NIK_CODES);
        }
    }

    /**
     * The edits of a valid family-card number that break exactly {@code code} when checked against
     * {@code reference}.
     *
     * @throws IllegalArgumentException if {@code code} is not one of {@link #KK_CODES}
     */
    public static List<Mutation> familyCard(RuleCode code, LocalDate reference) {
        switch (code) {
            case KK_FORMAT:
                return format();
            case KK_REGION:
                return region();
            case KK_ISSUE_DATE:
                return issueDate(reference);
            case KK_SERIAL:
                return serial();
            default:
                throw new IllegalArgumentException(
                        code + " is not broken by the text of a family-card number alone; these are: " + KK_CODES);
        }
    }

    private static List<Mutation> format() {
        List<Mutation> out = new ArrayList<>();
        out.add(new Mutation("15 digits", true, (t, r) -> t.substring(0, 15)));
        out.add(new Mutation("17 digits", true, (t, r) -> t + "1"));
        out.add(new Mutation("empty", true, (t, r) -> ""));
        out.add(new Mutation(
                "written in groups with spaces",
                true,
                (t, r) -> t.substring(0, 6) + " " + t.substring(6, 12) + " " + t.substring(12)));
        out.add(new Mutation("a letter O for a zero", true, (t, r) -> {
            int i = t.indexOf('0');
            return i < 0 ? t.substring(0, 15) + "O" : t.substring(0, i) + "O" + t.substring(i + 1);
        }));
        out.add(new Mutation(
                "an Arabic-Indic digit", true, (t, r) -> (char) ('\u0660' + (t.charAt(0) - '0')) + t.substring(1)));
        out.add(new Mutation(
                "a full-width digit", true, (t, r) -> t.substring(0, 15) + (char) ('\uFF10' + (t.charAt(15) - '0'))));
        out.add(new Mutation("a trailing space", true, (t, r) -> t + " "));
        out.add(new Mutation("a random number of digits", false, (t, r) -> {
            int length = r.nextInt(1, 25);
            if (length >= 16) {
                length++;
            }
            StringBuilder sb = new StringBuilder(t);
            while (sb.length() < length) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            sb.setLength(length);
            return sb.toString();
        }));
        return List.copyOf(out);
    }

    private static List<Mutation> region() {
        List<Mutation> out = new ArrayList<>();
        for (String code : new String[] {"00", "10", "97", "99"}) {
            out.add(new Mutation("province code " + code, true, (t, r) -> code + t.substring(2)));
        }
        // regency 00 and district 00 are in no Kemendagri edition
        out.add(new Mutation("regency code 00", true, (t, r) -> t.substring(0, 2) + "00" + t.substring(4)));
        out.add(new Mutation("district code 00", true, (t, r) -> t.substring(0, 4) + "00" + t.substring(6)));
        out.add(new Mutation("a random unknown province code", false, (t, r) -> {
            List<String> unknown = Regions.unknownProvinceCodes();
            return unknown.get(r.nextInt(unknown.size())) + t.substring(2);
        }));
        return List.copyOf(out);
    }

    private static List<Mutation> nikBirthDate() {
        List<Mutation> out = new ArrayList<>();
        out.add(new Mutation("day 00", true, (t, r) -> setDay(t, "00")));
        out.add(new Mutation("day 32", true, (t, r) -> setDay(t, "32")));
        out.add(new Mutation("day 40", true, (t, r) -> setDay(t, "40")));
        out.add(new Mutation("day 72 (a woman's 32nd)", true, (t, r) -> setDay(t, "72")));
        out.add(new Mutation("month 00", true, (t, r) -> setMonth(t, "00")));
        out.add(new Mutation("month 13", true, (t, r) -> setMonth(t, "13")));
        out.add(new Mutation("30 February", true, (t, r) -> setMonth(setDay(t, female(t) ? "70" : "30"), "02")));
        out.add(new Mutation(
                "29 February of a year not leap in either century",
                true,
                (t, r) -> setYear(setMonth(setDay(t, female(t) ? "69" : "29"), "02"), nonLeapYy(t))));
        out.add(new Mutation("31 April", true, (t, r) -> setMonth(setDay(t, female(t) ? "71" : "31"), "04")));
        out.add(new Mutation("a random impossible date", false, (t, r) -> {
            int month = 1 + r.nextInt(12);
            String mm = Ids.two(month);
            int length = month == 2 ? 29 : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
            int day = length + 1 + r.nextInt(40 - length);
            return setMonth(setDay(t, Ids.two(female(t) ? day + 40 : day)), mm);
        }));
        return List.copyOf(out);
    }

    private static List<Mutation> serial() {
        return List.of(new Mutation("serial 0000", true, (t, r) -> t.substring(0, 12) + "0000"));
    }

    private static List<Mutation> issueDate(LocalDate reference) {
        List<Mutation> out = new ArrayList<>();
        LocalDate dayAfter = reference.plusDays(1);
        if (!dayAfter.isAfter(LATEST_RECORDING) && !dayAfter.isBefore(LocalDate.of(2000, 1, 1))) {
            out.add(new Mutation("recorded the day after the evaluation date", true, (t, r) -> setKkDate(t, dayAfter)));
        }
        out.add(new Mutation("30 February", true, (t, r) -> setMonth(setDay(t, "30"), "02")));
        out.add(new Mutation("29 February 2001", true, (t, r) -> setYear(setMonth(setDay(t, "29"), "02"), "01")));
        out.add(new Mutation("month 13", true, (t, r) -> setMonth(t, "13")));
        out.add(new Mutation("day 00", true, (t, r) -> setDay(t, "00")));
        if (dayAfter.isBefore(LATEST_RECORDING)) {
            out.add(new Mutation("recorded after the evaluation date", false, (t, r) -> {
                long span = Math.min(3650, LATEST_RECORDING.toEpochDay() - dayAfter.toEpochDay());
                return setKkDate(t, dayAfter.plusDays(r.nextLong(span + 1)));
            }));
        }
        return List.copyOf(out);
    }

    private static boolean female(String t) {
        return Integer.parseInt(t.substring(6, 8)) > 40;
    }

    private static String nonLeapYy(String t) {
        int yy = Integer.parseInt(t.substring(10, 12));
        return Ids.two(yy % 4 == 0 ? (yy + 1) % 100 : yy);
    }

    private static String setDay(String t, String dd) {
        return t.substring(0, 6) + dd + t.substring(8);
    }

    private static String setMonth(String t, String mm) {
        return t.substring(0, 8) + mm + t.substring(10);
    }

    private static String setYear(String t, String yy) {
        return t.substring(0, 10) + yy + t.substring(12);
    }

    private static String setKkDate(String t, LocalDate d) {
        return Ids.familyCard(t.substring(0, 6), d, Integer.parseInt(t.substring(12)));
    }
}
