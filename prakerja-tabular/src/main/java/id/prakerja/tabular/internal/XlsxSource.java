// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

import id.prakerja.core.validation.FieldExpectation;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.tabular.TabularException;
import id.prakerja.tabular.TabularException.Reason;
import id.prakerja.tabular.TabularOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet of an {@code .xlsx} workbook, streamed by fastexcel-reader: the sheet's XML is parsed
 * row by row (StAX), never held whole; the shared-strings table is read on demand.
 *
 * <p>Cells are mapped as a spreadsheet user reads them: text as it is; a number as its decimal digits
 * ({@code 18}, not {@code 18.0}); a number in a date format as an ISO date ({@code 1999-08-17}); a boolean as
 * {@code true} / {@code false}; a formula as its cached value. A NIK or family-card number stored as a number
 * is {@code FIELD_INVALID} (its last digits are gone: Excel keeps 15 significant digits), with the hint to
 * format the column as text; an error cell ({@code #N/A}) is {@code FIELD_INVALID} too.
 */
public final class XlsxSource implements Source {

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
    private final List<String> header;
    private final TabularOptions options;
    private Columns columns;
    private long lastRow = 1;
    private long delivered;
    private FeedReader.CutShort cutShort;
    private boolean done;

    /**
     * Opens the workbook and reads the header row of its first (or the named) sheet.
     *
     * @throws TabularException if the file is not an {@code .xlsx} workbook, has no such sheet or no header
     * @throws UncheckedIOException if reading fails
     */
    public XlsxSource(Path file, TabularOptions options) {
        this.options = options;
        refuseOtherFormats(file);
        try {
            this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | ExcelReaderException e) {
            throw Refused.of(
                    "the file is not a readable .xlsx workbook: " + reason(e),
                    e,
                    Reason.WORKBOOK_UNREADABLE,
                    "detail",
                    reason(e));
        }
        try {
            Sheet sheet;
            if (options.sheet().isPresent()) {
                String name = options.sheet().get();
                sheet = workbook.findSheet(name).orElseThrow(() -> {
                    List<String> names =
                            workbook.getSheets().map(Sheet::getName).collect(Collectors.toList());
                    return Refused.of(
                            "the workbook has no sheet '" + name + "'; its sheets are: "
                                    + names.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")),
                            Reason.NO_SUCH_SHEET,
                            "sheet",
                            name,
                            "sheets",
                            names);
                });
            } else {
                sheet = workbook.getFirstSheet();
            }
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
            if (!rows.hasNext()) {
                throw Refused.of(
                        "the sheet '" + sheet.getName() + "' is empty: a feed sheet starts with its header row",
                        Reason.EMPTY_SHEET,
                        "sheet",
                        sheet.getName());
            }
            org.dhatim.fastexcel.reader.Row first = rows.next();
            int n = first.getCellCount();
            if (n > options.maxColumns()) {
                throw Refused.of(
                        "the header (row " + first.getRowNum() + ") has " + n + " columns, more than the "
                                + options.maxColumns() + " allowed: is it a header row?",
                        Reason.TOO_MANY_COLUMNS,
                        "row",
                        (long) first.getRowNum(),
                        "limit",
                        options.maxColumns(),
                        "columns",
                        n);
            }
            List<String> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Cell c = first.getCell(i);
                cells.add(c == null || c.getType() == CellType.EMPTY ? "" : c.getText());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1); // formatted but empty cells after the last column
            }
            this.header = cells;
            this.lastRow = first.getRowNum();
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            closeQuietly();
            throw Refused.of(
                    "the workbook cannot be read: " + reason(e), e, Reason.WORKBOOK_UNREADABLE, "detail", reason(e));
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private static void refuseOtherFormats(Path file) {
        byte[] b = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF) {
            throw Refused.of(
                    "the file is an Excel 97-2003 workbook (.xls): save it as an Excel Workbook (.xlsx)",
                    Reason.XLS_WORKBOOK);
        }
        if (n < 2 || b[0] != 'P' || b[1] != 'K') {
            boolean gzip = n >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
            throw Refused.of(
                    "the file is not an .xlsx workbook (no ZIP signature)" + (gzip ? ": it is gzip-compressed" : ""),
                    gzip ? Reason.GZIP : Reason.NOT_XLSX);
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : id.prakerja.core.identity.Nik.maskNumbersIn(m);
    }

    @Override
    public List<String> headerCells() {
        return header;
    }

    @Override
    public void columns(Columns columns) {
        this.columns = columns;
    }

    @Override
    public Row next() {
        if (done) {
            return null;
        }
        while (true) {
            org.dhatim.fastexcel.reader.Row r;
            try {
                if (!rows.hasNext()) {
                    done = true;
                    return null;
                }
                r = rows.next();
            } catch (ExcelReaderException | UncheckedIOException e) {
                done = true;
                delivered++;
                Violation v = Violation.of(RuleCode.RECORD_MALFORMED, "")
                        .argument("detail", "the sheet cannot be read after row " + lastRow + ": " + reason(e))
                        .argument("line", lastRow + 1)
                        .argument("problem", MalformedProblem.SHEET_UNREADABLE)
                        .build();
                cutShort = new FeedReader.CutShort(delivered, lastRow + 1, v);
                return new Row(lastRow + 1, new String[0], 0, v, null, null, ',');
            }
            lastRow = r.getRowNum();
            Row row = convert(r);
            if (row != null) {
                delivered++;
                return row;
            }
        }
    }

    /** The row's cells as text, or {@code null} for a row without any value. */
    private Row convert(org.dhatim.fastexcel.reader.Row r) {
        int width = columns.size();
        int n = r.getCellCount();
        String[] cells = new String[width];
        Violation[] problems = null;
        boolean any = false;
        int extra = -1;
        for (int i = 0; i < n; i++) {
            Cell c = r.getCell(i);
            if (c == null || c.getType() == CellType.EMPTY) {
                continue;
            }
            String text = c.getText();
            if (i >= width) {
                if (text != null && !text.isEmpty() && extra < 0) {
                    extra = i;
                }
                continue;
            }
            if (text != null && text.length() > options.maxCellLength()) {
                return tooLarge(r.getRowNum(), width);
            }
            Violation problem = null;
            String value;
            switch (c.getType()) {
                case NUMBER:
                    value = number(c);
                    if (columns.isIdentifier(i)) {
                        problem = Violation.of(RuleCode.FIELD_INVALID, columns.path(i))
                                .argument("expected", Columns.IDENTIFIER_AS_TEXT)
                                .argument("expectation", FieldExpectation.IDENTIFIER_AS_TEXT)
                                .argument("found", "a number cell")
                                .build();
                    }
                    break;
                case BOOLEAN:
                    value = Boolean.TRUE.equals(c.asBoolean()) ? "true" : "false";
                    break;
                case ERROR:
                    value = c.getRawValue();
                    problem = Violation.of(RuleCode.FIELD_INVALID, columns.path(i))
                            .argument("expected", "a value")
                            .argument("expectation", FieldExpectation.CELL_VALUE)
                            .argument("found", "the cell error " + value)
                            .build();
                    break;
                case FORMULA:
                case STRING:
                default:
                    value = text == null ? "" : text;
            }
            if (!value.isEmpty()) {
                any = true;
            }
            cells[i] = value;
            if (problem != null) {
                if (problems == null) {
                    problems = new Violation[width];
                }
                problems[i] = problem;
            }
        }
        if (!any && extra < 0) {
            return null;
        }
        for (int i = 0; i < width; i++) {
            if (cells[i] == null) {
                cells[i] = "";
            }
        }
        if (extra >= 0) {
            Violation v = Violation.of(RuleCode.RECORD_MALFORMED, "")
                    .argument(
                            "detail",
                            "row " + r.getRowNum() + " has a value in column " + Columns.letter(extra)
                                    + ", after the last column of the header (" + Columns.letter(width - 1) + ")")
                    .argument("line", (long) r.getRowNum())
                    .argument("problem", MalformedProblem.TOO_MANY_CELLS)
                    .build();
            return new Row(r.getRowNum(), cells, width, v, null, null, ',');
        }
        return new Row(r.getRowNum(), cells, width, null, problems, null, ',');
    }

    private Row tooLarge(long row, int width) {
        Violation v = Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                .argument("limit", "maxCellLength=" + options.maxCellLength())
                .build();
        return new Row(row, new String[width], width, v, null, null, ',');
    }

    private static String number(Cell c) {
        String format = c.getDataFormatString();
        if (format != null && isDateFormat(format)) {
            try {
                return c.asDate().toLocalDate().toString();
            } catch (RuntimeException e) {
                // not a usable serial: fall back to the number
            }
        }
        BigDecimal d = c.asNumber();
        if (d == null) {
            return c.getRawValue() == null ? "" : c.getRawValue();
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A number format that shows a date: it has y or d outside quoted text and brackets. */
    static boolean isDateFormat(String format) {
        String f = format.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\[[^\\]]*\\]", "")
                .toLowerCase(Locale.ROOT);
        return f.indexOf('y') >= 0 || f.indexOf('d') >= 0;
    }

    @Override
    public FeedReader.CutShort cutShort() {
        return cutShort;
    }

    @Override
    public char separator() {
        return ',';
    }

    @Override
    public String lineSeparator() {
        return "\n";
    }

    @Override
    public String headerText() {
        return CsvText.line(header, ',');
    }

    private void closeQuietly() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // already failing: the first problem is the one reported
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
