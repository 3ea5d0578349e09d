// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import java.util.OptionalLong;

/**
 * A property did not hold for a generated value. The message names the seed (or the edge case), the
 * value and the simplest failing variant found by shrinking, both as {@link PropertyCheck} describes them
 * (NIKs masked), and how to rerun the case; the cause is the original failure.
 *
 * <pre>{@code
 * Property failed for seed 20260107 (random case 7 of 100): expected eligible but was [ELIGIBILITY_MIN_AGE …]
 *   value:  RawApplicant{nik=3174********0001, …}
 *   shrunk: RawApplicant{nik=3174********0001, …} (after 4 shrink steps)
 * Rerun only this case with -Dprakerja.seed=20260107
 * }</pre>
 */
public final class PropertyFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final OptionalLong seed;
    private final String value;
    private final String shrunk;
    private final int shrinkSteps;

    PropertyFailure(String message, Throwable cause, OptionalLong seed, String value, String shrunk, int steps) {
        super(message, cause);
        this.seed = seed;
        this.value = value;
        this.shrunk = shrunk;
        this.shrinkSteps = steps;
    }

    /**
     * The seed of the failing random case; empty for an edge case.
     *
     * <pre>{@code
     * failure.seed(); // OptionalLong[20260107]: rerun with -Dprakerja.seed=20260107
     * }</pre>
     */
    public OptionalLong seed() {
        return seed;
    }

    /**
     * The failing value, as described in the message.
     *
     * <pre>{@code
     * failure.value(); // "RawApplicant{nik=3174********0001, …}"
     * }</pre>
     */
    public String value() {
        return value;
    }

    /**
     * The simplest failing variant found, as described in the message (the value itself if none).
     *
     * <pre>{@code
     * failure.shrunk();
     * }</pre>
     */
    public String shrunk() {
        return shrunk;
    }

    /**
     * How many simpler variants replaced the value while shrinking.
     *
     * <pre>{@code
     * failure.shrinkSteps(); // 0 when nothing simpler failed
     * }</pre>
     */
    public int shrinkSteps() {
        return shrinkSteps;
    }
}
