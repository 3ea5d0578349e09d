// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;

/**
 * The seeds a property check runs with: {@code count} consecutive seeds from a base, or the single seed
 * given in the system property {@value #SEED_PROPERTY} to rerun one failing case.
 *
 * <pre>{@code
 * Seeds.of(200).stream().forEach(seed -> check(Seeds.random(seed)));
 * // rerun one: mvn test -Dprakerja.seed=20260117
 * }</pre>
 */
public final class Seeds {
    /**
     * The system property that selects a single seed to rerun.
     *
     * <pre>{@code
     * ./mvnw -pl prakerja-testkit test -Dprakerja.seed=20260107
     * }</pre>
     */
    public static final String SEED_PROPERTY = "prakerja.seed";

    /**
     * The system property that moves the base of the seed range.
     *
     * <pre>{@code
     * ./mvnw test -Dprakerja.baseSeed=1   # seeds 1, 2, 3, …
     * }</pre>
     */
    public static final String BASE_SEED_PROPERTY = "prakerja.baseSeed";

    /**
     * The default base seed.
     *
     * <pre>{@code
     * Seeds.of(2).stream(); // 20260101, 20260102
     * }</pre>
     */
    public static final long DEFAULT_BASE = 20_260_101L;

    private final long base;
    private final int count;
    private final Long single;

    private Seeds(long base, int count, Long single) {
        this.base = base;
        this.count = count;
        this.single = single;
    }

    /**
     * {@code count} seeds from the base (system property {@value #BASE_SEED_PROPERTY}, else
     * {@value #DEFAULT_BASE}), or only the seed of {@value #SEED_PROPERTY} when it is set.
     *
     * <pre>{@code
     * Seeds.of(100).stream().forEach(seed -> check(gen.sample(seed)));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is not positive or a property is not a number
     */
    public static Seeds of(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        return new Seeds(readLong(BASE_SEED_PROPERTY, DEFAULT_BASE), count, readSingle());
    }

    private static Long readSingle() {
        String value = System.getProperty(SEED_PROPERTY);
        return value == null || value.isBlank() ? null : parse(SEED_PROPERTY, value);
    }

    private static long readLong(String property, long fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : parse(property, value);
    }

    private static long parse(String property, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-D" + property + " must be a whole number (a seed printed by a failing check), was '" + value
                            + "'",
                    e);
        }
    }

    /**
     * Whether a single seed was requested through {@value #SEED_PROPERTY}.
     *
     * <pre>{@code
     * if (!Seeds.of(100).isRerun()) { runEdgeCases(); }
     * }</pre>
     */
    public boolean isRerun() {
        return single != null;
    }

    /**
     * The random generator every generator of this testkit draws a seed's values from: a
     * {@link SplittableRandom} (SplitMix64), so a seed gives the same values on every machine, and in
     * practice on every JDK release since 17.
     *
     * <pre>{@code
     * RawApplicant raw = Applicants.valid().next(Seeds.random(20260117L));
     * }</pre>
     */
    public static RandomGenerator random(long seed) {
        return new SplittableRandom(seed);
    }

    /**
     * The seeds, in order.
     *
     * <pre>{@code
     * long[] seeds = Seeds.of(10).stream().toArray();
     * }</pre>
     */
    public LongStream stream() {
        return single != null ? LongStream.of(single) : LongStream.range(base, base + count);
    }
}
