// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.tabular.internal.Columns;
import id.prakerja.tabular.internal.CsvSource;
import id.prakerja.tabular.internal.Row;
import id.prakerja.tabular.internal.Source;
import id.prakerja.tabular.internal.XlsxSource;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a CSV or {@code .xlsx} applicant feed, one {@link FeedRecord} per data row, the same records
 * prakerja-json's {@link FeedReader} yields for JSON: the feed engine takes them through
 * {@link FeedRecord#toFeedInput(FeedRecord)} and reports on them as on any other feed.
 *
 * <pre>{@code
 * try (TabularReader feed = TabularReader.csv(Files.newInputStream(path), TabularOptions.defaults())) {
 *     FeedRun run = FeedValidator.builder().build().start();
 *     feed.forEachRemaining(r -> run.accept(FeedRecord.toFeedInput(r)));
 *     FeedReport report = run.finish();
 * }
 * }</pre>
 *
 * <p><b>Columns.</b> The first row is the header; columns are matched by their documented names, the
 * applicant wire format's field names with {@code domicile} flattened: {@code nik}, {@code familyCardNumber},
 * {@code fullName}, {@code birthDate}, {@code sex}, {@code citizenship}, {@code domicile.provinceCode},
 * {@code domicile.regencyCode}, {@code workforceCategory}, {@code inFormalEducation}, {@code occupation},
 * {@code socialAssistance}, {@code familySocialAssistance}, {@code priorParticipation},
 * {@code otherFamilyRecipients}, {@code wave}, in any
 * order. A header without a required column, with a column twice or a column without a name is one
 * {@link TabularException} before any record. A column of another name is {@code FIELD_UNKNOWN} on every row
 * in strict mode (the default), ignored when lenient.
 *
 * <p><b>Cells.</b> An empty cell is an absent field (the core parser reports a required one as
 * {@code FIELD_REQUIRED}). {@code socialAssistance} and {@code familySocialAssistance} list names separated by {@code ;} ({@code PKH;BSU}, each
 * stripped of surrounding spaces). {@code inFormalEducation} accepts {@code TRUE} / {@code FALSE} in any case,
 * as spreadsheets write them. Every other value goes to {@code ApplicantParser} as it is: value rules live in
 * core only. A NIK or family-card number in scientific notation ({@code 3.17402E+15}, what Excel writes for a
 * number column) is {@code FIELD_INVALID} with the hint to format the column as text.
 *
 * <p><b>Rows</b> are numbered as a spreadsheet shows them: the header is row 1, and empty rows (no value in
 * any cell) count but yield nothing. A row with more or fewer cells than the header is {@code RECORD_MALFORMED};
 * so is a CSV row that is not valid UTF-8 or holds a NUL character; a cell longer than
 * {@link TabularOptions#maxCellLength()} makes its row {@code RECORD_TOO_LARGE}. Each is one record and
 * reading goes on. A CSV row longer than {@link TabularOptions#maxRowChars()} ends the feed with one
 * {@code RECORD_TOO_LARGE} record and {@link #cutShort()} says so; so does a workbook whose sheet XML breaks
 * off.
 *
 * <p><b>Memory</b> does not grow with the feed: one row, the CSV parser's buffer (bounded by
 * {@link TabularOptions#maxRowChars()}), and for a workbook the streamed sheet XML and the shared-strings
 * table of the cells read so far. Not thread-safe. Closing the reader closes the input.
 */
public final class TabularReader implements Iterator<FeedRecord<RawApplicant>>, AutoCloseable {

    private final Source source;
    private final Columns columns;
    private Row ahead;
    private Row last;
    private boolean done;
    private long delivered;

    private TabularReader(Source source, TabularOptions options) {
        this.source = source;
        try {
            this.columns = Columns.of(source.headerCells(), options.strict(), options.maxColumns());
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        source.columns(columns);
    }

    /**
     * A reader of a CSV feed in UTF-8; the header row is read and checked here.
     *
     * @throws TabularException if the header cannot be used or the input is not UTF-8 CSV (UTF-16, gzip, a
     *     workbook)
     * @throws UncheckedIOException if reading fails
     */
    public static TabularReader csv(InputStream in, TabularOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return new TabularReader(new CsvSource(in, options), options);
    }

    /**
     * A reader of the first sheet of an {@code .xlsx} workbook (or the one {@link TabularOptions#sheet()}
     * names); the header row is read and checked here.
     *
     * @throws TabularException if the file is not an {@code .xlsx} workbook, has no such sheet, or its header
     *     cannot be used
     * @throws UncheckedIOException if reading fails
     */
    public static TabularReader xlsx(Path file, TabularOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return new TabularReader(new XlsxSource(file, options), options);
    }

    /** The documented column names, in wire order. */
    public static List<String> columnNames() {
        return Columns.names();
    }

    /** The header's column names as read (stripped of surrounding white space). */
    public List<String> header() {
        return columns.header();
    }

    /** The header row as one CSV line, as read (for a workbook: its cells, comma-separated). */
    public String headerText() {
        return source.headerText();
    }

    /** The separator of {@link #headerText()} and {@link #rowText()}. */
    public char separator() {
        return source.separator();
    }

    /** The line terminator of the input: {@code "\r\n"} or {@code "\n"}. */
    public String lineSeparator() {
        return source.lineSeparator();
    }

    /**
     * The row of the record {@link #next()} returned last, as one CSV line without its terminator: for CSV the
     * cells as read, quoted where they were quoted, with the input's separator (an RFC 4180 row comes out as
     * it went in); for a workbook the cell texts as mapped, quoted where needed. Empty before the first record
     * and for a row that was not kept (a cell over the length limit, a row cut short).
     */
    public Optional<String> rowText() {
        return last == null ? Optional.empty() : Optional.ofNullable(last.text());
    }

    /** Where and why reading stopped before the end of the input; empty while reading goes on and at a normal end. */
    public Optional<FeedReader.CutShort> cutShort() {
        return Optional.ofNullable(source.cutShort());
    }

    /** How many records {@link #next()} has returned so far. */
    public long delivered() {
        return delivered;
    }

    @Override
    public boolean hasNext() {
        if (ahead != null) {
            return true;
        }
        if (done) {
            return false;
        }
        ahead = source.next();
        if (ahead == null) {
            done = true;
            return false;
        }
        return true;
    }

    @Override
    public FeedRecord<RawApplicant> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("end of feed after " + delivered + " records");
        }
        last = ahead;
        ahead = null;
        delivered++;
        return FeedRecord.of(last.number(), columns.bind(last));
    }

    /** The remaining records as a sequential, ordered stream; closing it closes this reader. */
    public Stream<FeedRecord<RawApplicant>> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Closes the input. */
    @Override
    public void close() {
        done = true;
        ahead = null;
        source.close();
    }
}
