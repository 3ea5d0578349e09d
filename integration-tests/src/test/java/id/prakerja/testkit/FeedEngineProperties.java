// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The feed engine against the feed generator: for generated NDJSON feeds, read with the JSON module's
 * {@link FeedReader} (strict) and validated by the core's {@link FeedValidator} at the feed's wave, the
 * {@link FeedReport} accounts for every record and matches the generator's {@link ExpectedReport}: records,
 * valid, invalid, the count of every code, and (every violation kept as a sample) the line of every
 * violation.
 */
class FeedEngineProperties {

    /** The programme's latest wave, so that a new wave is covered without editing this test. */
    private static final int LATEST_WAVE =
            id.prakerja.core.program.Programme.standard().waves().latest().number();

    /** Reads {@code feed} and validates it, keeping every violation as a sample. */
    static FeedReport validate(GeneratedFeed feed) {
        int violations = feed.expectedReport().violationsByCode().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        FeedRun run = FeedValidator.builder()
                .evaluation(feed.evaluation())
                .maxSamples(violations + 10)
                .build()
                .start();
        byte[] bytes = feed.text().getBytes(StandardCharsets.UTF_8);
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(bytes), ReadOptions.defaults())) {
            while (reader.hasNext()) {
                run.accept(FeedRecord.toFeedInput(reader.next()));
            }
        }
        return run.finish();
    }

    /** The lines of each code's violations, from the report's samples (all kept). */
    static Map<RuleCode, List<Integer>> linesByCode(FeedReport report) {
        Map<RuleCode, List<Integer>> out = new EnumMap<>(RuleCode.class);
        for (FeedSample s : report.samples()) {
            out.computeIfAbsent(s.violation().code(), c -> new ArrayList<>()).add((int) s.line());
        }
        return out;
    }

    static void engineMatches(GeneratedFeed feed) {
        FeedReport report = validate(feed);
        assertThat(report).accountsForEveryRecord().matches(feed.expectedReport());
        assertThat(linesByCode(report)).isEqualTo(feed.expectedReport().linesByCode());
    }

    @TestFactory
    Stream<DynamicTest> theEngineReportsWhatTheGeneratorExpectsAtEveryKindOfWave() {
        return Stream.of(1, 3, 4, 12, 17, 18, 47, 48, LATEST_WAVE)
                .map(wave -> DynamicTest.dynamicTest(
                        "wave " + wave,
                        () -> PropertyCheck.forAll(FeedProperties.everyDefect(wave))
                                .tries(12)
                                .describedBy(feed -> feed.toString())
                                .verify(FeedEngineProperties::engineMatches)));
    }

    @Test
    void aLargeMixedFeedToo() {
        FeedGenerator feeds = Feeds.ndjson(Applicants.valid().atWave(18))
                .valid(900)
                .defects(RuleCode.NIK_FORMAT, 20)
                .defects(RuleCode.ELIGIBILITY_MIN_AGE, 20)
                .defects(RuleCode.ELIGIBILITY_MAX_AGE, 10)
                .duplicates(20)
                .familyQuotaBreaches(20)
                .malformed(10)
                .unknownFields(10);
        PropertyCheck.forAll(feeds)
                .tries(3)
                .describedBy(feed -> feed.toString())
                .verify(FeedEngineProperties::engineMatches);
    }

    @Test
    void feedsWithoutTheWaveFieldAreEvaluatedAtTheGeneratorsWave() {
        FeedGenerator feeds = Feeds.ndjson(Applicants.valid().atWave(12).withWaveField(false))
                .valid(50)
                .defects(RuleCode.ELIGIBILITY_FAMILY_QUOTA, 3)
                .familyQuotaBreaches(3)
                .duplicates(3);
        PropertyCheck.forAll(feeds)
                .tries(10)
                .describedBy(feed -> feed.toString())
                .verify(FeedEngineProperties::engineMatches);
    }
}
