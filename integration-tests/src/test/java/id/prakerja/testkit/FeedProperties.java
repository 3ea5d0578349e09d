// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Generated feeds: records == valid + invalid; every line is the JSON of its record; every line's expected
 * code is what the core checker says of the record, or what a reference count of NIKs and family cards
 * across the feed says; the expected report is the sum of the lines.
 */
class FeedProperties {

    /** The programme's latest wave, so that a new wave is covered without editing this test. */
    private static final int LATEST_WAVE =
            id.prakerja.core.program.Programme.standard().waves().latest().number();

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();

    /** A feed at {@code wave} with two records of every code it can carry. */
    static FeedGenerator everyDefect(int wave) {
        FeedGenerator g = Feeds.ndjson().atWave(wave).valid(40);
        for (RuleCode code : g.defectCodes()) {
            g = g.defects(code, 2);
        }
        return g;
    }

    @TestFactory
    Stream<DynamicTest> everyGeneratedFeedHasTheReportItsLinesAdd() {
        return Stream.of(1, 4, 12, 18, 47, 48, LATEST_WAVE)
                .map(wave -> DynamicTest.dynamicTest(
                        "wave " + wave,
                        () -> PropertyCheck.forAll(everyDefect(wave)).tries(15).verify(FeedProperties::checkFeed)));
    }

    @TestFactory
    Stream<DynamicTest> recordsAreValidPlusInvalid() {
        FeedGenerator feeds = Feeds.ndjson()
                .atWave(18)
                .valid(60)
                .duplicates(5)
                .familyQuotaBreaches(4)
                .malformed(3);
        return PropertyCheck.forAll(feeds).tries(30).checking(feed -> {
            ExpectedReport r = feed.expectedReport();
            assertThat(r.records()).isEqualTo(r.valid() + r.invalid()).isEqualTo(72);
            assertThat(r.valid()).isEqualTo(60);
            assertThat(r.violationsByCode())
                    .containsEntry(RuleCode.FEED_DUPLICATE_NIK, 5)
                    .containsEntry(RuleCode.ELIGIBILITY_FAMILY_QUOTA, 4)
                    .containsEntry(RuleCode.RECORD_MALFORMED, 3);
            checkFeed(feed);
        });
    }

    static void checkFeed(GeneratedFeed feed) {
        String text = feed.text();
        assertThat(text).endsWith("\n").doesNotContain("\n\n");
        assertThat(text.split("\n", -1)).hasSize(feed.lines().size() + 1);
        Map<String, Integer> firstByNik = new HashMap<>();
        Map<String, Integer> membersByCard = new HashMap<>();
        int quota =
                Programme.standard().inForce(feed.wave()).familyQuota().value().orElse(Integer.MAX_VALUE);
        Map<RuleCode, List<Integer>> lines = new EnumMap<>(RuleCode.class);
        int valid = 0;
        for (FeedLine line : feed.lines()) {
            assertThat(line.text()).doesNotContain("\n").isNotBlank();
            line.raw()
                    .map(RawApplicant::nik)
                    .filter(n -> n.length() == 16)
                    .ifPresent(n -> assertThat(line.toString()).doesNotContain(n));
            Optional<RuleCode> derived = derive(line, feed, firstByNik, membersByCard, quota);
            assertThat(derived).as("line %d", line.number()).isEqualTo(line.expectedCode());
            if (derived.isEmpty()) {
                valid++;
            } else {
                lines.computeIfAbsent(derived.get(), c -> new ArrayList<>()).add(line.number());
            }
        }
        assertThat(feed.expectedReport())
                .isEqualTo(ExpectedReport.of(feed.lines().size(), valid, lines));
    }

    /** What a feed validator would say of {@code line}, computed independently of the generator. */
    private static Optional<RuleCode> derive(
            FeedLine line,
            GeneratedFeed feed,
            Map<String, Integer> firstByNik,
            Map<String, Integer> membersByCard,
            int quota) {
        JsonNode json;
        try {
            json = WireJson.parse(line.text());
        } catch (RuntimeException e) {
            assertThat(line.raw()).isEmpty();
            return Optional.of(RuleCode.RECORD_MALFORMED);
        }
        if (!json.isObject()) {
            return Optional.of(RuleCode.RECORD_MALFORMED);
        }
        RawApplicant raw = WireJson.toRaw(json);
        assertThat(Optional.of(raw)).as("the record of line %d", line.number()).isEqualTo(line.raw());
        List<RuleCode> own = CHECKER.decide(raw, feed.evaluation()).codes();
        boolean unknown = !WireJson.APPLICANT_FIELDS.containsAll(json.propertyNames());
        String nik = raw.nik();
        Integer first = nik == null ? null : firstByNik.putIfAbsent(nik, line.number());
        if (first != null) {
            assertThat(line.firstLine()).hasValue(first);
            assertThat(own).isEmpty();
            return Optional.of(RuleCode.FEED_DUPLICATE_NIK);
        }
        if (unknown) {
            assertThat(own).isEmpty();
            return Optional.of(RuleCode.FIELD_UNKNOWN);
        }
        assertThat(own).as("line %d", line.number()).hasSizeLessThanOrEqualTo(1);
        if (!own.isEmpty()) {
            return Optional.of(own.get(0));
        }
        int members = membersByCard.merge(raw.familyCardNumber(), 1, Integer::sum);
        return members > quota ? Optional.of(RuleCode.ELIGIBILITY_FAMILY_QUOTA) : Optional.empty();
    }

    @Test
    void theSameSeedGivesTheSameFeed() {
        FeedGenerator g = everyDefect(18);
        assertThat(g.generate(5).text()).isEqualTo(g.generate(5).text());
        assertThat(g.generate(5).text()).isNotEqualTo(g.generate(6).text());
        assertThat(g.generate(5).toString()).startsWith("GeneratedFeed[wave 18, ");
    }

    @Test
    void edgeCasesPutTheDefectsFirstAndLast() {
        List<GeneratedFeed> edges =
                Feeds.ndjson().atWave(12).valid(10).malformed(2).duplicates(1).edgeCases();
        assertThat(edges).hasSize(2);
        assertThat(edges.get(0).lines().get(0).expectedCode()).hasValue(RuleCode.RECORD_MALFORMED);
        List<FeedLine> last = edges.get(1).lines();
        assertThat(last.get(last.size() - 1).expectedCode()).isPresent();
        assertThat(last.get(0).expectedCode()).isEmpty();
        edges.forEach(FeedProperties::checkFeed);
    }

    @Test
    void aFailingFeedShrinksToFewerRecords() {
        FeedGenerator g = Feeds.ndjson().atWave(18).valid(20).duplicates(4).malformed(4);
        GeneratedFeed feed = g.generate(3);
        List<GeneratedFeed> simpler = g.shrink(feed);
        assertThat(simpler)
                .isNotEmpty()
                .allMatch(f -> f.lines().size() < feed.lines().size());
        simpler.forEach(FeedProperties::checkFeed);
    }

    @Test
    void impossibleFeedsAreExplained() {
        assertThatThrownBy(() -> Feeds.ndjson().atWave(11).familyQuotaBreaches(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from wave 12");
        assertThatThrownBy(() -> Feeds.ndjson().atWave(48).defects(RuleCode.ELIGIBILITY_SOCIAL_ASSISTANCE, 1))
                .hasMessageContaining("waves 4-47");
        assertThatThrownBy(() -> Feeds.ndjson()
                        .atWave(18)
                        .valid(3)
                        .duplicates(2)
                        .familyQuotaBreaches(1)
                        .generate(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 4 valid records");
        assertThatThrownBy(
                        () -> Feeds.ndjson().atWave(12).familyQuotaBreaches(1).atWave(11))
                .hasMessageContaining("ELIGIBILITY_FAMILY_QUOTA");
        assertThatThrownBy(() -> Feeds.ndjson(Applicants.valid().breaking(RuleCode.NIK_SERIAL)))
                .hasMessageContaining("defects(code, count)");
        assertThat(Feeds.ndjson().atWave(18).defectCodes())
                .contains(RuleCode.FEED_DUPLICATE_NIK, RuleCode.RECORD_MALFORMED, RuleCode.FIELD_UNKNOWN)
                .contains(RuleCode.ELIGIBILITY_FAMILY_QUOTA, RuleCode.NIK_FORMAT)
                .doesNotContain(RuleCode.RECORD_TOO_LARGE, RuleCode.ELIGIBILITY_CATEGORY);
        assertThat(Set.copyOf(Feeds.ndjson().atWave(4).defectCodes()))
                .doesNotContain(RuleCode.ELIGIBILITY_FAMILY_QUOTA);
    }
}
