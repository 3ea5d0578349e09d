// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
import id.prakerja.tabular.TabularReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --rejects} and {@code --valid} files of a CSV or workbook feed, written row by row as each
 * record's verdict is decided (never held in memory). Both are CSV with the input's separator and line
 * terminator: {@code --valid} holds the header and every valid row as it came; {@code --rejects} holds
 * {@code row}, {@code violations} and then the header's columns, and every invalid row as it came after its
 * row number and its violations ({@code CODE field: message}, separated by {@code " | "}). They hold the
 * input's personal data as the input does; nothing of them goes to standard output or the reports.
 */
final class TabularOutputs implements AutoCloseable {
    private final ReportWriter rejects;
    private final ReportWriter valid;
    private final char separator;
    private final String newline;
    private final Messages messages;

    private TabularOutputs(ReportWriter rejects, ReportWriter valid, TabularReader feed, Messages messages) {
        this.rejects = rejects;
        this.valid = valid;
        this.separator = feed.separator();
        this.newline = feed.lineSeparator();
        this.messages = messages;
        if (rejects != null) {
            rejects.print("row" + separator + "violations" + separator + feed.headerText() + newline);
        }
        if (valid != null) {
            valid.print(feed.headerText() + newline);
        }
    }

    static TabularOutputs open(Path rejects, Path valid, TabularReader feed, Messages messages) {
        return new TabularOutputs(writer(rejects), writer(valid), feed, messages);
    }

    private static ReportWriter writer(Path file) {
        if (file == null) {
            return null;
        }
        OutputStream out;
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + Main.reason(e));
        }
        return ReportWriter.to(out, file.toString());
    }

    boolean isEmpty() {
        return rejects == null && valid == null;
    }

    /** Writes one record: to the valid file if it has no error, else to the rejects file. */
    void write(long row, String text, List<Violation> violations) {
        boolean ok = violations.stream().noneMatch(Violation::isError);
        if (ok) {
            if (valid != null && text != null) {
                valid.print(text + newline);
            }
            return;
        }
        if (rejects == null) {
            return;
        }
        StringBuilder what = new StringBuilder();
        for (Violation v : violations) {
            if (what.length() > 0) {
                what.append(" | ");
            }
            what.append(v.code().name());
            if (!v.field().isEmpty()) {
                what.append(' ').append(v.field());
            }
            what.append(": ").append(messages.format(v));
        }
        StringBuilder line = new StringBuilder().append(row).append(separator);
        appendCell(line, what.toString());
        line.append(separator).append(text == null ? "" : text).append(newline);
        rejects.print(line.toString());
    }

    private void appendCell(StringBuilder b, String cell) {
        b.append('"').append(cell.replace("\"", "\"\"")).append('"');
    }

    @Override
    public void close() {
        if (rejects != null) {
            rejects.close();
        }
        if (valid != null) {
            valid.close();
        }
    }
}
