// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-code argument fragment ({@code $defs/codeArguments}) and the enumeration of the codes
 * ({@code $defs/code}) of the violation, decision and feed-report schemas are generated from the codes'
 * declarations ({@link RuleCode}, {@link RuleCode#arguments()}: names, types, which are required), the one
 * source; the shipped schemas must hold exactly the generated fragment
 * ({@link SchemaDocsTest} then keeps {@code docs/schemas} identical to them). After adding or changing a
 * code: {@code ./mvnw -B -ntp -pl prakerja-json -am test -Dtest='SchemaFragmentsTest,SchemaDocsTest'
 * -Dsurefire.failIfNoSpecifiedTests=false -Dprakerja.updateDocs=true} (this test first, then the copy).
 */
class SchemaFragmentsTest {

    static final List<String> WITH_CODE_ARGUMENTS = List.of("violation", "decision", "pre-check", "feed-report");
    private static final String START = "    \"codeArguments\": {\n";
    private static final String CODE_START = "    \"code\": {\n";
    private static final Path RESOURCES = Path.of("src/main/resources" + Schemas.FOLDER);
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** The fragment, as it stands in each schema (four spaces in, inside {@code $defs}). */
    static String fragment() {
        StringBuilder sb = new StringBuilder(START);
        sb.append("      \"description\": \"The arguments every violation of a code carries (docs/rules.md), generated")
                .append(" from the codes' declarations.\",\n")
                .append("      \"allOf\": [\n");
        List<String> rules = new ArrayList<>();
        for (RuleCode code : RuleCode.values()) {
            if (code.requiredArguments().isEmpty()) {
                continue;
            }
            List<String> required = new ArrayList<>();
            code.requiredArguments().forEach(n -> required.add(quote(n)));
            rules.add("        {\n"
                    + "          \"if\": { \"properties\": { \"code\": { \"const\": " + quote(code.name())
                    + " } }, \"required\": [\"code\"] },\n"
                    + "          \"then\": { \"properties\": { \"arguments\": { \"required\": ["
                    + String.join(", ", required) + "] } } }\n"
                    + "        }");
        }
        sb.append(String.join(",\n", rules)).append("\n      ]\n    }");
        return sb.toString();
    }

    /** The enumeration of the codes ({@code $defs/code}), one a line. */
    static String codeEnum() {
        List<String> names = new ArrayList<>();
        for (RuleCode code : RuleCode.values()) {
            names.add("        " + quote(code.name()));
        }
        return CODE_START
                + "      \"description\": \"A rule code of this library version (docs/rule-codes.md).\",\n"
                + "      \"enum\": [\n"
                + String.join(",\n", names)
                + "\n      ]\n    }";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** {@code text} with the definition that {@code fragment} starts with replaced by {@code fragment}. */
    static String replaceFragment(String text, String fragment) {
        String head = fragment.substring(0, fragment.indexOf('\n') + 1);
        int start = text.indexOf(head);
        assertThat(start).as("the schema has %s", head.trim()).isNotNegative();
        int depth = 0;
        boolean inString = false;
        int end = -1;
        for (int i = text.indexOf('{', start); i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                end = i + 1;
                break;
            }
        }
        return text.substring(0, start) + fragment + text.substring(end);
    }

    @Test
    void theShippedSchemasHoldTheFragmentGeneratedFromTheDeclarations() throws IOException {
        String fragment = fragment();
        PLAIN.readTree("{" + fragment + "}"); // well-formed JSON
        for (String name : WITH_CODE_ARGUMENTS) {
            Path file = RESOURCES.resolve(name + ".schema.json");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String generated = replaceFragment(replaceFragment(text, fragment), codeEnum());
            if (Boolean.getBoolean("prakerja.updateDocs")) {
                Files.writeString(file, generated, StandardCharsets.UTF_8);
                text = generated;
            }
            assertThat(text)
                    .as("%s: $defs/codeArguments is out of date: regenerate it (see this test's Javadoc)", name)
                    .isEqualTo(generated);
        }
    }

    @Test
    void theFragmentRequiresEachCodesRequiredArguments() {
        String fragment = fragment();
        assertThat(fragment)
                .contains("\"const\": \"ELIGIBILITY_MIN_AGE\"")
                .contains("\"required\": [\"age\", \"minimumAge\"]")
                .doesNotContain("\"const\": \"NIK_SERIAL\"");
        assertThat(codeEnum()).contains("        \"COOPERATION_ACTIVITY_REACH\"\n      ]");
    }
}
