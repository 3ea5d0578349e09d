// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.conformance;

import id.prakerja.core.eligibility.Evaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the language-neutral conformance cases of {@code docs/conformance/<kind>/*.json} (format:
 * {@code docs/conformance/README.md}). The runners of this package check prakerja-core's Java API against
 * them; they live here rather than in prakerja-core so that core needs no JSON library, not even for tests.
 */
public final class ConformanceFiles {
    /** The folder of the cases, relative to a module's directory (Maven's working directory for tests). */
    public static final Path ROOT = Path.of(System.getProperty("prakerja.conformance.dir", "../docs/conformance"));

    public static final String FORMAT = "prakerja.conformance.v1";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ConformanceFiles() {}

    /** One case: its file, name and JSON node. */
    public record Case(Path file, String name, JsonNode node) {
        /** The case's {@code input} node. */
        public JsonNode input() {
            return node.get("input");
        }

        /** The expected codes, in order. */
        public List<String> expected() {
            return expectedCodes(node);
        }

        /** The evaluation of an eligibility case: its {@code wave} and {@code date}, either, or the latest. */
        public Evaluation evaluation() {
            boolean wave = node.has("wave");
            boolean date = node.has("date");
            if (wave && date) {
                return Evaluation.of(node.get("wave").asInt(), date());
            }
            if (wave) {
                return Evaluation.atWave(node.get("wave").asInt());
            }
            return date ? Evaluation.on(date()) : Evaluation.latest();
        }

        /** The case's {@code date}. */
        public LocalDate date() {
            return LocalDate.parse(node.get("date").asString());
        }

        @Override
        public String toString() {
            return file.getFileName() + ": " + name;
        }
    }

    /** Every case of {@code kind} (e.g. {@code "eligibility"}), in file and document order. */
    public static List<Case> cases(String kind) {
        Path dir = ROOT.resolve(kind);
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = MAPPER.readTree(f.toFile());
                if (!FORMAT.equals(doc.path("format").asString())) {
                    throw new IllegalStateException(f + ": \"format\" must be " + FORMAT);
                }
                if (!kind.equals(doc.path("kind").asString())) {
                    throw new IllegalStateException(f + ": \"kind\" must be " + kind);
                }
                for (JsonNode c : doc.path("cases")) {
                    out.add(new Case(f, c.path("name").asString(), c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The expected codes of a case, in order. */
    public static List<String> expectedCodes(JsonNode caseNode) {
        List<String> codes = new ArrayList<>();
        for (JsonNode c : caseNode.path("expected")) {
            codes.add(c.asString());
        }
        return codes;
    }
}
