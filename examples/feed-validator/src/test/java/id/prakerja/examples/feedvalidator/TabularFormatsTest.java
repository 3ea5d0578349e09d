// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.tabular.TabularReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled sample's applicants in all four formats give the same report; a CSV feed end to end with
 * {@code --rejects} and {@code --valid}; gzip read transparently; the clear messages for inputs that cannot
 * be what the format says.
 */
class TabularFormatsTest {

    record Result(int exit, String out, String err) {}

    static final JsonMapper MAPPER =
            JsonMapper.builder().addModule(new PrakerjaModule()).build();

    @TempDir
    static Path dir;

    /** The sample's records that bind without a JSON-level problem (those have a counterpart in every format). */
    static List<RawApplicant> applicants;

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void sample() throws IOException {
        applicants = new ArrayList<>();
        try (FeedReader<RawApplicant> r =
                FeedReader.applicants(ValidateCommand.class.getResourceAsStream(ValidateCommand.SAMPLE))) {
            while (r.hasNext()) {
                FeedRecord<RawApplicant> rec = r.next();
                // an empty string has no CSV counterpart (an empty cell is an absent field)
                if (rec.record().isBound()
                        && rec.violations().isEmpty()
                        && !MAPPER.writeValueAsString(rec.value().orElseThrow()).contains("\"\"")) {
                    applicants.add(rec.value().orElseThrow());
                }
            }
        }
        assertThat(applicants).hasSizeGreaterThan(250);
    }

    static List<String> cells(RawApplicant a) {
        List<String> out = new ArrayList<>();
        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(a));
        for (String column : TabularReader.columnNames()) {
            JsonNode n = column.startsWith("domicile.")
                    ? json.path("domicile").path(column.substring("domicile.".length()))
                    : json.path(column);
            if (n.isMissingNode() || n.isNull()) {
                out.add("");
            } else if (n.isArray()) {
                List<String> items = new ArrayList<>();
                n.forEach(i -> items.add(i.asString()));
                out.add(String.join(";", items));
            } else {
                out.add(n.asString());
            }
        }
        return out;
    }

    static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            b.append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        return b.toString();
    }

    static Path csv(String name, List<RawApplicant> records) throws IOException {
        StringBuilder b = new StringBuilder(csvLine(TabularReader.columnNames())).append("\r\n");
        for (RawApplicant a : records) {
            b.append(csvLine(cells(a))).append("\r\n");
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    static Path xlsx(String name, List<RawApplicant> records) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "tests", "1.0");
            Worksheet ws = wb.newWorksheet("Pendaftar");
            List<String> columns = TabularReader.columnNames();
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
            }
            for (int r = 0; r < records.size(); r++) {
                List<String> cells = cells(records.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        ws.value(r + 1, c, cells.get(c));
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    /** A fixed instant for the hidden --fixed-clock, so that two runs give the same bytes. */
    static final String CLOCK = "2026-12-01T00:00:00Z";

    /** The report without its {@code run} metadata. */
    static JsonNode withoutRun(JsonNode report) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) report.deepCopy();
        copy.remove("run");
        return copy;
    }

    static JsonNode report(Result r) {
        assertThat(r.err()).isEmpty();
        return MAPPER.readTree(r.out());
    }

    /** The parts of a report that do not depend on how a format numbers its lines. */
    static List<JsonNode> counts(JsonNode report) {
        return List.of(
                report.path("records"),
                report.path("valid"),
                report.path("invalid"),
                report.path("violationsByCode"),
                report.path("recordsByProvince"),
                report.path("invalidByProvince"));
    }

    @Test
    void theSampleGivesTheSameReportInAllFourFormats() throws IOException {
        StringBuilder ndjson = new StringBuilder();
        List<JsonNode> array = new ArrayList<>();
        for (RawApplicant a : applicants) {
            ndjson.append(MAPPER.writeValueAsString(a)).append('\n');
            array.add(MAPPER.readTree(MAPPER.writeValueAsString(a)));
        }
        Path nd = Files.writeString(dir.resolve("sample.ndjson"), ndjson);
        Path json = Files.writeString(dir.resolve("sample.json"), MAPPER.writeValueAsString(array));
        Path csv = csv("sample.csv", applicants);
        Path xlsx = xlsx("sample.xlsx", applicants);
        Result ndResult = run("validate", "--report", "json", nd.toString());
        JsonNode expected = report(ndResult);
        assertThat(expected.path("records").asLong()).isEqualTo(applicants.size());
        assertThat(expected.path("invalid").asLong()).isPositive();
        for (Path file : List.of(json, csv, xlsx)) {
            Result r = run("validate", "--report", "json", "--threads", "2", file.toString());
            assertThat(r.exit()).as(file.toString()).isEqualTo(ndResult.exit());
            assertThat(counts(report(r))).as(file.toString()).isEqualTo(counts(expected));
            // sample rows are numbered from 2 in a sheet (the header is row 1): one more than the NDJSON line
            JsonNode s = report(r).path("samples").get(0);
            assertThat(s.path("line").asLong())
                    .isEqualTo(expected.path("samples").get(0).path("line").asLong()
                            + (file.toString().endsWith(".json")
                                    ? -expected.path("samples")
                                                    .get(0)
                                                    .path("line")
                                                    .asLong()
                                            + 1
                                    : 1));
        }
        Result csvOneThread =
                run("validate", "--report", "json", "--threads", "1", "--fixed-clock", CLOCK, csv.toString());
        Result csvTwoThreads =
                run("validate", "--report", "json", "--threads", "2", "--fixed-clock", CLOCK, csv.toString());
        assertThat(csvTwoThreads.out()).isEqualTo(csvOneThread.out());
    }

    /** Each sample as {@code nik code field}: what does not depend on how a format numbers its lines. */
    static List<String> samplesWithoutLines(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : report.path("samples")) {
            out.add(s.path("nik").asString("-") + " " + s.path("code").asString() + " "
                    + s.path("field").asString());
        }
        return out;
    }

    /**
     * The CSV and workbook copies bundled in the jar ({@code --format csv|xlsx} with no FILE) give the report
     * that the same records give as NDJSON and as a JSON array: the same counts and the same violations in the
     * same order (rows are numbered from 2 in a sheet, so only the line numbers differ).
     */
    @Test
    void theBundledCsvAndWorkbookSamplesGiveTheReportOfTheSameRecordsAsNdjsonAndJson() throws IOException {
        List<RawApplicant> records = SampleFeedTest.tabularRecords(ValidateCommand.class
                .getResourceAsStream(ValidateCommand.SAMPLE)
                .readAllBytes());
        StringBuilder ndjson = new StringBuilder();
        List<JsonNode> array = new ArrayList<>();
        for (RawApplicant a : records) {
            ndjson.append(MAPPER.writeValueAsString(a)).append('\n');
            array.add(MAPPER.readTree(MAPPER.writeValueAsString(a)));
        }
        Path nd = Files.writeString(dir.resolve("bundled.ndjson"), ndjson);
        Path json = Files.writeString(dir.resolve("bundled.json"), MAPPER.writeValueAsString(array));
        Result expected = run("validate", "--report", "json", "--max-samples", "all", nd.toString());
        JsonNode want = report(expected);
        assertThat(want.path("records").asLong()).isEqualTo(records.size());
        assertThat(want.path("invalid").asLong()).isPositive();
        List<Result> others = List.of(
                run("validate", "--report", "json", "--max-samples", "all", "--format", "json", json.toString()),
                run("validate", "--report", "json", "--max-samples", "all", "--format", "csv"),
                run("validate", "--report", "json", "--max-samples", "all", "--format", "xlsx"));
        for (Result r : others) {
            JsonNode got = report(r);
            assertThat(r.exit()).isEqualTo(expected.exit());
            assertThat(counts(got)).isEqualTo(counts(want));
            assertThat(got.path("legalReferences")).isEqualTo(want.path("legalReferences"));
            assertThat(samplesWithoutLines(got)).isEqualTo(samplesWithoutLines(want));
        }
        assertThat(report(others.get(1)).path("run").path("input").path("name").asString())
                .isEqualTo(ValidateCommand.SAMPLE_CSV);
        assertThat(report(others.get(2))
                        .path("run")
                        .path("input")
                        .path("format")
                        .asString())
                .isEqualTo("xlsx");
    }

    @Test
    void aCsvFeedEndToEndWithRejectsAndValidOutputs() throws IOException {
        Path feed = csv("feed.csv", applicants);
        Path rejects = dir.resolve("rejects.csv");
        Path valid = dir.resolve("valid.csv");
        Result r = run(
                "validate",
                "--report",
                "json",
                "--rejects",
                rejects.toString(),
                "--valid",
                valid.toString(),
                feed.toString());
        JsonNode report = report(r);
        assertThat(r.exit()).isEqualTo(1);
        List<String> input = Files.readAllLines(feed);
        List<String> validLines = Files.readAllLines(valid);
        List<String> rejectLines = Files.readAllLines(rejects);
        assertThat(validLines).hasSize(1 + report.path("valid").asInt());
        assertThat(rejectLines).hasSize(1 + report.path("invalid").asInt());
        assertThat(validLines.get(0)).isEqualTo(input.get(0));
        assertThat(rejectLines.get(0)).isEqualTo("row,violations," + input.get(0));
        // every valid row as it came, in order; every rejected row after its row number and violations
        java.util.Set<Integer> rejected = new java.util.HashSet<>();
        for (String reject : rejectLines.subList(1, rejectLines.size())) {
            int row = Integer.parseInt(reject.substring(0, reject.indexOf(',')));
            assertThat(reject).endsWith("," + input.get(row - 1));
            rejected.add(row);
        }
        List<String> notRejected = new ArrayList<>();
        for (int row = 2; row <= input.size(); row++) {
            if (!rejected.contains(row)) {
                notRejected.add(input.get(row - 1));
            }
        }
        assertThat(validLines.subList(1, validLines.size())).isEqualTo(notRejected);
        assertThat(validLines.size() + rejectLines.size() - 2).isEqualTo(input.size() - 1);
        // the valid output, validated again: nothing invalid
        Result again = run("validate", "--report", "json", valid.toString());
        assertThat(again.exit()).isZero();
        assertThat(report(again).path("invalid").asLong()).isZero();
        assertThat(report(again).path("records").asLong())
                .isEqualTo(report.path("valid").asLong());
    }

    @Test
    void gzipIsReadTransparentlyWhateverTheName() throws IOException {
        Path feed = csv("plain.csv", applicants.subList(0, 20));
        Path gz = dir.resolve("plain.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(feed));
        }
        JsonNode zipped = report(run("validate", "--report", "json", gz.toString()));
        JsonNode plain = report(run("validate", "--report", "json", feed.toString()));
        assertThat(zipped.path("run").path("input").path("gzip").asBoolean()).isTrue();
        assertThat(plain.path("run").path("input").path("gzip").asBoolean()).isFalse();
        assertThat(zipped.path("run").path("input").path("bytes").asLong()).isEqualTo(Files.size(gz));
        // everything but the run's metadata (input, times) is the same
        assertThat(withoutRun(zipped)).isEqualTo(withoutRun(plain));
        Path nd = dir.resolve("zipped.ndjson");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(nd))) {
            out.write((MAPPER.writeValueAsString(applicants.get(0)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(report(run("validate", "--report", "json", nd.toString()))
                        .path("records")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void inputsThatCannotBeTheirFormatGetOneClearMessage() throws IOException {
        Path array = Files.writeString(dir.resolve("array.ndjson"), "[{\"nik\": \"1\"}]\n");
        Result a = run("validate", array.toString());
        assertThat(a.exit()).isEqualTo(2);
        assertThat(a.err()).isEqualTo("feed-validator: the input is a JSON array, not NDJSON: use --format json\n");
        Path utf16 = Files.write(dir.resolve("utf16.ndjson"), "{\"nik\": \"1\"}\n".getBytes(StandardCharsets.UTF_16));
        Result u = run("validate", utf16.toString());
        assertThat(u.exit()).isEqualTo(2);
        assertThat(u.err()).contains("UTF-16").contains("iconv");
        Path csv16 = Files.write(dir.resolve("utf16.csv"), "nik,fullName\n".getBytes(StandardCharsets.UTF_16));
        assertThat(run("validate", csv16.toString()).err()).contains("UTF-16").contains("CSV UTF-8");
        Path header = Files.writeString(dir.resolve("header.csv"), "nik,fullName\n");
        Result h = run("validate", "--locale", "en", header.toString());
        assertThat(h.exit()).isEqualTo(2);
        assertThat(h.err()).contains("required columns familyCardNumber").doesNotContain("Exception");
        // in the default language, Indonesian
        Result hi = run("validate", header.toString());
        assertThat(hi.exit()).isEqualTo(2);
        assertThat(hi.err()).contains("kolom wajib familyCardNumber, birthDate").doesNotContain("Exception");
    }

    @Test
    void countsInReportsForPeopleHaveThousandsSeparators() {
        assertThat(ReportTexts.of(java.util.Locale.forLanguageTag("id")).number(1_234_567))
                .isEqualTo("1.234.567");
        assertThat(ReportTexts.of(java.util.Locale.forLanguageTag("en")).number(1_234_567))
                .isEqualTo("1,234,567");
    }
}
