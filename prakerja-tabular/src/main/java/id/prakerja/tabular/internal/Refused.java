// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

import id.prakerja.tabular.TabularException;
import id.prakerja.tabular.TabularException.Problem;
import id.prakerja.tabular.TabularException.Reason;
import java.util.List;

/** The readers' one way of refusing a feed: the English message and the same problem machine-readable. */
final class Refused {
    private Refused() {}

    /** A refusal of one problem; arguments as name and value pairs ({@link Problem#of}). */
    static TabularException of(String message, Reason reason, Object... namesAndValues) {
        return new TabularException(message, List.of(Problem.of(reason, namesAndValues)));
    }

    /** A refusal of one problem, with its cause. */
    static TabularException of(String message, Throwable cause, Reason reason, Object... namesAndValues) {
        return new TabularException(message, cause, List.of(Problem.of(reason, namesAndValues)));
    }
}
