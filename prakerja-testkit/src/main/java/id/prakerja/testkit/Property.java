// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

/**
 * A check of one generated value: it passes by returning and fails by throwing, usually an
 * {@link AssertionError} from AssertJ or any assertion library.
 *
 * <pre>{@code
 * Property<RawApplicant> eligible = raw -> assertThat(checker.decide(raw, Evaluation.atWave(18))).isEligible();
 * }</pre>
 *
 * @param <T> the type of the values checked
 */
@FunctionalInterface
public interface Property<T> {

    /**
     * Checks {@code value}.
     *
     * <pre>{@code
     * property.check(Applicants.valid().sample(1));
     * }</pre>
     *
     * @throws Throwable when the property does not hold for {@code value}
     */
    void check(T value) throws Throwable;
}
