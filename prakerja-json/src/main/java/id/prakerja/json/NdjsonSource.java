// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.json.internal.LineReader;
import id.prakerja.json.internal.Problems;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.json.JsonFactory;

/** Records of an NDJSON stream: one per non-blank line (see {@link FeedReader}). */
final class NdjsonSource<T> implements FeedReader.Source<T> {

    private final LineReader lines;
    private final ReadOptions options;
    private final RecordBinding<T> binding;
    private final JsonFactory factory;

    NdjsonSource(InputStream in, ReadOptions options, RecordBinding<T> binding, long firstLine) {
        this.lines = new LineReader(in, options.maxRecordBytes(), firstLine);
        this.options = options;
        this.binding = binding;
        this.factory = Records.factory(options);
    }

    @Override
    public FeedRecord<T> next() throws IOException {
        while (lines.next()) {
            long line = lines.lineNumber();
            if (lines.tooLong()) {
                return FeedRecord.of(
                        line, BoundRecord.unreadable(Problems.tooLarge(options.maxRecordBytes(), lines.length())));
            }
            if (lines.isBlank()) {
                continue;
            }
            return FeedRecord.of(
                    line, Records.readOne(factory, options, binding, lines.bytes(), 0, lines.size(), line));
        }
        return null;
    }
}
