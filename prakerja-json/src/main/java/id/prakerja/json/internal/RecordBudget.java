// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import tools.jackson.core.JsonParser;

/**
 * The byte cap of one record read from a stream that holds many (the elements of a JSON array). Binders
 * call {@link #check(JsonParser)} at every field and array element; the reader then skips the rest of the
 * record without keeping it. An NDJSON line is capped before it is parsed, so it uses {@link #UNLIMITED}.
 */
public final class RecordBudget {

    /** No cap: the record's bytes were already bounded. */
    public static final RecordBudget UNLIMITED = new RecordBudget(0, Long.MAX_VALUE);

    private final long start;
    private final long maxBytes;

    private RecordBudget(long start, long maxBytes) {
        this.start = start;
        this.maxBytes = maxBytes;
    }

    /** A budget of {@code maxBytes} for a record that starts at byte {@code start}. */
    public static RecordBudget startingAt(long start, int maxBytes) {
        return new RecordBudget(start, maxBytes);
    }

    /**
     * Throws {@link RecordTooLargeException} if the current token starts beyond the budget.
     *
     * @param parser positioned on a token of the record
     */
    public void check(JsonParser parser) {
        if (maxBytes != Long.MAX_VALUE && parser.currentTokenLocation().getByteOffset() - start >= maxBytes) {
            throw RecordTooLargeException.INSTANCE;
        }
    }

    /** Whether a record that ends just before byte {@code end} fits. */
    public boolean fits(long end) {
        return end - start <= maxBytes;
    }
}
