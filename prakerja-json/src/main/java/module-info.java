// SPDX-License-Identifier: Apache-2.0
/**
 * Optional Jackson 3 binding of prakerja's wire formats.
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds {@link id.prakerja.json.PrakerjaModule}
 * through the service declared here (and in {@code META-INF/services} for the class path).
 */
module id.prakerja.json {
    requires transitive id.prakerja.core;
    requires transitive tools.jackson.databind;

    exports id.prakerja.json;

    provides tools.jackson.databind.JacksonModule with
            id.prakerja.json.PrakerjaModule;
}
