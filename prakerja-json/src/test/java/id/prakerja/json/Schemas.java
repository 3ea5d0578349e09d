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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** The published JSON Schemas, loaded from the jar's resources, validating with format assertions on. */
final class Schemas {

    /** Where the schemas live in the jar. */
    static final String FOLDER = "/id/prakerja/json/schemas/";

    /** Every schema, by name ({@code applicant} for {@code applicant.schema.json}). */
    static final List<String> NAMES = List.of(
            "applicant",
            "decision",
            "pre-check",
            "violation",
            "feed-report",
            "participant",
            "participant-event",
            "reminder",
            "agreement",
            "activity",
            "progress-summary");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {}

    /** The text of {@code name}'s schema, as shipped. */
    static String text(String name) {
        try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("no schema " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema get(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try (InputStream in = Schemas.class.getResourceAsStream(FOLDER + n + ".schema.json")) {
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The errors of {@code document} against {@code name}'s schema; empty when valid. */
    static List<Error> errors(String name, JsonNode document) {
        return get(name).validate(document);
    }
}
