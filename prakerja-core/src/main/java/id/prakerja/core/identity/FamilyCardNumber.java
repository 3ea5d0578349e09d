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
 * A Nomor Kartu Keluarga (KK): the 16-digit number of a family card.
 *
 * <p>Layout {@code PPRRSS DDMMYY XXXX}: the Kemendagri code of the district where the card was issued,
 * the date the family was recorded ({@code DDMMYY}, no +40 rule, year read as {@code 20YY}) and the family
 * serial from {@code 0001}. The Kartu Prakerja limits recipients per family card (from wave 12: at most
 * two), so this number keys the family quota.
 *
 * <pre>{@code
 * FamilyCardNumber kk = FamilyCardNumber.parse("3174011203150007");
 * kk.issueDate();   // 2015-03-12
 * kk.toString();    // "3174********0007"
 * FamilyCardNumber.validate("3174011203990007", LocalDate.of(2024, 1, 1)); // KK_ISSUE_DATE (2099)
 * }</pre>
 *
 * <p>Rules: exactly 16 ASCII digits ({@link RuleCode#KK_FORMAT}); digits 1–6 a province, regency/city and
 * district code of some Kemendagri edition 2016–2025 ({@link RuleCode#KK_REGION}); a recording date that is a calendar date and, when a reference date is
 * given, not after it ({@link RuleCode#KK_ISSUE_DATE}); a serial other than {@code 0000}
 * ({@link RuleCode#KK_SERIAL}). The year is read as {@code 20YY}, as public implementations of the
 * number do; a recording date in the future of the reference date is therefore reported.
 *
 * <p>Equality is by value. {@code toString} is masked and never shows the full number.
 */
public final class FamilyCardNumber extends RegionalNumber implements Comparable<FamilyCardNumber> {
    private static final long serialVersionUID = 1L;

    /** The field name used in violations when none is given. */
    public static final String FIELD = "familyCardNumber";

    private static final int FORMAT = 1;
    private static final int REGION = 2;
    private static final int ISSUE_DATE = 4;
    private static final int SERIAL = 8;

    private FamilyCardNumber(long value) {
        super(value);
    }

    /**
     * Parses a family-card number (without a reference date).
     *
     * @throws InvalidFamilyCardNumberException with every violation, when {@code text} is not valid
     * @throws NullPointerException if {@code text} is null
     */
    public static FamilyCardNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        return validate(text).orElseThrow(v -> new InvalidFamilyCardNumberException(text, v));
    }

    /** Whether {@code text} is a valid family-card number; never throws. */
    public static boolean isValid(String text) {
        return problems(text, null) == 0;
    }

    /** Validates {@code text}; violations are on the field {@value #FIELD}. */
    public static Validated<FamilyCardNumber> validate(String text) {
        return validate(text, FIELD, null);
    }

    /** Validates {@code text}, also requiring a recording date on or before {@code referenceDate}. */
    public static Validated<FamilyCardNumber> validate(String text, LocalDate referenceDate) {
        return validate(text, FIELD, Objects.requireNonNull(referenceDate, "referenceDate"));
    }

    /**
     * Validates {@code text}, reporting violations on {@code field}; {@code referenceDate} may be
     * {@code null} to skip the "not after" check.
     */
    public static Validated<FamilyCardNumber> validate(String text, String field, LocalDate referenceDate) {
        int problems = problems(text, referenceDate);
        if (problems == 0) {
            return Validated.valid(new FamilyCardNumber(Digits.parseAsciiDigits(text, 16)));
        }
        List<Violation> out = new ArrayList<>(3);
        if ((problems & FORMAT) != 0) {
            out.add(CharacterKind.describeFormat(Violation.of(RuleCode.KK_FORMAT, field), text)
                    .build());
            return Validated.invalid(out);
        }
        if ((problems & REGION) != 0) {
            out.add(Violation.of(RuleCode.KK_REGION, field)
                    .argument("provinceCode", text.substring(0, 2))
                    .argument("level", RegionalNumber.regionLevel(text))
                    .argument("code", RegionalNumber.regionCode(text))
                    .build());
        }
        if ((problems & ISSUE_DATE) != 0) {
            Violation.Builder b = Violation.of(RuleCode.KK_ISSUE_DATE, field);
            b.argument("referenceDate", referenceDate == null ? "-" : referenceDate);
            out.add(b.build());
        }
        if ((problems & SERIAL) != 0) {
            out.add(Violation.of(RuleCode.KK_SERIAL, field).build());
        }
        return Validated.invalid(out);
    }

    private static int problems(CharSequence text, LocalDate referenceDate) {
        long v = Digits.parseAsciiDigits(text, 16);
        if (v < 0) {
            return FORMAT;
        }
        int problems = 0;
        if (Province.byNumber(Digits.pair(v, 0)) == null || RegionTable.get().failedLevel(v) >= 0) {
            problems |= REGION;
        }
        int day = Digits.pair(v, 6);
        int month = Digits.pair(v, 8);
        int year = 2000 + Digits.pair(v, 10);
        if (!Digits.isCalendarDate(year, month, day)) {
            problems |= ISSUE_DATE;
        } else if (referenceDate != null && Digits.compareDates(year, month, day, referenceDate) > 0) {
            problems |= ISSUE_DATE;
        }
        if (Digits.lastFour(v) == 0) {
            problems |= SERIAL;
        }
        return problems;
    }

    /** The date the family was recorded (year read as {@code 20YY}). */
    public LocalDate issueDate() {
        return LocalDate.of(2000 + Digits.pair(value, 10), Digits.pair(value, 8), Digits.pair(value, 6));
    }

    @Override
    public int compareTo(FamilyCardNumber other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyCardNumber k && k.value == value;
    }
}
