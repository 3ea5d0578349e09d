// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.tabular.TabularException;
import id.prakerja.tabular.TabularException.Reason;
import id.prakerja.tabular.TabularOptions;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV rows through FastCSV: RFC 4180 quoting (separators, quotes and line breaks inside quoted cells), CRLF or
 * LF, a UTF-8 byte-order mark, {@code ,} or {@code ;} (detected from the header row unless given).
 *
 * <p>Bytes that are not UTF-8 are decoded as U+FFFD and the row holding them is {@code RECORD_MALFORMED};
 * so is a row with a NUL character. A file that starts as UTF-16, gzip or a workbook is refused before any
 * row. Memory: FastCSV's buffer (at most {@link TabularOptions#maxRowChars()} characters) and one row.
 */
public final class CsvSource implements Source {

    private final TabularOptions options;
    private final CsvReader<Raw> reader;
    private final CloseableIterator<Raw> rows;
    private final char separator;
    private final String lineSeparator;
    private final Handler handler;
    private final List<String> header;
    private final String headerText;
    private long rowNumber = 1;
    private long delivered;
    private FeedReader.CutShort cutShort;
    private boolean done;

    /**
     * Opens {@code in} and reads its header row.
     *
     * @throws TabularException if the input is empty or not UTF-8 text
     * @throws UncheckedIOException if reading fails
     */
    public CsvSource(InputStream in, TabularOptions options) {
        this.options = options;
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        try {
            skipBomOrRefuse(bytes);
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            BufferedReader text = new BufferedReader(new InputStreamReader(bytes, utf8), 1 << 16);
            String[] sniffed = sniff(text, options.maxRowChars());
            this.separator = options.separator().orElseGet(() -> sniffed[0].charAt(0));
            this.lineSeparator = sniffed[1];
            this.handler = new Handler(options.maxColumns() + 1, options.maxCellLength());
            this.reader = CsvReader.builder()
                    .fieldSeparator(separator)
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(false)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true)
                    .detectBomHeader(false)
                    .maxBufferSize(options.maxRowChars())
                    .build(handler, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.rows = reader.iterator();
        Raw first;
        try {
            first = rows.hasNext() ? rows.next() : null;
        } catch (CsvParseException e) {
            throw Refused.of(
                    "the header (row 1) cannot be read: it is longer than maxRowChars=" + options.maxRowChars()
                            + " characters",
                    Reason.HEADER_TOO_LONG,
                    "limit",
                    options.maxRowChars());
        }
        if (first == null || first.type == RecordType.EMPTY) {
            throw Refused.of(
                    "the file is empty or starts with an empty line: a CSV feed starts with its header row",
                    Reason.EMPTY_FILE);
        }
        if (first.count > options.maxColumns()) {
            throw Refused.of(
                    "the header (row 1) has more than " + options.maxColumns() + " columns: is it a header row?",
                    Reason.TOO_MANY_COLUMNS,
                    "row",
                    1L,
                    "limit",
                    options.maxColumns());
        }
        this.header = new ArrayList<>(Arrays.asList(first.cells).subList(0, first.count));
        this.headerText = new Row(1, first.cells, first.count, null, null, first.quoted, separator).text();
    }

    private static void skipBomOrRefuse(BufferedInputStream in) throws IOException {
        in.mark(8);
        byte[] b = new byte[4];
        int n = in.readNBytes(b, 0, 4);
        in.reset();
        int b0 = n > 0 ? b[0] & 0xFF : -1;
        int b1 = n > 1 ? b[1] & 0xFF : -1;
        if (n >= 3 && b0 == 0xEF && b1 == 0xBB && (b[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
            return;
        }
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (n >= 2 && (b0 == 0 || b1 == 0))) {
            throw Refused.of(
                    "the file is UTF-16 text, not UTF-8: save it as \"CSV UTF-8\" (Excel) or"
                            + " convert it, e.g. iconv -f UTF-16 -t UTF-8",
                    Reason.UTF16);
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            throw Refused.of("the file is gzip-compressed: decompress it first (gunzip)", Reason.GZIP);
        }
        if (b0 == 'P' && b1 == 'K') {
            throw Refused.of(
                    "the file is a ZIP archive (an .xlsx workbook?), not CSV: read it as xlsx", Reason.ZIP_ARCHIVE);
        }
        if (b0 == 0xD0 && b1 == 0xCF) {
            throw Refused.of(
                    "the file is an Excel 97-2003 workbook (.xls), not CSV: save it as .xlsx or CSV UTF-8",
                    Reason.XLS_WORKBOOK);
        }
    }

    /**
     * The separator ({@code ;} if the header row has more of them than of {@code ,}) and the line terminator
     * of the first row, read ahead without consuming.
     */
    private static String[] sniff(BufferedReader in, int max) throws IOException {
        int limit = Math.min(max, 1 << 16);
        in.mark(limit + 2);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        String newline = "\n";
        for (int i = 0; i < limit; i++) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && in.read() == '\n') {
                    newline = "\r\n";
                }
                break;
            }
        }
        in.reset();
        String sep = semicolons > commas && semicolons >= tabs ? ";" : tabs > commas ? "\t" : ",";
        return new String[] {sep, newline};
    }

    @Override
    public List<String> headerCells() {
        return header;
    }

    @Override
    public void columns(Columns columns) {
        handler.keep = Math.max(1, columns.size() + 1);
    }

    @Override
    public Row next() {
        if (done) {
            return null;
        }
        while (true) {
            Raw r;
            try {
                if (!rows.hasNext()) {
                    done = true;
                    return null;
                }
                r = rows.next();
            } catch (CsvParseException e) {
                done = true;
                rowNumber++;
                delivered++;
                Violation v = tooLarge(e);
                cutShort = new FeedReader.CutShort(delivered, rowNumber, v);
                return new Row(rowNumber, new String[0], 0, v, null, null, separator);
            }
            rowNumber++;
            if (r.type == RecordType.EMPTY || r.blank()) {
                continue;
            }
            delivered++;
            Violation problem = null;
            if (r.tooLong) {
                problem = Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                        .argument("limit", "maxCellLength=" + options.maxCellLength())
                        .build();
            } else if (r.nul) {
                problem =
                        malformed(MalformedProblem.NUL_BYTE, "row " + rowNumber + " holds a NUL character", rowNumber);
            } else if (r.notUtf8) {
                problem = malformed(
                        MalformedProblem.INVALID_UTF8,
                        "row " + rowNumber + " is not valid UTF-8 (or holds U+FFFD)",
                        rowNumber);
            }
            return new Row(rowNumber, r.cells, r.count, problem, null, r.quoted, separator);
        }
    }

    private Violation tooLarge(CsvParseException e) {
        String m = String.valueOf(e.getMessage()) + " "
                + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (m.contains("buffer") || m.contains("Buffer") || m.contains("exceed")) {
            return Violation.of(RuleCode.RECORD_TOO_LARGE, "")
                    .argument("limit", "maxRowChars=" + options.maxRowChars())
                    .build();
        }
        String detail = Nik.maskNumbersIn(m.strip());
        MalformedProblem problem = m.toLowerCase(java.util.Locale.ROOT).contains("quote")
                ? MalformedProblem.UNTERMINATED_QUOTE
                : MalformedProblem.CSV_SYNTAX;
        return malformed(problem, detail.length() > 160 ? detail.substring(0, 160) + "…" : detail, rowNumber);
    }

    private static Violation malformed(MalformedProblem problem, String detail, long row) {
        return Violation.of(RuleCode.RECORD_MALFORMED, "")
                .argument("detail", detail)
                .argument("line", row)
                .argument("problem", problem)
                .build();
    }

    @Override
    public FeedReader.CutShort cutShort() {
        return cutShort;
    }

    @Override
    public char separator() {
        return separator;
    }

    @Override
    public String lineSeparator() {
        return lineSeparator;
    }

    @Override
    public String headerText() {
        return headerText;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record as FastCSV hands it over. */
    static final class Raw {
        RecordType type;
        String[] cells;
        boolean[] quoted;
        int count;
        boolean tooLong;
        boolean nul;
        boolean notUtf8;

        boolean blank() {
            for (int i = 0; i < Math.min(count, cells.length); i++) {
                if (cells[i] == null || !cells[i].isEmpty()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Keeps at most {@code keep} cells of a row and checks each for length, NUL and U+FFFD. */
    static final class Handler extends CsvCallbackHandler<Raw> {
        int keep;
        private final int maxCell;
        private Raw current;

        Handler(int keep, int maxCell) {
            this.keep = keep;
            this.maxCell = maxCell;
        }

        @Override
        protected RecordType getRecordType() {
            return current.type;
        }

        @Override
        protected int getFieldCount() {
            return current.count;
        }

        @Override
        protected void beginRecord(long startingLineNumber) {
            current = new Raw();
            current.type = RecordType.DATA;
            current.cells = new String[Math.min(keep, 32)];
            current.quoted = new boolean[current.cells.length];
        }

        @Override
        protected void addField(char[] buf, int offset, int len, boolean quoted) {
            Raw r = current;
            int i = r.count++;
            if (i >= keep) {
                return;
            }
            if (i == r.cells.length) {
                int n = Math.min(keep, r.cells.length * 2);
                r.cells = Arrays.copyOf(r.cells, n);
                r.quoted = Arrays.copyOf(r.quoted, n);
            }
            r.quoted[i] = quoted;
            if (len > maxCell) {
                r.tooLong = true;
                return;
            }
            String s = new String(buf, offset, len);
            if (s.indexOf('\0') >= 0) {
                r.nul = true;
            }
            if (s.indexOf('\uFFFD') >= 0) {
                r.notUtf8 = true;
            }
            r.cells[i] = s;
        }

        @Override
        protected void setComment(char[] buf, int offset, int len) {
            current.type = RecordType.COMMENT;
        }

        @Override
        protected void setEmpty() {
            current.type = RecordType.EMPTY;
        }

        @Override
        protected Raw buildRecord() {
            return current;
        }
    }
}
