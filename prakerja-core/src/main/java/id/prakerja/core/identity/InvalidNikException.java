// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.validation.InvalidInputException;
import id.prakerja.core.validation.Violation;
import java.util.List;

/**
 * Thrown by {@link Nik#parse(String)} for text that is not a valid NIK. The message shows the text
 * masked; {@link #violations()} lists every reason. Use {@link Nik#validate(String)} to get the reasons
 * without an exception.
 */
public final class InvalidNikException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    InvalidNikException(String text, List<Violation> violations) {
        super("NIK " + Nik.mask(text), violations);
    }
}
