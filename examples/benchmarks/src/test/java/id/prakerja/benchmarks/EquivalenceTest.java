// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.ReadOptions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fairness check, not a benchmark: prakerja, the Hibernate Validator bean and the if-chain report the same
 * rule codes for the fixtures and for every record of a generated feed. Nothing here runs JMH.
 */
class EquivalenceTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final Evaluation WAVE_18 = Evaluation.atWave(18);
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    @Test
    void fixturesGiveTheSameCodesEverywhere() {
        long three = IfChain.bit(RuleCode.ELIGIBILITY_MAX_AGE)
                | IfChain.bit(RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION)
                | IfChain.bit(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE);

        assertThat(bits(CHECKER.decide(Fixtures.eligible(), WAVE_18))).isZero();
        assertThat(bits(CHECKER.decide(Fixtures.eligibleRaw(), WAVE_18))).isZero();
        assertThat(hv(Fixtures.eligiblePojo())).isZero();
        assertThat(IfChain.check(Fixtures.eligiblePojo())).isZero();

        assertThat(bits(CHECKER.decide(Fixtures.threeViolations(), WAVE_18))).isEqualTo(three);
        assertThat(bits(CHECKER.decide(Fixtures.threeViolationsRaw(), WAVE_18))).isEqualTo(three);
        assertThat(hv(Fixtures.threeViolationsPojo())).isEqualTo(three);
        assertThat(IfChain.check(Fixtures.threeViolationsPojo())).isEqualTo(three);
    }

    @Test
    void everyGeneratedRecordGetsTheSameCodesFromAllThree() {
        FeedGenerator.Feed feed = FeedGenerator.generate(30_000, FeedGenerator.SEED);
        RawBinder binder = new RawBinder(new JsonFactory());
        ObjectReader reader = JsonMapper.builder().build().readerFor(ApplicantPojo.class);
        Set<RuleCode> seen = EnumSet.noneOf(RuleCode.class);
        int eligible = 0;
        for (int i = 0; i < feed.records(); i++) {
            RawApplicant raw = binder.bind(feed.bytes(), feed.start(i), feed.length(i));
            ApplicantPojo pojo = reader.readValue(feed.bytes(), feed.start(i), feed.length(i));
            EligibilityDecision d = CHECKER.decide(raw, WAVE_18);
            long expected = bits(d);
            String line = feed.line(i);
            assertThat(hv(pojo))
                    .as("Hibernate Validator on line %d: %s", i + 1, line)
                    .isEqualTo(expected);
            assertThat(IfChain.check(pojo))
                    .as("if-chain on line %d: %s", i + 1, line)
                    .isEqualTo(expected);
            d.codes().forEach(seen::add);
            if (d.isEligible()) {
                eligible++;
            }
        }
        assertThat(eligible).isBetween(feed.records() * 78 / 100, feed.records() * 86 / 100);
        assertThat(seen)
                .contains(
                        RuleCode.ELIGIBILITY_MAX_AGE,
                        RuleCode.ELIGIBILITY_MIN_AGE,
                        RuleCode.ELIGIBILITY_EXCLUDED_OCCUPATION,
                        RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE,
                        RuleCode.ELIGIBILITY_FORMAL_EDUCATION,
                        RuleCode.ELIGIBILITY_PRIOR_RECIPIENT,
                        RuleCode.ELIGIBILITY_REVOKED,
                        RuleCode.ELIGIBILITY_CITIZENSHIP,
                        RuleCode.ELIGIBILITY_FAMILY_QUOTA,
                        RuleCode.NIK_SERIAL,
                        RuleCode.NIK_REGION,
                        RuleCode.NIK_BIRTH_DATE_MISMATCH,
                        RuleCode.NIK_SEX_MISMATCH,
                        RuleCode.KK_ISSUE_DATE);
    }

    @Test
    void theFeedHasDuplicatesAndFamilyCardRepeats() {
        FeedGenerator.Feed feed = FeedGenerator.generate(30_000, FeedGenerator.SEED);
        RawBinder binder = new RawBinder(new JsonFactory());
        FeedRun run = FeedValidator.builder()
                .evaluation(WAVE_18)
                .expectedRecords(feed.records())
                .build()
                .start();
        for (int i = 0; i < feed.records(); i++) {
            run.accept(FeedInput.of(i + 1, binder.bind(feed.bytes(), feed.start(i), feed.length(i))));
        }
        FeedReport report = run.finish();
        assertThat(report.records()).isEqualTo(30_000);
        assertThat(report.violationsByCode().get(RuleCode.FEED_DUPLICATE_NIK)).isBetween(100L, 200L);
        assertThat(report.violationsByCode().get(RuleCode.ELIGIBILITY_FAMILY_QUOTA))
                .isGreaterThan(150L);
    }

    @Test
    void prakerjaJsonReaderReadsWhatRawBinderReadsAndGivesTheSameReport() {
        FeedGenerator.Feed feed = FeedGenerator.generate(30_000, FeedGenerator.SEED);
        RawBinder binder = new RawBinder(new JsonFactory());
        FeedValidator validator = FeedValidator.builder()
                .evaluation(WAVE_18)
                .expectedRecords(feed.records())
                .build();
        FeedRun viaBinder = validator.start();
        FeedRun viaReader = validator.start();
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(feed.bytes()), ReadOptions.defaults())) {
            for (int i = 0; i < feed.records(); i++) {
                RawApplicant expected = binder.bind(feed.bytes(), feed.start(i), feed.length(i));
                assertThat(reader.hasNext()).as("record %d", i + 1).isTrue();
                FeedRecord<RawApplicant> r = reader.next();
                assertThat(r.line()).isEqualTo(i + 1L);
                assertThat(r.violations())
                        .as("line %d: %s", i + 1, feed.line(i))
                        .isEmpty();
                assertThat(r.value()).as("line %d: %s", i + 1, feed.line(i)).contains(expected);
                viaBinder.accept(FeedInput.of(i + 1, expected));
                viaReader.accept(FeedRecord.toFeedInput(r));
            }
            assertThat(reader.hasNext()).isFalse();
        }
        FeedReport fromReader = viaReader.finish();
        assertThat(fromReader.records()).isEqualTo(30_000);
        assertThat(fromReader).isEqualTo(viaBinder.finish());
    }

    @Test
    void generationIsDeterministic() {
        FeedGenerator.Feed a = FeedGenerator.generate(2_000, FeedGenerator.SEED);
        FeedGenerator.Feed b = FeedGenerator.generate(2_000, FeedGenerator.SEED);
        assertThat(a.bytes()).isEqualTo(b.bytes());
        assertThat(a.line(0)).startsWith("{\"nik\":\"").endsWith(",\"wave\":18}");
    }

    private static long bits(EligibilityDecision d) {
        long bits = 0;
        for (Violation v : d.violations()) {
            bits |= IfChain.bit(v.code());
        }
        return bits;
    }

    private static long hv(ApplicantPojo a) {
        long bits = 0;
        for (ConstraintViolation<ApplicantPojo> v : validator.validate(a)) {
            bits |= IfChain.bit(RuleCode.valueOf(v.getMessage()));
        }
        return bits;
    }
}
