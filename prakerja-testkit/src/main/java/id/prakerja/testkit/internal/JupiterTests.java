// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.testkit.Property;
import id.prakerja.testkit.PropertyCheck;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The only class that touches JUnit Jupiter: kept apart so that the rest of the testkit loads and runs
 * without {@code junit-jupiter-api} on the class path.
 */
public final class JupiterTests {
    private JupiterTests() {}

    /** One dynamic test per case, named by the case. */
    public static <T> Stream<DynamicTest> dynamicTests(
            List<PropertyCheck.Case<T>> cases, Property<? super T> property) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> c.check(property)));
    }
}
