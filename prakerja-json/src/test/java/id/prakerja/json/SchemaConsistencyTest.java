// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.AgreementType;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.PartyKind;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.participation.EventType;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.ReminderChannel;
import id.prakerja.core.participation.ReminderCode;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas are hand-written, so they are checked against the code: every enumeration holds exactly the
 * names of its Java enum, the province codes are {@link Province}'s, the violation schema requires each
 * code's arguments and the reminder schema each reminder code's, and a definition shared by several
 * files is the same in each.
 */
class SchemaConsistencyTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = new LinkedHashMap<>();

    static {
        ENUMS.put("sex", Sex.class);
        ENUMS.put("citizenship", Citizenship.class);
        ENUMS.put("workforceCategory", WorkforceCategory.class);
        ENUMS.put("occupation", Occupation.class);
        ENUMS.put("socialAssistance", SocialAssistance.class);
        ENUMS.put("priorParticipation", PriorParticipation.class);
        ENUMS.put("eventType", EventType.class);
        ENUMS.put("payoutChannel", PayoutChannel.class);
        ENUMS.put("revocationReason", RevocationReason.class);
        ENUMS.put("agreementType", AgreementType.class);
        ENUMS.put("partyKind", PartyKind.class);
        ENUMS.put("channel", Channel.class);
        ENUMS.put("recipientGroup", RecipientGroup.class);
        ENUMS.put("builtInObjective", BuiltInObjective.class);
        ENUMS.put("reminderCode", ReminderCode.class);
        ENUMS.put("reminderChannel", ReminderChannel.class);
        ENUMS.put("code", RuleCode.class);
    }

    private static JsonNode schema(String name) {
        return PLAIN.readTree(Schemas.text(name));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void everyEnumerationHoldsTheNamesOfItsJavaEnum() {
        int checked = 0;
        for (String name : Schemas.NAMES) {
            JsonNode defs = schema(name).path("$defs");
            for (Map.Entry<String, Class<? extends Enum<?>>> e : ENUMS.entrySet()) {
                if (defs.has(e.getKey())) {
                    List<String> javaNames = Arrays.stream(e.getValue().getEnumConstants())
                            .map(Enum::name)
                            .toList();
                    assertThat(strings(defs.get(e.getKey()).get("enum")))
                            .as("%s: $defs/%s", name, e.getKey())
                            .isEqualTo(javaNames);
                    checked++;
                }
            }
            if (defs.has("provinceCode")) {
                assertThat(strings(defs.get("provinceCode").get("enum")))
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Province.values())
                                .map(Province::code)
                                .toList());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(25);
    }

    @Test
    void theViolationSchemaRequiresEachCodesArguments() {
        for (String name : List.of("violation", "decision", "feed-report")) {
            Map<String, List<String>> required = new HashMap<>();
            for (JsonNode rule :
                    schema(name).path("$defs").path("codeArguments").path("allOf")) {
                required.put(
                        rule.path("if")
                                .path("properties")
                                .path("code")
                                .path("const")
                                .asString(),
                        strings(rule.path("then")
                                .path("properties")
                                .path("arguments")
                                .path("required")));
            }
            for (RuleCode code : RuleCode.values()) {
                assertThat(required.getOrDefault(code.name(), List.of()))
                        .as("%s: the arguments %s requires", name, code)
                        .isEqualTo(code.requiredArguments());
            }
        }
    }

    @Test
    void theReminderSchemaRequiresEachCodesArguments() {
        Map<String, List<String>> required = new HashMap<>();
        for (JsonNode rule : schema("reminder").path("allOf")) {
            required.put(
                    rule.path("if")
                            .path("properties")
                            .path("code")
                            .path("const")
                            .asString(),
                    strings(rule.path("then")
                            .path("properties")
                            .path("arguments")
                            .path("required")));
        }
        for (ReminderCode code : ReminderCode.values()) {
            assertThat(required.get(code.name())).as(code.name()).isEqualTo(code.arguments());
        }
    }

    @Test
    void aDefinitionSharedByTwoSchemasIsTheSameInBoth() {
        Map<String, JsonNode> seen = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        int shared = 0;
        for (String name : Schemas.NAMES) {
            for (Map.Entry<String, JsonNode> def : schema(name).path("$defs").properties()) {
                JsonNode before = seen.putIfAbsent(def.getKey(), def.getValue());
                if (before != null) {
                    assertThat(def.getValue())
                            .as("$defs/%s in %s and in %s", def.getKey(), name, where.get(def.getKey()))
                            .isEqualTo(before);
                    shared++;
                } else {
                    where.put(def.getKey(), name);
                }
            }
        }
        assertThat(shared).isGreaterThan(20);
    }
}
