// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A seeded generator of values of {@code T}, usable with any test engine: it needs nothing but a
 * {@link RandomGenerator}, and the same random state (the same seed) always gives the same value.
 *
 * <p>A generator offers three things:
 *
 * <ul>
 *   <li>{@link #next(RandomGenerator)}: a random value;
 *   <li>{@link #edgeCases()}: its boundary values (the day before the 18th birthday, a woman born on the
 *       31st, 29 February, a legacy Papua prefix…), which checks should try first;
 *   <li>{@link #shrink(Object)}: simpler variants of a value that made a check fail (fewer optional fields,
 *       values nearer the boundary), each still a value this generator could produce, so that a runner can
 *       report a minimal counterexample.
 * </ul>
 *
 * <pre>{@code
 * Gen<RawApplicant> gen = Applicants.valid().atWave(18);
 * gen.samples(42, 100).forEach(raw -> ...);        // edge cases first, then random ones from seed 42
 * RawApplicant one = gen.next(Seeds.random(42));   // the same value for the same seed
 * PropertyCheck.forAll(gen).verify(raw -> ...);    // or as JUnit dynamic tests: checking(...)
 * }</pre>
 *
 * <p>The generators of this testkit are immutable: every configuration method returns a new generator and
 * leaves the receiver unchanged, so one can be shared across tests and threads.
 *
 * @param <T> the type of the generated values
 */
public interface Gen<T> {

    /**
     * A random value, drawn from {@code random}. Deterministic: the same state of {@code random} (for
     * instance {@link Seeds#random(long)} of the same seed) gives the same value.
     *
     * <pre>{@code
     * RawApplicant raw = Applicants.valid().next(Seeds.random(42));
     * }</pre>
     */
    T next(RandomGenerator random);

    /**
     * The boundary values of this generator, in a fixed order, to try before random ones. Empty unless the
     * generator documents some.
     *
     * <pre>{@code
     * Identifiers.niks().edgeCases(); // a woman born on the 31st (day 71), 29 February, 9101…
     * }</pre>
     */
    default List<T> edgeCases() {
        return List.of();
    }

    /**
     * Simpler variants of {@code failing}, simplest first, each a value this generator could have produced
     * (for instance fewer optional fields or values nearer the boundary). Empty when there is nothing
     * simpler; never contains {@code failing} itself.
     *
     * <pre>{@code
     * gen.shrink(failingApplicant); // e.g. without "domicile", with a shorter name, born nearer the 18th birthday
     * }</pre>
     */
    default List<T> shrink(T failing) {
        return List.of();
    }

    /**
     * {@code count} values: the edge cases first (as many as fit), then random values drawn from one
     * generator seeded with {@code seed}.
     *
     * <pre>{@code
     * List<Nik> niks = Identifiers.niks().samples(7, 50).toList();
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    default Stream<T> samples(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        List<T> edges = edgeCases();
        int fromEdges = Math.min(count, edges.size());
        RandomGenerator random = Seeds.random(seed);
        return Stream.concat(
                edges.subList(0, fromEdges).stream(),
                IntStream.range(0, count - fromEdges).mapToObj(i -> next(random)));
    }

    /**
     * The random value of {@code seed}: {@code next(Seeds.random(seed))}, as a property check draws it.
     *
     * <pre>{@code
     * RawApplicant failing = Applicants.valid().sample(20260117L); // the value a failing check printed
     * }</pre>
     */
    default T sample(long seed) {
        return next(Seeds.random(seed));
    }

    /**
     * A generator of {@code f} applied to this generator's values and edge cases. The mapped generator
     * cannot shrink (it does not know how to map back).
     *
     * <pre>{@code
     * Gen<String> nikTexts = Identifiers.niks().map(Nik::digits);
     * }</pre>
     */
    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        Gen<T> self = this;
        return new Gen<U>() {
            @Override
            public U next(RandomGenerator random) {
                return f.apply(self.next(random));
            }

            @Override
            public List<U> edgeCases() {
                List<U> out = new ArrayList<>();
                for (T t : self.edgeCases()) {
                    out.add(f.apply(t));
                }
                return List.copyOf(out);
            }
        };
    }

    /**
     * A generator of {@code next}, with the given edge cases and no shrinking.
     *
     * <pre>{@code
     * Gen<Integer> waves = Gen.of(r -> r.nextInt(1, 72), List.of(1, 3, 4, 12, 18, 47, 48, 71));
     * }</pre>
     */
    static <T> Gen<T> of(Function<? super RandomGenerator, ? extends T> next, List<T> edgeCases) {
        Objects.requireNonNull(next, "next");
        List<T> edges = List.copyOf(edgeCases);
        return new Gen<T>() {
            @Override
            public T next(RandomGenerator random) {
                return next.apply(random);
            }

            @Override
            public List<T> edgeCases() {
                return edges;
            }
        };
    }

    /**
     * A generator of {@code next} without edge cases or shrinking.
     *
     * <pre>{@code
     * Gen<Boolean> coin = Gen.of(RandomGenerator::nextBoolean);
     * }</pre>
     */
    static <T> Gen<T> of(Function<? super RandomGenerator, ? extends T> next) {
        return of(next, List.of());
    }

    /**
     * A generator that draws each value from one of {@code gens}, chosen uniformly (list one several times to
     * draw it more often). Its edge cases are theirs, in order; it shrinks a value with every generator's
     * shrinking. The testkit's generators keep only the variants that meet their own contract, so a value
     * one of them made is shrunk by that one (and by any other whose contract it also meets).
     *
     * <pre>{@code
     * ApplicantGenerator<RawApplicant> eligible = Applicants.valid().atWave(18);
     * Gen<RawApplicant> applicants = Gen.oneOf(List.of(eligible, eligible,
     *         eligible.breaking(RuleCode.ELIGIBILITY_MIN_AGE), eligible.breaking(RuleCode.ELIGIBILITY_MAX_AGE)));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code gens} is empty
     */
    static <T> Gen<T> oneOf(List<? extends Gen<T>> gens) {
        List<Gen<T>> all = List.copyOf(gens);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one generator");
        }
        return new Gen<T>() {
            @Override
            public T next(RandomGenerator random) {
                return all.get(random.nextInt(all.size())).next(random);
            }

            @Override
            public List<T> edgeCases() {
                List<T> out = new ArrayList<>();
                for (Gen<T> g : all) {
                    for (T t : g.edgeCases()) {
                        if (!out.contains(t)) {
                            out.add(t);
                        }
                    }
                }
                return List.copyOf(out);
            }

            @Override
            public List<T> shrink(T failing) {
                List<T> out = new ArrayList<>();
                for (Gen<T> g : all) {
                    for (T t : g.shrink(failing)) {
                        if (!out.contains(t)) {
                            out.add(t);
                        }
                    }
                }
                return List.copyOf(out);
            }
        };
    }
}
