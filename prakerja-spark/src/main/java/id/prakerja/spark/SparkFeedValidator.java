// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.feed.CrossRecordRules;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedTally;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.feed.RecordOutcome;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an applicant feed held in Spark with the three phases of {@code id.prakerja.core.feed}, giving
 * the same {@link FeedReport} as {@link FeedValidator} (and the {@code validate} command) on the same feed:
 *
 * <ol>
 *   <li>phase 1, a map: each line is bound exactly as the command binds it ({@link FeedReader}, strict
 *       NDJSON, numbered as the command numbers it) and checked by {@link FeedValidator#outcome}, giving a
 *       compact outcome (input, line, NIK and family card as {@code long}, wave, whether it passes) — the
 *       line's bytes are not carried on;
 *   <li>phase 2, two shuffles of the compact outcomes only: by NIK (a window in feed order: every later
 *       occurrence is {@code FEED_DUPLICATE_NIK} naming the first line) and then by family card over the
 *       records that are not duplicates and pass every per-record rule (the place of each in feed order;
 *       the {@linkplain CrossRecordRules#familyQuotaViolation violation} comes from core); what comes out
 *       is the short list of records with a cross-record decision, joined back to the lines (broadcast
 *       when it is small, so the lines are not shuffled);
 *   <li>phase 3, an aggregation: each line is bound and checked again where it lies, one
 *       {@link FeedTally} per partition, combined with {@link FeedReport#merge} (valid here because phase
 *       2 has already seen the whole feed).
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
            JavaRDD<Row> rows = sc.newAPIHadoopFile(
                            paths[i], TextInputFormat.class, LongWritable.class, Text.class, conf)
                    .map(t -> t._2().copyBytes())
                    .zipWithIndex()
                    .map((Tuple2<byte[], Long> t) -> RowFactory.create(input, t._2() + 1, t._1()));
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

    /** Like {@link #rows(Dataset, String)}, numbering the rows 1, 2, … in the dataset's order. */
    public Dataset<Row> rows(Dataset<Row> applicants) {
        Dataset<Row> numbered = applicants.withColumn("__prakerja_line", functions.monotonically_increasing_id());
        WindowSpec all = Window.orderBy("__prakerja_line");
        return rows(
                numbered.withColumn("__prakerja_line", functions.row_number().over(all)), "__prakerja_line");
    }

    /** The schema after phase 1: the compact outcome of a record, without the line's bytes. */
    static StructType outcomeSchema() {
        return new StructType()
                .add(INPUT, DataTypes.IntegerType, false)
                .add(LINE, DataTypes.LongType, false)
                .add("nik", DataTypes.LongType, false)
                .add("kk", DataTypes.LongType, false)
                .add("wave", DataTypes.IntegerType, false)
                .add("passes", DataTypes.BooleanType, false);
    }

    /**
     * The schema after phase 2: the records that have a cross-record decision, with the first line of their
     * NIK if they are a duplicate, or their place among the place takers of their family card.
     */
    static StructType decisionSchema() {
        return new StructType()
                .add(INPUT, DataTypes.IntegerType, false)
                .add(LINE, DataTypes.LongType, false)
                .add("firstLine", DataTypes.LongType, true)
                .add("place", DataTypes.IntegerType, true);
    }

    /** The schema of phase 3's input: a line with its cross-record decision, if it has one. */
    static StructType decidedSchema() {
        return linesSchema().add("firstLine", DataTypes.LongType, true).add("place", DataTypes.IntegerType, true);
    }

    /** The feed input of one line (empty for a blank line), bound and numbered as the command does. */
    static Optional<FeedInput> bind(long line, byte[] text) {
        byte[] bytes;
        long first;
        if (line == 1) {
            bytes = text;
            first = 1;
        } else {
            // FeedReader's contract for a part of a stream: one extra "\n" numbered firstLine
            bytes = new byte[text.length + 1];
            bytes[0] = '\n';
            System.arraycopy(text, 0, bytes, 1, text.length);
            first = line - 1;
        }
        try (FeedReader<id.prakerja.core.eligibility.RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(bytes), ReadOptions.defaults(), first)) {
            if (!reader.hasNext()) {
                return Optional.empty();
            }
            FeedRecord<id.prakerja.core.eligibility.RawApplicant> r = reader.next();
            return Optional.of(FeedRecord.toFeedInput(r));
        }
    }

    /** Phase 1: the compact outcome of every record (blank lines give none). The line bytes stay behind. */
    Dataset<Row> compactOutcomes(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        return lines.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> {
                    FeedValidator v = self.core();
                    List<Row> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Row r = it.next();
                        int input = r.getInt(0);
                        long line = r.getLong(1);
                        Optional<FeedInput> in = bind(line, (byte[]) r.get(2));
                        if (in.isPresent()) {
                            RecordOutcome o = v.outcome(input, in.get());
                            out.add(RowFactory.create(input, line, o.nik(), o.familyCard(), o.wave(), o.passes()));
                        }
                    }
                    return out.iterator();
                },
                Encoders.row(outcomeSchema()));
    }

    /**
     * Phase 2 over the compact outcomes: the records with a cross-record decision. By NIK in feed order,
     * every occurrence after the first gets the first one's line; then by family card, over the records
     * that are not duplicates and pass every per-record rule, each in feed order gets its place; only
     * places after the first are kept (the first place never breaks a quota). Only these few columns are
     * shuffled, never the line bytes. Returns the decisions and the persisted ranked outcomes they come from
     * (to unpersist once the decisions are materialised).
     */
    private Phase2 phase2(Dataset<Row> lines) {
        Dataset<Row> outcomes = compactOutcomes(lines);
        // One window over every record (the outcomes are read once): a record without a readable NIK gets a
        // key of its own (negative, from its position), so it is never a duplicate and the unreadable ones
        // do not pile up in one window partition.
        Column nikKey = functions
                .when(
                        functions.col("nik").equalTo(0L),
                        functions
                                .lit(-1L)
                                .minus(functions
                                        .col(INPUT)
                                        .cast(DataTypes.LongType)
                                        .multiply(1L << 40))
                                .minus(functions.col(LINE)))
                .otherwise(functions.col("nik"));
        WindowSpec byNik = Window.partitionBy(nikKey).orderBy(INPUT, LINE);
        // kept (compact rows) so that phase 1 and the NIK shuffle run once for both branches below
        Dataset<Row> ranked = outcomes.withColumn(
                        "__rank", functions.row_number().over(byNik))
                .withColumn("__first", functions.first(LINE).over(byNik))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> duplicates = ranked.filter(functions.col("__rank").gt(1))
                .select(
                        functions.col(INPUT),
                        functions.col(LINE),
                        functions.col("__first").as("firstLine"),
                        functions.lit(null).cast(DataTypes.IntegerType).as("place"));
        Column takesAPlace = functions
                .col("__rank")
                .equalTo(1)
                .and(functions.col("kk").notEqual(0L))
                .and(functions.col("passes"));
        Dataset<Row> takers = ranked.filter(takesAPlace).select(INPUT, LINE, "kk");
        WindowSpec byKk = Window.partitionBy("kk").orderBy(INPUT, LINE);
        Dataset<Row> places = takers.withColumn("place", functions.row_number().over(byKk))
                .filter(functions.col("place").gt(1))
                .select(
                        functions.col(INPUT),
                        functions.col(LINE),
                        functions.lit(null).cast(DataTypes.LongType).as("firstLine"),
                        functions.col("place"));
        return new Phase2(duplicates.unionByName(places).select(columns(decisionSchema())), ranked);
    }

    private record Phase2(Dataset<Row> decisions, Dataset<Row> ranked) {}

    /** The lines with their decisions, and the cached decisions (to unpersist when the lines are consumed). */
    private record Decided(Dataset<Row> rows, Dataset<Row> cached) {}

    /**
     * Phase 1 and 2, joined back to the lines: every line with its cross-record decision (null columns when
     * it has none). The decisions are computed and cached once; when there are at most
     * {@value #BROADCAST_LIMIT} of them they are broadcast to the line partitions (the lines are not
     * shuffled at all), otherwise the join shuffles both sides.
     */
    private Decided decided(Dataset<Row> lines) {
        Phase2 p = phase2(lines);
        Dataset<Row> d = p.decisions().persist(StorageLevel.MEMORY_AND_DISK());
        long count = d.count();
        p.ranked().unpersist();
        Dataset<Row> right = count <= BROADCAST_LIMIT ? functions.broadcast(d) : d;
        return new Decided(
                lines.join(right, new String[] {INPUT, LINE}, "left_outer").select(columns(decidedSchema())), d);
    }

    /**
     * The most cross-record decisions (duplicates and family places after the first) that are broadcast to
     * the line partitions; about 20 bytes each.
     */
    static final long BROADCAST_LIMIT = 2_000_000L;

    private static Column[] columns(StructType schema) {
        String[] names = schema.fieldNames();
        Column[] cols = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            cols[i] = functions.col(names[i]);
        }
        return cols;
    }

    /** The cross-record violations of a decided row, as {@code FeedRun} gives them. */
    private static List<Violation> crossRecord(Row r, RecordOutcome o, CrossRecordRules rules) {
        if (!r.isNullAt(3)) {
            return List.of(CrossRecordRules.duplicateViolation(r.getLong(3)));
        }
        if (!r.isNullAt(4)) {
            Optional<Violation> q = rules.familyQuotaViolation(o.wave(), r.getInt(4));
            if (q.isPresent()) {
                return List.of(q.get());
            }
        }
        return List.of();
    }

    /**
     * Validates the feed of a lines dataset (from {@link #ndjson} or {@link #rows}): the report equals
     * {@link FeedValidator#validate(Iterable)}'s over the same records in feed order.
     */
    public FeedReport report(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        Decided decided = decided(lines);
        Dataset<String> partials = decided.rows()
                .mapPartitions(
                        (MapPartitionsFunction<Row, String>) it -> {
                            FeedValidator v = self.core();
                            CrossRecordRules rules = v.crossRecordRules();
                            FeedTally tally = v.tally();
                            while (it.hasNext()) {
                                Row r = it.next();
                                Optional<FeedInput> in = bind(r.getLong(1), (byte[]) r.get(2));
                                if (in.isPresent()) {
                                    RecordOutcome o = v.outcome(r.getInt(0), in.get());
                                    tally.add(o, crossRecord(r, o, rules));
                                }
                            }
                            return List.of(mapper().writeValueAsString(tally.report()))
                                    .iterator();
                        },
                        Encoders.STRING());
        ObjectMapper mapper = mapper();
        FeedReport report = FeedReport.empty(maxSamples);
        try {
            for (String json : partials.collectAsList()) {
                report = report.merge(mapper.readValue(json, FeedReport.class));
            }
        } finally {
            decided.cached().unpersist();
        }
        return report;
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
     * its codes in order (its own, then the cross-record ones), to join back to the feed or write out. The
     * cross-record phase runs when this is called; its few decision rows stay cached in the session for the
     * returned dataset (unpersist with {@code spark.catalog().clearCache()} when done with it).
     */
    public Dataset<Row> outcomes(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        return decided(lines)
                .rows()
                .mapPartitions(
                        (MapPartitionsFunction<Row, Row>) it -> {
                            FeedValidator v = self.core();
                            CrossRecordRules rules = v.crossRecordRules();
                            List<Row> out = new ArrayList<>();
                            while (it.hasNext()) {
                                Row r = it.next();
                                Optional<FeedInput> in = bind(r.getLong(1), (byte[]) r.get(2));
                                if (in.isEmpty()) {
                                    continue;
                                }
                                RecordOutcome o = v.outcome(r.getInt(0), in.get());
                                List<String> codes = new ArrayList<>();
                                boolean valid = o.passes();
                                for (Violation x : o.violations()) {
                                    codes.add(x.code().name());
                                }
                                for (Violation x : crossRecord(r, o, rules)) {
                                    codes.add(x.code().name());
                                    valid &= !x.isError();
                                }
                                out.add(RowFactory.create(
                                        o.input(),
                                        o.line(),
                                        o.maskedNik().orElse(null),
                                        valid,
                                        scala.jdk.javaapi.CollectionConverters.asScala(codes)
                                                .toSeq()));
                            }
                            return out.iterator();
                        },
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
