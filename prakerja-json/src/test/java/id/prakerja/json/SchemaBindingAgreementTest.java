// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas and the binding agree. For the input records (applicant, participant, agreement,
 * activity):
 *
 * <ul>
 *   <li>every conformance document's {@code input} that the binding accepts without a {@code FIELD_*} (or
 *       {@code RECORD_*}) problem, the schema accepts;
 *   <li>every defect generated from those documents ({@link Defects}: per value remove, null, retype, blank,
 *       junk, bad dates, NIK as a number, out-of-range integers; an unknown field per object) is rejected by
 *       both or accepted by both.
 * </ul>
 *
 * <p>Some checks need more than one field's value and are the binding's only, by design: the
 * {@link #BINDING_ONLY} expectations (a signatory's party among the parties, unique objective codes); so is
 * a wave the programme knows (the schema asks for a wave from 1), which no generated defect breaks. A defect
 * that breaks only those is expected to pass the schema. Structural
 * checks of the identifiers ({@code NIK_*}, {@code KK_*}) are rules, not field problems: the schemas ask
 * for a string.
 */
class SchemaBindingAgreementTest {

    /** {@code expected} texts of {@code FIELD_INVALID} that no schema can check: they relate fields. */
    static final List<String> BINDING_ONLY = List.of(
            "the name of one of the agreement's parties",
            "a code not listed before in the agreement's objectives",
            "valid + invalid (",
            "at most maxSamples (");

    /** One kind of input record: its schema and how the binding judges a document. */
    record Kind(String schema, Function<String, List<Violation>> binding) {}

    static final Kind APPLICANT = new Kind("applicant", json -> {
        BoundRecord<RawApplicant> b = RecordBinder.applicants().bind(json);
        // no evaluation date: a typed applicant's checks, none of which depends on the day
        return b.parse(raw -> ApplicantParser.standard().parse(raw, LocalDate.MAX))
                .violations();
    });
    static final Kind PARTICIPANT = new Kind(
            "participant", json -> RecordBinder.participants().bind(json).violations());
    static final Kind AGREEMENT =
            new Kind("agreement", json -> RecordBinder.agreements().bind(json).violations());
    static final Kind ACTIVITY =
            new Kind("activity", json -> RecordBinder.activities().bind(json).violations());

    /** How the reader of an output judges a document. */
    static Function<String, List<Violation>> reader(TypedBinding<?> binding) {
        ReadOptions options = ReadOptions.defaults();
        return json -> Records.bindText(
                        json,
                        bytes -> Records.bindBytes(Records.factory(options), options, binding, bytes, 0, bytes.length))
                .violations();
    }

    static final Kind DECISION = new Kind("decision", reader(OutputFields.Decisions.BINDINGS.strict()));
    static final Kind VIOLATION = new Kind("violation", reader(OutputFields.Violations.BINDINGS.strict()));
    static final Kind FEED_REPORT = new Kind("feed-report", reader(OutputFields.FeedReports.BINDINGS.strict()));
    static final Kind REMINDER = new Kind("reminder", reader(OutputFields.Reminders.BINDINGS.strict()));
    static final Kind PROGRESS = new Kind("progress-summary", reader(OutputFields.ProgressSummaries.BINDINGS.strict()));

    /** Whether {@code violations} hold a field or record problem that a schema could see. */
    static boolean fieldProblem(List<Violation> violations) {
        for (Violation v : violations) {
            if (v.code().family() != RuleCode.Family.RECORD) {
                continue;
            }
            Object expected = v.arguments().get("expected");
            if (v.code() == RuleCode.FIELD_INVALID
                    && expected instanceof String s
                    && BINDING_ONLY.stream().anyMatch(s::startsWith)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** The inputs of the conformance cases, by kind. */
    static Map<Kind, List<JsonNode>> inputs() {
        Map<Kind, List<JsonNode>> m = new LinkedHashMap<>();
        m.put(APPLICANT, new ArrayList<>());
        m.put(PARTICIPANT, new ArrayList<>());
        m.put(AGREEMENT, new ArrayList<>());
        m.put(ACTIVITY, new ArrayList<>());
        Conformance.cases("eligibility").forEach(c -> m.get(APPLICANT).add(c.input()));
        Conformance.cases("participation").forEach(c -> m.get(PARTICIPANT).add(c.input()));
        for (Conformance.Case c : Conformance.cases("cooperation")) {
            m.get(AGREEMENT).add(c.input().get("agreement"));
            c.input().path("activities").forEach(a -> m.get(ACTIVITY).add(a));
        }
        return m;
    }

    /** Outputs the library writes (decisions without a trace: the trace is written, never read back). */
    static Map<Kind, List<JsonNode>> outputs() {
        Map<Kind, List<JsonNode>> m = new LinkedHashMap<>();
        var mapper = Samples.mapper();
        List<JsonNode> decisions = new ArrayList<>();
        Conformance.cases("eligibility")
                .forEach(c -> decisions.add(mapper.valueToTree(ConformanceThroughBindingTest.decide(c))));
        m.put(DECISION, decisions);
        List<JsonNode> violations = new ArrayList<>();
        OutputRoundTripTest.producedViolations().forEach(v -> violations.add(mapper.valueToTree(v)));
        m.put(VIOLATION, violations);
        m.put(FEED_REPORT, List.of(mapper.valueToTree(OutputRoundTripTest.report())));
        List<JsonNode> reminders = new ArrayList<>();
        OutputRoundTripTest.reminders().forEach(r -> reminders.add(mapper.valueToTree(r)));
        m.put(REMINDER, reminders);
        List<JsonNode> progress = new ArrayList<>();
        OutputRoundTripTest.progressSummaries().forEach(s -> progress.add(mapper.valueToTree(s)));
        m.put(PROGRESS, progress);
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyOutputTheLibraryWritesIsValidAndReadsBackCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        outputs()
                .forEach((kind, docs) -> tests.add(DynamicTest.dynamicTest(kind.schema(), () -> {
                    assertThat(docs).isNotEmpty();
                    for (JsonNode doc : docs) {
                        assertThat(Schemas.errors(kind.schema(), doc))
                                .as("%s", doc)
                                .isEmpty();
                        assertThat(kind.binding().apply(doc.toString()))
                                .as("%s", doc)
                                .isEmpty();
                    }
                })));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyConformanceInputTheBindingAcceptsTheSchemaAccepts() {
        List<DynamicTest> tests = new ArrayList<>();
        inputs().forEach((kind, docs) -> tests.add(DynamicTest.dynamicTest(kind.schema(), () -> {
            int accepted = 0;
            for (JsonNode doc : docs) {
                boolean bindingAccepts = !fieldProblem(kind.binding().apply(doc.toString()));
                boolean schemaAccepts = Schemas.errors(kind.schema(), doc).isEmpty();
                if (bindingAccepts) {
                    accepted++;
                    assertThat(Schemas.errors(kind.schema(), doc)).as("%s", doc).isEmpty();
                }
                if (!schemaAccepts) {
                    assertThat(bindingAccepts)
                            .as("the schema refuses what the binding accepts: %s", doc)
                            .isFalse();
                }
            }
            assertThat(accepted).isGreaterThan(docs.size() / 2);
        })));
        return tests.stream();
    }

    /**
     * Defects of the conformance inputs. Documents of the same shape (the same fields, array lengths aside)
     * give the same defects, so one document per shape is enough and keeps this fast.
     */
    @TestFactory
    Stream<DynamicTest> schemaAndBindingRejectTheSameGeneratedDefects() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<Kind, List<JsonNode>> all = inputs();
        all.putAll(outputs());
        all.forEach((kind, docs) -> tests.add(DynamicTest.dynamicTest(kind.schema(), () -> {
            Set<String> shapes = new LinkedHashSet<>();
            List<String> disagreements = new ArrayList<>();
            int defects = 0;
            int rejected = 0;
            for (JsonNode doc : docs) {
                if (fieldProblem(kind.binding().apply(doc.toString()))
                        || !Schemas.errors(kind.schema(), doc).isEmpty()
                        || !shapes.add(shape(doc))) {
                    continue;
                }
                for (Defects.Defect d : Defects.of(doc)) {
                    defects++;
                    List<Violation> binding = kind.binding().apply(d.document().toString());
                    boolean bindingRejects = fieldProblem(binding);
                    var schema = Schemas.errors(kind.schema(), d.document());
                    if (bindingRejects) {
                        rejected++;
                    }
                    if (bindingRejects == schema.isEmpty()) {
                        disagreements.add(d + ": binding " + (bindingRejects ? binding : "accepts") + ", schema "
                                + (schema.isEmpty() ? "accepts" : schema));
                    }
                }
            }
            assertThat(disagreements)
                    .as("%s: %s defects", kind.schema(), defects)
                    .isEmpty();
            assertThat(defects).isGreaterThan(100);
            assertThat(rejected).isGreaterThan(defects / 3);
        })));
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void aDecisionWithItsTraceIsValid() {
        var checker = id.prakerja.core.eligibility.EligibilityChecker.builder()
                .trace(true)
                .build();
        var mapper = Samples.mapper();
        for (Conformance.Case c : Conformance.cases("eligibility")) {
            BoundRecord<RawApplicant> bound =
                    RecordBinder.applicants().bind(c.input().toString());
            var d = checker.decide(bound.value().orElse(null), c.evaluation(), bound.violations());
            JsonNode json = mapper.valueToTree(d);
            assertThat(json.has("trace")).isTrue();
            assertThat(Schemas.errors("decision", json)).as("%s", json).isEmpty();
        }
    }

    /** The fields and JSON types of a document, ignoring values and array lengths. */
    static String shape(JsonNode n) {
        if (n.isObject()) {
            Set<String> fields = new TreeSet<>();
            n.properties().forEach(e -> fields.add(e.getKey() + ":" + shape(e.getValue())));
            return fields.toString();
        }
        if (n.isArray()) {
            Set<String> elements = new TreeSet<>();
            n.forEach(e -> elements.add(shape(e)));
            return "[" + elements + "]";
        }
        return n.getNodeType().name();
    }
}
