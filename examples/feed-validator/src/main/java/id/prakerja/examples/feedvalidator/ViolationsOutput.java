// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.validation.Violation;
import id.prakerja.json.PrakerjaModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --violations FILE} output: every violation of the feed, one per line, in feed order, written as
 * each record's verdict is decided (never held in memory). NDJSON by default; CSV when the file name ends in
 * {@code .csv}. Each line holds the record's {@code line}, its {@code nik} masked as in the reports (absent
 * when the record had none), and the violation: {@code code}, {@code field}, {@code severity},
 * {@code arguments}, {@code legalReference} (when it cites one) and {@code message}. Unlike the
 * {@code --rejects} and {@code --valid} files it holds no input data beyond the masked NIK: no full NIK or
 * family-card number appears in it.
 */
final class ViolationsOutput implements AutoCloseable {

    /** The columns of the CSV form, in order. */
    static final List<String> CSV_COLUMNS =
            List.of("line", "nik", "code", "field", "severity", "arguments", "legalReference", "message");

    private final ReportWriter out;
    private final boolean csv;
    private final JsonMapper mapper;
    private long written;

    private ViolationsOutput(ReportWriter out, boolean csv, Locale locale) {
        this.out = out;
        this.csv = csv;
        this.mapper = JsonMapper.builder()
                .addModule(new PrakerjaModule().withLocale(locale))
                .build();
        if (csv) {
            out.print(String.join(",", CSV_COLUMNS) + "\r\n");
        }
    }

    /** The output for {@code file}, or {@code null} when there is none. */
    static ViolationsOutput open(Path file, Locale locale) {
        if (file == null) {
            return null;
        }
        OutputStream stream;
        try {
            stream = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + Main.reason(e));
        }
        boolean csv = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return new ViolationsOutput(ReportWriter.to(stream, file.toString()), csv, locale);
    }

    /** Writes every violation of the record at {@code line} (none for a clean record). */
    void write(long line, String maskedNik, List<Violation> violations) {
        for (Violation v : violations) {
            ObjectNode violation = mapper.valueToTree(v);
            if (csv) {
                StringBuilder b = new StringBuilder().append(line).append(',');
                cell(b, maskedNik == null ? "" : maskedNik).append(',');
                cell(b, violation.path("code").asString()).append(',');
                cell(b, violation.path("field").asString()).append(',');
                cell(b, violation.path("severity").asString()).append(',');
                cell(b, mapper.writeValueAsString(violation.path("arguments"))).append(',');
                cell(b, violation.path("legalReference").asString("")).append(',');
                cell(b, violation.path("message").asString()).append("\r\n");
                out.print(b.toString());
            } else {
                ObjectNode row = mapper.createObjectNode();
                row.put("line", line);
                if (maskedNik != null) {
                    row.put("nik", maskedNik);
                }
                row.setAll(violation);
                out.print(mapper.writeValueAsString(row) + "\n");
            }
            written++;
        }
    }

    /** How many violations were written. */
    long written() {
        return written;
    }

    /** A CSV cell: quoted when it holds a separator, a quote or a line break (RFC 4180). */
    private static StringBuilder cell(StringBuilder b, String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return b.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return b.append(text);
    }

    @Override
    public void close() {
        out.close();
    }
}
