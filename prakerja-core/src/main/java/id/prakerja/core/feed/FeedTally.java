// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phase 3 of feed validation: counts records whose violations are final (their own, then those phase 2
 * found) into a {@link FeedReport}. Records may come in any order: the counts add up, and the samples are
 * the first {@code maxSamples} violations in feed order (input, line, then the record's own order), so
 * every engine gets the same samples. Tallies of disjoint parts of one feed combine with
 * {@link FeedReport#merge} once phase 2 has run over the whole feed. Not thread-safe: one tally per thread.
 */
public final class FeedTally {
    private final int maxSamples;
    private long records;
    private long valid;
    private long invalid;
    private final long[] byCode = new long[RuleCode.values().length];
    private final long[] recordsByProvince = new long[100];
    private final long[] invalidByProvince = new long[100];
    private long recordsUnknownProvince;
    private long invalidUnknownProvince;
    private final List<FeedSample> samples = new ArrayList<>();
    private final List<Integer> sampleInputs = new ArrayList<>();
    private final Map<RuleCode, Set<String>> legalReferences = new EnumMap<>(RuleCode.class);

    FeedTally(int maxSamples) {
        if (maxSamples < 0) {
            throw new IllegalArgumentException("maxSamples must not be negative: " + maxSamples);
        }
        this.maxSamples = maxSamples;
    }

    /** A tally keeping at most {@code maxSamples} samples. */
    public static FeedTally of(int maxSamples) {
        return new FeedTally(maxSamples);
    }

    /**
     * Counts one record: its own violations ({@code outcome.violations()}) and then {@code crossRecord},
     * the ones phase 2 found for it (in the order duplicates, family quota).
     */
    public void add(RecordOutcome outcome, List<Violation> crossRecord) {
        records++;
        boolean error = !outcome.passes();
        String masked = outcome.maskedNik().orElse(null);
        List<Violation> own = outcome.violations();
        int index = 0;
        for (int i = 0; i < own.size(); i++) {
            count(outcome, masked, own.get(i), index++);
        }
        for (int i = 0; i < crossRecord.size(); i++) {
            Violation v = crossRecord.get(i);
            error |= v.isError();
            count(outcome, masked, v, index++);
        }
        if (error) {
            invalid++;
        } else {
            valid++;
        }
        int province = outcome.province();
        if (province < 0) {
            recordsUnknownProvince++;
            if (error) {
                invalidUnknownProvince++;
            }
        } else {
            recordsByProvince[province]++;
            if (error) {
                invalidByProvince[province]++;
            }
        }
    }

    private void count(RecordOutcome outcome, String maskedNik, Violation v, int index) {
        byCode[v.code().ordinal()]++;
        if (v.legalReference().isPresent()) {
            legalReferences
                    .computeIfAbsent(v.code(), k -> new HashSet<>(4))
                    .add(v.legalReference().get().citation());
        }
        addSample(outcome.input(), outcome.line(), maskedNik, v, index);
    }

    /**
     * Keeps the violation if it is among the first {@code maxSamples} in feed order. Violations of one
     * record always arrive together and in their order, so within a line arrival order is the record's.
     */
    private void addSample(int input, long line, String maskedNik, Violation v, int index) {
        int n = samples.size();
        if (maxSamples == 0 || (n == maxSamples && !before(input, line, n - 1))) {
            return; // full, and not earlier than every kept sample
        }
        int i = n;
        while (i > 0 && before(input, line, i - 1)) {
            i--;
        }
        samples.add(i, FeedSample.of(line, maskedNik, v));
        sampleInputs.add(i, input);
        if (samples.size() > maxSamples) {
            samples.remove(samples.size() - 1);
            sampleInputs.remove(sampleInputs.size() - 1);
        }
    }

    /** Whether position (input, line) comes strictly before the kept sample at {@code i}. */
    private boolean before(int input, long line, int i) {
        int c = Integer.compare(input, sampleInputs.get(i));
        return c != 0 ? c < 0 : line < samples.get(i).line();
    }

    /** The number of records counted so far. */
    public long records() {
        return records;
    }

    /** The report of everything counted so far. */
    public FeedReport report() {
        Map<RuleCode, Long> codes = new EnumMap<>(RuleCode.class);
        RuleCode[] all = RuleCode.values();
        for (int i = 0; i < all.length; i++) {
            if (byCode[i] > 0) {
                codes.put(all[i], byCode[i]);
            }
        }
        Map<String, Long> byProvince = new HashMap<>();
        Map<String, Long> invalidProvince = new HashMap<>();
        for (int p = 0; p < 100; p++) {
            if (recordsByProvince[p] > 0) {
                String key = Province.ofCode(String.format("%02d", p))
                        .map(Province::code)
                        .orElse(FeedReport.UNKNOWN_PROVINCE);
                byProvince.merge(key, recordsByProvince[p], Long::sum);
                if (invalidByProvince[p] > 0) {
                    invalidProvince.merge(key, invalidByProvince[p], Long::sum);
                }
            }
        }
        if (recordsUnknownProvince > 0) {
            byProvince.merge(FeedReport.UNKNOWN_PROVINCE, recordsUnknownProvince, Long::sum);
        }
        if (invalidUnknownProvince > 0) {
            invalidProvince.merge(FeedReport.UNKNOWN_PROVINCE, invalidUnknownProvince, Long::sum);
        }
        return new FeedReport(
                records,
                valid,
                invalid,
                codes,
                byProvince,
                invalidProvince,
                legalReferences,
                Collections.unmodifiableList(new ArrayList<>(samples)),
                maxSamples);
    }

    @Override
    public String toString() {
        return "FeedTally[" + records + " records, " + invalid + " invalid]";
    }
}
