// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.prakerja.testkit.Feeds;
import id.prakerja.testkit.GeneratedFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/** The Spark report equals the single-machine report (objects and JSON bytes) on the same feeds. */
class SparkFeedValidatorTest {

    private static final Path SAMPLE = Path.of(
            "../examples/feed-validator/src/main/resources/id/prakerja/examples/feedvalidator/sample-feed.ndjson");
    private static final Pattern FULL_NIK = Pattern.compile("\\d{16}");

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("prakerja-spark-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** What one sequential run over the whole stream reports (the command's path). */
    private static FeedReport sequential(byte[] feed, Evaluation e, int maxSamples) {
        List<FeedInput> inputs = new ArrayList<>();
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(feed), ReadOptions.defaults())) {
            while (reader.hasNext()) {
                inputs.add(FeedRecord.toFeedInput(reader.next()));
            }
        }
        return FeedValidator.builder()
                .evaluation(e)
                .maxSamples(maxSamples)
                .build()
                .validate(inputs);
    }

    private void assertSame(FeedReport spark, FeedReport expected) {
        assertThat(spark).isEqualTo(expected);
        ObjectMapper m = SparkFeedValidator.mapper();
        assertThat(new String(m.writeValueAsBytes(spark), StandardCharsets.UTF_8))
                .isEqualTo(new String(m.writeValueAsBytes(expected), StandardCharsets.UTF_8));
    }

    @Test
    void theBundledSampleFeed() throws IOException {
        byte[] feed = Files.readAllBytes(SAMPLE);
        SparkFeedValidator v = SparkFeedValidator.standard().maxSamples(50);
        FeedReport report = v.report(v.ndjson(spark, SAMPLE.toString()));
        FeedReport expected = sequential(feed, Evaluation.latest(), 50);
        assertThat(expected.invalid()).isPositive();
        assertSame(report, expected);
    }

    @Test
    void duplicatesAndFamilyQuotasSplitAcrossPartitions() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(400)
                .duplicates(30)
                .familyQuotaBreaches(20)
                .defects(RuleCode.NIK_FORMAT, 10)
                .generate(15);
        Path file = dir.resolve("feed.ndjson");
        Files.writeString(file, generated.text(), StandardCharsets.UTF_8);
        SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(100);
        // a random shuffle into 5 partitions puts the members of one NIK or card in different ones
        Dataset<Row> lines = v.ndjson(spark, file.toString()).repartition(5);
        assertThat(lines.rdd().getNumPartitions()).isEqualTo(5);
        FeedReport report = v.report(lines);
        FeedReport expected = sequential(generated.text().getBytes(StandardCharsets.UTF_8), Evaluation.atWave(18), 100);
        assertThat(report.count(RuleCode.FEED_DUPLICATE_NIK)).isEqualTo(30);
        assertThat(report.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(20);
        assertThat(report.invalid()).isEqualTo(generated.expectedReport().invalid());
        assertSame(report, expected);

        List<Row> outcomes = v.outcomes(lines).collectAsList();
        assertThat((long) outcomes.size()).isEqualTo(report.records());
        assertThat(outcomes.stream().filter(r -> !r.getBoolean(3)).count()).isEqualTo(report.invalid());
        for (Row r : outcomes) {
            assertThat(r.isNullAt(2) ? "" : r.getString(2)).doesNotContainPattern(FULL_NIK);
        }
        // each record's codes, own then cross-record, and validity are what one sequential run gives it
        Map<Long, List<String>> expectedCodes = new HashMap<>();
        Map<Long, Boolean> expectedValid = new HashMap<>();
        FeedRun run = FeedValidator.builder()
                .evaluation(Evaluation.atWave(18))
                .build()
                .start();
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(generated.text().getBytes(StandardCharsets.UTF_8)))) {
            while (reader.hasNext()) {
                FeedRecord<RawApplicant> r = reader.next();
                List<Violation> all = run.accept(FeedRecord.toFeedInput(r));
                expectedCodes.put(
                        r.line(), all.stream().map(x -> x.code().name()).toList());
                expectedValid.put(r.line(), all.stream().noneMatch(Violation::isError));
            }
        }
        Map<Long, List<String>> codes = new HashMap<>();
        Map<Long, Boolean> valid = new HashMap<>();
        for (Row r : outcomes) {
            codes.put(r.getLong(1), r.<String>getList(4));
            valid.put(r.getLong(1), r.getBoolean(3));
        }
        assertThat(codes).isEqualTo(expectedCodes);
        assertThat(valid).isEqualTo(expectedValid);
        assertThat(codes.values()).anySatisfy(c -> assertThat(c).contains("FEED_DUPLICATE_NIK"));
        assertThat(codes.values()).anySatisfy(c -> assertThat(c).contains("ELIGIBILITY_FAMILY_QUOTA"));
    }

    @Test
    void enoughRecordsForTheBuffersAndHashMapsOfAShufflePartitionToGrow() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(4000)
                .duplicates(150)
                .familyQuotaBreaches(90)
                .defects(RuleCode.NIK_FORMAT, 40)
                .generate(33);
        Path file = dir.resolve("big.ndjson");
        Files.writeString(file, generated.text(), StandardCharsets.UTF_8);
        SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(50);
        // two partitions of lines: over 2,000 records each, beyond the first buffer and map sizes
        FeedReport report = v.report(v.ndjson(spark, file.toString()).repartition(2));
        FeedReport expected = sequential(generated.text().getBytes(StandardCharsets.UTF_8), Evaluation.atWave(18), 50);
        assertThat(report.count(RuleCode.FEED_DUPLICATE_NIK)).isEqualTo(150);
        assertThat(report.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(90);
        assertSame(report, expected);
    }

    @Test
    void theSamplesAtAnyCapAreTheFirstViolationsInFeedOrderOwnAndCrossRecord() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(150)
                .duplicates(12)
                .familyQuotaBreaches(8)
                .defects(RuleCode.NIK_FORMAT, 6)
                .defects(RuleCode.ELIGIBILITY_MIN_AGE, 6)
                .generate(21);
        Path file = dir.resolve("samples.ndjson");
        Files.writeString(file, generated.text(), StandardCharsets.UTF_8);
        byte[] feed = generated.text().getBytes(StandardCharsets.UTF_8);
        for (int cap : new int[] {0, 1, 4, 15, 100}) {
            SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(cap);
            FeedReport report = v.report(v.ndjson(spark, file.toString()).repartition(3));
            FeedReport expected = sequential(feed, Evaluation.atWave(18), cap);
            long violations = expected.violationsByCode().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            assertThat(violations).isBetween(30L, 99L);
            assertThat(report.samples()).hasSize((int) Math.min(cap, violations));
            if (cap == 100) {
                // own and cross-record violations are both among the samples, interleaved by line
                assertThat(report.samples())
                        .extracting(sample -> sample.violation().code())
                        .contains(
                                RuleCode.FEED_DUPLICATE_NIK,
                                RuleCode.ELIGIBILITY_FAMILY_QUOTA,
                                RuleCode.NIK_FORMAT,
                                RuleCode.ELIGIBILITY_MIN_AGE);
            }
            assertSame(report, expected);
        }
    }

    @Test
    void severalInputsAreOneFeedInInputOrder() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(60)
                .duplicates(5)
                .familyQuotaBreaches(4)
                .defects(RuleCode.NIK_FORMAT, 3)
                .generate(8);
        Path first = dir.resolve("a.ndjson");
        Path second = dir.resolve("b.ndjson");
        Files.writeString(first, generated.text(), StandardCharsets.UTF_8);
        // the same records again: every NIK of the second input came first in the first one
        Files.writeString(second, generated.text(), StandardCharsets.UTF_8);
        FeedValidator core = FeedValidator.builder()
                .evaluation(Evaluation.atWave(18))
                .maxSamples(25)
                .build();
        FeedRun run = core.start();
        for (int input = 0; input < 2; input++) {
            try (FeedReader<RawApplicant> reader = FeedReader.applicants(
                    new ByteArrayInputStream(generated.text().getBytes(StandardCharsets.UTF_8)))) {
                while (reader.hasNext()) {
                    run.acceptOutcome(core.outcome(input, FeedRecord.toFeedInput(reader.next())));
                }
            }
        }
        FeedReport expected = run.finish();
        SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(25);
        FeedReport inOrder =
                v.report(v.ndjson(spark, first.toString(), second.toString()).repartition(4));
        assertThat(inOrder.count(RuleCode.FEED_DUPLICATE_NIK)).isGreaterThan(60);
        assertSame(inOrder, expected);
    }

    @Test
    void malformedLinesBlankLinesAndCarriageReturns() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(120)
                .malformed(25)
                .unknownFields(5)
                .generate(3);
        String text = generated.text();
        // blank lines and CRLF endings still count as the command counts them
        String odd = "\n" + text.replaceFirst("\n", "\r\n\n\n") + "\n{\"nik\":";
        Path file = dir.resolve("odd.ndjson");
        Files.writeString(file, odd, StandardCharsets.UTF_8);
        SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(40);
        FeedReport report = v.report(v.ndjson(spark, file.toString()).repartition(3));
        FeedReport expected = sequential(odd.getBytes(StandardCharsets.UTF_8), Evaluation.atWave(18), 40);
        assertThat(report.count(RuleCode.RECORD_MALFORMED)).isGreaterThanOrEqualTo(25);
        assertSame(report, expected);
    }

    @Test
    void anEmptyFeedAndAFeedOfBlankLines() throws IOException {
        Path empty = dir.resolve("empty.ndjson");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        Path blank = dir.resolve("blank.ndjson");
        Files.writeString(blank, "\n \r\n\t\n", StandardCharsets.UTF_8);
        SparkFeedValidator v = SparkFeedValidator.standard();
        FeedReport none = sequential(new byte[0], Evaluation.latest(), 20);
        assertThat(none.records()).isZero();
        assertSame(v.report(v.ndjson(spark, empty.toString())), none);
        assertSame(v.report(v.ndjson(spark, blank.toString(), empty.toString())), none);
        assertThat(v.outcomes(v.ndjson(spark, blank.toString())).count()).isZero();
    }

    @Test
    void anyDataFrameWithTheApplicantColumns() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(200)
                .duplicates(10)
                .familyQuotaBreaches(6)
                .generate(5);
        Path file = dir.resolve("frame.ndjson");
        Files.writeString(file, generated.text(), StandardCharsets.UTF_8);
        Dataset<Row> frame = spark.read().json(file.toString());
        SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(30);
        FeedReport report = v.report(v.rows(frame).repartition(4));
        FeedReport expected = sequential(generated.text().getBytes(StandardCharsets.UTF_8), Evaluation.atWave(18), 30);
        assertThat(report.count(RuleCode.FEED_DUPLICATE_NIK)).isEqualTo(10);
        assertThat(report.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(6);
        assertSame(report, expected);
    }

    @Test
    void aDataFrameOfSeveralPartitionsIsNumberedInOrderWithoutGatheringItIntoOne() throws IOException {
        GeneratedFeed generated = Feeds.ndjson()
                .atWave(18)
                .valid(300)
                .duplicates(12)
                .familyQuotaBreaches(5)
                .generate(9);
        Path file = dir.resolve("partitions.ndjson");
        Files.writeString(file, generated.text(), StandardCharsets.UTF_8);
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "8k"); // several partitions, in file order
        try {
            Dataset<Row> frame = spark.read().json(file.toString());
            assertThat(frame.rdd().getNumPartitions()).isGreaterThan(1);
            SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18)).maxSamples(40);
            Dataset<Row> lines = v.rows(frame);
            // the numbering keeps the partitions (a window over all rows would leave one)
            assertThat(lines.rdd().getNumPartitions()).isEqualTo(frame.rdd().getNumPartitions());
            FeedReport expected =
                    sequential(generated.text().getBytes(StandardCharsets.UTF_8), Evaluation.atWave(18), 40);
            assertSame(v.report(lines), expected);
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
    }
}
