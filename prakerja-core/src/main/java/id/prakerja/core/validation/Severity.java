// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
    /** The value or record is rejected: an applicant with an error is not eligible. */
    ERROR,
    /** Worth attention, but the value or record is still accepted. */
    WARNING
}
