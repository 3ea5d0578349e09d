// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.CrossRecordRules;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.feed.FeedTally;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.feed.RecordOutcome;
import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.NdjsonLineBinder;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.TaskContext;
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
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
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

    /**
     * The schema after phase 1: the compact outcome of a record, without the line's bytes, or (with
     * {@value #REPORT} set) the phase-1 tally of one partition's records of one input.
     */
    static StructType phase1Schema() {
        return new StructType()
                .add(INPUT, DataTypes.IntegerType, false)
                .add(LINE, DataTypes.LongType, false)
                .add(NIK_KEY, DataTypes.LongType, false)
                .add(KK_KEY, DataTypes.LongType, false)
                .add(WAVE, DataTypes.IntegerType, false)
                .add(PASSES, DataTypes.BooleanType, false)
                .add(PROVINCE, DataTypes.IntegerType, false)
                .add(MASKED, DataTypes.StringType, true)
                .add(REPORT, DataTypes.StringType, true)
                .add(CODES, DataTypes.createArrayType(DataTypes.StringType, false), true);
    }

    // phase 1's columns: the NIK, or a negative key of its own for a record without a readable one (and a
    // partition's tally), so that those never group; the family card, or a key of its own for a record that
    // does not take a place whatever phase 2 finds (no readable card, or it fails a per-record rule)
    private static final String NIK_KEY = "nikKey";
    private static final String KK_KEY = "kkKey";
    private static final String WAVE = "wave";
    private static final String PASSES = "passes";
    private static final String PROVINCE = "province";
    private static final String MASKED = "maskedNik";
    private static final String REPORT = "report";
    private static final String CODES = "codes";
    private static final String RANK = "__rank";
    private static final String FIRST = "__first";
    private static final String PLACE = "__place";

    /** A key of its own (negative, never a NIK or card number) for the {@code n}-th row of partition {@code p}. */
    private static long ownKey(int partition, long n) {
        return -1L - (((long) partition << 36) | n);
    }

    /**
     * Phase 1 over the lines of one partition, streamed: each line is bound once (one reusable
     * {@link NdjsonLineBinder} per partition), checked by {@link FeedValidator#outcome}, counted into a
     * {@link FeedTally} of its input (own violations only: phase 2 has not run yet) and given on as a
     * compact row; after the last line, one row per input with that tally's report as JSON.
     */
    private static final class Phase1 implements Iterator<Row> {
        private final Iterator<Row> lines;
        private final FeedValidator validator;
        private final NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
        private final Map<Integer, FeedTally> tallies = new TreeMap<>();
        private final int partition;
        private final boolean withTallies;
        private Iterator<Map.Entry<Integer, FeedTally>> ends;
        private ObjectMapper mapper;
        private long n;
        private Row next;

        Phase1(Iterator<Row> lines, FeedValidator validator, boolean withTallies) {
            this.lines = lines;
            this.validator = validator;
            this.withTallies = withTallies;
            TaskContext task = TaskContext.get();
            this.partition = task == null ? 0 : task.partitionId();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (lines.hasNext()) {
                    next = outcome(lines.next());
                } else if (!withTallies) {
                    return false;
                } else {
                    if (ends == null) {
                        ends = tallies.entrySet().iterator();
                        mapper = mapper();
                    }
                    if (!ends.hasNext()) {
                        return false;
                    }
                    Map.Entry<Integer, FeedTally> e = ends.next();
                    String json = mapper.writeValueAsString(e.getValue().report());
                    long key = ownKey(partition, n++);
                    next = RowFactory.create(e.getKey(), 0L, key, key, -1, false, -1, null, json, null);
                }
            }
            return true;
        }

        private Row outcome(Row r) {
            int input = r.getInt(0);
            long line = r.getLong(1);
            Optional<FeedRecord<RawApplicant>> bound = binder.bind(line, (byte[]) r.get(2));
            if (bound.isEmpty()) {
                return null;
            }
            RecordOutcome o = validator.outcome(input, FeedRecord.toFeedInput(bound.get()));
            if (withTallies) {
                tallies.computeIfAbsent(input, k -> validator.tally()).add(o, List.of());
            }
            long nikKey = o.nik() != 0 ? o.nik() : ownKey(partition, n++);
            long kkKey = o.familyCard() != 0 && o.passes() ? o.familyCard() : ownKey(partition, n++);
            Object codes = null;
            if (!withTallies) {
                List<String> names = new ArrayList<>(o.violations().size());
                for (Violation v : o.violations()) {
                    names.add(v.code().name());
                }
                codes = CollectionConverters.asScala(names).toSeq();
            }
            return RowFactory.create(
                    input,
                    line,
                    nikKey,
                    kkKey,
                    o.wave(),
                    o.passes(),
                    o.province(),
                    o.maskedNik().orElse(null),
                    null,
                    codes);
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }
    }

    /**
     * Phase 1: the compact outcome of every record (blank lines give none); with {@code withTallies} the
     * tallies of each partition too, else each record's own codes. The line bytes stay behind.
     */
    Dataset<Row> compactOutcomes(Dataset<Row> lines, boolean withTallies) {
        SparkFeedValidator self = this;
        return lines.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> new Phase1(it, self.core(), withTallies),
                Encoders.row(phase1Schema()));
    }

    /**
     * Phase 2 over the compact outcomes, two shuffles of their few columns (never the line bytes): by NIK in
     * feed order, every occurrence after the first gets the first one's line; then by family card, over the
     * records that are not duplicates and pass every per-record rule, each in feed order gets its place
     * ({@value #KK_KEY} stays positive for these only). With {@code decidedOnly}, what comes out is the
     * records with a cross-record decision (a duplicate, or a place after the first: the first place never
     * breaks a quota) and the rows with a {@value #REPORT}, which pass through; else every record.
     */
    private static Dataset<Row> phase2(Dataset<Row> outcomes, boolean decidedOnly) {
        WindowSpec byNik = Window.partitionBy(NIK_KEY).orderBy(INPUT, LINE);
        Column duplicate = functions.col(RANK).gt(1);
        Column tally = functions.col(REPORT).isNotNull();
        Column takesAPlace = functions.col(KK_KEY).gt(0L);
        // a duplicate never takes a place: a negative key for the second shuffle (spread by position; keys
        // that are not positive may meet, which decides nothing)
        Column kk = functions
                .when(
                        duplicate,
                        functions
                                .lit(-1L)
                                .minus(functions
                                        .col(INPUT)
                                        .cast(DataTypes.LongType)
                                        .multiply(1L << 40))
                                .minus(functions.col(LINE)))
                .otherwise(functions.col(KK_KEY));
        WindowSpec byKk = Window.partitionBy(KK_KEY).orderBy(INPUT, LINE);
        Dataset<Row> ranked = outcomes.withColumn(RANK, functions.row_number().over(byNik))
                .withColumn(FIRST, functions.first(LINE).over(byNik));
        if (decidedOnly) {
            // what the second shuffle needs: place takers, duplicates (decided already) and the tallies
            ranked = ranked.filter(duplicate.or(takesAPlace).or(tally));
        }
        Dataset<Row> placed = ranked.withColumn(KK_KEY, kk)
                .withColumn(PLACE, functions.row_number().over(byKk));
        return decidedOnly
                ? placed.filter(duplicate
                        .or(takesAPlace.and(functions.col(PLACE).gt(1)))
                        .or(tally))
                : placed;
    }

    /** The cross-record violation phase 2 decided for a row of {@link #phase2}, if any. */
    private static Optional<Violation> crossRecord(Row r, CrossRecordRules rules) {
        int rank = r.getInt(r.fieldIndex(RANK));
        if (rank > 1) {
            return Optional.of(CrossRecordRules.duplicateViolation(r.getLong(r.fieldIndex(FIRST))));
        }
        int place = r.getInt(r.fieldIndex(PLACE));
        if (r.getLong(r.fieldIndex(KK_KEY)) > 0 && place > 1) {
            return rules.familyQuotaViolation(r.getInt(r.fieldIndex(WAVE)), place);
        }
        return Optional.empty();
    }

    /** A cross-record sample, to be made into a {@link FeedSample} on the driver. */
    private record CrossSample(int input, long line, String maskedNik, long firstLine, int wave, int place)
            implements Serializable {
        Violation violation(CrossRecordRules rules) {
            return firstLine > 0
                    ? CrossRecordRules.duplicateViolation(firstLine)
                    : rules.familyQuotaViolation(wave, place).orElseThrow();
        }
    }

    /**
     * Phase 3's corrections of one partition of the decided records: what their cross-record violations
     * add to the phase-1 tallies (which counted each record's own violations only). Each violation counts
     * under its code, cites its legal reference, may be a sample (the first {@code maxSamples} of the
     * partition are kept), and turns a record that passed its own rules into an invalid one.
     */
    static final class Corrections implements Serializable {
        private static final long serialVersionUID = 1L;
        final long[] byCode = new long[RuleCode.values().length];
        /** Records made invalid, by province (index 100: unknown). */
        final long[] madeInvalid = new long[101];

        final EnumMap<RuleCode, TreeSet<String>> legalReferences = new EnumMap<>(RuleCode.class);
        final ArrayList<CrossSample> samples = new ArrayList<>();

        void add(Row r, Violation v, int maxSamples) {
            byCode[v.code().ordinal()]++;
            v.legalReference()
                    .ifPresent(ref -> legalReferences
                            .computeIfAbsent(v.code(), k -> new TreeSet<>())
                            .add(ref.citation()));
            if (v.isError() && r.getBoolean(r.fieldIndex(PASSES))) {
                int p = r.getInt(r.fieldIndex(PROVINCE));
                madeInvalid[p < 0 || p >= 100 ? 100 : p]++;
            }
            if (maxSamples > 0) {
                boolean duplicate = r.getInt(r.fieldIndex(RANK)) > 1;
                samples.add(new CrossSample(
                        r.getInt(0),
                        r.getLong(1),
                        r.isNullAt(r.fieldIndex(MASKED)) ? null : r.getString(r.fieldIndex(MASKED)),
                        duplicate ? r.getLong(r.fieldIndex(FIRST)) : 0,
                        r.getInt(r.fieldIndex(WAVE)),
                        r.getInt(r.fieldIndex(PLACE))));
                if (samples.size() >= 2 * maxSamples) {
                    keepFirst(maxSamples);
                }
            }
        }

        void keepFirst(int maxSamples) {
            samples.sort(SAMPLE_ORDER);
            while (samples.size() > maxSamples) {
                samples.remove(samples.size() - 1);
            }
        }

        private static final Comparator<CrossSample> SAMPLE_ORDER =
                Comparator.comparingInt(CrossSample::input).thenComparingLong(CrossSample::line);
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
     * {@link FeedValidator#validate(Iterable)}'s over the same records in feed order. One pass over the lines:
     * phase 1 binds each line once and tallies its own violations per partition; the tallies ride along phase
     * 2's shuffles (one row each) with the compact outcomes; the records with a cross-record decision come out
     * of phase 2 as a few rows, whose violations are added to the tallies on the driver.
     */
    public FeedReport report(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        int cap = maxSamples;
        Dataset<byte[]> partials = phase2(compactOutcomes(lines, true), true)
                .mapPartitions(
                        (MapPartitionsFunction<Row, byte[]>) it -> {
                            CrossRecordRules rules = self.core().crossRecordRules();
                            List<byte[]> out = new ArrayList<>();
                            Corrections c = new Corrections();
                            int tally = -1;
                            while (it.hasNext()) {
                                Row r = it.next();
                                if (tally < 0) {
                                    tally = r.fieldIndex(REPORT);
                                }
                                if (!r.isNullAt(tally)) {
                                    out.add(partial(r.getInt(0), r.getString(tally), null));
                                } else {
                                    Optional<Violation> v = crossRecord(r, rules);
                                    if (v.isPresent()) {
                                        c.add(r, v.get(), cap);
                                    }
                                }
                            }
                            c.keepFirst(cap);
                            out.add(partial(-1, null, c));
                            return out.iterator();
                        },
                        Encoders.BINARY());
        return assemble(partials.collectAsList());
    }

    /** A partial result, Java-serialized: a phase-1 tally's report of one input, or corrections. */
    private static byte[] partial(int input, String report, Corrections corrections) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(input);
            out.writeObject(report);
            out.writeObject(corrections);
        }
        return bytes.toByteArray();
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
                Corrections c = (Corrections) in.readObject();
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
                    for (CrossSample s : c.samples) {
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
     * its codes in order (its own, then the cross-record ones), to join back to the feed or write out. The
     * cross-record phase runs when this is called; its few decision rows stay cached in the session for the
     * returned dataset (unpersist with {@code spark.catalog().clearCache()} when done with it).
     */
    public Dataset<Row> outcomes(Dataset<Row> lines) {
        SparkFeedValidator self = this;
        return phase2(compactOutcomes(lines, false), false)
                .mapPartitions(
                        (MapPartitionsFunction<Row, Row>) it -> {
                            CrossRecordRules rules = self.core().crossRecordRules();
                            return new Iterator<Row>() {
                                @Override
                                public boolean hasNext() {
                                    return it.hasNext();
                                }

                                @Override
                                public Row next() {
                                    return outcome(it.next(), rules);
                                }
                            };
                        },
                        Encoders.row(outcomesSchema()));
    }

    /** A row of {@link #outcomes} from a row of {@link #phase2}. */
    private static Row outcome(Row r, CrossRecordRules rules) {
        Optional<Violation> cross = crossRecord(r, rules);
        boolean valid = r.getBoolean(r.fieldIndex(PASSES));
        List<String> codes = new ArrayList<>(CollectionConverters.asJava(r.<String>getSeq(r.fieldIndex(CODES))));
        if (cross.isPresent()) {
            codes.add(cross.get().code().name());
            valid &= !cross.get().isError();
        }
        int masked = r.fieldIndex(MASKED);
        return RowFactory.create(
                r.getInt(0),
                r.getLong(1),
                r.isNullAt(masked) ? null : r.getString(masked),
                valid,
                CollectionConverters.asScala(codes).toSeq());
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new PrakerjaModule()).build();
    }

    @Override
    public String toString() {
        return "SparkFeedValidator[wave=" + wave + ", date=" + date + ", maxSamples=" + maxSamples + "]";
    }
}
