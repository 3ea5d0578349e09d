// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 13 item 8: {@code fullName} has one definition in the schema and in the binding: its length counts
 * code points (at most 200) and it must hold a character that is not Unicode {@code White_Space}.
 */
class FullNameDefinitionTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** Whether the schema and the binding accept the sample with {@code fullName} set to {@code name}. */
    private static boolean[] judge(String name) {
        ObjectNode doc = (ObjectNode) PLAIN.readTree(Samples.LINE);
        doc.put("fullName", name);
        boolean schema = Schemas.errors("applicant", doc).isEmpty();
        List<Violation> binding = SchemaBindingAgreementTest.APPLICANT.binding().apply(doc.toString());
        boolean bound = binding.stream().noneMatch(v -> v.field().equals("fullName"));
        return new boolean[] {schema, bound};
    }

    @ParameterizedTest(name = "{0} x {1}: accepted {2}")
    @CsvSource({
        // text repeated, times, accepted by both
        "\\uD83D\\uDE00, 150, true", // an emoji is one code point (two UTF-16 units)
        "\\uD83D\\uDE00, 200, true",
        "\\uD83D\\uDE00, 201, false",
        "\\uD840\\uDC00, 199, true", // a rare CJK character (U+20000), outside the BMP
        "a, 200, true",
        "a, 201, false",
        "\\u3000, 3, false", // ideographic space: Unicode white space
        "\\u2003, 1, false", // em space
        "\\u00A0, 2, false", // no-break space: Unicode White_Space (Java's isWhitespace says no)
        "\\u0085, 1, false", // next line
        "\\u001C, 2, true", // information separators are not White_Space (Java's isWhitespace says yes)
        "\\u001F, 1, true",
        "' \\t', 1, false",
    })
    void schemaAndBindingAgree(String text, int times, boolean accepted) {
        String name = unescape(text).repeat(times);
        boolean[] r = judge(name);
        assertThat(r[0]).as("the schema accepts %s x %s", text, times).isEqualTo(accepted);
        assertThat(r[1]).as("the binding accepts %s x %s", text, times).isEqualTo(accepted);
    }

    /** CsvSource gives the {@code \\uXXXX} escapes as text. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (s.startsWith("\\t", i)) {
                b.append('\t');
                i++;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
