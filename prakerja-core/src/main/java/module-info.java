// SPDX-License-Identifier: Apache-2.0
/**
 * Kartu Prakerja types, rules and the feed-validation engine.
 *
 * <p>This module has no runtime dependencies: Immutables runs as an annotation processor only,
 * and its annotations are read at compile time ({@code requires static}).
 */
module id.prakerja.core {
    requires static org.immutables.value.annotations;

    exports id.prakerja.core.validation;
    exports id.prakerja.core.identity;
    exports id.prakerja.core.money;
    exports id.prakerja.core.program;
    exports id.prakerja.core.eligibility;
    exports id.prakerja.core.feed;
    exports id.prakerja.core.cooperation;
    exports id.prakerja.core.participation;

    // library-internal helpers (digits, dates, text) shared with the JSON binding only
    exports id.prakerja.core.internal to
            id.prakerja.json;
}
