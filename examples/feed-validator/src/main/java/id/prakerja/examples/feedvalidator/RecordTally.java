// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the records of a participant or activity feed, in feed order, into a {@link FeedReport} of the same
 * shape as an applicant feed's: records, valid (no error), invalid, violations per code, records and invalid
 * records per province, the legal references each code's violations cited, and the first {@code maxSamples}
 * violations. {@code records == valid + invalid} by construction.
 */
final class RecordTally {
    private final int maxSamples;
    private long records;
    private long valid;
    private long invalid;
    private final Map<RuleCode, Long> byCode = new EnumMap<>(RuleCode.class);
    private final Map<String, Long> byProvince = new HashMap<>();
    private final Map<String, Long> invalidByProvince = new HashMap<>();
    private final Map<RuleCode, Set<String>> references = new EnumMap<>(RuleCode.class);
    private final List<FeedSample> samples = new ArrayList<>();

    RecordTally(int maxSamples) {
        this.maxSamples = maxSamples;
    }

    /**
     * Counts one record.
     *
     * @param province the Kemendagri province code, or {@code null} when unknown
     * @param maskedNik the record's NIK masked, or {@code null} when it has none
     */
    void add(long line, String province, String maskedNik, List<Violation> violations) {
        records++;
        boolean error = false;
        for (Violation v : violations) {
            error |= v.isError();
            byCode.merge(v.code(), 1L, Long::sum);
            v.legalReference()
                    .ifPresent(r -> references
                            .computeIfAbsent(v.code(), k -> new HashSet<>())
                            .add(r.citation()));
            if (samples.size() < maxSamples) {
                samples.add(FeedSample.of(line, maskedNik, v));
            }
        }
        String key = province == null ? FeedReport.UNKNOWN_PROVINCE : province;
        byProvince.merge(key, 1L, Long::sum);
        if (error) {
            invalid++;
            invalidByProvince.merge(key, 1L, Long::sum);
        } else {
            valid++;
        }
    }

    FeedReport report() {
        return FeedReport.of(
                records, valid, invalid, byCode, byProvince, invalidByProvince, references, samples, maxSamples);
    }
}
