// SPDX-License-Identifier: Apache-2.0
/**
 * Seeded generators of valid and one-rule-breaking Kartu Prakerja data, a small property-check runner and
 * AssertJ assertions, for property-based checks with any test engine.
 *
 * <p>JUnit Jupiter is optional ({@code requires static}): only {@code PropertyCheck.checking(...)}, which
 * returns dynamic tests, uses it.
 */
module id.prakerja.testkit {
    requires transitive id.prakerja.core;
    requires transitive org.assertj.core;
    requires static org.junit.jupiter.api;

    exports id.prakerja.testkit;
}
