// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import static id.prakerja.tabular.TabularFixtures.bytes;
import static id.prakerja.tabular.TabularFixtures.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.FieldExpectation;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.testkit.Applicants;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CsvReaderTest {

    static List<RawApplicant> valid(int n) {
        return Applicants.valid().atWave(18).samples(7, n).collect(Collectors.toList());
    }

    static List<FeedRecord<RawApplicant>> read(String csv) {
        return read(csv, TabularOptions.defaults());
    }

    static List<FeedRecord<RawApplicant>> read(String csv, TabularOptions options) {
        try (TabularReader r = TabularReader.csv(bytes(csv), options)) {
            List<FeedRecord<RawApplicant>> out = new ArrayList<>();
            r.forEachRemaining(out::add);
            return out;
        }
    }

    static List<RuleCode> codes(FeedRecord<RawApplicant> r) {
        return r.violations().stream().map(Violation::code).collect(Collectors.toList());
    }

    /** A row of the documented columns from a valid applicant, with one column replaced. */
    static String row(RawApplicant a, String column, String value) {
        List<String> cells = TabularFixtures.cells(a);
        cells.set(TabularFixtures.COLUMNS.indexOf(column), value);
        return id.prakerja.tabular.internal.CsvText.line(cells, ',');
    }

    @Test
    void yieldsTheRecordsOfTheJsonReaderForTheSameApplicants() {
        List<RawApplicant> applicants = valid(60);
        JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule()).build();
        StringBuilder ndjson = new StringBuilder();
        for (RawApplicant a : applicants) {
            ndjson.append(mapper.writeValueAsString(a)).append('\n');
        }
        List<FeedRecord<RawApplicant>> json = new ArrayList<>();
        FeedReader.applicants(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(json::add);
        List<FeedRecord<RawApplicant>> csv = read(TabularFixtures.csv(applicants, ',', "\n"));
        assertThat(csv).hasSameSizeAs(json).hasSize(60);
        for (int i = 0; i < csv.size(); i++) {
            assertThat(csv.get(i).line()).isEqualTo(i + 2); // header = row 1
            RawApplicant fromJson = json.get(i).value().orElseThrow();
            // "socialAssistance": [] and an empty cell both say "none"; so for the family's
            if (fromJson.socialAssistance() != null
                    && fromJson.socialAssistance().isEmpty()) {
                fromJson = RawApplicant.builder()
                        .from(fromJson)
                        .socialAssistance(null)
                        .build();
            }
            if (fromJson.familySocialAssistance() != null
                    && fromJson.familySocialAssistance().isEmpty()) {
                fromJson = RawApplicant.builder()
                        .from(fromJson)
                        .familySocialAssistance(null)
                        .build();
            }
            assertThat(csv.get(i).value()).contains(fromJson);
            assertThat(csv.get(i).violations()).isEqualTo(json.get(i).violations());
        }
    }

    @Test
    void readsRfc4180QuotingCrlfBomAndSemicolons() {
        RawApplicant a = valid(1).get(0);
        String name = "Siti \"Ani\", Aminah\r\nbaris dua";
        String crlf = "\uFEFF" + header() + "\r\n" + row(a, "fullName", name) + "\r\n";
        List<FeedRecord<RawApplicant>> records = read(crlf);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).violations()).isEmpty();
        assertThat(records.get(0).value().orElseThrow().fullName()).isEqualTo(name);

        String semicolons = TabularFixtures.csv(List.of(a), ';', "\r\n").replace(",", ",");
        List<FeedRecord<RawApplicant>> viaSemicolon = read(semicolons);
        assertThat(viaSemicolon).hasSize(1);
        assertThat(viaSemicolon.get(0).record())
                .isEqualTo(
                        read(TabularFixtures.csv(List.of(a), ',', "\n")).get(0).record());
    }

    @Test
    void rowTextIsTheRowAsItCameIn() {
        RawApplicant a = valid(1).get(0);
        String quoted = row(a, "fullName", "\"Budi\"").replace(a.nik(), "\"" + a.nik() + "\"");
        String csv = header() + "\r\n" + quoted + "\r\n";
        try (TabularReader r = TabularReader.csv(bytes(csv), TabularOptions.defaults())) {
            assertThat(r.headerText()).isEqualTo(header());
            assertThat(r.lineSeparator()).isEqualTo("\r\n");
            r.next();
            assertThat(r.rowText()).contains(quoted);
        }
    }

    @Test
    void listsAreSemicolonSeparatedAndBooleansMayBeUpperCase() {
        RawApplicant a = valid(1).get(0);
        String csv = header() + "\n"
                + row(a, "socialAssistance", "PKH; BSU")
                        .replace(",false,", ",FALSE,")
                        .replace(",true,", ",TRUE,");
        RawApplicant read = read(csv).get(0).value().orElseThrow();
        assertThat(read.socialAssistance()).containsExactly("PKH", "BSU");
        assertThat(read.inFormalEducation()).isIn("true", "false");
    }

    @Test
    void aHeaderProblemIsOneClearErrorBeforeAnyRecord() {
        String missing = header().replace("nik,", "NIK,").replace(",birthDate", "");
        assertThatThrownBy(() -> read(missing + "\n"))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("required columns nik, birthDate are missing")
                .hasMessageContaining("'NIK' should be 'nik'");
        assertThatThrownBy(() -> read(header() + ",sex\n"))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("column 'sex' appears twice (columns E and Q)");
        assertThatThrownBy(() -> read(header() + ",\n"))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("column Q has no name");
        assertThatThrownBy(() -> read("")).isInstanceOf(TabularException.class).hasMessageContaining("empty");
    }

    @Test
    void unknownColumnsAreFieldUnknownWhenStrictAndIgnoredWhenLenient() {
        RawApplicant a = valid(1).get(0);
        String csv = header() + ",catatan\n" + row(a, "wave", a.wave() == null ? "" : a.wave()) + ",x\n";
        FeedRecord<RawApplicant> strict = read(csv).get(0);
        assertThat(strict.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.FIELD_UNKNOWN);
            assertThat(v.field()).isEqualTo("catatan");
        });
        assertThat(read(csv, TabularOptions.defaults().withStrict(false)).get(0).violations())
                .isEmpty();
    }

    @Test
    void aRowWithMoreOrFewerCellsIsMalformedAndTheFeedGoesOn() {
        RawApplicant a = valid(1).get(0);
        String good = row(a, "wave", "18");
        String csv =
                header() + "\n" + good + ",extra\n" + good.substring(0, good.lastIndexOf(',')) + "\n" + good + "\n";
        List<FeedRecord<RawApplicant>> records = read(csv);
        assertThat(records).extracting(FeedRecord::line).containsExactly(2L, 3L, 4L);
        assertThat(codes(records.get(0))).containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(records.get(0).violations().get(0).arguments().get("detail"))
                .isEqualTo("row 2 has 17 cells, the header 16");
        assertThat(records.get(0).violations().get(0).arguments())
                .containsEntry("problem", MalformedProblem.TOO_MANY_CELLS)
                .containsEntry("line", 2L);
        assertThat(codes(records.get(1))).containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(records.get(1).violations().get(0).arguments())
                .containsEntry("problem", MalformedProblem.TOO_FEW_CELLS);
        assertThat(Messages.indonesian().format(records.get(1).violations().get(0)))
                .isEqualTo("Rekaman tidak terbentuk dengan benar: jumlah sel pada baris ini lebih sedikit daripada"
                        + " baris judul (baris 3).");
        assertThat(records.get(2).violations()).isEmpty();
        // what the code means names the tabular causes too, in both languages
        assertThat(RuleCode.RECORD_MALFORMED.meaning()).contains("CSV", "more or fewer cells than the header");
        assertThat(RuleCode.RECORD_MALFORMED.meaning(java.util.Locale.forLanguageTag("id")))
                .contains("CSV", "sel lebih banyak atau lebih sedikit daripada baris judul");
    }

    @Test
    void emptyRowsCountButYieldNothing() {
        RawApplicant a = valid(1).get(0);
        String csv = header() + "\n\n,,,,,,,,,,,,,,\n" + row(a, "wave", "18") + "\n";
        assertThat(read(csv)).extracting(FeedRecord::line).containsExactly(4L);
    }

    @Test
    void nulAndInvalidUtf8AreMalformedRowsAndTheFeedGoesOn() {
        RawApplicant a = valid(1).get(0);
        byte[] head = (header() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] nul = (row(a, "fullName", "Ab\0c") + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = (row(a, "fullName", "Abc") + "\n").getBytes(StandardCharsets.UTF_8);
        int at = new String(bad, StandardCharsets.UTF_8).indexOf("Abc");
        bad[at + 1] = (byte) 0xC3; // a lead byte followed by 'c': not UTF-8
        byte[] good = (row(a, "wave", "18") + "\n").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.writeBytes(head);
        all.writeBytes(nul);
        all.writeBytes(bad);
        all.writeBytes(good);
        List<FeedRecord<RawApplicant>> records = new ArrayList<>();
        TabularReader.csv(new ByteArrayInputStream(all.toByteArray()), TabularOptions.defaults())
                .forEachRemaining(records::add);
        assertThat(records).hasSize(3);
        assertThat(records.get(0).violations().get(0).arguments().get("detail"))
                .isEqualTo("row 2 holds a NUL character");
        assertThat(records.get(0).violations().get(0).arguments()).containsEntry("problem", MalformedProblem.NUL_BYTE);
        assertThat(records.get(1).violations().get(0).arguments())
                .containsEntry("problem", MalformedProblem.INVALID_UTF8);
        assertThat(records.get(1).violations().get(0).arguments().get("detail"))
                .asString()
                .contains("not valid UTF-8");
        assertThat(records.get(2).violations()).isEmpty();
    }

    @Test
    void utf16GzipAndWorkbooksAreRefusedWithTheFix() {
        byte[] utf16 = (header() + "\n").getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TabularReader.csv(new ByteArrayInputStream(utf16), TabularOptions.defaults()))
                .isInstanceOf(TabularException.class)
                .hasMessageContaining("UTF-16")
                .hasMessageContaining("CSV UTF-8");
        assertThatThrownBy(() -> TabularReader.csv(
                        new ByteArrayInputStream(new byte[] {0x1F, (byte) 0x8B, 8, 0}), TabularOptions.defaults()))
                .hasMessageContaining("gzip");
        assertThatThrownBy(() -> TabularReader.csv(
                        new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4}), TabularOptions.defaults()))
                .hasMessageContaining("xlsx");
    }

    @Test
    void aNikInScientificNotationIsFieldInvalidWithTheHint() {
        RawApplicant a = valid(1).get(0);
        FeedRecord<RawApplicant> r =
                read(header() + "\n" + row(a, "nik", "3.17402E+15") + "\n").get(0);
        assertThat(r.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.FIELD_INVALID);
            assertThat(v.field()).isEqualTo("nik");
            assertThat(v.arguments().get("expected")).asString().contains("format the column as Text");
            assertThat(v.arguments()).containsEntry("expectation", FieldExpectation.IDENTIFIER_AS_TEXT);
            assertThat(Messages.indonesian().format(v)).contains("Kolom nik", "sebagai Teks/Text");
            assertThat(Messages.english().format(v)).contains("format the column as Text");
        });
    }

    @Test
    void aCellOverTheLimitIsTooLargeAndTheFeedGoesOn() {
        RawApplicant a = valid(1).get(0);
        String csv = header() + "\n" + row(a, "fullName", "x".repeat(200_000)) + "\n" + row(a, "wave", "18") + "\n";
        List<FeedRecord<RawApplicant>> records = read(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.RECORD_TOO_LARGE);
            assertThat(v.arguments().get("limit")).isEqualTo("maxCellLength=100000");
        });
        assertThat(records.get(1).violations()).isEmpty();
    }

    @Test
    void aFiftyMegabyteCellEndsTheFeedWithOneTooLargeRecordInBoundedMemory() {
        RawApplicant a = valid(1).get(0);
        String good = row(a, "wave", "18");
        int cell = 50 * 1024 * 1024;
        java.io.InputStream huge = new java.io.SequenceInputStream(
                bytes(header() + "\n" + good + "\n" + good.substring(0, good.indexOf(',')) + ",\""),
                new java.io.InputStream() {
                    int left = cell;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                        left -= n;
                        return n;
                    }
                });
        try (TabularReader r = TabularReader.csv(huge, TabularOptions.defaults())) {
            List<FeedRecord<RawApplicant>> records = new ArrayList<>();
            r.forEachRemaining(records::add);
            assertThat(records).hasSize(2);
            assertThat(records.get(0).violations()).isEmpty();
            assertThat(codes(records.get(1))).containsExactly(RuleCode.RECORD_TOO_LARGE);
            assertThat(r.cutShort()).hasValueSatisfying(c -> {
                assertThat(c.line()).isEqualTo(3);
                assertThat(c.reason().arguments().get("limit")).isEqualTo("maxRowChars=1048576");
            });
        }
    }

    @Test
    void aMillionColumnsIsOneClearError() {
        String wide = header() + ",".repeat(1_000_000) + "\n";
        assertThatThrownBy(() -> read(wide)).isInstanceOf(TabularException.class);
        RawApplicant a = valid(1).get(0);
        String wideRow = header() + "\n" + row(a, "wave", "18") + ",".repeat(1_000_000) + "\n";
        List<FeedRecord<RawApplicant>> records = read(wideRow);
        assertThat(records).hasSize(1);
        assertThat(codes(records.get(0))).containsAnyOf(RuleCode.RECORD_MALFORMED, RuleCode.RECORD_TOO_LARGE);
    }

    @Test
    void anUnterminatedQuoteAtTheEndIsOneMalformedRow() {
        RawApplicant a = valid(1).get(0);
        String good = row(a, "wave", "18");
        String csv = header() + "\n" + good + "\n" + good.substring(0, good.indexOf(',')) + ",\"Budi\n, lanjut";
        List<FeedRecord<RawApplicant>> records = read(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).violations()).isEmpty();
        assertThat(codes(records.get(1))).containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(records.get(1).violations().get(0).arguments().get("detail"))
                .asString()
                .contains("closing quote");
        assertThat(records.get(1).violations().get(0).arguments())
                .containsEntry("problem", MalformedProblem.UNTERMINATED_QUOTE);
    }
}
