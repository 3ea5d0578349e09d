// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

/**
 * What a field should have held: the {@code expectation} argument of {@link RuleCode#FIELD_INVALID}, beside the
 * developer's English {@code expected} text. Messages print its label in the chosen language ({@code
 * label.FieldExpectation.<NAME>} in the message bundles), so that an Indonesian message carries no English.
 * {@link #ONE_OF} comes with the argument {@code allowed}, the values the field accepts.
 */
public enum FieldExpectation {
    /** A JSON string. */
    TEXT,
    /** A JSON integer. */
    INTEGER,
    /** A JSON boolean ({@code true} or {@code false}). */
    BOOLEAN,
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string, integer or boolean. */
    SCALAR,
    /** A NIK or family-card number as a 16-digit string (a JSON number loses precision above 2^53). */
    IDENTIFIER,
    /** A date {@code YYYY-MM-DD}. */
    DATE,
    /** A birth date {@code YYYY-MM-DD} from 1900-01-01 to the evaluation date. */
    BIRTH_DATE,
    /** A key given once in one object. */
    ONCE,
    /** Non-blank text no longer than the limit of a name. */
    NAME,
    /** One of the values in {@code allowed}. */
    ONE_OF,
    /** A whole number from 0. */
    COUNT,
    /** A two-digit Kemendagri province code. */
    PROVINCE_CODE,
    /** A four-digit Kemendagri regency/city code starting with the province code. */
    REGENCY_CODE,
    /** A wave the library knows. */
    WAVE,
    /** A rule code of this library version. */
    RULE_CODE,
    /** A NIK masked as the library masks it (at most four digits in a row). */
    MASKED_NIK,
    /** An agreement-specific objective code (UPPER_SNAKE). */
    OBJECTIVE_CODE,
    /** A valid value of its kind (the English {@code expected} says which). */
    VALUE,
    /**
     * A NIK or family-card number as 16 digits in a cell formatted as text (a spreadsheet number keeps 15
     * significant digits, a CSV export may write it in scientific notation): the column is to be formatted as Text.
     */
    IDENTIFIER_AS_TEXT,
    /** A spreadsheet cell holding a value, not an error such as {@code #N/A}. */
    CELL_VALUE
}
