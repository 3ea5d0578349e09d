// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The schemas have one source: the resources shipped in the jar ({@code src/main/resources/id/prakerja/json/
 * schemas}); {@code docs/schemas} publishes copies, which must be identical. After changing a schema:
 * {@code ./mvnw -B -ntp -pl prakerja-json -am test -Dtest=SchemaDocsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dprakerja.updateDocs=true}.
 */
class SchemaDocsTest {

    private static final Path DOCS = Path.of("../docs/schemas");

    @TestFactory
    Stream<DynamicTest> everyPublishedSchemaIsTheShippedOne() {
        return Schemas.NAMES.stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    String shipped = Schemas.text(name);
                    Path published = DOCS.resolve(name + ".schema.json");
                    if (Boolean.getBoolean("prakerja.updateDocs")) {
                        Files.createDirectories(DOCS);
                        Files.writeString(published, shipped, StandardCharsets.UTF_8);
                    }
                    assertThat(published)
                            .as(
                                    "docs/schemas/%s.schema.json is out of date: copy it with -Dprakerja.updateDocs=true (see"
                                            + " this test's Javadoc)",
                                    name)
                            .exists();
                    assertThat(Files.readString(published, StandardCharsets.UTF_8))
                            .isEqualTo(shipped);
                }));
    }

    @Test
    void theJarAndTheDocsHoldNoOtherSchema() throws IOException {
        List<String> expected =
                Schemas.NAMES.stream().map(n -> n + ".schema.json").toList();
        for (Path dir : List.of(DOCS, Path.of("src/main/resources" + Schemas.FOLDER))) {
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as(dir.toString())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void everySchemaIsADraft202012SchemaWithItsOwnId() {
        for (String name : Schemas.NAMES) {
            String text = Schemas.text(name);
            assertThat(text)
                    .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                    .contains("\"$id\": \"https://prakerja.id/schemas/" + name + ".schema.json\"");
            assertThat(Schemas.get(name)).isNotNull();
        }
    }
}
