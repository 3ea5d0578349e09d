// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Data problems are reported as {@link Violation}s, not thrown; exceptions are for the
 * {@code parse}-style conveniences ({@link InvalidInputException}) and for configuration files that
 * cannot be used (their subclasses name the file and the line).
 */
public class PrakerjaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says how to fix the problem. */
    public PrakerjaException(String message) {
        super(message);
    }

    /** An exception with a message and its cause. */
    public PrakerjaException(String message, Throwable cause) {
        super(message, cause);
    }
}
