// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.PrakerjaModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --rejects} and {@code --valid} files of an NDJSON feed, written line by line as each record's
 * verdict is decided (never held in memory). {@code --valid}: every valid record's line exactly as it came
 * (its bytes, a {@code \r} before the newline included), each ended by {@code \n}. {@code --rejects}: one JSON
 * object per invalid record: {@code line}, {@code violations} (each {@code code}, {@code field},
 * {@code severity}, {@code arguments}, {@code legalReference} when cited, {@code message}) and {@code record},
 * the line as it came as a JSON string ({@code null} for a line over the record cap, which is never held;
 * bytes that are not UTF-8 read as U+FFFD). They hold the input's personal data as the input does.
 */
final class NdjsonOutputs implements AutoCloseable {
    private final OutputStream valid;
    private final ReportWriter rejects;
    private final String validName;
    private final JsonMapper mapper;

    private NdjsonOutputs(Path rejects, Path valid, Locale locale) {
        this.mapper = JsonMapper.builder()
                .addModule(new PrakerjaModule().withLocale(locale))
                .build();
        this.rejects = rejects == null ? null : ReportWriter.to(open(rejects), rejects.toString());
        this.valid = valid == null ? null : new java.io.BufferedOutputStream(open(valid), 1 << 16);
        this.validName = valid == null ? null : valid.toString();
    }

    static NdjsonOutputs open(Path rejects, Path valid, Locale locale) {
        return new NdjsonOutputs(rejects, valid, locale);
    }

    private static OutputStream open(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + file + ": " + Main.reason(e));
        }
    }

    /**
     * Writes the records of one chunk, whose verdicts are {@code found} (in the order of {@code inputs}): each
     * record's line is found in the chunk's bytes by its number.
     */
    void write(LineChunks.Chunk chunk, FeedInput input, List<Violation> found, Cursor cursor) {
        boolean ok = found.stream().noneMatch(Violation::isError);
        if (ok ? valid == null : rejects == null) {
            return;
        }
        byte[] bytes = chunk.bytes();
        int[] span = bytes == null ? null : cursor.seek(chunk, input.line());
        if (ok) {
            if (span != null) {
                try {
                    valid.write(bytes, span[0], span[1] - span[0]);
                    valid.write('\n');
                } catch (IOException e) {
                    throw new Main.UserError("cannot write " + validName + ": " + Main.reason(e));
                }
            }
            return;
        }
        ObjectNode row = mapper.createObjectNode();
        row.put("line", input.line());
        ArrayNode violations = row.putArray("violations");
        for (Violation v : found) {
            violations.add((ObjectNode) mapper.valueToTree(v));
        }
        if (span == null) {
            row.putNull("record");
        } else {
            row.put("record", new String(bytes, span[0], span[1] - span[0], StandardCharsets.UTF_8));
        }
        rejects.print(mapper.writeValueAsString(row) + "\n");
    }

    /** Finds lines in a chunk by number, moving forward only (records come in line order). */
    static final class Cursor {
        private LineChunks.Chunk chunk;
        private long line;
        private int start;

        /** The span {@code [from, to)} of line {@code n} in {@code c}, without its {@code \n}. */
        int[] seek(LineChunks.Chunk c, long n) {
            if (c != chunk) {
                chunk = c;
                line = c.firstLine();
                start = 0;
            }
            byte[] b = c.bytes();
            while (line < n) {
                int nl = indexOf(b, start, c.length());
                start = nl < 0 ? c.length() : nl + 1;
                line++;
            }
            int end = indexOf(b, start, c.length());
            return new int[] {start, end < 0 ? c.length() : end};
        }

        private static int indexOf(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }

    @Override
    public void close() {
        if (rejects != null) {
            rejects.close();
        }
        if (valid != null) {
            try {
                valid.close();
            } catch (IOException e) {
                throw new Main.UserError("cannot write " + validName + ": " + Main.reason(e));
            }
        }
    }
}
