// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import java.io.IOException;

/**
 * Signals bytes that are not well-formed UTF-8 (or a NUL byte) in a stream, at a known line and column. It
 * travels through Jackson as the cause of a {@code JacksonIOException} and becomes a
 * {@code RECORD_MALFORMED}; it is never thrown to callers of the library.
 */
public final class MalformedBytesException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;
    private final String description;

    MalformedBytesException(String description, long line, long column) {
        super(description + " at line " + line + ", column " + column, null);
        this.description = description;
        this.line = line;
        this.column = column;
    }

    /** What is wrong, e.g. {@code "invalid UTF-8 (byte 0xFF)"}. */
    public String description() {
        return description;
    }

    /** The 1-based line of the bad byte. */
    public long line() {
        return line;
    }

    /** The 1-based column (in bytes) of the bad byte. */
    public long column() {
        return column;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
