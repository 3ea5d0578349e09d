// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import java.util.Objects;
import java.util.Optional;

/**
 * How tabular feeds are read: strict or lenient about unknown columns, the CSV separator, the workbook
 * sheet, and the limits that keep one hostile row from exhausting memory. Immutable; every {@code withX}
 * returns a changed copy.
 *
 * <pre>{@code
 * TabularOptions options = TabularOptions.defaults()
 *         .withSeparator(';')        // as Excel writes CSV in Indonesian locales; detected when unset
 *         .withSheet("Pendaftar")    // a named sheet instead of the first
 *         .withStrict(false);        // ignore unknown columns
 * }</pre>
 *
 * <p>The limits: {@link #maxCellLength()} characters of one cell (a row with a longer one is
 * {@code RECORD_TOO_LARGE} and reading goes on), {@link #maxRowChars()} characters of one CSV row (the CSV
 * parser's buffer: a longer row ends the feed with one {@code RECORD_TOO_LARGE} record, since the next row
 * cannot be found reliably), and {@link #maxColumns()} columns of the header.
 */
public final class TabularOptions {

    /** Default of {@link #maxCellLength()}: as prakerja-json's longest string. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 100_000;

    /** Default of {@link #maxRowChars()}: 1 MiB of characters. */
    public static final int DEFAULT_MAX_ROW_CHARS = 1_048_576;

    /** Default of {@link #maxColumns()}. */
    public static final int DEFAULT_MAX_COLUMNS = 1_000;

    private static final TabularOptions DEFAULTS =
            new TabularOptions(true, '\0', null, DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_ROW_CHARS, DEFAULT_MAX_COLUMNS);

    private final boolean strict;
    private final char separator;
    private final String sheet;
    private final int maxCellLength;
    private final int maxRowChars;
    private final int maxColumns;

    private TabularOptions(
            boolean strict, char separator, String sheet, int maxCellLength, int maxRowChars, int maxColumns) {
        this.strict = strict;
        this.separator = separator;
        this.sheet = sheet;
        this.maxCellLength = maxCellLength;
        this.maxRowChars = maxRowChars;
        this.maxColumns = maxColumns;
    }

    /** Strict, separator detected, the first sheet, the default limits. */
    public static TabularOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Whether columns the wire format does not define are reported as {@code FIELD_UNKNOWN} on every row
     * ({@code true}, the default) or ignored ({@code false}).
     */
    public boolean strict() {
        return strict;
    }

    /** The CSV separator; empty when it is detected from the header row ({@code ;} if it has more than {@code ,}). */
    public Optional<Character> separator() {
        return separator == '\0' ? Optional.empty() : Optional.of(separator);
    }

    /** The workbook sheet to read; empty for the first sheet. */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** The most characters one cell may have. */
    public int maxCellLength() {
        return maxCellLength;
    }

    /** The most characters one CSV row may have. */
    public int maxRowChars() {
        return maxRowChars;
    }

    /** The most columns a header may have. */
    public int maxColumns() {
        return maxColumns;
    }

    /** A copy that reports unknown columns ({@code true}) or ignores them ({@code false}). */
    public TabularOptions withStrict(boolean strict) {
        return new TabularOptions(strict, separator, sheet, maxCellLength, maxRowChars, maxColumns);
    }

    /**
     * A copy with a fixed CSV separator.
     *
     * @throws IllegalArgumentException unless {@code separator} is {@code ,}, {@code ;} or a tab
     */
    public TabularOptions withSeparator(char separator) {
        if (separator != ',' && separator != ';' && separator != '\t') {
            throw new IllegalArgumentException("the separator must be ',', ';' or a tab, was '" + separator + "'");
        }
        return new TabularOptions(strict, separator, sheet, maxCellLength, maxRowChars, maxColumns);
    }

    /** A copy reading the sheet named {@code sheet}. */
    public TabularOptions withSheet(String sheet) {
        Objects.requireNonNull(sheet, "sheet");
        return new TabularOptions(strict, separator, sheet, maxCellLength, maxRowChars, maxColumns);
    }

    /**
     * A copy with another cell-length limit.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public TabularOptions withMaxCellLength(int length) {
        return new TabularOptions(strict, separator, sheet, positive(length, "maxCellLength"), maxRowChars, maxColumns);
    }

    /**
     * A copy with another CSV row limit.
     *
     * @throws IllegalArgumentException if {@code chars} is below 1024
     */
    public TabularOptions withMaxRowChars(int chars) {
        if (chars < 1024) {
            throw new IllegalArgumentException("maxRowChars must be at least 1024, was " + chars);
        }
        return new TabularOptions(strict, separator, sheet, maxCellLength, chars, maxColumns);
    }

    /**
     * A copy with another column limit.
     *
     * @throws IllegalArgumentException if {@code columns} is not positive
     */
    public TabularOptions withMaxColumns(int columns) {
        return new TabularOptions(
                strict, separator, sheet, maxCellLength, maxRowChars, positive(columns, "maxColumns"));
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TabularOptions other
                && strict == other.strict
                && separator == other.separator
                && Objects.equals(sheet, other.sheet)
                && maxCellLength == other.maxCellLength
                && maxRowChars == other.maxRowChars
                && maxColumns == other.maxColumns;
    }

    @Override
    public int hashCode() {
        return Objects.hash(strict, separator, sheet, maxCellLength, maxRowChars, maxColumns);
    }

    @Override
    public String toString() {
        return "TabularOptions{strict=" + strict + ", separator="
                + separator().map(String::valueOf).orElse("detect")
                + ", sheet=" + sheet().orElse("first") + ", maxCellLength=" + maxCellLength + ", maxRowChars="
                + maxRowChars + ", maxColumns=" + maxColumns + "}";
    }
}
