// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.ReadOptions;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A feed of one million NDJSON applicant lines held in memory ({@link FeedGenerator}), wave 18. One
 * benchmark operation is one pass over the whole feed.
 *
 * <ul>
 *   <li>{@link #jacksonTokens} (a): a Jackson 3 streaming parser over each line reading every token and
 *       nothing else: the practical limit of any JSON-based reader;
 *   <li>{@link #databindHibernateValidator} (b): Jackson databind of each line to {@link ApplicantPojo}, then
 *       Hibernate Validator with the wave-18 constraints: what a team would write. It has no cross-record
 *       rules (no duplicate NIKs, no family quota across records), so it does less than (c);
 *   <li>{@link #engineOnPrebuiltRecords} (c-core): prakerja's {@link FeedValidator}, with its cross-record
 *       rules, over {@link RawApplicant}s built in setup: the engine's own cost, without any JSON;
 *   <li>{@link #prakerjaJsonReader} (c): prakerja-json's NDJSON {@link FeedReader} over the same bytes (as a
 *       stream) feeding the same engine, as the {@code feed-validator} command does: the library end to end;
 *   <li>{@link #prakerjaJsonReaderOnly}: the reader alone, every record read and bound, no engine: splits (c)
 *       into reading and rules (a decomposition for profiling, not a target);
 *   <li>{@link #streamingBindAndEngine}: a minimal Jackson streaming binder ({@link RawBinder}, a stand-in,
 *       not prakerja-json's reader) feeding the same engine.
 * </ul>
 *
 * prakerja-json's NDJSON reader splits the stream into lines itself and creates one Jackson parser per line,
 * as (a) does, so (a) is the like-for-like token limit for (c); (a) is given the line offsets precomputed,
 * while (c) finds the newlines itself (one pass over the bytes).
 *
 * Every variant splits the feed at the same precomputed line offsets. The primary score is feeds/s; the
 * secondary {@code records} and {@code megabytes} counters are records/s and MB/s (10<sup>6</sup> bytes of
 * NDJSON, newlines included) over the same time.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class FeedBenchmark {

    /** The feed, generated once per fork. */
    @State(Scope.Benchmark)
    public static class Data {
        /** Records in the feed. */
        @Param("1000000")
        public int records;

        FeedGenerator.Feed feed;
        JsonFactory jsonFactory;
        ObjectReader pojoReader;
        ValidatorFactory validatorFactory;
        Validator validator;
        FeedValidator feedValidator;

        @Setup(Level.Trial)
        public void setUp() {
            feed = FeedGenerator.generate(records, FeedGenerator.SEED);
            // the same buffer pool as prakerja-json's readers, so that (a) stays the like-for-like limit of (c)
            jsonFactory = JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.threadLocalPool())
                    .build();
            pojoReader = JsonMapper.builder().build().readerFor(ApplicantPojo.class);
            validatorFactory = Validation.buildDefaultValidatorFactory();
            validator = validatorFactory.getValidator();
            feedValidator = FeedValidator.builder()
                    .evaluation(Evaluation.atWave(18))
                    .expectedRecords(records)
                    .build();
            System.out.printf(
                    "%n[feed] %,d records, %,d bytes (%.1f bytes/record)%n",
                    feed.records(), feed.start(feed.records()), (double) feed.start(feed.records()) / feed.records());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            validatorFactory.close();
        }

        long bytes() {
            return feed.start(feed.records());
        }
    }

    /** The feed's records bound to {@link RawApplicant}s in setup, for the engine-only benchmark. */
    @State(Scope.Benchmark)
    public static class Prebuilt {
        RawApplicant[] raws;

        @Setup(Level.Trial)
        public void setUp(Data data) {
            RawBinder binder = new RawBinder(data.jsonFactory);
            FeedGenerator.Feed feed = data.feed;
            raws = new RawApplicant[feed.records()];
            for (int i = 0; i < raws.length; i++) {
                raws[i] = binder.bind(feed.bytes(), feed.start(i), feed.length(i));
            }
        }
    }

    /** Records/s and MB/s, reported next to the primary feeds/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        /** Records processed; reported per second. */
        public long records;

        /** Megabytes (10<sup>6</sup> bytes) of NDJSON processed; reported per second. */
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            records = 0;
            megabytes = 0;
        }

        void add(Data d) {
            records += d.feed.records();
            megabytes += d.bytes() / 1e6;
        }
    }

    /** (a) Every token of every line, nothing else. */
    @Benchmark
    public long jacksonTokens(Data d, Rates rates) {
        FeedGenerator.Feed feed = d.feed;
        byte[] bytes = feed.bytes();
        long sum = 0;
        for (int i = 0, n = feed.records(); i < n; i++) {
            try (JsonParser p =
                    d.jsonFactory.createParser(ObjectReadContext.empty(), bytes, feed.start(i), feed.length(i))) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    sum += t.id();
                }
            }
        }
        rates.add(d);
        return sum;
    }

    /** (b) Jackson databind to a bean, then Hibernate Validator; counts invalid records. */
    @Benchmark
    public long databindHibernateValidator(Data d, Rates rates) {
        FeedGenerator.Feed feed = d.feed;
        byte[] bytes = feed.bytes();
        long invalid = 0;
        for (int i = 0, n = feed.records(); i < n; i++) {
            ApplicantPojo a = d.pojoReader.readValue(bytes, feed.start(i), feed.length(i));
            if (!d.validator.validate(a).isEmpty()) {
                invalid++;
            }
        }
        rates.add(d);
        return invalid;
    }

    /** (c-core) prakerja's feed engine over records already bound: per-record and cross-record rules. */
    @Benchmark
    public FeedReport engineOnPrebuiltRecords(Data d, Prebuilt pre, Rates rates) {
        RawApplicant[] raws = pre.raws;
        FeedRun run = d.feedValidator.start();
        for (int i = 0; i < raws.length; i++) {
            run.accept(FeedInput.of(i + 1, raws[i]));
        }
        rates.add(d);
        return run.finish();
    }

    /**
     * (c) prakerja-json's NDJSON reader over the feed's bytes (strict, default limits) feeding prakerja's feed
     * engine: every line read, bound with its JSON types checked, and validated with the cross-record rules.
     */
    @Benchmark
    public FeedReport prakerjaJsonReader(Data d, Rates rates) {
        FeedRun run = d.feedValidator.start();
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(d.feed.bytes()), ReadOptions.defaults())) {
            while (reader.hasNext()) {
                run.accept(FeedRecord.toFeedInput(reader.next()));
            }
        }
        rates.add(d);
        return run.finish();
    }

    /** The reader of (c) alone: every record read and bound, no rules. Counts the bound records. */
    @Benchmark
    public long prakerjaJsonReaderOnly(Data d, Rates rates) {
        long bound = 0;
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(d.feed.bytes()), ReadOptions.defaults())) {
            while (reader.hasNext()) {
                if (reader.next().record().isBound()) {
                    bound++;
                }
            }
        }
        rates.add(d);
        return bound;
    }

    /** A stand-in for (c): a minimal streaming binder to {@link RawApplicant}, then prakerja's feed engine. */
    @Benchmark
    public FeedReport streamingBindAndEngine(Data d, Rates rates) {
        FeedGenerator.Feed feed = d.feed;
        byte[] bytes = feed.bytes();
        RawBinder binder = new RawBinder(d.jsonFactory);
        FeedRun run = d.feedValidator.start();
        for (int i = 0, n = feed.records(); i < n; i++) {
            run.accept(FeedInput.of(i + 1, binder.bind(bytes, feed.start(i), feed.length(i))));
        }
        rates.add(d);
        return run.finish();
    }
}
