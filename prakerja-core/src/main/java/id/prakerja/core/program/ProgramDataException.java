// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.validation.PrakerjaException;

/**
 * Thrown when a programme data file (the wave table or the dated parameters) cannot be used: an unknown
 * key, a value without a legal reference, a malformed row. The message names the file, the line and the
 * key, and says what was expected.
 */
public final class ProgramDataException extends PrakerjaException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String key;

    ProgramDataException(String source, int line, String key, String problem) {
        super(source + (line > 0 ? ":" + line : "") + (key.isEmpty() ? "" : " [" + key + "]") + ": " + problem);
        this.source = source;
        this.line = line;
        this.key = key;
    }

    /** The file or resource that was read. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }

    /** The parameter, reference or wave concerned, or {@code ""}. */
    public String key() {
        return key;
    }
}
