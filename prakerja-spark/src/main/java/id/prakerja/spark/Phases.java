// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.CrossRecordRules;
import id.prakerja.core.feed.FeedTally;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.feed.RecordOutcome;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.NdjsonLineBinder;
import id.prakerja.json.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.ObjectMapper;

/**
 * The per-partition work of {@link SparkFeedValidator}: phase 1 over lines, and the two keyed steps of phase 2
 * over the compact rows of one hash partition (all rows of a NIK, or of a family card, are in one partition).
 * Phase 2 needs no sort: a partition's compact rows are held in primitive arrays, a hash map gives each NIK's
 * first position (and each card's number of place takers), and only the few keys with more than one record
 * are ordered.
 */
final class Phases {
    private Phases() {}

    static final String INPUT = SparkFeedValidator.INPUT;
    static final String LINE = SparkFeedValidator.LINE;
    static final String NIK_KEY = "nikKey";
    static final String KK_KEY = "kkKey";
    static final String WAVE = "wave";
    static final String PASSES = "passes";
    static final String PROVINCE = "province";
    static final String MASKED = "maskedNik";
    static final String FIRST_LINE = "firstLine";
    static final String CODES = "codes";
    static final String PARTIAL = "partial";

    /** Lines are below 2^40 in each input, inputs below 2^23: a position is one {@code long}. */
    private static final int LINE_BITS = 40;

    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    static long position(int input, long line) {
        if (line >= (1L << LINE_BITS) || input >= (1 << (63 - LINE_BITS))) {
            throw new IllegalArgumentException("input " + input + ", line " + line + " is beyond the largest feed");
        }
        return ((long) input << LINE_BITS) | line;
    }

    /**
     * Phase 1's rows: a record's position, its NIK (or a negative key of its own when it has no readable
     * one, so that these spread over the partitions and never group), its family card when it may take a
     * place (readable, and it passes every per-record rule; else 0), its wave, whether it passes, its
     * province, its masked NIK, its own codes (for {@code outcomes} only), or, with {@value #PARTIAL} set, a
     * partition's tally.
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
                .add(CODES, DataTypes.createArrayType(DataTypes.StringType, false), true)
                .add(PARTIAL, DataTypes.BinaryType, true);
    }

    /**
     * The rows after the NIK step: {@value #KK_KEY} is the card of a place taker (not a duplicate), else a
     * negative key of its own; {@value #FIRST_LINE} the first line of a duplicate's NIK, else 0.
     */
    static StructType nikSchema() {
        return new StructType()
                .add(INPUT, DataTypes.IntegerType, false)
                .add(LINE, DataTypes.LongType, false)
                .add(KK_KEY, DataTypes.LongType, false)
                .add(WAVE, DataTypes.IntegerType, false)
                .add(PASSES, DataTypes.BooleanType, false)
                .add(PROVINCE, DataTypes.IntegerType, false)
                .add(MASKED, DataTypes.StringType, true)
                .add(FIRST_LINE, DataTypes.LongType, false)
                .add(CODES, DataTypes.createArrayType(DataTypes.StringType, false), true)
                .add(PARTIAL, DataTypes.BinaryType, true);
    }

    /** Keys of their own, negative (never a NIK or card number), unique per task. */
    private static final class OwnKeys {
        private final long base;
        private long n;

        OwnKeys() {
            TaskContext task = TaskContext.get();
            long partition = task == null ? 0 : task.partitionId();
            this.base = partition << 36;
        }

        long next() {
            return -1L - (base | n++);
        }
    }

    /** A partial result, Java-serialized: a phase-1 tally's report of one input, or corrections. */
    static byte[] partial(int input, String report, Corrections corrections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(input);
            out.writeObject(report);
            out.writeObject(corrections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Phase 1 over the lines of one partition, streamed: each line is bound once (one reusable
     * {@link NdjsonLineBinder} per partition), checked by {@link FeedValidator#outcome}, counted (with
     * {@code withTallies}) into a {@link FeedTally} of its input, own violations only, and given on as a
     * compact row; after the last line, one row per input with that tally's report.
     */
    static final class Phase1 implements Iterator<Row> {
        private final Iterator<Row> lines;
        private final FeedValidator validator;
        private final NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
        private final Map<Integer, FeedTally> tallies = new TreeMap<>();
        private final boolean withTallies;
        private final OwnKeys own = new OwnKeys();
        private Iterator<Map.Entry<Integer, FeedTally>> ends;
        private ObjectMapper mapper;
        private Row next;

        Phase1(Iterator<Row> lines, FeedValidator validator, boolean withTallies) {
            this.lines = lines;
            this.validator = validator;
            this.withTallies = withTallies;
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
                        mapper = SparkFeedValidator.mapper();
                    }
                    if (!ends.hasNext()) {
                        return false;
                    }
                    Map.Entry<Integer, FeedTally> e = ends.next();
                    byte[] p = partial(
                            e.getKey(), mapper.writeValueAsString(e.getValue().report()), null);
                    next = RowFactory.create(e.getKey(), 0L, own.next(), 0L, -1, false, -1, null, null, p);
                }
            }
            return true;
        }

        private Row outcome(Row r) {
            int input = r.getInt(0);
            long line = r.getLong(1);
            position(input, line);
            Optional<FeedRecord<RawApplicant>> bound = binder.bind(line, (byte[]) r.get(2));
            if (bound.isEmpty()) {
                return null;
            }
            RecordOutcome o = validator.outcome(input, FeedRecord.toFeedInput(bound.get()));
            Object codes = null;
            if (withTallies) {
                tallies.computeIfAbsent(input, k -> validator.tally()).add(o, List.of());
            } else {
                List<String> names = new ArrayList<>(o.violations().size());
                for (Violation v : o.violations()) {
                    names.add(v.code().name());
                }
                codes = CollectionConverters.asScala(names).toSeq();
            }
            return RowFactory.create(
                    input,
                    line,
                    o.nik() != 0 ? o.nik() : own.next(),
                    o.familyCard() != 0 && o.passes() ? o.familyCard() : 0L,
                    o.wave(),
                    o.passes(),
                    o.province(),
                    o.maskedNik().orElse(null),
                    codes,
                    null);
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

    /** The compact rows of one partition, column by column. */
    private static final class Buffer {
        int size;
        int[] input = new int[1024];
        long[] line = new long[1024];
        long[] key = new long[1024];
        long[] kk = new long[1024];
        long[] firstLine;
        int[] wave = new int[1024];
        int[] province = new int[1024];
        boolean[] passes = new boolean[1024];
        String[] masked = new String[1024];
        Object[] codes;

        Buffer(boolean withFirstLine, boolean withCodes) {
            firstLine = withFirstLine ? new long[1024] : null;
            codes = withCodes ? new Object[1024] : null;
        }

        int add() {
            if (size == input.length) {
                int n = size * 2;
                input = Arrays.copyOf(input, n);
                line = Arrays.copyOf(line, n);
                key = Arrays.copyOf(key, n);
                kk = Arrays.copyOf(kk, n);
                wave = Arrays.copyOf(wave, n);
                province = Arrays.copyOf(province, n);
                passes = Arrays.copyOf(passes, n);
                masked = Arrays.copyOf(masked, n);
                if (firstLine != null) {
                    firstLine = Arrays.copyOf(firstLine, n);
                }
                if (codes != null) {
                    codes = Arrays.copyOf(codes, n);
                }
            }
            return size++;
        }

        long position(int i) {
            return Phases.position(input[i], line[i]);
        }
    }

    /**
     * The first step of phase 2 over one partition of phase 1's rows, hashed by NIK: every occurrence of a NIK
     * after the first in feed order is {@code FEED_DUPLICATE_NIK}, naming the first one's line. With
     * {@code decidedOnly} ({@code report}), the duplicates are counted into corrections right here, and only
     * the place takers and the tallies go on; else every record goes on, with its duplicate's first line.
     */
    static Iterator<Row> byNik(Iterator<Row> rows, boolean decidedOnly, int maxSamples) {
        Buffer b = new Buffer(false, !decidedOnly);
        List<Row> out = new ArrayList<>();
        LongMap first = new LongMap();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (!r.isNullAt(9)) {
                out.add(RowFactory.create(r.getInt(0), 0L, r.getLong(2), -1, false, -1, null, 0L, null, r.get(9)));
                continue;
            }
            int i = b.add();
            b.input[i] = r.getInt(0);
            b.line[i] = r.getLong(1);
            b.key[i] = r.getLong(2);
            b.kk[i] = r.getLong(3);
            b.wave[i] = r.getInt(4);
            b.passes[i] = r.getBoolean(5);
            b.province[i] = r.getInt(6);
            b.masked[i] = r.isNullAt(7) ? null : r.getString(7);
            if (b.codes != null) {
                b.codes[i] = r.get(8);
            }
            if (b.key[i] > 0) {
                first.putMin(b.key[i], b.position(i));
            }
        }
        Corrections duplicates = new Corrections();
        OwnKeys own = new OwnKeys();
        return new Iterator<>() {
            private int i;
            private Row next;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (next == null && i < b.size) {
                    long pos = b.position(i);
                    long firstPos = b.key[i] > 0 ? first.get(b.key[i]) : pos;
                    boolean duplicate = firstPos != pos;
                    long firstLine = duplicate ? firstPos & LINE_MASK : 0;
                    if (decidedOnly && duplicate) {
                        duplicates.add(
                                b.input[i],
                                b.line[i],
                                b.passes[i],
                                b.province[i],
                                b.masked[i],
                                CrossRecordRules.duplicateViolation(firstLine),
                                firstLine,
                                b.wave[i],
                                0,
                                maxSamples);
                    } else if (!decidedOnly || b.kk[i] != 0) {
                        next = RowFactory.create(
                                b.input[i],
                                b.line[i],
                                b.kk[i] != 0 && !duplicate ? b.kk[i] : own.next(),
                                b.wave[i],
                                b.passes[i],
                                b.province[i],
                                b.masked[i],
                                firstLine,
                                b.codes == null ? null : b.codes[i],
                                null);
                    }
                    i++;
                }
                if (next == null && !ended) {
                    ended = true;
                    if (decidedOnly) {
                        duplicates.keepFirst(maxSamples);
                        out.add(RowFactory.create(
                                -1, 0L, own.next(), -1, false, -1, null, 0L, null, partial(-1, null, duplicates)));
                    }
                }
                if (next == null && !out.isEmpty()) {
                    next = out.remove(out.size() - 1);
                }
                return next != null;
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
        };
    }

    /**
     * Buffers one partition of the NIK step's rows, hashed by family card, and numbers each card's place
     * takers in feed order: {@code place[i]} is 0 for a record that takes no place, else its place.
     */
    private static int[] places(Iterator<Row> rows, Buffer b, List<byte[]> partials) {
        LongMap takers = new LongMap();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (!r.isNullAt(9)) {
                partials.add((byte[]) r.get(9));
                continue;
            }
            int i = b.add();
            b.input[i] = r.getInt(0);
            b.line[i] = r.getLong(1);
            b.kk[i] = r.getLong(2);
            b.wave[i] = r.getInt(3);
            b.passes[i] = r.getBoolean(4);
            b.province[i] = r.getInt(5);
            b.masked[i] = r.isNullAt(6) ? null : r.getString(6);
            b.firstLine[i] = r.getLong(7);
            if (b.codes != null) {
                b.codes[i] = r.get(8);
            }
            if (b.kk[i] > 0) {
                takers.increment(b.kk[i]);
            }
        }
        int[] place = new int[b.size];
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < b.size; i++) {
            if (b.kk[i] > 0) {
                if (takers.get(b.kk[i]) > 1) {
                    shared.add(i);
                } else {
                    place[i] = 1;
                }
            }
        }
        // only the cards with several place takers are ordered
        shared.sort(Comparator.<Integer>comparingLong(i -> b.kk[i]).thenComparingLong(b::position));
        for (int j = 0; j < shared.size(); j++) {
            int i = shared.get(j);
            place[i] = j > 0 && b.kk[shared.get(j - 1)] == b.kk[i] ? place[shared.get(j - 1)] + 1 : 1;
        }
        return place;
    }

    /**
     * The second step of phase 2 for {@code report}: each card's place takers in feed order, the quota
     * violations counted into corrections; what comes out is the partials (tallies and corrections).
     */
    static Iterator<byte[]> byFamilyCard(Iterator<Row> rows, CrossRecordRules rules, int maxSamples) {
        Buffer b = new Buffer(true, false);
        List<byte[]> partials = new ArrayList<>();
        int[] place = places(rows, b, partials);
        Corrections quotas = new Corrections();
        for (int i = 0; i < b.size; i++) {
            if (place[i] > 1) {
                Optional<Violation> v = rules.familyQuotaViolation(b.wave[i], place[i]);
                if (v.isPresent()) {
                    quotas.add(
                            b.input[i],
                            b.line[i],
                            b.passes[i],
                            b.province[i],
                            b.masked[i],
                            v.get(),
                            0,
                            b.wave[i],
                            place[i],
                            maxSamples);
                }
            }
        }
        quotas.keepFirst(maxSamples);
        partials.add(partial(-1, null, quotas));
        return partials.iterator();
    }

    /** The second step of phase 2 for {@code outcomes}: every record with its codes, own and cross-record. */
    static Iterator<Row> outcomes(Iterator<Row> rows, CrossRecordRules rules) {
        Buffer b = new Buffer(true, true);
        int[] place = places(rows, b, new ArrayList<>());
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < b.size;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Optional<Violation> cross = b.firstLine[i] > 0
                        ? Optional.of(CrossRecordRules.duplicateViolation(b.firstLine[i]))
                        : place[i] > 1 ? rules.familyQuotaViolation(b.wave[i], place[i]) : Optional.empty();
                List<String> codes = new ArrayList<>(
                        CollectionConverters.asJava((Seq<?>) b.codes[i]).size() + 1);
                for (Object c : CollectionConverters.asJava((Seq<?>) b.codes[i])) {
                    codes.add((String) c);
                }
                boolean valid = b.passes[i];
                if (cross.isPresent()) {
                    codes.add(cross.get().code().name());
                    valid &= !cross.get().isError();
                }
                Row r = RowFactory.create(
                        b.input[i],
                        b.line[i],
                        b.masked[i],
                        valid,
                        CollectionConverters.asScala(codes).toSeq());
                i++;
                return r;
            }
        };
    }

    /** A cross-record sample, made into a {@code FeedSample} on the driver. */
    record CrossSample(int input, long line, String maskedNik, long firstLine, int wave, int place)
            implements Serializable {
        Violation violation(CrossRecordRules rules) {
            return firstLine > 0
                    ? CrossRecordRules.duplicateViolation(firstLine)
                    : rules.familyQuotaViolation(wave, place).orElseThrow();
        }
    }

    /**
     * What the cross-record violations of one partition's decided records add to the phase-1 tallies (which
     * counted each record's own violations only): each violation counts under its code, cites its legal
     * reference, may be a sample (the first {@code maxSamples} of the partition are kept), and an error
     * makes a record that passed its own rules invalid.
     */
    static final class Corrections implements Serializable {
        private static final long serialVersionUID = 1L;

        private static final Comparator<CrossSample> ORDER =
                Comparator.comparingInt(CrossSample::input).thenComparingLong(CrossSample::line);

        final long[] byCode = new long[RuleCode.values().length];
        /** Records made invalid, by province code (index 100: unknown). */
        final long[] madeInvalid = new long[101];

        final EnumMap<RuleCode, TreeSet<String>> legalReferences = new EnumMap<>(RuleCode.class);
        final ArrayList<CrossSample> samples = new ArrayList<>();

        void add(
                int input,
                long line,
                boolean passes,
                int province,
                String masked,
                Violation v,
                long firstLine,
                int wave,
                int place,
                int maxSamples) {
            byCode[v.code().ordinal()]++;
            v.legalReference()
                    .ifPresent(ref -> legalReferences
                            .computeIfAbsent(v.code(), k -> new TreeSet<>())
                            .add(ref.citation()));
            if (v.isError() && passes) {
                madeInvalid[province < 0 || province >= 100 ? 100 : province]++;
            }
            if (maxSamples > 0) {
                samples.add(new CrossSample(input, line, masked, firstLine, wave, place));
                if (samples.size() >= 2 * maxSamples) {
                    keepFirst(maxSamples);
                }
            }
        }

        void keepFirst(int maxSamples) {
            samples.sort(ORDER);
            while (samples.size() > maxSamples) {
                samples.remove(samples.size() - 1);
            }
        }
    }

    /** An open-addressing map of non-zero {@code long} keys to {@code long} values, absent = 0. */
    static final class LongMap {
        private long[] keys = new long[1 << 10];
        private long[] values = new long[1 << 10];
        private int size;

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            int mask = keys.length - 1;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        long get(long key) {
            return values[slot(key)];
        }

        /** Keeps the smaller of the value held and {@code value}. */
        void putMin(long key, long value) {
            int i = slot(key);
            if (keys[i] == 0) {
                insert(i, key, value);
            } else if (value < values[i]) {
                values[i] = value;
            }
        }

        void increment(long key) {
            int i = slot(key);
            if (keys[i] == 0) {
                insert(i, key, 1);
            } else {
                values[i]++;
            }
        }

        private void insert(int i, long key, long value) {
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                long[] oldKeys = keys;
                long[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new long[oldKeys.length * 2];
                for (int j = 0; j < oldKeys.length; j++) {
                    if (oldKeys[j] != 0) {
                        int k = slot(oldKeys[j]);
                        keys[k] = oldKeys[j];
                        values[k] = oldValues[j];
                    }
                }
            }
        }
    }
}
