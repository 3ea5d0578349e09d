// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one-call answer from JSON text ({@link PreChecks#of(String, EligibilityChecker, Evaluation)}), written in the language of each call
 * by one mapper, valid against {@code pre-check.schema.json}, and read back as an equal value.
 */
class PreCheckJsonTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final JsonMapper MAPPER = Samples.mapper(); // one mapper, Indonesian by default
    private static final ObjectWriter EN = PrakerjaModule.writer(MAPPER, Locale.ENGLISH);
    private static final ObjectWriter ID = PrakerjaModule.writer(MAPPER, Locale.forLanguageTag("id"));

    /** Every eligibility conformance case, plus inputs that are not applicants at all. */
    private static List<PreCheck> answers() {
        List<PreCheck> out = new ArrayList<>();
        for (Conformance.Case c : Conformance.cases("eligibility")) {
            out.add(PreChecks.of(c.input().toString(), CHECKER, c.evaluation()));
        }
        for (String bad : List.of("", "not json", "[1, 2]", "{\"nik\": 3174015708990001}", "{\"wave\": \"x\"}")) {
            out.add(PreChecks.of(bad, CHECKER, Evaluation.atWave(18)));
        }
        return out;
    }

    @Test
    void everyAnswerIsValidReadsBackEqualAndWritesTheSameJsonInBothLanguages() {
        List<PreCheck> answers = answers();
        assertThat(answers).hasSizeGreaterThan(20);
        for (PreCheck p : answers) {
            for (ObjectWriter w : List.of(ID, EN)) {
                String json = w.writeValueAsString(p);
                JsonNode tree = MAPPER.readTree(json);
                assertThat(Schemas.errors("pre-check", tree)).as(json).isEmpty();
                PreCheck back = MAPPER.readValue(json, PreCheck.class);
                assertThat(back).as(json).isEqualTo(p);
                assertThat(w.writeValueAsString(back)).isEqualTo(json);
                assertThat(tree.get("whatIf").size())
                        .isEqualTo(p.decision().violations().size());
            }
        }
    }

    @Test
    void oneMapperWritesEachCallInItsLanguage() {
        PreCheck p = PreChecks.of(
                Samples.WIRE_SAMPLE.replace("1999-08-17", "2003-08-17").replace("5708990001", "5708030001"),
                CHECKER,
                Evaluation.atWave(18));
        assertThat(p.decision().codes()).contains(RuleCode.ELIGIBILITY_MIN_AGE);
        String id = ID.writeValueAsString(p);
        String en = EN.writeValueAsString(p);
        assertThat(id).contains("Memenuhi syarat usia mulai 17 Agustus 2021");
        assertThat(en).contains("17 August 2021").doesNotContain("Agustus");
        assertThat(MAPPER.writeValueAsString(p)).isEqualTo(id); // no attribute: the module's language
        assertThat(MAPPER.writer()
                        .withAttribute(PrakerjaModule.LANGUAGE, Locale.ENGLISH)
                        .writeValueAsString(p))
                .isEqualTo(en);
        // every output follows the attribute, not only the answer
        assertThat(EN.writeValueAsString(p.decision())).contains("The minimum age is 18");
        assertThat(EN.writeValueAsString(p.whatIf().get(0))).contains("17 August 2021");
    }

    @Test
    void unreadableInputIsAnAnswerNotAnException() {
        PreCheck notJson = PreChecks.of("{\"nik\": ", CHECKER, Evaluation.atWave(18));
        assertThat(notJson.decision().codes()).containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(notJson.nextQuestion()).contains("nik");
        PreCheck array = PreChecks.of("[]", CHECKER, Evaluation.latest());
        assertThat(array.isEligible()).isFalse();
        PreCheck asNumber = PreChecks.of("{\"nik\": 3174015708990001}", CHECKER, Evaluation.atWave(18));
        assertThat(asNumber.decision().codes()).startsWith(RuleCode.FIELD_INVALID);
        assertThat(asNumber.missingInputs()).doesNotContain("nik").startsWith("familyCardNumber");
        assertThat(ID.writeValueAsString(asNumber)).doesNotContain("3174015708990001");
    }

    @Test
    void aNikInAFieldNameIsMaskedInTheAnswer() {
        PreCheck p = PreChecks.of("{\"3174015708990001\": 1}", CHECKER, Evaluation.atWave(18));
        assertThat(p.decision().codes()).contains(RuleCode.FIELD_UNKNOWN);
        assertThat(ID.writeValueAsString(p)).doesNotContain("3174015708990001");
    }

    @Test
    void aRecordWaveUnknownOrNotANumberIsTheSameFieldProblem() {
        String unknown = Samples.WIRE_SAMPLE.replace("\"wave\": 18", "\"wave\": 99");
        String text = Samples.WIRE_SAMPLE.replace("\"wave\": 18", "\"wave\": \"x\"");
        PreCheck a = PreChecks.of(unknown, CHECKER, Evaluation.atWave(20));
        PreCheck b = PreChecks.of(text, CHECKER, Evaluation.atWave(20));
        // a JSON string where a number is expected is a type problem of the reader, 99 one of the parser:
        // alike, no rule is evaluated and the answer is at the evaluation's wave
        assertThat(a.decision().codes()).containsExactly(RuleCode.FIELD_INVALID);
        assertThat(b.decision().codes()).containsExactly(RuleCode.FIELD_INVALID);
        assertThat(a.decision().violations().get(0).field()).isEqualTo("wave");
        assertThat(b.decision().violations().get(0).field()).isEqualTo("wave");
        assertThat(a.decision().wave()).isEqualTo(20);
        assertThat(b.decision().wave()).isEqualTo(20);
    }

    @Test
    void theSchemaListsExactlyTheInputsTheCheckerAsks() {
        Set<String> asked = new LinkedHashSet<>();
        for (int wave = 1; wave <= CHECKER.programme().waves().size(); wave++) {
            asked.addAll(CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(wave)));
        }
        JsonNode items = MAPPER.readTree(PrakerjaSchemas.text("pre-check"))
                .get("properties")
                .get("missingInputs")
                .get("items")
                .get("enum");
        List<String> listed = new ArrayList<>();
        items.forEach(n -> listed.add(n.asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(asked);
        // in asking order: that of an empty form at a wave whose rules read every input
        assertThat(listed)
                .containsExactlyElementsOf(
                        CHECKER.missingInputs(RawApplicant.builder().build(), Evaluation.atWave(18)));
    }

    @Test
    void readingRefusesAnAnswerWhoseCuresDoNotMatchItsViolations() {
        PreCheck p = PreChecks.of("{}", CHECKER, Evaluation.atWave(18));
        ObjectNode tree = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(p));
        ObjectNode shorter = tree.deepCopy();
        shorter.withArray("whatIf").remove(0);
        assertThatThrownBy(() -> MAPPER.treeToValue(shorter, PreCheck.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("one cure per violation");
        ObjectNode wrongKind = tree.deepCopy();
        ((ObjectNode) wrongKind.withArray("whatIf").get(0)).put("kind", "WAIT_UNTIL");
        assertThatThrownBy(() -> MAPPER.treeToValue(wrongKind, PreCheck.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThat(Schemas.errors("pre-check", wrongKind)).isNotEmpty(); // WAIT_UNTIL without a date
    }
}
