// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.internal.Digits;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Nomor Induk Kependudukan: the 16-digit lifelong population number on the KTP.
 *
 * <p>Layout {@code PPRRSSDDMMYYXXXX}: province {@code PP}, regency/city {@code RR} and district
 * {@code SS} where the number was first registered (Kemendagri codes); date of birth {@code DDMMYY} with
 * <b>40 added to the day for women</b> (days 01–31 for men, 41–71 for women); serial {@code XXXX} from
 * {@code 0001}. There is no check digit.
 *
 * <p>Three ways in:
 *
 * <pre>{@code
 * Nik nik = Nik.parse("3174015708990001");          // throws InvalidNikException when invalid
 * boolean ok = Nik.isValid("3174015708990001");     // true
 * Validated<Nik> r = Nik.validate("3174015708990000"); // invalid: NIK_SERIAL
 *
 * nik.province();                              // DKI_JAKARTA
 * nik.sex();                                   // FEMALE (day 57 = 17 + 40)
 * nik.birthDate(LocalDate.of(2024, 1, 1));     // 1999-08-17
 * nik.toString();                              // "3174********0001"
 * nik.digits();                                // the full number: use with care
 * }</pre>
 *
 * <p>Rules, with their codes: exactly 16 ASCII digits ({@link RuleCode#NIK_FORMAT}; whitespace is not
 * stripped and other Unicode digits such as Arabic-Indic {@code ٣} are rejected); digits 1–6 a province,
 * regency/city and district code of some Kemendagri edition 2016–2025 ({@link RuleCode#NIK_REGION}, with
 * the failing {@code level}; a NIK is lifelong, so codes retired since, such as the pre-2022 Papua codes
 * 91xx, stay valid; regency and district 00 never are); a calendar
 * date in digits 7–12 ({@link RuleCode#NIK_BIRTH_DATE}); a serial other than {@code 0000}
 * ({@link RuleCode#NIK_SERIAL}). All violations are reported at once, except that a
 * {@code NIK_FORMAT} violation stops the other checks.
 *
 * <p><b>The century.</b> The NIK holds only two digits of the birth year. {@link #birthDate(LocalDate)}
 * resolves them against a reference date the caller gives (usually the evaluation date): the birth date
 * is the latest of {@code 20YY-MM-DD} and {@code 19YY-MM-DD} that is a calendar date and does not lie
 * after the reference date. {@link #validate(String)} accepts a date that is a calendar date in either
 * century (29 February 2000 is, 29 February 1900 is not); {@link #validate(String, LocalDate)}
 * additionally requires a birth date on or before the reference date.
 *
 * <p>Equality is by value. {@code toString} is masked and never shows the full number.
 */
public final class Nik extends RegionalNumber implements Comparable<Nik> {
    private static final long serialVersionUID = 1L;

    /** The field name used in violations when none is given. */
    public static final String FIELD = "nik";

    static final int FORMAT = 1;
    static final int REGION = 2;
    static final int BIRTH_DATE = 4;
    static final int SERIAL = 8;

    private Nik(long value) {
        super(value);
    }

    /**
     * Parses a NIK.
     *
     * @throws InvalidNikException with every violation, when {@code text} is not a valid NIK
     * @throws NullPointerException if {@code text} is null
     */
    public static Nik parse(String text) {
        Objects.requireNonNull(text, "text");
        return validate(text).orElseThrow(v -> new InvalidNikException(text, v));
    }

    /** Whether {@code text} is a valid NIK; never throws ({@code null} is not valid). */
    public static boolean isValid(String text) {
        return problems(text) == 0;
    }

    /** Validates {@code text}; violations are on the field {@value #FIELD}. */
    public static Validated<Nik> validate(String text) {
        return validate(text, FIELD);
    }

    /**
     * Validates {@code text} and also requires a birth date on or before {@code referenceDate} (see
     * the class comment on the century); violations are on the field {@value #FIELD}.
     */
    public static Validated<Nik> validate(String text, LocalDate referenceDate) {
        return validate(text, FIELD, referenceDate);
    }

    /** Validates {@code text}, reporting violations on {@code field}. */
    public static Validated<Nik> validate(String text, String field) {
        int problems = problems(text);
        if (problems == 0) {
            return Validated.valid(new Nik(Digits.parseAsciiDigits(text, 16)));
        }
        return Validated.invalid(violations(text, problems, field));
    }

    /**
     * Validates {@code text} against {@code referenceDate}, reporting violations on {@code field}.
     * Used by the applicant parser with the evaluation date.
     */
    public static Validated<Nik> validate(String text, String field, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        int problems = problems(text);
        long value = (problems & FORMAT) == 0 ? Digits.parseAsciiDigits(text, 16) : -1;
        if (value >= 0 && (problems & BIRTH_DATE) == 0 && !hasBirthDateOnOrBefore(value, referenceDate)) {
            problems |= BIRTH_DATE;
        }
        if (problems == 0) {
            return Validated.valid(new Nik(value));
        }
        return Validated.invalid(violations(text, problems, field));
    }

    /** The NIK with the digits of {@code value} (0 ≤ value &lt; 10¹⁶), if they form a valid NIK. */
    public static Validated<Nik> ofLong(long value) {
        if (value < 0 || value >= 10_000_000_000_000_000L) {
            return Validated.invalid(Violation.of(RuleCode.NIK_FORMAT, FIELD)
                    .argument("length", Long.toString(Math.abs(value)).length())
                    .build());
        }
        return validate(Digits.toSixteenDigits(value));
    }

    /**
     * The problems of {@code text} as a bit set (0 = valid); no allocation. Bits: {@link #FORMAT},
     * {@link #REGION}, {@link #BIRTH_DATE}, {@link #SERIAL}.
     */
    static int problems(CharSequence text) {
        long v = Digits.parseAsciiDigits(text, 16);
        if (v < 0) {
            return FORMAT;
        }
        int problems = 0;
        if (Province.byNumber(Digits.pair(v, 0)) == null || RegionTable.get().failedLevel(v) >= 0) {
            problems |= REGION;
        }
        int day = Digits.pair(v, 6);
        if (day > 40) {
            day -= 40;
        }
        int month = Digits.pair(v, 8);
        int yy = Digits.pair(v, 10);
        if (!Digits.isCalendarDate(2000 + yy, month, day) && !Digits.isCalendarDate(1900 + yy, month, day)) {
            problems |= BIRTH_DATE;
        }
        if (Digits.lastFour(v) == 0) {
            problems |= SERIAL;
        }
        return problems;
    }

    private static List<Violation> violations(String text, int problems, String field) {
        List<Violation> out = new ArrayList<>(4);
        if ((problems & FORMAT) != 0) {
            out.add(CharacterKind.describeFormat(Violation.of(RuleCode.NIK_FORMAT, field), text)
                    .build());
            return out;
        }
        if ((problems & REGION) != 0) {
            out.add(Violation.of(RuleCode.NIK_REGION, field)
                    .argument("provinceCode", text.substring(0, 2))
                    .argument("level", RegionalNumber.regionLevel(text))
                    .argument("code", RegionalNumber.regionCode(text))
                    .build());
        }
        if ((problems & BIRTH_DATE) != 0) {
            out.add(Violation.of(RuleCode.NIK_BIRTH_DATE, field).build());
        }
        if ((problems & SERIAL) != 0) {
            out.add(Violation.of(RuleCode.NIK_SERIAL, field).build());
        }
        return out;
    }

    /** Whether a calendar date in either century is on or before {@code reference}; no allocation. */
    private static boolean hasBirthDateOnOrBefore(long value, LocalDate reference) {
        return birthYearOnOrBefore(value, reference) > 0;
    }

    private static LocalDate birthDateOrNull(long value, LocalDate reference) {
        int year = birthYearOnOrBefore(value, reference);
        return year > 0 ? LocalDate.of(year, Digits.pair(value, 8), dayOfBirth(value)) : null;
    }

    /**
     * The latest of {@code 20YY} and {@code 19YY} in which the encoded day and month form a calendar date on
     * or before {@code reference}, or 0.
     */
    private static int birthYearOnOrBefore(long value, LocalDate reference) {
        int day = dayOfBirth(value);
        int month = Digits.pair(value, 8);
        int yy = Digits.pair(value, 10);
        for (int century = 2000; century >= 1900; century -= 100) {
            int year = century + yy;
            if (Digits.isCalendarDate(year, month, day) && Digits.compareDates(year, month, day, reference) <= 0) {
                return year;
            }
        }
        return 0;
    }

    /** Digits 7–8 with the 40 added for women removed. */
    private static int dayOfBirth(long value) {
        int day = Digits.pair(value, 6);
        return day > 40 ? day - 40 : day;
    }

    /** {@link Sex#FEMALE} when 40 was added to the day of birth, otherwise {@link Sex#MALE}. */
    public Sex sex() {
        return Digits.pair(value, 6) > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /** The day of birth (1–31), with the 40 for women removed. */
    public int birthDay() {
        return dayOfBirth(value);
    }

    /** The month of birth (1–12). */
    public int birthMonth() {
        return Digits.pair(value, 8);
    }

    /** The last two digits of the year of birth (0–99). */
    public int birthYearOfCentury() {
        return Digits.pair(value, 10);
    }

    /**
     * The date of birth, its century resolved against {@code referenceDate}: the latest of
     * {@code 20YY-MM-DD} and {@code 19YY-MM-DD} that is a calendar date on or before
     * {@code referenceDate}.
     *
     * @throws IllegalArgumentException if neither lies on or before {@code referenceDate} (a NIK checked
     *     with {@link #validate(String, LocalDate)} against that date always has one)
     */
    public LocalDate birthDate(LocalDate referenceDate) {
        LocalDate d = birthDateOrNull(value, Objects.requireNonNull(referenceDate, "referenceDate"));
        if (d == null) {
            throw new IllegalArgumentException(
                    "the birth date encoded in NIK " + this + " lies after the reference date " + referenceDate);
        }
        return d;
    }

    /**
     * Whether {@code declared} has the day, month and two-digit year encoded in this NIK (the century is
     * not encoded, so it is not compared).
     */
    public boolean matchesBirthDate(LocalDate declared) {
        return declared.getDayOfMonth() == birthDay()
                && declared.getMonthValue() == birthMonth()
                && Math.floorMod(declared.getYear(), 100) == birthYearOfCentury();
    }

    /**
     * A masked form of any text given as a NIK, valid or not, safe for logs and messages: at most its
     * first and last four characters (code points: never half of a surrogate pair) are shown, each hidden
     * character is one {@code *}, and a lone surrogate shows as U+FFFD.
     */
    public static String mask(CharSequence text) {
        return Digits.mask(text);
    }

    /**
     * {@code text} with every run of nine or more digits masked like a NIK (first and last four kept): for
     * every text that may quote input, such as a field name, a JSON Pointer or a parser's error, so that no
     * full NIK or family-card number leaks into logs or reports. A digit is any Unicode decimal digit (ASCII,
     * full-width {@code ３}, Arabic-Indic {@code ٣}, …); lone surrogates are replaced by U+FFFD, so the result
     * can always be encoded. {@link Violation} applies this to its field path and text arguments.
     *
     * <pre>{@code
     * Nik.maskNumbersIn("Unexpected token 3174015708990001x"); // "Unexpected token 3174********0001x"
     * Nik.maskNumbersIn("nik_３１７４０１５７０８９９０００１");  // "nik_３１７４********０００１"
     * }</pre>
     */
    public static String maskNumbersIn(CharSequence text) {
        return Digits.maskNumbersIn(text);
    }

    @Override
    public int compareTo(Nik other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik n && n.value == value;
    }
}
