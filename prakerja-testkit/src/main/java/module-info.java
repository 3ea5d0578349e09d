/**
 * Seeded generators of valid and one-rule-breaking Kartu Prakerja data, and AssertJ assertions, for
 * property-based checks with any test engine.
 */
module id.prakerja.testkit {
    requires transitive id.prakerja.core;
    requires transitive org.assertj.core;

    exports id.prakerja.testkit;
}
