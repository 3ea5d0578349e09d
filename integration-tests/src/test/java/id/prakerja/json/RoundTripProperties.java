// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.ActivityGenerator;
import id.prakerja.testkit.AgreementGenerator;
import id.prakerja.testkit.ApplicantGenerator;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.Cooperation;
import id.prakerja.testkit.HistoryGenerator;
import id.prakerja.testkit.Participations;
import id.prakerja.testkit.Seeds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Value → JSON → value is the identity, and JSON → value → JSON too, for generated values of every record
 * type, drawn from the testkit's generators (valid or breaking one rule): typed applicants, participants, agreements, activities (through the mapper, the binders and an
 * NDJSON feed, and valid against their schema), decisions and feed reports. Each case is named by its seed;
 * rerun one with {@code -Dprakerja.seed=<seed>}.
 */
class RoundTripProperties {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().addModule(new PrakerjaModule()).build();

    /** The latest wave of the programme. */
    private static final int LATEST = Programme.standard().waves().size();

    /**
     * A typed applicant of the testkit at any wave: eligible, or breaking one eligibility rule (the identity
     * checks are the parser's, so a typed applicant breaking them is not one the JSON module reads back).
     */
    static Applicant typedApplicant(RandomGenerator r) {
        ApplicantGenerator<Applicant> g = Applicants.validTyped().atWave(1 + r.nextInt(LATEST));
        List<RuleCode> codes = g.breakableCodes().stream()
                .filter(c -> c.name().startsWith("ELIGIBILITY_"))
                .sorted()
                .toList();
        Applicant a = r.nextBoolean() || codes.isEmpty()
                ? g.next(r)
                : g.breaking(codes.get(r.nextInt(codes.size()))).next(r);
        // the wire record requires a workforce category: one without it reads back as FIELD_REQUIRED
        return a.workforceCategory().isPresent() ? a : g.next(r);
    }

    /** A participant of the testkit at any wave: a valid history, or one breaking one participation rule. */
    static Participant participant(RandomGenerator r) {
        HistoryGenerator g = Participations.valid().atWave(1 + r.nextInt(LATEST));
        List<RuleCode> codes = g.breakableCodes().stream().sorted().toList();
        return (r.nextBoolean() || codes.isEmpty() ? g : g.breaking(codes.get(r.nextInt(codes.size()))))
                .next(r)
                .participant();
    }

    /** An agreement of the testkit: valid, or breaking one agreement rule. */
    static CooperationAgreement agreement(RandomGenerator r) {
        AgreementGenerator g = Cooperation.agreements();
        List<RuleCode> codes = Cooperation.agreementCodes().stream().sorted().toList();
        return r.nextBoolean()
                ? g.next(r)
                : g.breaking(codes.get(r.nextInt(codes.size()))).next(r);
    }

    /** An activity of the testkit under a valid {@code agreement}: valid, or breaking one activity rule. */
    static OutreachActivity activity(RandomGenerator r, CooperationAgreement agreement) {
        ActivityGenerator g = Cooperation.activities(agreement);
        List<RuleCode> codes = g.breakableCodes().stream().sorted().toList();
        return r.nextBoolean() || codes.isEmpty()
                ? g.next(r)
                : g.breaking(codes.get(r.nextInt(codes.size()))).next(r);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code value} survives the mapper both ways, and its JSON is valid against {@code schema}. */
    static <T> String throughTheMapper(T value, Class<T> type, String schema) {
        String json = MAPPER.writeValueAsString(value);
        T back = MAPPER.readValue(json, type);
        assertThat(back).as(json).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
        if (schema != null) {
            assertThat(SchemaCheck.errors(schema, MAPPER.readTree(json)))
                    .as(json)
                    .isEmpty();
        }
        return json;
    }

    /** {@code value}'s JSON binds back to it, alone and as a line of an NDJSON feed. */
    static <T> void throughTheBinder(
            T value,
            String json,
            Function<String, BoundRecord<T>> binder,
            Function<ByteArrayInputStream, FeedReader<T>> feed) {
        BoundRecord<T> bound = binder.apply(json);
        assertThat(bound.violations()).as(json).isEmpty();
        assertThat(bound.value()).as(json).contains(value);
        try (FeedReader<T> reader = feed.apply(new ByteArrayInputStream(utf8("\n" + json + "\n")))) {
            assertThat(reader.stream().toList())
                    .singleElement()
                    .satisfies(r -> assertThat(r.value()).contains(value))
                    .satisfies(r -> assertThat(r.line()).isEqualTo(2));
        }
    }

    private static Stream<DynamicTest> property(int cases, long base, java.util.function.LongConsumer check) {
        return Seeds.of(cases).stream()
                .mapToObj(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> check.accept(seed)));
    }

    @TestFactory
    Stream<DynamicTest> typedApplicants() {
        return property(200, 20_261_100L, seed -> {
            Applicant a = typedApplicant(Seeds.random(seed));
            String json = throughTheMapper(a, Applicant.class, "applicant");
            assertThat(RecordBinder.applicants()
                            .bind(json)
                            .parse(raw -> ApplicantParser.standard().parse(raw, LocalDate.MAX))
                            .value())
                    .isEqualTo(a);
        });
    }

    @TestFactory
    Stream<DynamicTest> participants() {
        return property(200, 20_261_200L, seed -> {
            Participant p = participant(Seeds.random(seed));
            String json = throughTheMapper(p, Participant.class, "participant");
            throughTheBinder(p, json, RecordBinder.participants()::bind, FeedReader::participants);
        });
    }

    @TestFactory
    Stream<DynamicTest> agreements() {
        return property(200, 20_261_300L, seed -> {
            CooperationAgreement a = agreement(Seeds.random(seed));
            String json = throughTheMapper(a, CooperationAgreement.class, "agreement");
            throughTheBinder(
                    a, json, RecordBinder.agreements()::bind, in -> FeedReader.agreements(in, ReadOptions.defaults()));
        });
    }

    @TestFactory
    Stream<DynamicTest> activities() {
        return property(200, 20_261_400L, seed -> {
            RandomGenerator r = Seeds.random(seed);
            OutreachActivity a = activity(r, Cooperation.agreements().next(r));
            String json = throughTheMapper(a, OutreachActivity.class, "activity");
            throughTheBinder(a, json, RecordBinder.activities()::bind, FeedReader::activities);
        });
    }

    /** An applicant record of a generated applicant, with one field broken in half the cases. */
    static String record(RandomGenerator r) {
        ObjectNode json = MAPPER.valueToTree(typedApplicant(r));
        if (r.nextBoolean()) {
            List<String> fields = new ArrayList<>();
            json.propertyNames().forEach(fields::add);
            String field = fields.get(r.nextInt(fields.size()));
            switch (r.nextInt(4)) {
                case 0 -> json.remove(field);
                case 1 -> json.put(field, 7);
                case 2 -> json.put(field, "?!");
                default -> json.put("unknown" + r.nextInt(3), true);
            }
        }
        return json.toString();
    }

    @TestFactory
    Stream<DynamicTest> decisions() {
        EligibilityChecker checker = EligibilityChecker.standard();
        return property(150, 20_261_500L, seed -> {
            RandomGenerator r = Seeds.random(seed);
            BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(record(r));
            Evaluation at = r.nextBoolean()
                    ? Evaluation.atWave(1 + r.nextInt(71))
                    : Evaluation.on(LocalDate.of(2020, 4, 11).plusDays(r.nextInt(1_726)));
            EligibilityDecision d = checker.decide(bound.value().orElse(null), at, bound.violations());
            throughTheMapper(d, EligibilityDecision.class, "decision");
        });
    }

    @TestFactory
    Stream<DynamicTest> feedReports() {
        return property(40, 20_261_600L, seed -> {
            RandomGenerator r = Seeds.random(seed);
            StringBuilder feed = new StringBuilder();
            for (int i = r.nextInt(30); i >= 0; i--) {
                feed.append(r.nextInt(20) == 0 ? "{not json" : record(r)).append('\n');
            }
            List<FeedInput> inputs = new ArrayList<>();
            try (FeedReader<RawApplicant> reader =
                    FeedReader.applicants(new ByteArrayInputStream(utf8(feed.toString())))) {
                reader.forEachRemaining(x -> inputs.add(FeedRecord.toFeedInput(x)));
            }
            FeedReport report = FeedValidator.builder()
                    .evaluation(Evaluation.atWave(1 + r.nextInt(71)))
                    .maxSamples(r.nextInt(25))
                    .build()
                    .validate(inputs);
            String json = throughTheMapper(report, FeedReport.class, "feed-report");
            JsonNode tree = MAPPER.readTree(json);
            assertThat(tree.get("records").asLong())
                    .isEqualTo(tree.get("valid").asLong() + tree.get("invalid").asLong());
        });
    }
}
