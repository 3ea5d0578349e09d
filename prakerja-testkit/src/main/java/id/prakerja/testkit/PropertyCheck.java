// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.Nik;
import id.prakerja.testkit.internal.Describe;
import id.prakerja.testkit.internal.JupiterTests;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs "for every generated value, this holds": first the generator's edge cases, then one random value per
 * seed, in plain JUnit (as dynamic tests), in any other engine (as parameterized cases), or directly.
 *
 * <p>In JUnit Jupiter, return {@link #checking(Property)} from a {@code @TestFactory}; every case is a
 * dynamic test named by its seed and index, e.g. {@code "seed 20260107 (#7 of 100)"}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyValidApplicantIsEligible() {
 *     ApplicantGenerator<RawApplicant> gen = Applicants.valid().atWave(18);
 *     return PropertyCheck.forAll(gen).tries(200)
 *             .checking(raw -> assertThat(checker.decide(raw, gen.evaluation())).isEligible());
 * }
 * }</pre>
 *
 * <p>Any engine can iterate {@link #cases()} (a {@code @MethodSource}, a TestNG {@code @DataProvider}) and
 * call {@link Case#check(Property)}, or run everything at once with {@link #verify(Property)}.
 *
 * <p><b>Seeds.</b> Random case {@code i} (from 0) draws its value with {@code Seeds.random(base + i)}
 * ({@link Seeds}: base 20260101, or {@code -Dprakerja.baseSeed}). {@code -Dprakerja.seed=N} runs only the
 * random case of seed {@code N} and skips the edge cases, which are the same on every run anyway:
 * {@code ./mvnw -pl prakerja-testkit test -Dprakerja.seed=20260107}.
 *
 * <p><b>Failures.</b> A failing case is shrunk: the runner asks the generator for simpler variants
 * ({@link Gen#shrink(Object)}) and keeps the first that still fails, until none does. It then throws a
 * {@link PropertyFailure} whose message names the seed or edge case, the value, the shrunk value and the
 * rerun flag. Values are described by their {@code toString} (the library's types mask every NIK and family
 * card number); text values are masked as if they were NIKs; {@link #describedBy(Function)} changes that.
 * The failure of the property is quoted with every 16-digit number masked; the original failure, as the
 * property threw it, is the cause (the values are generated, not anyone's personal data).
 *
 * <p>Instances are immutable: each option returns a new check.
 *
 * @param <T> the type of the values checked
 */
public final class PropertyCheck<T> {

    /** The number of random cases unless {@link #tries(int)} says otherwise. */
    public static final int DEFAULT_TRIES = 100;

    /** The most simpler variants a failing value is replaced by, unless {@link #maxShrinkSteps(int)} says otherwise. */
    public static final int DEFAULT_MAX_SHRINK_STEPS = 200;

    private final Gen<T> gen;
    private final int tries;
    private final boolean edgeCases;
    private final Function<? super T, String> describer;
    private final int maxShrinkSteps;

    private PropertyCheck(
            Gen<T> gen, int tries, boolean edgeCases, Function<? super T, String> describer, int maxShrinkSteps) {
        this.gen = gen;
        this.tries = tries;
        this.edgeCases = edgeCases;
        this.describer = describer;
        this.maxShrinkSteps = maxShrinkSteps;
    }

    /**
     * A check over the values of {@code gen}: its edge cases, then {@value #DEFAULT_TRIES} random ones.
     *
     * <pre>{@code
     * PropertyCheck.forAll(Identifiers.niks()).verify(nik -> assertThat(nik.toString()).contains("********"));
     * }</pre>
     */
    public static <T> PropertyCheck<T> forAll(Gen<T> gen) {
        return new PropertyCheck<>(
                Objects.requireNonNull(gen, "gen"),
                DEFAULT_TRIES,
                true,
                PropertyCheck::describe,
                DEFAULT_MAX_SHRINK_STEPS);
    }

    /**
     * Runs {@code count} random cases (seeds {@code base} to {@code base + count - 1}).
     *
     * <pre>{@code
     * PropertyCheck.forAll(gen).tries(1_000).verify(property);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public PropertyCheck<T> tries(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("tries must be at least 1, was " + count);
        }
        return new PropertyCheck<>(gen, count, edgeCases, describer, maxShrinkSteps);
    }

    /**
     * Skips the generator's edge cases (random cases only).
     *
     * <pre>{@code
     * PropertyCheck.forAll(gen).withoutEdgeCases().tries(10).verify(property);
     * }</pre>
     */
    public PropertyCheck<T> withoutEdgeCases() {
        return new PropertyCheck<>(gen, tries, false, describer, maxShrinkSteps);
    }

    /**
     * Describes values in failure messages with {@code describer} instead of their (masked) {@code toString}.
     * Never return a full NIK or family-card number.
     *
     * <pre>{@code
     * PropertyCheck.forAll(feeds).describedBy(feed -> feed.lines().size() + " lines").verify(property);
     * }</pre>
     */
    public PropertyCheck<T> describedBy(Function<? super T, String> describer) {
        return new PropertyCheck<>(
                gen, tries, edgeCases, Objects.requireNonNull(describer, "describer"), maxShrinkSteps);
    }

    /**
     * Replaces a failing value by at most {@code steps} simpler variants (0 turns shrinking off).
     *
     * <pre>{@code
     * PropertyCheck.forAll(gen).maxShrinkSteps(0).verify(property);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code steps} is negative
     */
    public PropertyCheck<T> maxShrinkSteps(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("maxShrinkSteps must not be negative, was " + steps);
        }
        return new PropertyCheck<>(gen, tries, edgeCases, describer, steps);
    }

    /**
     * The cases, in order: the edge cases (unless {@code -Dprakerja.seed} is set or
     * {@link #withoutEdgeCases()}), then one random case per seed. Random values are drawn when a case is
     * checked.
     *
     * <pre>{@code
     * static Stream<PropertyCheck.Case<RawApplicant>> cases() { return PropertyCheck.forAll(gen).cases().stream(); }
     *
     * @ParameterizedTest @MethodSource("cases")
     * void holds(PropertyCheck.Case<RawApplicant> c) { c.check(raw -> ...); }   // named "seed 20260101 (#1 of 100)"
     * }</pre>
     */
    public List<Case<T>> cases() {
        Seeds seeds = Seeds.of(tries);
        List<Case<T>> out = new ArrayList<>();
        if (edgeCases && !seeds.isRerun()) {
            List<T> edges = gen.edgeCases();
            for (int i = 0; i < edges.size(); i++) {
                out.add(new Case<>(
                        this,
                        "edge case " + (i + 1) + " of " + edges.size(),
                        OptionalLong.empty(),
                        edges.get(i),
                        false));
            }
        }
        long[] all = seeds.stream().toArray();
        for (int i = 0; i < all.length; i++) {
            String name = seeds.isRerun()
                    ? "seed " + all[i] + " (rerun)"
                    : "seed " + all[i] + " (#" + (i + 1) + " of " + all.length + ")";
            out.add(new Case<>(this, name, OptionalLong.of(all[i]), null, true));
        }
        return List.copyOf(out);
    }

    /**
     * The cases as JUnit Jupiter dynamic tests, for a {@code @TestFactory} (see the class comment). Needs
     * {@code junit-jupiter-api} on the test class path; nothing else in this testkit does.
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> niksAreMasked() {
     *     return PropertyCheck.forAll(Identifiers.niks()).checking(nik -> assertThat(nik.toString()).hasSize(16));
     * }
     * }</pre>
     */
    public Stream<org.junit.jupiter.api.DynamicTest> checking(Property<? super T> property) {
        Objects.requireNonNull(property, "property");
        return JupiterTests.dynamicTests(cases(), property);
    }

    /**
     * Checks every case and throws at the first failure: for any engine, or a {@code main} method.
     *
     * <pre>{@code
     * PropertyCheck.forAll(Applicants.valid().atWave(4)).tries(500).verify(raw -> ...);
     * }</pre>
     *
     * @throws PropertyFailure for the first case that fails, shrunk
     */
    public void verify(Property<? super T> property) {
        Objects.requireNonNull(property, "property");
        for (Case<T> c : cases()) {
            c.check(property);
        }
    }

    private static String describe(Object value) {
        if (value instanceof CharSequence text) {
            return "\"" + Nik.mask(text) + "\" (" + text.length() + " characters, masked)";
        }
        return String.valueOf(value);
    }

    /** Runs the property; returns the failure, or {@code null} when it holds. */
    private static <T> Throwable run(Property<? super T> property, T value) {
        try {
            property.check(value);
            return null;
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError || isAbort(t)) {
                throw sneaky(t);
            }
            return t;
        }
    }

    private static boolean isAbort(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String n = c.getName();
            if (n.equals("org.opentest4j.TestAbortedException") || n.equals("org.testng.SkipException")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> RuntimeException sneaky(Throwable t) throws X {
        throw (X) t;
    }

    private static String summary(Throwable t) {
        String m = t.getMessage();
        String text =
                m == null || m.isBlank() ? t.getClass().getName() : t.getClass().getSimpleName() + ": " + m.strip();
        return Describe.maskNumbers(text).replace("\n", "\n    ");
    }

    /**
     * One case of a property check: an edge case or the random value of one seed.
     *
     * @param <T> the type of the value
     */
    public static final class Case<T> {
        private final PropertyCheck<T> owner;
        private final String name;
        private final OptionalLong seed;
        private final T edgeValue;
        private final boolean random;

        private Case(PropertyCheck<T> owner, String name, OptionalLong seed, T edgeValue, boolean random) {
            this.owner = owner;
            this.name = name;
            this.seed = seed;
            this.edgeValue = edgeValue;
            this.random = random;
        }

        /**
         * The display name, e.g. {@code "seed 20260107 (#7 of 100)"} or {@code "edge case 3 of 12"}.
         *
         * <pre>{@code
         * check.cases().get(0).name(); // "edge case 1 of 17"
         * }</pre>
         */
        public String name() {
            return name;
        }

        /**
         * The seed of a random case; empty for an edge case.
         *
         * <pre>{@code
         * c.seed(); // OptionalLong[20260101]
         * }</pre>
         */
        public OptionalLong seed() {
            return seed;
        }

        /**
         * The value checked (a random case draws it from its seed, the same on every call).
         *
         * <pre>{@code
         * c.value(); // gen.sample(c.seed().getAsLong()) for a random case
         * }</pre>
         */
        public T value() {
            return random ? owner.gen.next(Seeds.random(seed.getAsLong())) : edgeValue;
        }

        /**
         * Checks the property on this case's value; on failure shrinks it and throws.
         *
         *
         * <pre>{@code
         * c.check(raw -> assertThat(checker.decide(raw, Evaluation.atWave(18))).isEligible());
         * }</pre>
         *
         * @throws PropertyFailure if the property does not hold (see {@link PropertyCheck})
         */
        public void check(Property<? super T> property) {
            T value;
            try {
                value = value();
            } catch (RuntimeException e) {
                throw new PropertyFailure(
                        "Generating the value of " + name + " failed: " + summary(e) + rerun(), e, seed, "-", "-", 0);
            }
            Throwable failure = run(property, value);
            if (failure == null) {
                return;
            }
            T shrunk = value;
            Throwable shrunkFailure = failure;
            int steps = 0;
            boolean progress = true;
            while (progress && steps < owner.maxShrinkSteps) {
                progress = false;
                for (T candidate : owner.gen.shrink(shrunk)) {
                    Throwable f = run(property, candidate);
                    if (f != null) {
                        shrunk = candidate;
                        shrunkFailure = f;
                        steps++;
                        progress = true;
                        break;
                    }
                }
            }
            String described = owner.describer.apply(value);
            String describedShrunk = steps == 0 ? described : owner.describer.apply(shrunk);
            StringBuilder m = new StringBuilder("Property failed for ")
                    .append(seed.isPresent() ? name : name + " (edge cases run first, the same on every run)")
                    .append("\n  value:  ")
                    .append(described)
                    .append("\n  shrunk: ")
                    .append(
                            steps == 0
                                    ? "no simpler failing value"
                                    : describedShrunk + " (after " + steps + " shrink steps)")
                    .append("\n  failure")
                    .append(steps == 0 ? "" : " of the shrunk value")
                    .append(": ")
                    .append(summary(shrunkFailure))
                    .append(rerun());
            PropertyFailure pf = new PropertyFailure(m.toString(), failure, seed, described, describedShrunk, steps);
            if (shrunkFailure != failure) {
                pf.addSuppressed(shrunkFailure);
            }
            throw pf;
        }

        private String rerun() {
            return seed.isPresent()
                    ? "\nRerun only this case with -D" + Seeds.SEED_PROPERTY + "=" + seed.getAsLong()
                            + " (e.g. ./mvnw test -D" + Seeds.SEED_PROPERTY + "=" + seed.getAsLong() + ")"
                    : "";
        }

        /** The name; the value is not shown (it may hold personal data). */
        @Override
        public String toString() {
            return name;
        }
    }
}
