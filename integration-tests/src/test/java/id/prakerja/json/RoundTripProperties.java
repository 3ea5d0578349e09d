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
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Value → JSON → value is the identity, and JSON → value → JSON too, for generated values of every record
 * type: typed applicants, participants, agreements, activities (through the mapper, the binders and an
 * NDJSON feed, and valid against their schema), decisions and feed reports. Each case is named by its seed;
 * rerun one with {@code -Dprakerja.seed=<seed>}.
 */
class RoundTripProperties {

    private static final JsonMapper MAPPER = Samples.mapper();

    /** {@code value} survives the mapper both ways, and its JSON is valid against {@code schema}. */
    static <T> String throughTheMapper(T value, Class<T> type, String schema) {
        String json = MAPPER.writeValueAsString(value);
        T back = MAPPER.readValue(json, type);
        assertThat(back).as(json).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
        if (schema != null) {
            assertThat(Schemas.errors(schema, MAPPER.readTree(json))).as(json).isEmpty();
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
        try (FeedReader<T> reader = feed.apply(new ByteArrayInputStream(Samples.utf8("\n" + json + "\n")))) {
            assertThat(reader.stream().toList())
                    .singleElement()
                    .satisfies(r -> assertThat(r.value()).contains(value))
                    .satisfies(r -> assertThat(r.line()).isEqualTo(2));
        }
    }

    private static Stream<DynamicTest> property(int cases, long base, java.util.function.LongConsumer check) {
        return Generators.seeds(cases, base)
                .map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> check.accept(seed)));
    }

    @TestFactory
    Stream<DynamicTest> typedApplicants() {
        return property(200, 20_261_100L, seed -> {
            Applicant a = Generators.applicant(new SplittableRandom(seed));
            String json = throughTheMapper(a, Applicant.class, "applicant");
            assertThat(ApplicantBinder.standard()
                            .bind(json)
                            .parse(raw -> ApplicantParser.standard().parse(raw, LocalDate.MAX))
                            .value())
                    .isEqualTo(a);
        });
    }

    @TestFactory
    Stream<DynamicTest> participants() {
        return property(200, 20_261_200L, seed -> {
            Participant p = Generators.participant(new SplittableRandom(seed));
            String json = throughTheMapper(p, Participant.class, "participant");
            throughTheBinder(p, json, ParticipantBinder.standard()::bind, FeedReader::participants);
        });
    }

    @TestFactory
    Stream<DynamicTest> agreements() {
        return property(200, 20_261_300L, seed -> {
            CooperationAgreement a = Generators.agreement(new SplittableRandom(seed));
            String json = throughTheMapper(a, CooperationAgreement.class, "agreement");
            throughTheBinder(
                    a, json, AgreementBinder.standard()::bind, in -> FeedReader.agreements(in, ReadOptions.defaults()));
        });
    }

    @TestFactory
    Stream<DynamicTest> activities() {
        return property(200, 20_261_400L, seed -> {
            OutreachActivity a = Generators.activity(new SplittableRandom(seed));
            String json = throughTheMapper(a, OutreachActivity.class, "activity");
            throughTheBinder(a, json, ActivityBinder.standard()::bind, FeedReader::activities);
        });
    }

    /** An applicant record of a generated applicant, with one field broken in half the cases. */
    static String record(SplittableRandom r) {
        ObjectNode json = MAPPER.valueToTree(Generators.applicant(r));
        if (r.nextBoolean()) {
            List<String> fields = new ArrayList<>();
            json.propertyNames().forEach(fields::add);
            String field = Generators.pick(r, fields);
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
            SplittableRandom r = new SplittableRandom(seed);
            BoundRecord<RawApplicant> bound = ApplicantBinder.standard().bind(record(r));
            Evaluation at = r.nextBoolean()
                    ? Evaluation.atWave(1 + r.nextInt(71))
                    : Evaluation.on(Generators.date(r, LocalDate.of(2020, 4, 11), LocalDate.of(2024, 12, 31)));
            EligibilityDecision d = checker.decide(bound.value().orElse(null), at, bound.violations());
            throughTheMapper(d, EligibilityDecision.class, "decision");
        });
    }

    @TestFactory
    Stream<DynamicTest> feedReports() {
        return property(40, 20_261_600L, seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            StringBuilder feed = new StringBuilder();
            for (int i = r.nextInt(30); i >= 0; i--) {
                feed.append(r.nextInt(20) == 0 ? "{not json" : record(r)).append('\n');
            }
            List<FeedInput> inputs = new ArrayList<>();
            try (FeedReader<RawApplicant> reader =
                    FeedReader.applicants(new ByteArrayInputStream(Samples.utf8(feed.toString())))) {
                reader.forEachRemaining(x -> inputs.add(
                        x.value().isPresent()
                                ? FeedInput.of(x.line(), x.value().get(), x.violations())
                                : FeedInput.unreadable(x.line(), x.violations().get(0))));
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
