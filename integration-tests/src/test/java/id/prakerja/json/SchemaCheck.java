// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas shipped in the prakerja-json jar, validating with format assertions on (as json's own
 * schema tests do; their helper is not visible from this module).
 */
final class SchemaCheck {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private SchemaCheck() {}

    /** The errors of {@code document} against the shipped schema {@code name}; empty when valid. */
    static List<Error> errors(String name, JsonNode document) {
        return LOADED.computeIfAbsent(name, n -> {
                    String resource = "/id/prakerja/json/schemas/" + n + ".schema.json";
                    try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException("no schema " + resource);
                        }
                        return REGISTRY.getSchema(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .validate(document);
    }
}
