// SPDX-License-Identifier: Apache-2.0
package id.prakerja.feed;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.CrossRecordRules;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedTally;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.feed.RecordOutcome;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.ReadOptions;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.FeedGenerator;
import id.prakerja.testkit.Feeds;
import id.prakerja.testkit.GeneratedFeed;
import id.prakerja.testkit.PropertyCheck;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exact at any scale (principle 8): for seeded feeds with duplicates, family-quota breaches and malformed
 * lines, the report of one sequential run equals — as an object and as JSON bytes — the report of (a)
 * {@link FeedValidator#validate(java.util.Iterator, int)} and of {@link FeedValidator#validateChunks} over
 * random chunks, on 1 to 4 threads, and (b) the three phases
 * run as a distributed engine would: the feed split at EVERY point into two parts, phase 1 per part in the
 * reverse order of the parts, the outcomes shuffled, phase 2 per key (NIK, then family card), and phase 3
 * as one tally per part merged.
 */
class SplitIndependenceProperties {

    private static final JsonMapper JSON =
            JsonMapper.builder().addModule(new PrakerjaModule()).build();

    private static FeedGenerator feeds(int wave) {
        return Feeds.ndjson(Applicants.valid().atWave(wave))
                .valid(30)
                .defects(RuleCode.NIK_FORMAT, 2)
                .defects(RuleCode.ELIGIBILITY_MIN_AGE, 2)
                .duplicates(4)
                .familyQuotaBreaches(3)
                .malformed(2);
    }

    private static List<FeedInput> inputs(GeneratedFeed feed) {
        List<FeedInput> out = new ArrayList<>();
        byte[] bytes = feed.text().getBytes(StandardCharsets.UTF_8);
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(bytes), ReadOptions.defaults())) {
            while (reader.hasNext()) {
                out.add(FeedRecord.toFeedInput(reader.next()));
            }
        }
        return out;
    }

    private static FeedValidator validator(GeneratedFeed feed, int maxSamples) {
        return FeedValidator.builder()
                .evaluation(feed.evaluation())
                .maxSamples(maxSamples)
                .build();
    }

    private static void sameReport(FeedReport actual, FeedReport expected) {
        assertThat(actual).isEqualTo(expected);
        assertThat(JSON.writeValueAsString(actual)).isEqualTo(JSON.writeValueAsString(expected));
    }

    @Test
    void everyThreadCountGivesTheSequentialReport() {
        for (int wave : new int[] {12, 18, 48}) {
            PropertyCheck.forAll(feeds(wave))
                    .tries(8)
                    .describedBy(GeneratedFeed::toString)
                    .verify(feed -> {
                        List<FeedInput> in = inputs(feed);
                        for (int cap : new int[] {3, 1000}) {
                            FeedValidator v = validator(feed, cap);
                            FeedReport sequential = v.validate(in.iterator());
                            assertThat(sequential.records()).isEqualTo(in.size());
                            for (int threads = 1; threads <= 4; threads++) {
                                sameReport(v.validate(in.iterator(), threads), sequential);
                                List<List<FeedInput>> chunks = randomChunks(in, new Random(threads * 7L + cap));
                                sameReport(v.validateChunks(chunks.iterator(), c -> c, threads), sequential);
                            }
                        }
                    });
        }
    }

    /**
     * The verdicts told chunk by chunk ({@code ChunkVerdicts}) are those of {@code FeedRun.accept} in one
     * sequential run: every record once, in feed order, with its own and its cross-record violations, on any
     * number of threads and for any chunks; and the report is the sequential one too.
     */
    @Test
    void theVerdictsOfEveryChunkAreThoseOfOneSequentialRun() {
        FeedGenerator big = Feeds.ndjson(Applicants.valid().atWave(18))
                .valid(1500)
                .defects(RuleCode.NIK_FORMAT, 20)
                .duplicates(100)
                .familyQuotaBreaches(100)
                .malformed(10);
        PropertyCheck.forAll(big).tries(3).describedBy(GeneratedFeed::toString).verify(feed -> {
            List<FeedInput> in = inputs(feed);
            FeedValidator v = validator(feed, 20);
            id.prakerja.core.feed.FeedRun run = v.start();
            List<List<Violation>> expected = new ArrayList<>();
            for (FeedInput input : in) {
                expected.add(run.accept(input));
            }
            FeedReport sequential = run.finish();
            assertThat(expected.stream()
                            .filter(found -> found.stream().anyMatch(x -> x.code() == RuleCode.FEED_DUPLICATE_NIK)))
                    .isNotEmpty();
            for (int threads = 1; threads <= 4; threads++) {
                List<List<FeedInput>> chunks = randomChunks(in, new Random(threads * 31L));
                List<FeedInput> seen = new ArrayList<>();
                List<List<Violation>> told = new ArrayList<>();
                List<List<FeedInput>> chunksTold = new ArrayList<>();
                FeedReport report = v.validateChunks(chunks.iterator(), c -> c, threads, (chunk, records, found) -> {
                    assertThat(found).hasSameSizeAs(records);
                    chunksTold.add(chunk);
                    seen.addAll(records);
                    told.addAll(found);
                });
                sameReport(report, sequential);
                assertThat(chunksTold)
                        .as("chunks, in order, on %d threads", threads)
                        .isEqualTo(chunks);
                assertThat(seen).as("records on %d threads", threads).isEqualTo(in);
                assertThat(told).as("verdicts on %d threads", threads).isEqualTo(expected);

                List<List<Violation>> byItem = new ArrayList<>();
                List<FeedInput> items = new ArrayList<>();
                sameReport(
                        v.validate(in.iterator(), x -> x, threads, (chunk, records, found) -> {
                            assertThat(records).isEqualTo(chunk);
                            items.addAll(chunk);
                            byItem.addAll(found);
                        }),
                        sequential);
                assertThat(items).isEqualTo(in);
                assertThat(byItem).isEqualTo(expected);
            }
        });
    }

    @Test
    void anExceptionOfTheVerdictsEndsTheRunAsItWas() {
        List<FeedInput> in = inputs(feeds(18).generate(5L));
        FeedValidator v = validator(feeds(18).generate(5L), 20);
        for (int threads = 1; threads <= 3; threads++) {
            List<List<FeedInput>> chunks = randomChunks(in, new Random(threads));
            IllegalStateException boom = new IllegalStateException("cannot write rejects.ndjson: disk full");
            int t = threads;
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> v.validateChunks(chunks.iterator(), c -> c, t, (chunk, records, found) -> {
                                throw boom;
                            }))
                    .isSameAs(boom);
        }
    }

    @Test
    void aFeedLargerThanManyChunksToo() {
        FeedGenerator big = Feeds.ndjson(Applicants.valid().atWave(18))
                .valid(3000)
                .duplicates(200)
                .familyQuotaBreaches(200)
                .malformed(20);
        PropertyCheck.forAll(big).tries(2).describedBy(GeneratedFeed::toString).verify(feed -> {
            List<FeedInput> in = inputs(feed);
            FeedValidator v = validator(feed, 50);
            FeedReport sequential = v.validate(in.iterator());
            assertThat(sequential.count(RuleCode.FEED_DUPLICATE_NIK)).isPositive();
            assertThat(sequential.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isPositive();
            sameReport(v.validate(in.iterator(), 2), sequential);
            sameReport(v.validate(in.iterator(), 4), sequential);
        });
    }

    @Test
    void theThreePhasesGiveTheSequentialReportForEverySplitPoint() {
        for (int wave : new int[] {12, 18, 48}) {
            PropertyCheck.forAll(feeds(wave))
                    .tries(4)
                    .describedBy(GeneratedFeed::toString)
                    .verify(feed -> {
                        List<FeedInput> in = inputs(feed);
                        FeedValidator v = validator(feed, 5);
                        FeedReport sequential = v.validate(in.iterator());
                        assertThat(sequential.count(RuleCode.FEED_DUPLICATE_NIK))
                                .isPositive();
                        for (int split = 0; split <= in.size(); split++) {
                            sameReport(distributed(v, in, split, split * 31L), sequential);
                        }
                    });
        }
    }

    /** {@code in} cut into consecutive chunks of 0 to 40 records (empty chunks included). */
    static List<List<FeedInput>> randomChunks(List<FeedInput> in, Random r) {
        List<List<FeedInput>> out = new ArrayList<>();
        int at = 0;
        while (at < in.size()) {
            int n = Math.min(in.size() - at, r.nextInt(41));
            out.add(in.subList(at, at + n));
            at += n;
        }
        return out;
    }

    /** The three phases as a distributed engine runs them, over the feed split in two at {@code split}. */
    static FeedReport distributed(FeedValidator v, List<FeedInput> in, int split, long shuffleSeed) {
        List<List<FeedInput>> parts = List.of(in.subList(split, in.size()), in.subList(0, split)); // reversed
        // phase 1, per part
        List<List<RecordOutcome>> outcomesByPart = new ArrayList<>();
        for (List<FeedInput> part : parts) {
            outcomesByPart.add(part.stream().map(r -> v.outcome(0, r)).collect(Collectors.toList()));
        }
        List<RecordOutcome> all = new ArrayList<>();
        outcomesByPart.forEach(all::addAll);
        Collections.shuffle(all, new Random(shuffleSeed));
        // phase 2, keyed: by NIK, then by family card over the place takers
        CrossRecordRules rules = v.crossRecordRules();
        Map<RecordOutcome, List<Violation>> cross = new HashMap<>();
        Set<RecordOutcome> duplicates = new HashSet<>();
        Map<Long, List<RecordOutcome>> byNik =
                all.stream().filter(o -> o.nik() != 0).collect(Collectors.groupingBy(RecordOutcome::nik));
        for (List<RecordOutcome> key : byNik.values()) {
            for (CrossRecordRules.Finding f : rules.duplicates(key)) {
                RecordOutcome o = key.stream().filter(f::isFor).findFirst().orElseThrow();
                duplicates.add(o);
                cross.computeIfAbsent(o, k -> new ArrayList<>()).add(f.violation());
            }
        }
        Map<Long, List<RecordOutcome>> byCard = all.stream()
                .filter(o -> CrossRecordRules.takesFamilyPlace(o, duplicates.contains(o)))
                .collect(Collectors.groupingBy(RecordOutcome::familyCard));
        for (List<RecordOutcome> key : byCard.values()) {
            for (CrossRecordRules.Finding f : rules.familyQuota(key)) {
                RecordOutcome o = key.stream().filter(f::isFor).findFirst().orElseThrow();
                cross.computeIfAbsent(o, k -> new ArrayList<>()).add(f.violation());
            }
        }
        // phase 3, one tally per part (records in shuffled order), merged
        FeedReport report = FeedReport.empty(v.maxSamples());
        for (List<RecordOutcome> part : outcomesByPart) {
            FeedTally tally = v.tally();
            List<RecordOutcome> shuffled = new ArrayList<>(part);
            Collections.shuffle(shuffled, new Random(shuffleSeed + 1));
            IntStream.range(0, shuffled.size())
                    .forEach(i -> tally.add(shuffled.get(i), cross.getOrDefault(shuffled.get(i), List.of())));
            report = report.merge(tally.report());
        }
        return report;
    }
}
