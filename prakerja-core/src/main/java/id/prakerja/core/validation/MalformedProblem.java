// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

/**
 * Why a record is not well-formed: the {@code problem} argument of {@link RuleCode#RECORD_MALFORMED}, beside the
 * parser's English {@code detail} (kept for developers). Messages print its label in the chosen language
 * ({@code label.MalformedProblem.<NAME>} in the message bundles), with the line and column where known.
 */
public enum MalformedProblem {
    /** The JSON syntax is broken (the parser's message is in {@code detail}). */
    SYNTAX,
    /** The value is not a JSON object (a record must be one). */
    NOT_AN_OBJECT,
    /** The document is not a JSON array (a JSON feed must be one). */
    NOT_AN_ARRAY,
    /** Something follows the record, or the feed's array, on its line or in its document. */
    CONTENT_AFTER,
    /** A byte that is not UTF-8. */
    INVALID_UTF8,
    /** A NUL byte. */
    NUL_BYTE,
    /** A string holds an unpaired surrogate. */
    UNPAIRED_SURROGATE,
    /** A row of a tabular feed has fewer cells than the header row. */
    TOO_FEW_CELLS,
    /** A row of a tabular feed has more cells (or a value further right) than the header row. */
    TOO_MANY_CELLS,
    /** A quoted CSV cell is not closed: it runs on over the following lines. */
    UNTERMINATED_QUOTE,
    /** The CSV text cannot be parsed (the parser's message is in {@code detail}). */
    CSV_SYNTAX,
    /** The sheet of a workbook cannot be read from this row on. */
    SHEET_UNREADABLE
}
