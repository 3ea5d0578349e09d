// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.ProgressSummary;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.Reminder;
import id.prakerja.core.participation.ReminderPlanner;
import id.prakerja.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every output the library produces reads back from its JSON as an equal value, and writing that value
 * again gives the same JSON (messages and texts included, in both languages): violations of every
 * conformance case, decisions, feed reports (with binding problems among their samples), reminders and
 * progress summaries.
 */
class OutputRoundTripTest {

    private static final JsonMapper ID = Samples.mapper();
    private static final JsonMapper EN = JsonMapper.builder()
            .addModule(new PrakerjaModule().withLocale(Locale.ENGLISH))
            .build();

    /** {@code value} written, read back as {@code type}, equal, and written again the same. */
    static <T> T roundTrip(T value, Class<T> type) {
        return roundTrip(value, type, value);
    }

    /** {@code value} written, read back as {@code type} equal to {@code expected}, and written again the same. */
    static <T> T roundTrip(T value, Class<T> type, T expected) {
        for (JsonMapper m : List.of(ID, EN)) {
            String json = m.writeValueAsString(value);
            T back = m.readValue(json, type);
            assertThat(back).as(json).isEqualTo(expected);
            assertThat(m.writeValueAsString(back)).isEqualTo(json);
        }
        return value;
    }

    /**
     * {@code v} as it reads back: a legal reference the library does not know (an agreement it does not ship,
     * or a changed copy of the DKI agreement) comes back as a regulation whose instrument and title are the
     * citation; everything else is kept.
     */
    static Violation asReadBack(Violation v) {
        if (v.legalReference().isEmpty()) {
            return v;
        }
        return new Violation.Builder()
                .from(v)
                .legalReference(LegalReferences.of(v.legalReference().get().citation()))
                .build();
    }

    static List<Violation> producedViolations() {
        List<Violation> all = new ArrayList<>();
        Conformance.cases("eligibility")
                .forEach(c -> all.addAll(ConformanceThroughBindingTest.decide(c).violations()));
        Conformance.cases("participation").forEach(c -> all.addAll(ConformanceThroughBindingTest.participation(c)));
        Conformance.cases("cooperation").forEach(c -> all.addAll(ConformanceThroughBindingTest.cooperation(c)));
        for (String bad : List.of("{", "[]", "{\"nik\": 1, \"x\": [1], \"sex\": null}", "{} 1")) {
            all.addAll(RecordBinder.applicants().bind(bad).violations());
        }
        all.addAll(RecordBinder.applicants(ReadOptions.defaults().withMaxNestingDepth(2))
                .bind("{\"domicile\": {\"provinceCode\": [\"31\"]}}")
                .violations());
        all.addAll(RecordBinder.participants()
                .bind("{\"nik\": \"3174015708990000\", \"events\": [{\"type\": \"ACCEPTED\"}]}")
                .violations());
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyProducedViolationReadsBackAsItself() {
        return producedViolations().stream()
                .map(v -> DynamicTest.dynamicTest(v.toString(), () -> roundTrip(v, Violation.class, asReadBack(v))));
    }

    @Test
    void everyReferenceOfTheProgrammesRulesReadsBackExactly() {
        long exact = producedViolations().stream()
                .filter(v -> v.legalReference().isPresent())
                .filter(v -> v.code().family() != id.prakerja.core.validation.RuleCode.Family.COOPERATION)
                .peek(v -> assertThat(asReadBack(v)).isEqualTo(v))
                .count();
        assertThat(exact).isGreaterThan(50);
    }

    @Test
    void everyConformanceDecisionReadsBackAsItselfInBothLanguages() {
        for (Conformance.Case c : Conformance.cases("eligibility")) {
            roundTrip(ConformanceThroughBindingTest.decide(c), EligibilityDecision.class);
        }
    }

    /** A report of a feed with every kind of defect among its samples. */
    static FeedReport report() {
        StringBuilder feed = new StringBuilder();
        List<String> lines = new ArrayList<>();
        lines.add(Samples.LINE);
        lines.add(Samples.LINE);
        lines.add("not json");
        lines.add(Samples.sampleWith("nik", "3174015708990001"));
        lines.add(Samples.sampleWith("birthDate", "\"1950-01-01\""));
        lines.add(Samples.sampleWith("occupation", "\"POLICE\""));
        lines.add(Samples.sampleWith("x", "1"));
        lines.forEach(l -> feed.append(l).append('\n'));
        List<FeedInput> inputs = new ArrayList<>();
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(Samples.utf8(feed.toString())))) {
            reader.forEachRemaining(r -> inputs.add(FeedRecord.toFeedInput(r)));
        }
        return FeedValidator.builder().maxSamples(50).build().validate(inputs);
    }

    @Test
    void aFeedReportWithEveryKindOfSampleReadsBackAsItself() {
        FeedReport report = report();
        assertThat(report.samples()).hasSizeGreaterThan(5);
        assertThat(report.legalReferences()).isNotEmpty();
        roundTrip(report, FeedReport.class);
        roundTrip(FeedReport.empty(0), FeedReport.class);
    }

    /** The reminders of every participation case's participant, every five days over a year. */
    static List<Reminder> reminders() {
        List<Reminder> reminders = new ArrayList<>();
        for (Conformance.Case c : Conformance.cases("participation")) {
            Participant p = RecordBinder.participants()
                    .bind(c.input().toString())
                    .value()
                    .orElseThrow();
            LocalDate accepted = p.events().get(0).date();
            for (int days = 0; days < 400; days += 5) {
                reminders.addAll(ReminderPlanner.standard().remind(p, accepted.plusDays(days)));
            }
        }
        return reminders;
    }

    /** The progress of every cooperation case's agreement over its activities. */
    static List<ProgressSummary> progressSummaries() {
        List<ProgressSummary> out = new ArrayList<>();
        for (Conformance.Case c : Conformance.cases("cooperation")) {
            JsonNode input = c.input();
            CooperationAgreement a = RecordBinder.agreements()
                    .bind(input.get("agreement").toString())
                    .value()
                    .orElseThrow();
            List<OutreachActivity> activities = new ArrayList<>();
            input.path("activities")
                    .forEach(x -> activities.add(
                            RecordBinder.activities().bind(x.toString()).value().orElseThrow()));
            out.add(CooperationRules.standard().progress(a, activities));
        }
        return out;
    }

    @Test
    void remindersReadBackAsThemselves() {
        List<Reminder> reminders = reminders();
        assertThat(reminders.stream().map(Reminder::code).distinct()).hasSizeGreaterThanOrEqualTo(4);
        reminders.forEach(r -> roundTrip(r, Reminder.class));
    }

    @Test
    void progressSummariesReadBackAsThemselves() {
        List<ProgressSummary> summaries = progressSummaries();
        assertThat(summaries.stream().filter(s -> !s.byObjective().isEmpty())).hasSizeGreaterThan(3);
        summaries.forEach(s -> roundTrip(s, ProgressSummary.class));
        roundTrip(ProgressSummary.empty(), ProgressSummary.class);
    }
}
