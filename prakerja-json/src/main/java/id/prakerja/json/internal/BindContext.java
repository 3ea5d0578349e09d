// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What binding one record has found so far: its violations in order, and whether unknown fields are
 * reported (strict). One per record; not thread-safe.
 */
public final class BindContext {

    private final boolean strict;
    private final List<Violation> violations = new ArrayList<>(0);
    private int errors;

    /** A context that reports unknown fields when {@code strict}. */
    public BindContext(boolean strict) {
        this.strict = strict;
    }

    /** Whether unknown fields are reported. */
    public boolean strict() {
        return strict;
    }

    /** Adds a violation. */
    public void add(Violation v) {
        violations.add(v);
        if (v.isError()) {
            errors++;
        }
    }

    /** Adds violations, e.g. those of a core parser, in order. */
    public void addAll(List<Violation> vs) {
        for (Violation v : vs) {
            add(v);
        }
    }

    /** The number of errors so far: a binder builds a value only when none were added while it read it. */
    public int errors() {
        return errors;
    }

    /**
     * A scope starting now: a binder opens one before it reads a value and builds the value only when
     * {@link Scope#failed()} is false at the end.
     */
    public Scope scope() {
        return new Scope(errors);
    }

    /** The errors added since a point of the binding ({@link #scope()}). */
    public final class Scope {
        private final int before;

        private Scope(int before) {
            this.before = before;
        }

        /** Whether an error was added since the scope was opened. */
        public boolean failed() {
            return errors > before;
        }
    }

    /** The violations so far, in order. */
    public List<Violation> violations() {
        return violations;
    }

    /** The root of a record: the whole record's path is {@code ""}, and so is its pointer. */
    public Located root(Node node) {
        return new Located(this, node, "", "");
    }
}
