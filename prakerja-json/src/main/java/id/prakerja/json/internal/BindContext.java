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

    /** The violations so far, in order. */
    public List<Violation> violations() {
        return violations;
    }

    /** The root of a record: the whole record's path is {@code ""}, and so is its pointer. */
    public Located root(Node node) {
        return new Located(this, node, "", "");
    }
}
