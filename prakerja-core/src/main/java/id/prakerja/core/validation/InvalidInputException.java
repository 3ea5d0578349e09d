// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a {@code parse}-style convenience when its input breaks one or more rules; carries every
 * violation found. Use the {@code validate} variant to get the violations without an exception.
 *
 * <p>The message names the codes and a masked form of the input; it never holds a full NIK or
 * family-card number.
 */
public class InvalidInputException extends PrakerjaException {
    private static final long serialVersionUID = 1L;

    /** The violations; a serialized exception keeps only its message. */
    private final transient List<Violation> violations;

    /**
     * @param what a short, already masked description of the input, e.g. {@code "NIK 3174********0000"}
     * @param violations every violation found, at least one
     */
    public InvalidInputException(String what, List<Violation> violations) {
        super(describe(what, violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in order. */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    private static String describe(String what, List<Violation> violations) {
        return "Invalid " + what + ": "
                + violations.stream()
                        .map(v -> v.code().name() + " (" + v.code().meaning() + ")")
                        .collect(Collectors.joining("; "));
    }
}
