// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The result of validating a feed: how many records, how many valid and invalid
 * ({@code records == valid + invalid}, always), how many violations of each code, records and invalid
 * records per province, and the first violations with their line numbers and masked NIKs (capped; the
 * counts are not).
 *
 * <p>Reports of <em>independent</em> feeds merge associatively ({@link #merge(FeedReport)}), for example a
 * month's feeds from several providers into one summary. Merging is <em>not</em> a way to validate one feed
 * in parts: a NIK or family card in two parts is a duplicate or a quota breach that neither part's run can
 * see. To use several cores, call {@link FeedValidator#validate(java.util.Iterator, int)}; to spread one
 * feed over machines, run the three phases of this package (prakerja-spark does).
 *
 * <pre>{@code
 * FeedReport month = providerA.merge(providerB).merge(providerC);   // three separate feeds
 * month.records() == month.valid() + month.invalid();               // always true
 * }</pre>
 *
 * <p>Provinces are keyed by Kemendagri code ({@code "31"}), from the record's domicile or else its NIK;
 * {@value #UNKNOWN_PROVINCE} when neither could be read. Immutable.
 */
public final class FeedReport {

    /** The province key of records whose province could not be read. */
    public static final String UNKNOWN_PROVINCE = "UNKNOWN";

    private final long records;
    private final long valid;
    private final long invalid;
    private final Map<RuleCode, Long> violationsByCode;
    private final Map<String, Long> recordsByProvince;
    private final Map<String, Long> invalidByProvince;
    private final Map<RuleCode, SortedSet<String>> legalReferences;
    private final List<FeedSample> samples;
    private final int maxSamples;

    FeedReport(
            long records,
            long valid,
            long invalid,
            Map<RuleCode, Long> violationsByCode,
            Map<String, Long> recordsByProvince,
            Map<String, Long> invalidByProvince,
            Map<RuleCode, ? extends Set<String>> legalReferences,
            List<FeedSample> samples,
            int maxSamples) {
        if (records != valid + invalid) {
            throw new IllegalStateException(
                    "records (" + records + ") != valid (" + valid + ") + invalid (" + invalid + ")");
        }
        this.records = records;
        this.valid = valid;
        this.invalid = invalid;
        this.violationsByCode =
                Collections.unmodifiableMap(new EnumMap<>(withoutZeros(violationsByCode, RuleCode.class)));
        this.recordsByProvince = Collections.unmodifiableMap(new TreeMap<>(recordsByProvince));
        this.invalidByProvince = Collections.unmodifiableMap(new TreeMap<>(invalidByProvince));
        Map<RuleCode, SortedSet<String>> refs = new EnumMap<>(RuleCode.class);
        legalReferences.forEach((k, v) -> {
            if (!v.isEmpty()) {
                refs.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v)));
            }
        });
        this.legalReferences = Collections.unmodifiableMap(refs);
        this.samples = List.copyOf(samples);
        this.maxSamples = maxSamples;
    }

    private static <K extends Enum<K>> Map<K, Long> withoutZeros(Map<K, Long> m, Class<K> type) {
        EnumMap<K, Long> out = new EnumMap<>(type);
        m.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** An empty report that keeps at most {@code maxSamples} samples (the identity of {@link #merge}). */
    public static FeedReport empty(int maxSamples) {
        if (maxSamples < 0) {
            throw new IllegalArgumentException("maxSamples must not be negative: " + maxSamples);
        }
        return new FeedReport(0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), maxSamples);
    }

    /**
     * A report with exactly these parts: what a report read back from its wire format (for example by
     * prakerja-json) holds. Validating a feed is {@link FeedValidator}'s job; this factory only reassembles a
     * report that was made and written before. Zero counts are dropped, the maps are kept in code and
     * province order, and the samples in the order given.
     *
     * <pre>{@code
     * FeedReport r = FeedReport.of(2, 1, 1, Map.of(RuleCode.NIK_FORMAT, 1L), Map.of("31", 2L), Map.of("31", 1L),
     *         Map.of(), List.of(FeedSample.of(2, "3174********0001", violation)), 20);
     * }</pre>
     *
     * @throws IllegalArgumentException if a count is negative, {@code records != valid + invalid}, or there
     *     are more samples than {@code maxSamples}
     */
    public static FeedReport of(
            long records,
            long valid,
            long invalid,
            Map<RuleCode, Long> violationsByCode,
            Map<String, Long> recordsByProvince,
            Map<String, Long> invalidByProvince,
            Map<RuleCode, ? extends Set<String>> legalReferences,
            List<FeedSample> samples,
            int maxSamples) {
        if (records < 0 || valid < 0 || invalid < 0 || maxSamples < 0) {
            throw new IllegalArgumentException("counts are never negative: records=" + records + ", valid=" + valid
                    + ", invalid=" + invalid + ", maxSamples=" + maxSamples);
        }
        if (records != valid + invalid) {
            throw new IllegalArgumentException(
                    "records (" + records + ") != valid (" + valid + ") + invalid (" + invalid + ")");
        }
        if (samples.size() > maxSamples) {
            throw new IllegalArgumentException(
                    samples.size() + " samples for a report that keeps at most " + maxSamples);
        }
        return new FeedReport(
                records,
                valid,
                invalid,
                violationsByCode,
                recordsByProvince,
                invalidByProvince,
                legalReferences,
                samples,
                maxSamples);
    }

    /** Every record of the feed, readable or not. */
    public long records() {
        return records;
    }

    /** Records without an error. */
    public long valid() {
        return valid;
    }

    /** Records with at least one error. */
    public long invalid() {
        return invalid;
    }

    /** The number of violations of each code (a record may count under several codes), in code order. */
    public Map<RuleCode, Long> violationsByCode() {
        return violationsByCode;
    }

    /** The number of violations of {@code code}. */
    public long count(RuleCode code) {
        return violationsByCode.getOrDefault(code, 0L);
    }

    /** The number of records per province code (see the class comment). */
    public Map<String, Long> recordsByProvince() {
        return recordsByProvince;
    }

    /** The number of invalid records per province code. */
    public Map<String, Long> invalidByProvince() {
        return invalidByProvince;
    }

    /**
     * The legal references cited by the violations of each code, as citations (e.g.
     * {@code "Permenko Perekonomian 11/2020 Pasal 2(5)"}); codes without a reference are absent. The same
     * code may cite several instruments when the feed spans waves.
     */
    public Map<RuleCode, SortedSet<String>> legalReferences() {
        return legalReferences;
    }

    /** The first violations in line order, at most {@link #maxSamples()}. */
    public List<FeedSample> samples() {
        return samples;
    }

    /** The cap on {@link #samples()}. */
    public int maxSamples() {
        return maxSamples;
    }

    /** The province's Indonesian name for a key of {@link #recordsByProvince()}, or the key itself. */
    public static String provinceName(String key) {
        return Province.ofCode(key).map(Province::indonesianName).orElse(key);
    }

    /**
     * This report combined with {@code other}: counts add up, samples are the first {@link #maxSamples()}
     * of both in line order. Associative, with {@link #empty(int)} as identity.
     *
     * <p>For reports of <em>independent</em> feeds only (or of {@link FeedTally tallies} of one feed's records
     * after phase 2 has run over the whole feed): two reports of shards of one feed do not merge into that
     * feed's report, because the cross-record rules of one shard never see the other's records.
     *
     * @throws IllegalArgumentException if the two reports keep a different number of samples
     */
    public FeedReport merge(FeedReport other) {
        if (other.maxSamples != maxSamples) {
            throw new IllegalArgumentException(
                    "cannot merge reports with different sample caps: " + maxSamples + " and " + other.maxSamples);
        }
        Map<RuleCode, Long> codes = new EnumMap<>(RuleCode.class);
        codes.putAll(violationsByCode);
        other.violationsByCode.forEach((k, v) -> codes.merge(k, v, Long::sum));
        Map<String, Long> byProvince = new TreeMap<>(recordsByProvince);
        other.recordsByProvince.forEach((k, v) -> byProvince.merge(k, v, Long::sum));
        Map<String, Long> invalidProvince = new TreeMap<>(invalidByProvince);
        other.invalidByProvince.forEach((k, v) -> invalidProvince.merge(k, v, Long::sum));
        Map<RuleCode, SortedSet<String>> refs = new EnumMap<>(RuleCode.class);
        legalReferences.forEach((k, v) -> refs.put(k, new TreeSet<>(v)));
        other.legalReferences.forEach(
                (k, v) -> refs.computeIfAbsent(k, x -> new TreeSet<>()).addAll(v));
        return new FeedReport(
                records + other.records,
                valid + other.valid,
                invalid + other.invalid,
                codes,
                byProvince,
                invalidProvince,
                refs,
                mergeSamples(samples, other.samples, maxSamples),
                maxSamples);
    }

    static List<FeedSample> mergeSamples(List<FeedSample> a, List<FeedSample> b, int cap) {
        List<FeedSample> out = new ArrayList<>(Math.min(cap, a.size() + b.size()));
        int i = 0;
        int j = 0;
        while (out.size() < cap && (i < a.size() || j < b.size())) {
            if (j >= b.size() || (i < a.size() && a.get(i).line() <= b.get(j).line())) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedReport r
                && r.records == records
                && r.valid == valid
                && r.invalid == invalid
                && r.maxSamples == maxSamples
                && r.violationsByCode.equals(violationsByCode)
                && r.recordsByProvince.equals(recordsByProvince)
                && r.invalidByProvince.equals(invalidByProvince)
                && r.legalReferences.equals(legalReferences)
                && r.samples.equals(samples);
    }

    @Override
    public int hashCode() {
        return Objects.hash(records, valid, invalid, violationsByCode, recordsByProvince, invalidByProvince, samples);
    }

    @Override
    public String toString() {
        return "FeedReport[records=" + records + ", valid=" + valid + ", invalid=" + invalid + ", violations="
                + violationsByCode + ", samples=" + samples.size() + "/" + maxSamples + "]";
    }
}
