// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one fail-fast mechanism of every rule family (eligibility, participation, cooperation): rules add
 * their violations here; collect-all keeps every one, fail-fast keeps the first and then reports itself
 * {@linkplain #isFull() full}, so the family stops evaluating.
 */
public final class ViolationSink {

    private final boolean failFast;
    private List<Violation> violations;

    /** A sink that stops after the first violation when {@code failFast}, else collects all. */
    public ViolationSink(boolean failFast) {
        this.failFast = failFast;
    }

    /** Whether no further violation is wanted (fail-fast, and one is held). */
    public boolean isFull() {
        return failFast && violations != null;
    }

    /** Keeps {@code v} unless the sink {@linkplain #isFull() is full}; answers whether it was kept. */
    public boolean add(Violation v) {
        if (isFull()) {
            return false;
        }
        if (violations == null) {
            violations = new ArrayList<>(4);
        }
        violations.add(v);
        return true;
    }

    /** The violations kept, in the order added (a read-only view, empty when none). */
    public List<Violation> violations() {
        return violations == null ? List.of() : Collections.unmodifiableList(violations);
    }
}
