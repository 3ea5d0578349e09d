// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.json.internal.MalformedBytesException;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.RecordBudget;
import id.prakerja.json.internal.RecordTooLargeException;
import id.prakerja.json.internal.Utf8CheckingInputStream;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/** Records of one JSON array, element by element (see {@link FeedReader}). */
final class JsonArraySource<T> implements FeedReader.Source<T> {

    private static final int START = 0;
    private static final int IN_ARRAY = 1;
    private static final int DONE = 2;

    private final InputStream in;
    private final ReadOptions options;
    private final RecordBinding<T> binding;
    private final JsonFactory factory;
    private JsonParser parser;
    private int state = START;
    /** The elements started so far: during an element, its 1-based number. */
    private long elements;
    /** Between the array's {@code [} and its {@code ]}. */
    private boolean inArray;

    private FeedReader.CutShort cutShort;

    JsonArraySource(InputStream in, ReadOptions options, RecordBinding<T> binding) {
        this.in = new Utf8CheckingInputStream(in);
        this.options = options;
        this.binding = binding;
        this.factory = Records.factory(options);
    }

    @Override
    public FeedRecord<T> next() throws IOException {
        if (state == DONE) {
            return null;
        }
        try {
            return read();
        } finally {
            if (state == DONE) {
                release();
            }
        }
    }

    @Override
    public FeedReader.CutShort cutShort() {
        return cutShort;
    }

    @Override
    public void release() {
        state = DONE;
        if (parser != null) {
            JsonParser p = parser;
            parser = null;
            try {
                p.close();
            } catch (JacksonException e) {
                // the stream is closed by the reader, which reports its failure
            }
        }
    }

    private FeedRecord<T> read() throws IOException {
        long line = 0;
        try {
            if (parser == null) {
                // Jackson reads the first bytes here to detect the encoding
                parser = factory.createParser(ObjectReadContext.empty(), in);
            }
            JsonParser p = parser;
            if (state == START) {
                JsonToken first = p.nextToken();
                if (first == null) {
                    state = DONE;
                    return null;
                }
                if (first != JsonToken.START_ARRAY) {
                    state = DONE;
                    TokenStreamLocation at = p.currentTokenLocation();
                    return FeedRecord.of(
                            Math.max(1, at.getLineNr()),
                            BoundRecord.unreadable(Problems.malformed(
                                    MalformedProblem.NOT_AN_ARRAY,
                                    "expected a JSON array, found " + Problems.describe(first),
                                    at.getLineNr(),
                                    at.getColumnNr())));
                }
                state = IN_ARRAY;
                inArray = true;
            }
            elements++; // the element about to be read: a failure from here on is at this element
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                elements--;
                inArray = false;
                state = DONE;
                JsonToken after = p.nextToken();
                if (after == null) {
                    return null;
                }
                TokenStreamLocation at = p.currentTokenLocation();
                return FeedRecord.of(
                        Math.max(1, at.getLineNr()),
                        BoundRecord.unreadable(Problems.malformed(
                                MalformedProblem.CONTENT_AFTER,
                                "content after the array: " + Problems.describe(after),
                                at.getLineNr(),
                                at.getColumnNr())));
            }
            TokenStreamLocation start = p.currentTokenLocation();
            line = Math.max(1, start.getLineNr());
            if (t != JsonToken.START_OBJECT) {
                BoundRecord<T> notObject = BoundRecord.unreadable(Records.notAnObject(p, t, 0));
                p.skipChildren();
                return FeedRecord.of(line, notObject);
            }
            RecordBudget budget = RecordBudget.startingAt(start.getByteOffset(), options.maxRecordBytes());
            BoundRecord<T> record;
            try {
                record = binding.read(p, budget);
            } catch (RecordTooLargeException e) {
                skipRestOfElement(p);
                return FeedRecord.of(line, tooLarge(p, start));
            }
            if (!budget.fits(p.currentTokenLocation().getByteOffset() + 1)) {
                return FeedRecord.of(line, tooLarge(p, start));
            }
            return FeedRecord.of(line, record);
        } catch (StreamConstraintsException e) {
            state = DONE;
            return stop(FeedRecord.of(lineOr(line, null), BoundRecord.unreadable(Records.tooLarge(e, options))));
        } catch (JacksonIOException e) {
            state = DONE;
            if (e.getCause() instanceof MalformedBytesException m) {
                return stop(FeedRecord.of(
                        line > 0 ? line : m.line(),
                        BoundRecord.unreadable(Problems.malformedBytes(m.description(), m.line(), m.column()))));
            }
            throw e.getCause();
        } catch (JacksonException e) {
            state = DONE;
            return stop(FeedRecord.of(lineOr(line, e), BoundRecord.unreadable(Problems.malformed(e, 0))));
        }
    }

    /** The last record of an array the parser cannot go on reading: remembers where and why. */
    private FeedRecord<T> stop(FeedRecord<T> last) {
        if (inArray) {
            inArray = false;
            cutShort =
                    new FeedReader.CutShort(elements, last.line(), last.record().reason());
        }
        return last;
    }

    private BoundRecord<T> tooLarge(JsonParser p, TokenStreamLocation start) {
        long bytes = p.currentTokenLocation().getByteOffset() + 1 - start.getByteOffset();
        return BoundRecord.unreadable(Problems.tooLarge(options.maxRecordBytes(), bytes));
    }

    /** Reads on, keeping nothing, to the end of the element whose budget ran out. */
    private static void skipRestOfElement(JsonParser p) {
        while (p.streamReadContext().getNestingDepth() > 1) {
            if (p.nextToken() == null) {
                return;
            }
        }
    }

    private long lineOr(long line, JacksonException e) {
        if (line > 0) {
            return line;
        }
        TokenStreamLocation at = e == null ? null : e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = parser == null ? null : parser.currentLocation();
        }
        return at == null ? 1 : Math.max(1, at.getLineNr());
    }
}
