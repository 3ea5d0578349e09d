// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.FieldExpectation;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.json.FeedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path dir;

    static List<FeedRecord<RawApplicant>> read(Path file, TabularOptions options) {
        try (TabularReader r = TabularReader.xlsx(file, options)) {
            List<FeedRecord<RawApplicant>> out = new ArrayList<>();
            r.forEachRemaining(out::add);
            return out;
        }
    }

    @Test
    void aSheetOfTextCellsGivesTheRecordsOfTheSameCsv() throws IOException {
        List<RawApplicant> applicants = CsvReaderTest.valid(30);
        Path file = TabularFixtures.xlsx(dir.resolve("feed.xlsx"), "Pendaftar", applicants);
        List<FeedRecord<RawApplicant>> xlsx = read(file, TabularOptions.defaults());
        List<FeedRecord<RawApplicant>> csv = CsvReaderTest.read(TabularFixtures.csv(applicants, ',', "\n"));
        assertThat(xlsx).isEqualTo(csv).hasSize(30);
        assertThat(read(file, TabularOptions.defaults().withSheet("Pendaftar"))).isEqualTo(csv);
    }

    @Test
    void aValueRightOfTheHeaderIsMalformedWithItsProblemInWords() throws IOException {
        RawApplicant a = CsvReaderTest.valid(1).get(0);
        List<String> cols = TabularFixtures.COLUMNS;
        Path file = TabularFixtures.xlsx(dir.resolve("wide.xlsx"), "Sheet1", ws -> {
            for (int c = 0; c < cols.size(); c++) {
                ws.value(0, c, cols.get(c));
            }
            List<String> cells = TabularFixtures.cells(a);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    ws.value(1, c, cells.get(c));
                }
            }
            ws.value(1, cols.size() + 1, "extra");
        });
        List<FeedRecord<RawApplicant>> records = read(file, TabularOptions.defaults());
        assertThat(records)
                .singleElement()
                .satisfies(r -> assertThat(r.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
                    assertThat(v.arguments().get("detail")).asString().contains("after the last column");
                    assertThat(v.arguments()).containsEntry("problem", MalformedProblem.TOO_MANY_CELLS);
                }));
    }

    @Test
    void numberDateAndBooleanCellsReadAsASpreadsheetUserExpects() throws IOException {
        RawApplicant a = CsvReaderTest.valid(1).get(0);
        List<String> cols = TabularFixtures.COLUMNS;
        Path file = TabularFixtures.xlsx(dir.resolve("typed.xlsx"), "Sheet1", ws -> {
            for (int c = 0; c < cols.size(); c++) {
                ws.value(0, c, cols.get(c));
            }
            List<String> cells = TabularFixtures.cells(a);
            for (int row = 1; row <= 2; row++) {
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        ws.value(row, c, cells.get(c));
                    }
                }
                TabularFixtures.date(ws, row, cols.indexOf("birthDate"), LocalDate.parse(a.birthDate()));
                ws.value(row, cols.indexOf("inFormalEducation"), Boolean.FALSE);
                ws.value(row, cols.indexOf("wave"), 18);
                ws.value(row, cols.indexOf("otherFamilyRecipients"), 0.0);
            }
            ws.value(2, cols.indexOf("nik"), Long.parseLong(a.nik()));
        });
        List<FeedRecord<RawApplicant>> records = read(file, TabularOptions.defaults());
        assertThat(records).hasSize(2);
        RawApplicant first = records.get(0).value().orElseThrow();
        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).violations()).isEmpty();
        assertThat(first.birthDate()).isEqualTo(a.birthDate());
        assertThat(first.inFormalEducation()).isEqualTo("false");
        assertThat(first.wave()).isEqualTo("18");
        assertThat(first.otherFamilyRecipients()).isEqualTo("0");
        assertThat(records.get(1).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.FIELD_INVALID);
            assertThat(v.field()).isEqualTo("nik");
            assertThat(v.arguments().get("expected")).asString().contains("format the column as Text");
            assertThat(v.arguments()).containsEntry("expectation", FieldExpectation.IDENTIFIER_AS_TEXT);
        });
    }

    @Test
    void aMissingSheetOrAFileThatIsNoWorkbookIsOneClearError() throws IOException {
        Path file = TabularFixtures.xlsx(dir.resolve("feed.xlsx"), "Pendaftar", CsvReaderTest.valid(1));
        assertThatThrownBy(() -> read(file, TabularOptions.defaults().withSheet("Data")))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("no sheet 'Data'")
                .hasMessageContaining("'Pendaftar'");
        Path text = Files.writeString(dir.resolve("feed.csv.xlsx"), TabularFixtures.header());
        assertThatThrownBy(() -> read(text, TabularOptions.defaults()))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("not an .xlsx workbook");
    }

    @Test
    void aHeaderProblemInASheetIsOneClearError() throws IOException {
        Path file = TabularFixtures.xlsx(dir.resolve("bad.xlsx"), "S", ws -> ws.value(0, 0, "nik"));
        assertThatThrownBy(() -> read(file, TabularOptions.defaults()))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("familyCardNumber");
    }
}
