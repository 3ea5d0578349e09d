// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.tabular.internal.CsvText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes raw applicants as CSV text and as workbooks, in the documented columns. */
final class TabularFixtures {
    private TabularFixtures() {}

    static final List<String> COLUMNS = TabularReader.columnNames();

    static List<String> cells(RawApplicant a) {
        List<String> out = new ArrayList<>();
        for (String c : COLUMNS) {
            out.add(cell(a, c));
        }
        return out;
    }

    static String cell(RawApplicant a, String column) {
        Function<RawApplicant, Object> f = switch (column) {
            case "nik" -> RawApplicant::nik;
            case "familyCardNumber" -> RawApplicant::familyCardNumber;
            case "fullName" -> RawApplicant::fullName;
            case "birthDate" -> RawApplicant::birthDate;
            case "sex" -> RawApplicant::sex;
            case "citizenship" -> RawApplicant::citizenship;
            case "domicile.provinceCode" -> RawApplicant::domicileProvinceCode;
            case "domicile.regencyCode" -> RawApplicant::domicileRegencyCode;
            case "workforceCategory" -> RawApplicant::workforceCategory;
            case "inFormalEducation" -> RawApplicant::inFormalEducation;
            case "occupation" -> RawApplicant::occupation;
            case "socialAssistance" ->
                r -> r.socialAssistance() == null ? null : String.join(";", r.socialAssistance());
            case "familySocialAssistance" ->
                r -> r.familySocialAssistance() == null ? null : String.join(";", r.familySocialAssistance());
            case "priorParticipation" -> RawApplicant::priorParticipation;
            case "otherFamilyRecipients" -> RawApplicant::otherFamilyRecipients;
            case "wave" -> RawApplicant::wave;
            default -> throw new IllegalArgumentException(column);
        };
        Object v = f.apply(a);
        return v == null ? "" : v.toString();
    }

    static String csv(List<RawApplicant> records, char separator, String newline) {
        StringBuilder b = new StringBuilder(CsvText.line(COLUMNS, separator)).append(newline);
        for (RawApplicant a : records) {
            b.append(CsvText.line(cells(a), separator)).append(newline);
        }
        return b.toString();
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String header() {
        return String.join(",", COLUMNS);
    }

    /** A workbook of the records, every cell a text cell, on a sheet named {@code sheet}. */
    static Path xlsx(Path file, String sheet, List<RawApplicant> records) throws IOException {
        return xlsx(file, sheet, ws -> {
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(0, c, COLUMNS.get(c));
            }
            for (int r = 0; r < records.size(); r++) {
                List<String> cells = cells(records.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        ws.value(r + 1, c, cells.get(c));
                    }
                }
            }
        });
    }

    interface SheetWriter {
        void write(Worksheet ws) throws IOException;
    }

    static Path xlsx(Path file, String sheet, SheetWriter writer) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "prakerja-tests", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            writer.write(ws);
            wb.finish();
        }
        return file;
    }

    static void date(Worksheet ws, int row, int col, LocalDate date) {
        ws.value(row, col, date);
        ws.style(row, col).format("dd/mm/yyyy").set();
    }
}
