// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

/**
 * Unwinds a binder whose record broke its {@link RecordBudget}; caught by the feed reader, never seen by
 * callers. Shared and without a stack trace, so it costs nothing to throw.
 */
public final class RecordTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final RecordTooLargeException INSTANCE = new RecordTooLargeException();

    private RecordTooLargeException() {
        super("record larger than its budget", null, false, false);
    }
}
