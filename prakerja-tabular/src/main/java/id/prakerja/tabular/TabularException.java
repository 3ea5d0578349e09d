// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import id.prakerja.core.validation.PrakerjaException;

/**
 * A tabular feed that cannot be read at all, reported once before any record: a header with a missing
 * required column, a duplicate or unnamed column, a file that is not UTF-8 (UTF-16, a gzip or a workbook
 * given as CSV), a workbook that cannot be opened or has no sheet of the requested name. The message says
 * how to fix it and never holds a full NIK.
 */
public final class TabularException extends PrakerjaException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what to fix. */
    public TabularException(String message) {
        super(id.prakerja.core.identity.Nik.maskNumbersIn(message));
    }

    /** An exception with a message that says what to fix, and its cause. */
    public TabularException(String message, Throwable cause) {
        super(id.prakerja.core.identity.Nik.maskNumbersIn(message), cause);
    }
}
