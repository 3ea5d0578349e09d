// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a feed validator should report for a generated feed: the number of records, of valid and invalid
 * ones, the number of violations per code, and the 1-based line of every violation. It is computed from the
 * generated content (each defective record carries exactly one defect), not by running an engine, so a
 * validator can be checked against it.
 *
 * <pre>{@code
 * GeneratedFeed feed = Feeds.ndjson().atWave(18).valid(95).duplicates(2).malformed(3).generate(42);
 * ExpectedReport expected = feed.expectedReport();
 * expected.records();                              // 100
 * expected.invalid();                              // 5
 * expected.violationsByCode();                     // {RECORD_MALFORMED=3, FEED_DUPLICATE_NIK=2}
 * expected.lines(RuleCode.FEED_DUPLICATE_NIK);     // e.g. [41, 87]
 * }</pre>
 *
 * <p>It mirrors the counts of the feed engine's {@code FeedReport} ({@code records == valid + invalid}):
 * {@code assertThat(report).matches(expected)} ({@link FeedReportAssert#matches(ExpectedReport)}) compares
 * them and names every difference.
 * Instances are immutable; equality is by value.
 */
public final class ExpectedReport {
    private final int records;
    private final int valid;
    private final Map<RuleCode, List<Integer>> lines;

    private ExpectedReport(int records, int valid, Map<RuleCode, List<Integer>> lines) {
        this.records = records;
        this.valid = valid;
        this.lines = lines;
    }

    /**
     * A report of {@code records} records of which {@code valid} are valid, with the lines of each code's
     * violations.
     *
     * <pre>{@code
     * ExpectedReport.of(3, 2, Map.of(RuleCode.NIK_SERIAL, List.of(2)));
     * }</pre>
     *
     * @throws IllegalArgumentException if a count is negative, {@code valid > records}, or a line lies
     *     outside 1..{@code records}
     */
    public static ExpectedReport of(int records, int valid, Map<RuleCode, List<Integer>> linesByCode) {
        if (records < 0 || valid < 0 || valid > records) {
            throw new IllegalArgumentException(
                    "need 0 <= valid <= records, was valid=" + valid + ", records=" + records);
        }
        Map<RuleCode, List<Integer>> copy = new EnumMap<>(RuleCode.class);
        for (Map.Entry<RuleCode, List<Integer>> e : linesByCode.entrySet()) {
            List<Integer> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            for (int line : sorted) {
                if (line < 1 || line > records) {
                    throw new IllegalArgumentException(e.getKey() + " on line " + line + ", outside 1.." + records);
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(Objects.requireNonNull(e.getKey(), "code"), List.copyOf(sorted));
            }
        }
        return new ExpectedReport(records, valid, Collections.unmodifiableMap(copy));
    }

    /**
     * The number of records (lines) in the feed.
     *
     * <pre>{@code
     * assertThat(actual.records()).isEqualTo(expected.records());
     * }</pre>
     */
    public int records() {
        return records;
    }

    /**
     * The number of records without any violation.
     *
     * <pre>{@code
     * expected.valid();
     * }</pre>
     */
    public int valid() {
        return valid;
    }

    /**
     * The number of records with a violation: {@code records() - valid()}.
     *
     * <pre>{@code
     * expected.invalid();
     * }</pre>
     */
    public int invalid() {
        return records - valid;
    }

    /**
     * The number of violations per code, in code order; codes without violations are absent.
     *
     * <pre>{@code
     * expected.violationsByCode().get(RuleCode.FEED_DUPLICATE_NIK); // 2
     * }</pre>
     */
    public Map<RuleCode, Integer> violationsByCode() {
        Map<RuleCode, Integer> out = new EnumMap<>(RuleCode.class);
        lines.forEach((code, l) -> out.put(code, l.size()));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The lines of every code's violations, ascending, in code order.
     *
     * <pre>{@code
     * expected.linesByCode().forEach((code, lines) -> ...);
     * }</pre>
     */
    public Map<RuleCode, List<Integer>> linesByCode() {
        return lines;
    }

    /**
     * The lines of the violations of {@code code}, ascending (empty when none).
     *
     * <pre>{@code
     * expected.lines(RuleCode.RECORD_MALFORMED); // e.g. [4, 19]
     * }</pre>
     */
    public List<Integer> lines(RuleCode code) {
        return lines.getOrDefault(code, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpectedReport r && r.records == records && r.valid == valid && r.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(records, valid, lines);
    }

    @Override
    public String toString() {
        return "ExpectedReport[records=" + records + ", valid=" + valid + ", invalid=" + invalid()
                + ", violationsByCode=" + violationsByCode() + "]";
    }
}
