// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.ExpectedReport;
import id.prakerja.testkit.Feeds;
import id.prakerja.testkit.GeneratedFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample feed bundled in the jar is generated, once and deterministically, by the testkit: this test
 * fails when the committed file differs from what the generator gives, and checks that the validator
 * reports exactly the defects the generator put in. To regenerate after changing the recipe:
 * {@code ./mvnw -B -ntp -pl examples/feed-validator -am test -Dtest=SampleFeedTest -Dsurefire.failIfNoSpecifiedTests=false -Dprakerja.updateSample=true}.
 */
class SampleFeedTest {

    static final Path FILE = Path.of("src/main/resources/id/prakerja/examples/feedvalidator/" + ValidateCommand.SAMPLE);

    /** A part of the sample: records of one wave, with their own defects. */
    record Part(GeneratedFeed feed) {}

    /**
     * The recipe: DKI Jakarta at wave 18 (2021), applicants from every province at wave 48 (2023, the
     * normal scheme) and at wave 3 (2020, before Perpres 76/2020), each with a known mix of defects.
     */
    static List<GeneratedFeed> parts() {
        GeneratedFeed dki = Feeds.ndjson(Applicants.valid().atWave(18).province(Province.DKI_JAKARTA))
                .valid(110)
                .defects(RuleCode.ELIGIBILITY_MAX_AGE, 4)
                .defects(RuleCode.ELIGIBILITY_MIN_AGE, 3)
                .defects(RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION, 3)
                .defects(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE, 3)
                .defects(RuleCode.NIK_SERIAL, 2)
                .defects(RuleCode.NIK_BIRTH_DATE_MISMATCH, 2)
                .duplicates(4)
                .familyQuotaBreaches(3)
                .malformed(2)
                .unknownFields(2)
                .generate(20_210_816L);
        GeneratedFeed national = Feeds.ndjson(Applicants.valid().atWave(48))
                .valid(110)
                .defects(RuleCode.FIELD_REQUIRED, 3)
                .defects(RuleCode.FIELD_INVALID, 3)
                .defects(RuleCode.KK_ISSUE_DATE, 2)
                .defects(RuleCode.ELIGIBILITY_FORMAL_EDUCATION, 3)
                .defects(RuleCode.ELIGIBILITY_PRIOR_RECIPIENT, 2)
                .defects(RuleCode.ELIGIBILITY_REVOKED, 1)
                .duplicates(2)
                .familyQuotaBreaches(2)
                .malformed(1)
                .generate(20_230_217L);
        GeneratedFeed early = Feeds.ndjson(Applicants.valid().atWave(3))
                .valid(40)
                .defects(RuleCode.ELIGIBILITY_CATEGORY, 3)
                .defects(RuleCode.NIK_FORMAT, 2)
                .defects(RuleCode.ELIGIBILITY_CITIZENSHIP, 1)
                .generate(20_200_429L);
        return List.of(dki, national, early);
    }

    static String text() {
        StringBuilder sb = new StringBuilder();
        for (GeneratedFeed part : parts()) {
            sb.append(part.text());
        }
        return sb.toString();
    }

    /** The expected counts of the whole sample: the parts' counts added up. */
    static ExpectedTotals expected() {
        int records = 0;
        int valid = 0;
        Map<RuleCode, Integer> byCode = new EnumMap<>(RuleCode.class);
        for (GeneratedFeed part : parts()) {
            ExpectedReport r = part.expectedReport();
            records += r.records();
            valid += r.valid();
            r.violationsByCode().forEach((code, n) -> byCode.merge(code, n, Integer::sum));
        }
        return new ExpectedTotals(records, valid, byCode);
    }

    record ExpectedTotals(int records, int valid, Map<RuleCode, Integer> byCode) {}

    @Test
    void theCommittedSampleIsWhatTheRecipeGenerates() throws IOException {
        String generated = text();
        if (Boolean.getBoolean("prakerja.updateSample")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("the bundled sample feed is out of date: regenerate it (see this test's Javadoc)")
                .isEqualTo(generated);
    }

    static final Path CSV_FILE =
            Path.of("src/main/resources/id/prakerja/examples/feedvalidator/" + ValidateCommand.SAMPLE_CSV);
    static final Path XLSX_FILE =
            Path.of("src/main/resources/id/prakerja/examples/feedvalidator/" + ValidateCommand.SAMPLE_XLSX);

    /**
     * The sample's records that CSV and a workbook can carry, in feed order: every record that binds without
     * a JSON-level problem (a malformed line, an unknown field, a value of the wrong JSON type have no tabular
     * form) and holds no empty string (an empty cell is an absent field).
     */
    static List<RawApplicant> tabularRecords(byte[] ndjson) {
        List<RawApplicant> out = new java.util.ArrayList<>();
        try (FeedReader<RawApplicant> r = FeedReader.applicants(new ByteArrayInputStream(ndjson))) {
            while (r.hasNext()) {
                FeedRecord<RawApplicant> rec = r.next();
                if (rec.record().isBound()
                        && rec.violations().isEmpty()
                        && !TabularFormatsTest.MAPPER
                                .writeValueAsString(rec.value().orElseThrow())
                                .contains("\"\"")) {
                    out.add(rec.value().orElseThrow());
                }
            }
        }
        return out;
    }

    /** The CSV form of {@code records}: the header of every column, then one CRLF-terminated row each. */
    static String csv(List<RawApplicant> records) {
        StringBuilder b = new StringBuilder(TabularFormatsTest.csvLine(id.prakerja.tabular.TabularReader.columnNames()))
                .append("\r\n");
        for (RawApplicant a : records) {
            b.append(TabularFormatsTest.csvLine(TabularFormatsTest.cells(a))).append("\r\n");
        }
        return b.toString();
    }

    /** The workbook form of {@code records}: one sheet, "Pendaftar", every cell text, empty cells left out. */
    static void xlsx(List<RawApplicant> records, java.io.OutputStream out) throws IOException {
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "feed-validator", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Pendaftar");
        List<String> columns = id.prakerja.tabular.TabularReader.columnNames();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
        }
        for (int r = 0; r < records.size(); r++) {
            List<String> cells = TabularFormatsTest.cells(records.get(r));
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    ws.value(r + 1, c, cells.get(c));
                }
            }
        }
        wb.finish();
    }

    /** What a tabular reader makes of a file: each row's number and its record as JSON. */
    static List<String> rows(id.prakerja.tabular.TabularReader reader) {
        List<String> out = new java.util.ArrayList<>();
        try (reader) {
            while (reader.hasNext()) {
                FeedRecord<RawApplicant> r = reader.next();
                out.add(r.line() + " " + r.violations() + " "
                        + r.value()
                                .map(TabularFormatsTest.MAPPER::writeValueAsString)
                                .orElse("-"));
            }
        }
        return out;
    }

    /**
     * The CSV and workbook copies of the sample are generated from it (see {@link #tabularRecords}): the CSV
     * must be what {@link #csv} gives, byte for byte; the workbook (whose zip entries carry times) must hold the
     * same rows as the CSV. Regenerate both with {@code -Dprakerja.updateSample=true} (see the class comment).
     */
    @Test
    void theCommittedCsvAndWorkbookCopiesAreGeneratedFromTheSample() throws IOException {
        List<RawApplicant> records = tabularRecords(Files.readAllBytes(FILE));
        String csv = csv(records);
        if (Boolean.getBoolean("prakerja.updateSample")) {
            Files.writeString(CSV_FILE, csv, StandardCharsets.UTF_8);
            try (java.io.OutputStream out = Files.newOutputStream(XLSX_FILE)) {
                xlsx(records, out);
            }
        }
        assertThat(Files.readString(CSV_FILE, StandardCharsets.UTF_8))
                .as("the bundled CSV sample is out of date: regenerate it (see this test's Javadoc)")
                .isEqualTo(csv);
        List<String> csvRows = rows(id.prakerja.tabular.TabularReader.csv(
                new ByteArrayInputStream(Files.readAllBytes(CSV_FILE)), id.prakerja.tabular.TabularOptions.defaults()));
        List<String> xlsxRows =
                rows(id.prakerja.tabular.TabularReader.xlsx(XLSX_FILE, id.prakerja.tabular.TabularOptions.defaults()));
        assertThat(csvRows).hasSize(records.size()).hasSizeGreaterThan(250);
        assertThat(xlsxRows)
                .as("the bundled workbook sample is out of date: regenerate it (see this test's Javadoc)")
                .isEqualTo(csvRows);
    }

    @Test
    void theValidatorReportsExactlyTheDefectsOfTheRecipe() throws IOException {
        ExpectedTotals expected = expected();
        FeedRun run = FeedValidator.builder().build().start();
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(Files.readAllBytes(FILE)))) {
            reader.forEachRemaining(r -> run.accept(FeedRecord.toFeedInput(r)));
        }
        FeedReport report = run.finish();
        assertThat(report.records()).isEqualTo(expected.records()).isBetween(250L, 400L);
        assertThat(report.valid()).isEqualTo(expected.valid());
        Map<RuleCode, Integer> actual = new EnumMap<>(RuleCode.class);
        report.violationsByCode().forEach((code, n) -> actual.put(code, n.intValue()));
        assertThat(actual).isEqualTo(expected.byCode());
        // several provinces and waves
        assertThat(report.recordsByProvince()).containsKey("31").hasSizeGreaterThan(8);
    }
}
