// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) shipped in this jar, one per record type and output
 * ({@code docs/schemas} publishes identical copies). Reads them on the class path and on the module path
 * alike: the schemas lie in a package of the {@code id.prakerja.json} module that is not open, so looking
 * them up by resource name from another module ({@code getResource("/id/prakerja/json/schemas/…")}) finds
 * nothing there; this class reads them from inside the module.
 *
 * <pre>{@code
 * try (InputStream in = PrakerjaSchemas.open("applicant")) {
 *     Schema schema = registry.getSchema(in);
 * }
 * String text = PrakerjaSchemas.text("pre-check");
 * }</pre>
 */
public final class PrakerjaSchemas {

    /** The folder of the schemas in the jar, relative to this class's package. */
    private static final String FOLDER = "schemas/";

    private static final List<String> NAMES = List.of(
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

    private PrakerjaSchemas() {}

    /** The name of every shipped schema: {@code applicant} for {@code applicant.schema.json}. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The schema {@code name} ({@code "applicant"}, {@code "pre-check"}… or the file name
     * {@code "applicant.schema.json"}), as UTF-8 bytes; the caller closes the stream.
     *
     * @throws IllegalArgumentException if no schema has that name; the message lists the names
     */
    public static InputStream open(String name) {
        String n = name(name);
        InputStream in = PrakerjaSchemas.class.getResourceAsStream(FOLDER + n + ".schema.json");
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + n + ".schema.json"); // a broken build
        }
        return in;
    }

    /**
     * The text of schema {@code name}.
     *
     * @throws IllegalArgumentException if no schema has that name
     */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(String name) {
        String n = name.endsWith(".schema.json") ? name.substring(0, name.length() - ".schema.json".length()) : name;
        if (!NAMES.contains(n)) {
            throw new IllegalArgumentException("no schema " + name + "; the schemas are " + NAMES);
        }
        return n;
    }
}
