// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.PrakerjaException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tabular feed that cannot be read at all, reported once before any record: a header with a missing
 * required column, a duplicate or unnamed column, a file that is not UTF-8 (UTF-16, a gzip or a workbook
 * given as CSV), a workbook that cannot be opened or has no sheet of the requested name. The message says
 * how to fix it, in English, and never holds a full NIK.
 *
 * <p>The same problems are machine-readable in {@link #problems()}: each a {@link Reason} with its arguments,
 * so that an application can say them in its users' language (the {@code feed-validator} command does, in
 * Bahasa Indonesia) or react to one of them.
 *
 * <pre>{@code
 * try (TabularReader feed = TabularReader.csv(in, TabularOptions.defaults())) {
 *     …
 * } catch (TabularException e) {
 *     for (TabularException.Problem p : e.problems()) {
 *         if (p.reason() == TabularException.Reason.MISSING_COLUMNS) {
 *             List<?> missing = (List<?>) p.arguments().get("columns"); // [nik, birthDate]
 *         }
 *     }
 * }
 * }</pre>
 */
public final class TabularException extends PrakerjaException {
    private static final long serialVersionUID = 1L;

    /**
     * Why a tabular feed cannot be read. The arguments a {@link Problem} of each reason carries are named in its
     * Javadoc; texts that come from the input (column and sheet names) are masked as {@link Nik#maskNumbersIn}
     * does. New reasons may be added; a reason is never renamed.
     */
    public enum Reason {
        /** The CSV file is empty or starts with an empty line: a CSV feed starts with its header row. */
        EMPTY_FILE,
        /** The CSV header row is longer than {@code limit} ({@code Integer}) characters ({@code maxRowChars}). */
        HEADER_TOO_LONG,
        /**
         * The header row {@code row} ({@code Long}) has more than {@code limit} ({@code Integer}) columns
         * ({@code maxColumns}); {@code columns} ({@code Integer}) is how many, when they were counted.
         */
        TOO_MANY_COLUMNS,
        /** The file is UTF-16 text, not UTF-8. */
        UTF16,
        /** The file is gzip-compressed. */
        GZIP,
        /** The file given as CSV is a ZIP archive (an {@code .xlsx} workbook?). */
        ZIP_ARCHIVE,
        /** The file is an Excel 97-2003 workbook ({@code .xls}). */
        XLS_WORKBOOK,
        /** The file given as a workbook is not an {@code .xlsx} workbook (no ZIP signature). */
        NOT_XLSX,
        /**
         * The workbook cannot be opened or read; {@code detail} ({@code String}) is the reader's English text,
         * for developers.
         */
        WORKBOOK_UNREADABLE,
        /**
         * The workbook has no sheet named {@code sheet} ({@code String}); {@code sheets} ({@code List<String>}) are
         * the names of the sheets it has.
         */
        NO_SUCH_SHEET,
        /** The sheet {@code sheet} ({@code String}) is empty: a feed sheet starts with its header row. */
        EMPTY_SHEET,
        /** The required columns {@code columns} ({@code List<String>}, in wire order) are not in the header row. */
        MISSING_COLUMNS,
        /**
         * A column named {@code column} ({@code String}) differs from the missing required column {@code expected}
         * ({@code String}) only in case: names are case-sensitive. Comes after {@link #MISSING_COLUMNS}.
         */
        COLUMN_CASE,
        /** The column at letter {@code letter} ({@code String}: {@code A}, {@code B}, …) has no name. */
        UNNAMED_COLUMN,
        /**
         * The column name {@code column} ({@code String}) appears twice, at letters {@code first} and
         * {@code second} ({@code String}).
         */
        DUPLICATE_COLUMN
    }

    /**
     * One problem of a feed that cannot be read: its reason and the arguments the reason names. Immutable; every
     * text argument, and every text in a list argument, is masked as {@link Nik#maskNumbersIn} does.
     *
     * @param reason why the feed cannot be read
     * @param arguments the arguments, by name, in the order given
     */
    public record Problem(Reason reason, Map<String, Object> arguments) {
        /** Checks the reason and copies and masks the arguments. */
        public Problem {
            Objects.requireNonNull(reason, "reason");
            Map<String, Object> copy = new LinkedHashMap<>();
            arguments.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "argument name"), mask(v)));
            arguments = Collections.unmodifiableMap(copy);
        }

        /**
         * A problem with its arguments as name and value pairs.
         *
         * <pre>{@code
         * Problem.of(Reason.DUPLICATE_COLUMN, "column", "sex", "first", "E", "second", "Q")
         * }</pre>
         *
         * @throws IllegalArgumentException if the pairs do not alternate names and values
         */
        public static Problem of(Reason reason, Object... namesAndValues) {
            if (namesAndValues.length % 2 != 0) {
                throw new IllegalArgumentException("names and values must come in pairs");
            }
            Map<String, Object> args = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (!(namesAndValues[i] instanceof String name)) {
                    throw new IllegalArgumentException("argument " + i / 2 + " has no name");
                }
                args.put(name, Objects.requireNonNull(namesAndValues[i + 1], name));
            }
            return new Problem(reason, args);
        }

        private static Object mask(Object value) {
            Objects.requireNonNull(value, "argument value");
            if (value instanceof CharSequence s) {
                return Nik.maskNumbersIn(s);
            }
            if (value instanceof List<?> list) {
                List<Object> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add(mask(o));
                }
                return Collections.unmodifiableList(out);
            }
            return value;
        }
    }

    /** The problems; a serialized exception keeps only its message. */
    private final transient List<Problem> problems;

    /** An exception with a message that says what to fix, and no {@link #problems()}. */
    public TabularException(String message) {
        super(Nik.maskNumbersIn(message));
        this.problems = List.of();
    }

    /** An exception with a message that says what to fix, and its cause; no {@link #problems()}. */
    public TabularException(String message, Throwable cause) {
        super(Nik.maskNumbersIn(message), cause);
        this.problems = List.of();
    }

    /**
     * An exception with a message that says what to fix, and the same problems machine-readable.
     *
     * @param problems what the message says, in order
     */
    public TabularException(String message, List<Problem> problems) {
        super(Nik.maskNumbersIn(message));
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception with a message that says what to fix, its cause and the same problems machine-readable.
     *
     * @param cause the cause
     * @param problems what the message says, in order
     */
    public TabularException(String message, Throwable cause, List<Problem> problems) {
        super(Nik.maskNumbersIn(message), cause);
        this.problems = List.copyOf(problems);
    }

    /**
     * What the message says, machine-readable, in its order: one problem for most feeds, every problem of the
     * header row at once. Every exception the readers of this module throw has at least one; one made from a
     * message alone has none.
     */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
