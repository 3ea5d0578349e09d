// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.validation.InvalidInputException;
import id.prakerja.core.validation.Violation;
import java.util.List;

/**
 * Thrown by {@link FamilyCardNumber#parse(String)} for text that is not a valid family-card number. The
 * message shows the text masked; {@link #violations()} lists every reason.
 */
public final class InvalidFamilyCardNumberException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    InvalidFamilyCardNumberException(String text, List<Violation> violations) {
        super("family-card number " + Nik.mask(text), violations);
    }
}
