// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

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

/** The language-neutral cases of {@code docs/conformance/<kind>/*.json} (format: its README). */
final class Conformance {

    static final Path ROOT = Path.of(System.getProperty("prakerja.conformance.dir", "../docs/conformance"));

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private Conformance() {}

    /** One case: its file, name and JSON node. */
    record Case(Path file, String name, JsonNode node) {
        JsonNode input() {
            return node.get("input");
        }

        List<String> expected() {
            List<String> codes = new ArrayList<>();
            node.path("expected").forEach(c -> codes.add(c.asString()));
            return codes;
        }

        /** The evaluation of an eligibility case: its {@code wave} and {@code date}, either, or the latest. */
        Evaluation evaluation() {
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

        LocalDate date() {
            return LocalDate.parse(node.get("date").asString());
        }

        @Override
        public String toString() {
            return file.getFileName() + ": " + name;
        }
    }

    /** Every case of {@code kind}, in file and document order. */
    static List<Case> cases(String kind) {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(kind))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = PLAIN.readTree(f.toFile());
                for (JsonNode c : doc.path("cases")) {
                    out.add(new Case(f, c.path("name").asString(), c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
