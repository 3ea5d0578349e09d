// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.feed.CrossRecordRules;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.feed.FeedTally;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.json.PrakerjaModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an applicant feed held in Spark with the three phases of {@code id.prakerja.core.feed}, giving
 * the same {@link FeedReport} as {@link FeedValidator} (and the {@code validate} command) on the same feed:
 *
 * <ol>
 *   <li>phase 1, a map over the lines' partitions: each line is bound once, exactly as the command binds it
 *       (strict NDJSON, numbered as the command numbers it; one reusable {@link id.prakerja.json.NdjsonLineBinder} per
 *       partition), and checked by {@link FeedValidator#outcome}; its own violations are counted into one
 *       {@link FeedTally} per partition and input, and what goes on is a compact row (position, NIK and
 *       family card as {@code long}, wave, whether it passes, province, masked NIK) — never the line's
 *       bytes;
 *   <li>phase 2, two shuffles of the compact rows: hashed by NIK, where each partition finds with a hash
 *       map the first position of each NIK (every later occurrence is {@code FEED_DUPLICATE_NIK} naming the
 *       first line); then the records that are not duplicates and pass every per-record rule, hashed by
 *       family card, where each card's place takers are numbered in feed order (the
 *       {@linkplain CrossRecordRules#familyQuotaViolation violation} comes from core). No row is sorted:
 *       only the keys with several records are ordered. The tallies ride along, one row each;
 *   <li>phase 3, an aggregation on the driver: the tallies are merged ({@link FeedReport#merge}) and what
 *       the cross-record violations change is added (their codes and legal references; a record that
 *       passed its own rules becomes invalid; the samples are the first {@code maxSamples} violations in
 *       feed order, input then line, a record's own before its cross-record one).
 * </ol>
 *
 * <pre>{@code
 * SparkFeedValidator v = SparkFeedValidator.of(Evaluation.atWave(18));
 * Dataset<Row> lines = v.ndjson(spark, "hdfs:///feeds/2024-05.ndjson");
 * FeedReport report = v.report(lines);
 * v.outcomes(lines).write().parquet("hdfs:///feeds/2024-05-outcomes");   // input, line, maskedNik, codes
 * }</pre>
 *
 * <p>Lines are the unit: a {@code lines} dataset has the columns {@value #INPUT} (int, which input of
 * several), {@value #LINE} (long, 1-based) and {@value #TEXT} (binary, the line's bytes without its
 * {@code \n}). The validator is serializable and holds only its configuration: the standard checker, the
 * evaluation's wave and date, and the sample cap. No full NIK leaves an executor in text: the outcomes
 * dataset holds the masked NIK only (the numeric key columns of the intermediate datasets are never
 * printed by this class).
 */
public final class SparkFeedValidator implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The column with the input's index (0 for a single feed). */
    public static final String INPUT = "input";
    /** The column with the 1-based line number. */
    public static final String LINE = "line";
    /** The column with the line's bytes. */
    public static final String TEXT = "text";

    private final Integer wave;
    private final LocalDate date;
    private final int maxSamples;

    private SparkFeedValidator(Integer wave, LocalDate date, int maxSamples) {
        if (maxSamples < 0) {
            throw new IllegalArgumentException("maxSamples must not be negative: " + maxSamples);
        }
        this.wave = wave;
        this.date = date;
        this.maxSamples = maxSamples;
    }

    /** A validator for records without their own wave at {@code evaluation} (standard checker, 20 samples). */
    public static SparkFeedValidator of(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        OptionalInt w = evaluation.wave();
        return new SparkFeedValidator(
                w.isPresent() ? w.getAsInt() : null, evaluation.date().orElse(null), FeedValidator.DEFAULT_MAX_SAMPLES);
    }

    /** A validator at the latest wave, as {@link FeedValidator#builder()} by default. */
    public static SparkFeedValidator standard() {
        return of(Evaluation.latest());
    }

    /** This validator keeping at most {@code maxSamples} samples. */
    public SparkFeedValidator maxSamples(int maxSamples) {
        return new SparkFeedValidator(wave, date, maxSamples);
    }

    /** The core validator this one runs on each executor. */
    public FeedValidator core() {
        Evaluation e;
        if (wave != null && date != null) {
            e = Evaluation.of(wave, date);
        } else if (wave != null) {
            e = Evaluation.atWave(wave);
        } else if (date != null) {
            e = Evaluation.on(date);
        } else {
            e = Evaluation.latest();
        }
        return FeedValidator.builder().evaluation(e).maxSamples(maxSamples).build();
    }

    /** The schema of a lines dataset. */
    public static StructType linesSchema() {
        return new StructType()
                .add(INPUT, DataTypes.IntegerType, false)
                .add(LINE, DataTypes.LongType, false)
                .add(TEXT, DataTypes.BinaryType, false);
    }

    /**
     * The lines of NDJSON files, input {@code i} being {@code paths[i]}: split at {@code \n} only (a
     * {@code \r} stays in the line, as for the command) and numbered from 1 per file, with the bytes as
     * they are (no decoding, so malformed UTF-8 is reported as the command reports it).
     */
    public Dataset<Row> ndjson(SparkSession spark, String... paths) {
        if (paths.length == 0) {
            throw new IllegalArgumentException("no input paths");
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        JavaRDD<Row> all = null;
        for (int i = 0; i < paths.length; i++) {
            int input = i;
            JavaPairRDD<LongWritable, Text> file =
                    sc.newAPIHadoopFile(paths[i], TextInputFormat.class, LongWritable.class, Text.class, conf);
            // one counting pass over the splits (nothing copied), then each split numbers its lines from
            // the sum of the counts before it
            List<Long> counts = file.mapPartitions((FlatMapFunction<Iterator<Tuple2<LongWritable, Text>>, Long>) it -> {
                        long n = 0;
                        while (it.hasNext()) {
                            it.next();
                            n++;
                        }
                        return List.of(n).iterator();
                    })
                    .collect();
            long[] firstLines = new long[counts.size()];
            for (int p = 1; p < firstLines.length; p++) {
                firstLines[p] = firstLines[p - 1] + counts.get(p - 1);
            }
            JavaRDD<Row> rows = file.mapPartitionsWithIndex(
                    (Function2<Integer, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>>) (p, it) -> {
                        long[] line = {firstLines[p]};
                        return new Iterator<Row>() {
                            @Override
                            public boolean hasNext() {
                                return it.hasNext();
                            }

                            @Override
                            public Row next() {
                                return RowFactory.create(
                                        input, ++line[0], it.next()._2().copyBytes());
                            }
                        };
                    },
                    true);
            all = all == null ? rows : all.union(rows);
        }
        return spark.createDataFrame(all, linesSchema());
    }

    /**
     * The lines of any DataFrame with the applicant columns (wire names, as in NDJSON records): each row
     * becomes the JSON object of its non-null columns, numbered by {@code lineColumn} (a long or int
     * column, 1-based), as input 0.
     */
    public Dataset<Row> rows(Dataset<Row> applicants, String lineColumn) {
        List<Column> fields = new ArrayList<>();
        for (String c : applicants.columns()) {
            if (!c.equals(lineColumn)) {
                fields.add(functions.col(c));
            }
        }
        return applicants.select(
                functions.lit(0).as(INPUT),
                functions.col(lineColumn).cast(DataTypes.LongType).as(LINE),
                functions
                        .to_json(functions.struct(fields.toArray(new Column[0])))
                        .cast(DataTypes.BinaryType)
                        .as(TEXT));
    }

    /**
     * Like {@link #rows(Dataset, String)}, numbering the rows 1, 2, … in the dataset's order (partition by
     * partition, as they come). The numbering keeps the dataset's partitions: one job counts the rows of each
     * partition (as {@link #ndjson} counts lines), and each partition numbers its own from there; no window
     * over the whole dataset, which would bring every row into one partition.
     */
    public Dataset<Row> rows(Dataset<Row> applicants) {
        StructType schema = applicants.schema().add("__prakerja_line", DataTypes.LongType, false);
        JavaRDD<Row> numbered = applicants.javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            Object[] values = new Object[r.size() + 1];
            for (int i = 0; i < r.size(); i++) {
                values[i] = r.get(i);
            }
            values[r.size()] = t._2() + 1;
            return RowFactory.create(values);
        });
        return rows(applicants.sparkSession().createDataFrame(numbered, schema), "__prakerja_line");
    }

    /**
     * Phase 1: the compact outcome of every record (blank lines give none); with {@code withTallies} the
     * tallies of each partition too, else each record's own codes. The line bytes stay behind.
     */
    private Dataset<Row> compactOutcomes(Dataset<Row> lines, boolean withTallies) {
        SparkFeedValidator self = this;
        return lines.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> new Phases.Phase1(it, self.core(), withTallies),
                Encoders.row(Phases.phase1Schema()));
    }

    /**
     * Phase 2's first step: the compact outcomes hashed by NIK (records without a readable NIK have keys of
     * their own, so they spread), each partition's duplicates found with a hash map (see {@link Phases}).
     */
    private Dataset<Row> byNik(Dataset<Row> outcomes, boolean decidedOnly) {
        int cap = maxSamples;
        return outcomes.repartition(functions.col(Phases.NIK_KEY))
                .mapPartitions(
                        (MapPartitionsFunction<Row, Row>) it -> Phases.byNik(it, decidedOnly, cap),
                        Encoders.row(Phases.nikSchema()));
    }

    /** The province key {@link FeedTally} counts a record under, for a province code (or -1). */
    private static String provinceKey(int code) {
        if (code < 0 || code >= 100) {
            return FeedReport.UNKNOWN_PROVINCE;
        }
        return Province.ofCode(String.format("%02d", code)).map(Province::code).orElse(FeedReport.UNKNOWN_PROVINCE);
    }

    /**
     * Validates the feed of a lines dataset (from {@link #ndjson} or {@link #rows}): the report equals
     * {@link FeedValidator#validate(Iterable)}'s over the same records in feed order. One pass over the lines
     * and two shuffles of compact rows: phase 1 binds each line once and tallies its own violations per
     * partition; phase 2 hashes the compact outcomes by NIK (the duplicates are counted there) and the place
     * takers by family card (the quota breaches are counted there); the tallies ride along, one row each.
     * Phase 3, on the driver, adds what the cross-record violations change to the tallies.
     */
    public FeedReport report(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        int cap = maxSamples;
        Dataset<byte[]> partials = byNik(compactOutcomes(lines, true), true)
                .repartition(functions.col(Phases.KK_KEY))
                .mapPartitions(
                        (MapPartitionsFunction<Row, byte[]>)
                                it -> Phases.byFamilyCard(it, self.core().crossRecordRules(), cap),
                        Encoders.BINARY());
        return assemble(partials.collectAsList());
    }

    /** One sample candidate on the driver: its position, then own violations before cross-record ones. */
    private record Candidate(int input, long line, int cross, FeedSample sample) {}

    /** Phase 3 on the driver: the phase-1 tallies plus the corrections, as one report. */
    private FeedReport assemble(List<byte[]> partials) {
        ObjectMapper mapper = mapper();
        CrossRecordRules rules = core().crossRecordRules();
        FeedReport own = FeedReport.empty(maxSamples);
        List<Candidate> candidates = new ArrayList<>();
        long[] byCode = new long[RuleCode.values().length];
        long[] madeInvalid = new long[101];
        Map<RuleCode, Set<String>> refs = new EnumMap<>(RuleCode.class);
        for (byte[] p : partials) {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(p))) {
                int input = in.readInt();
                String report = (String) in.readObject();
                Phases.Corrections c = (Phases.Corrections) in.readObject();
                if (report != null) {
                    FeedReport r = mapper.readValue(report, FeedReport.class);
                    own = own.merge(r);
                    for (FeedSample s : r.samples()) {
                        candidates.add(new Candidate(input, s.line(), 0, s));
                    }
                }
                if (c != null) {
                    for (int i = 0; i < byCode.length; i++) {
                        byCode[i] += c.byCode[i];
                    }
                    for (int i = 0; i < madeInvalid.length; i++) {
                        madeInvalid[i] += c.madeInvalid[i];
                    }
                    c.legalReferences.forEach((k, v) ->
                            refs.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
                    for (Phases.CrossSample s : c.samples) {
                        candidates.add(new Candidate(
                                s.input(), s.line(), 1, FeedSample.of(s.line(), s.maskedNik(), s.violation(rules))));
                    }
                }
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot read a partial result of phase 3", e);
            }
        }
        // stable: the samples of one record's own violations come from one tally, in their order
        candidates.sort(Comparator.comparingInt(Candidate::input)
                .thenComparingLong(Candidate::line)
                .thenComparingInt(Candidate::cross));
        List<FeedSample> samples = new ArrayList<>(maxSamples);
        for (int i = 0; i < candidates.size() && i < maxSamples; i++) {
            samples.add(candidates.get(i).sample());
        }
        Map<RuleCode, Long> codes = new EnumMap<>(RuleCode.class);
        codes.putAll(own.violationsByCode());
        RuleCode[] all = RuleCode.values();
        for (int i = 0; i < all.length; i++) {
            if (byCode[i] > 0) {
                codes.merge(all[i], byCode[i], Long::sum);
            }
        }
        Map<String, Long> invalidByProvince = new TreeMap<>(own.invalidByProvince());
        long switched = 0;
        for (int i = 0; i < madeInvalid.length; i++) {
            if (madeInvalid[i] > 0) {
                invalidByProvince.merge(provinceKey(i == 100 ? -1 : i), madeInvalid[i], Long::sum);
                switched += madeInvalid[i];
            }
        }
        Map<RuleCode, Set<String>> legal = new EnumMap<>(RuleCode.class);
        own.legalReferences().forEach((k, v) -> legal.put(k, new TreeSet<>(v)));
        refs.forEach((k, v) -> legal.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        return FeedReport.of(
                own.records(),
                own.valid() - switched,
                own.invalid() + switched,
                codes,
                own.recordsByProvince(),
                invalidByProvince,
                legal,
                samples,
                maxSamples);
    }

    /** The schema of {@link #outcomes}. */
    public static StructType outcomesSchema() {
        return new StructType()
                .add(INPUT, DataTypes.IntegerType, false)
                .add(LINE, DataTypes.LongType, false)
                .add("maskedNik", DataTypes.StringType, true)
                .add("valid", DataTypes.BooleanType, false)
                .add("codes", DataTypes.createArrayType(DataTypes.StringType, false), false);
    }

    /**
     * The outcome of every record: input, line, masked NIK (never the full one), whether it is valid, and
     * its codes in order (its own, then the cross-record ones), to join back to the feed or write out. Lazy
     * and uncached: phase 1 and the two shuffles of phase 2 run (every record goes through both) each time
     * the dataset is computed.
     */
    public Dataset<Row> outcomes(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        return byNik(compactOutcomes(lines, false), false)
                .repartition(functions.col(Phases.KK_KEY))
                .mapPartitions(
                        (MapPartitionsFunction<Row, Row>)
                                it -> Phases.outcomes(it, self.core().crossRecordRules()),
                        Encoders.row(outcomesSchema()));
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new PrakerjaModule()).build();
    }

    @Override
    public String toString() {
        return "SparkFeedValidator[wave=" + wave + ", date=" + date + ", maxSamples=" + maxSamples + "]";
    }
}
