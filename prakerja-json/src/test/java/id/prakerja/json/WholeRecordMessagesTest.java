// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.Node;
import id.prakerja.json.internal.RecordBudget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code FIELD_INVALID}s that a typed binding reports for the whole record (an empty field) read as the
 * record in both languages, never as a field named {@code -}.
 */
class WholeRecordMessagesTest {

    static Node node(String json) {
        try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
            p.nextToken();
            return Node.read(p, RecordBudget.UNLIMITED);
        }
    }

    static Violation only(BoundRecord<?> bound) {
        List<Violation> vs = bound.violations();
        assertThat(vs).hasSize(1);
        assertThat(vs.get(0).code()).isEqualTo(RuleCode.FIELD_INVALID);
        assertThat(vs.get(0).field()).isEmpty();
        return vs.get(0);
    }

    @Test
    void everyWholeRecordProblemOfATypedBindingNamesTheRecord() {
        TypedBinding<Object> nothing =
                TypedBinding.<Object>pair("test record", r -> null).strict();
        TypedBinding<Object> refused = TypedBinding.<Object>pair("test record", r -> {
                    throw new IllegalStateException("a structural check of core");
                })
                .strict();
        Map<String, Violation> cases = new LinkedHashMap<>();
        cases.put("not an object", only(nothing.bind(node("[1, 2]"))));
        cases.put("no value and no error", only(nothing.bind(node("{}"))));
        cases.put("refused by core", only(refused.bind(node("{}"))));
        assertThat(Messages.indonesian().format(cases.get("not an object")))
                .isEqualTo("Rekaman harus berupa objek JSON.");
        assertThat(Messages.english().format(cases.get("not an object")))
                .isEqualTo("The record must be a JSON object.");
        for (String c : List.of("no value and no error", "refused by core")) {
            assertThat(Messages.indonesian().format(cases.get(c)))
                    .as(c)
                    .isEqualTo("Rekaman tidak berisi nilai yang valid.");
            assertThat(Messages.english().format(cases.get(c)))
                    .as(c)
                    .isEqualTo("The record does not hold a valid value.");
        }
    }
}
