// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.prakerja.tabular.TabularException.Problem;
import id.prakerja.tabular.TabularException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of a feed carries its problems machine-readable, beside the English message: the reason and its
 * arguments, with the texts of the input masked.
 */
class TabularExceptionTest {

    @TempDir
    Path dir;

    static TabularException csv(String text) {
        return csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static TabularException csv(InputStream in) {
        return catchThrowableOfType(TabularException.class, () -> TabularReader.csv(in, TabularOptions.defaults()));
    }

    static TabularException xlsx(Path file, TabularOptions options) {
        return catchThrowableOfType(TabularException.class, () -> TabularReader.xlsx(file, options));
    }

    static List<Reason> reasons(TabularException e) {
        assertThat(e).as("a TabularException").isNotNull();
        return e.problems().stream().map(Problem::reason).collect(Collectors.toList());
    }

    @Test
    void everyProblemOfTheHeaderRowIsAReasonWithItsArgumentsInTheOrderOfTheMessage() {
        String header = TabularFixtures.header()
                .replace("nik,", "NIK,")
                .replace(",birthDate", "")
                .concat(",sex,");
        TabularException e = csv(header + "\n");
        assertThat(reasons(e))
                .containsExactly(
                        Reason.MISSING_COLUMNS, Reason.COLUMN_CASE, Reason.DUPLICATE_COLUMN, Reason.UNNAMED_COLUMN);
        assertThat(e.problems().get(0).arguments()).containsExactly(Map.entry("columns", List.of("nik", "birthDate")));
        assertThat(e.problems().get(1).arguments())
                .containsExactly(Map.entry("column", "NIK"), Map.entry("expected", "nik"));
        // sex is column D once birthDate is gone, and again after wave (the 15th of 15): P
        assertThat(e.problems().get(2).arguments())
                .containsExactly(Map.entry("column", "sex"), Map.entry("first", "D"), Map.entry("second", "P"));
        assertThat(e.problems().get(3).arguments()).containsExactly(Map.entry("letter", "Q"));
        // the English message is as before
        assertThat(e)
                .hasMessageStartingWith("the header (row 1) cannot be used: required columns nik, birthDate are"
                        + " missing (names are case-sensitive: 'NIK' should be 'nik'); column 'sex' appears twice"
                        + " (columns D and P); column Q has no name. Columns are named as the applicant wire format:");
    }

    @Test
    void aHeaderCellHoldingANikIsMaskedInTheArgumentsAsInTheMessage() {
        // a data row given as the header: every cell is an unknown column, the required ones are missing
        String row = "3174015708990001,3174015708990001,Siti\n";
        TabularException e = csv(row);
        assertThat(reasons(e)).containsExactly(Reason.MISSING_COLUMNS, Reason.DUPLICATE_COLUMN);
        Object column = e.problems().get(1).arguments().get("column");
        assertThat(column).isEqualTo("3174********0001");
        assertThat(e.getMessage()).doesNotContain("3174015708990001");
        assertThat(e.problems().toString()).doesNotContain("3174015708990001");
        // a problem masks whatever it is given, lists too
        Problem p = Problem.of(
                Reason.NO_SUCH_SHEET, "sheet", "NIK 3174015708990001", "sheets", List.of("3174015708990001"));
        assertThat(p.arguments()).containsEntry("sheet", "NIK 3174********0001");
        assertThat(p.arguments()).containsEntry("sheets", List.of("3174********0001"));
    }

    @Test
    void filesThatAreNotCsvAreReasonsToo() {
        assertThat(reasons(csv(""))).containsExactly(Reason.EMPTY_FILE);
        assertThat(reasons(csv("\n" + TabularFixtures.header() + "\n"))).containsExactly(Reason.EMPTY_FILE);
        byte[] utf16 = (TabularFixtures.header() + "\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(reasons(csv(new ByteArrayInputStream(utf16)))).containsExactly(Reason.UTF16);
        assertThat(reasons(csv(new ByteArrayInputStream(new byte[] {0x1F, (byte) 0x8B, 8, 0}))))
                .containsExactly(Reason.GZIP);
        assertThat(reasons(csv(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4}))))
                .containsExactly(Reason.ZIP_ARCHIVE);
        assertThat(reasons(csv(new ByteArrayInputStream(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))))
                .containsExactly(Reason.XLS_WORKBOOK);
        TabularException wide = csv(TabularFixtures.header() + ",x".repeat(2000) + "\n");
        assertThat(reasons(wide)).containsExactly(Reason.TOO_MANY_COLUMNS);
        assertThat(wide.problems().get(0).arguments())
                .containsEntry("row", 1L)
                .containsEntry("limit", TabularOptions.defaults().maxColumns());
    }

    @Test
    void workbookProblemsAreReasonsWithTheSheetNames() throws IOException {
        Path file = TabularFixtures.xlsx(dir.resolve("feed.xlsx"), "Pendaftar", CsvReaderTest.valid(1));
        TabularException noSheet = xlsx(file, TabularOptions.defaults().withSheet("Data"));
        assertThat(reasons(noSheet)).containsExactly(Reason.NO_SUCH_SHEET);
        assertThat(noSheet.problems().get(0).arguments())
                .containsExactly(Map.entry("sheet", "Data"), Map.entry("sheets", List.of("Pendaftar")));
        assertThat(noSheet).hasMessage("the workbook has no sheet 'Data'; its sheets are: 'Pendaftar'");

        Path empty = TabularFixtures.xlsx(dir.resolve("empty.xlsx"), "Kosong", ws -> {});
        TabularException e = xlsx(empty, TabularOptions.defaults());
        assertThat(reasons(e)).containsExactly(Reason.EMPTY_SHEET);
        assertThat(e.problems().get(0).arguments()).containsExactly(Map.entry("sheet", "Kosong"));

        Path header = TabularFixtures.xlsx(dir.resolve("header.xlsx"), "S", ws -> ws.value(0, 0, "nik"));
        TabularException h = xlsx(header, TabularOptions.defaults());
        assertThat(reasons(h)).containsExactly(Reason.MISSING_COLUMNS);
        assertThat(h.problems().get(0).arguments().get("columns"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("familyCardNumber")
                .doesNotContain("nik");

        Path text = Files.writeString(dir.resolve("text.xlsx"), TabularFixtures.header());
        assertThat(reasons(xlsx(text, TabularOptions.defaults()))).containsExactly(Reason.NOT_XLSX);
        Path xls = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertThat(reasons(xlsx(xls, TabularOptions.defaults()))).containsExactly(Reason.XLS_WORKBOOK);
        Path zip = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        TabularException broken = xlsx(zip, TabularOptions.defaults());
        assertThat(reasons(broken)).containsExactly(Reason.WORKBOOK_UNREADABLE);
        assertThat(broken.problems().get(0).arguments()).containsKey("detail");
    }

    @Test
    void anExceptionMadeFromAMessageAloneHasNoProblemsAndProblemsAreChecked() {
        assertThat(new TabularException("x").problems()).isEmpty();
        assertThat(new TabularException("x", new IllegalStateException()).problems())
                .isEmpty();
        TabularException e =
                new TabularException("NIK 3174015708990001", List.of(Problem.of(Reason.EMPTY_SHEET, "sheet", "S")));
        assertThat(e).hasMessage("NIK 3174********0001");
        assertThat(e.problems()).containsExactly(new Problem(Reason.EMPTY_SHEET, Map.of("sheet", "S")));
        assertThatThrownBy(() -> e.problems().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.problems().get(0).arguments().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Problem.of(Reason.EMPTY_SHEET, "sheet")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of(Reason.EMPTY_SHEET, 1, "S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem(null, Map.of())).isInstanceOf(NullPointerException.class);
    }
}
