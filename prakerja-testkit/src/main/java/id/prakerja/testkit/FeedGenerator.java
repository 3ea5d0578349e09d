// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.validation.RuleCode;
import java.util.Set;

/**
 * A seeded generator of NDJSON feeds of applicant records: a requested number of valid records and of each
 * defect, in random order, with the {@link ExpectedReport} a validator should produce. Obtain one from
 * {@link Feeds}; every configuration method returns a new generator.
 *
 * <pre>{@code
 * FeedGenerator feeds = Feeds.ndjson().atWave(18)
 *         .valid(900)
 *         .defects(RuleCode.NIK_FORMAT, 20)
 *         .defects(RuleCode.ELIGIBILITY_MIN_AGE, 20)
 *         .duplicates(20)                 // FEED_DUPLICATE_NIK
 *         .familyQuotaBreaches(20)        // ELIGIBILITY_FAMILY_QUOTA, across records
 *         .malformed(10)                  // RECORD_MALFORMED
 *         .unknownFields(10);             // FIELD_UNKNOWN
 * GeneratedFeed feed = feeds.generate(42);   // 1000 lines; feed.expectedReport().invalid() == 100
 * }</pre>
 *
 * <p><b>One defect per defective record.</b> Every defective record carries exactly one code, and every
 * record has its own NIK and family card except where a defect needs them shared:
 *
 * <ul>
 *   <li>a per-record defect ({@link #defects(RuleCode, int)}) is a record of
 *       {@code Applicants.valid().breaking(code)}, so any code that a raw record can break at the wave
 *       ({@link Applicants#breakableCodes(int)}) except {@code ELIGIBILITY_FAMILY_QUOTA};
 *   <li>a duplicate is an exact copy of an earlier valid record that has no family member in the feed:
 *       its later occurrence yields {@code FEED_DUPLICATE_NIK}, and its family card is then on two records,
 *       within the quota;
 *   <li>a family-quota breach is a third (or later) record on one family card, from wave 12: families of two
 *       valid members plus one or two breaches, all otherwise valid;
 *   <li>a malformed line ({@code RECORD_MALFORMED}) is a truncated record, a record without its closing
 *       brace, an array, {@code null}, a bare string, single quotes, a trailing comma, unquoted names or a
 *       CSV row;
 *   <li>a record with an unknown field ({@code FIELD_UNKNOWN}, strict mode) carries {@code email},
 *       {@code phoneNumber} or {@code motherMaidenName}.
 * </ul>
 *
 * <p>Records never carry {@code otherFamilyRecipients}, so the family quota is counted across records only.
 * Duplicates and family members need valid records: {@code valid} must be at least
 * {@code duplicates + 2} when there are breaches (more valid records allow more families).
 *
 * <p>Edge cases: the feed with every defect as early as possible and the feed with every defect last. A
 * failing feed shrinks to feeds with fewer records of each kind, from the same seed.
 */
public interface FeedGenerator extends Gen<GeneratedFeed> {

    /**
     * Feeds evaluated at wave {@code wave} (the default: the applicant generator's wave).
     *
     * <pre>{@code
     * Feeds.ndjson().atWave(12).familyQuotaBreaches(5);
     * }</pre>
     *
     * @throws IllegalArgumentException if the wave is unknown or cannot carry a requested defect
     */
    FeedGenerator atWave(int wave);

    /**
     * {@code count} valid records (default 100).
     *
     * <pre>{@code
     * Feeds.ndjson().valid(10_000).generate(1); // a large clean feed
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    FeedGenerator valid(int count);

    /**
     * {@code count} records with {@code code}; replaces an earlier count for that code. FEED_DUPLICATE_NIK,
     * ELIGIBILITY_FAMILY_QUOTA, RECORD_MALFORMED and FIELD_UNKNOWN are the same as the named methods below.
     *
     * <pre>{@code
     * Feeds.ndjson().atWave(18).defects(RuleCode.NIK_FORMAT, 5).defects(RuleCode.ELIGIBILITY_MAX_AGE, 5);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code count} is negative or the wave cannot carry {@code code}
     *     in a feed (see {@link #defectCodes()})
     */
    FeedGenerator defects(RuleCode code, int count);

    /**
     * {@code count} later occurrences of the NIKs of earlier valid records: FEED_DUPLICATE_NIK.
     *
     * <pre>{@code
     * Feeds.ndjson().valid(20).duplicates(3).generate(1).lines(); // three lines with firstLine() set
     * }</pre>
     */
    FeedGenerator duplicates(int count);

    /**
     * {@code count} third-or-later records of one family card: ELIGIBILITY_FAMILY_QUOTA (from wave 12).
     *
     * <pre>{@code
     * Feeds.ndjson().atWave(18).valid(20).familyQuotaBreaches(2);
     * }</pre>
     *
     * @throws IllegalArgumentException if the family quota is not in force at the wave
     */
    FeedGenerator familyQuotaBreaches(int count);

    /**
     * {@code count} lines that are not a JSON object: RECORD_MALFORMED.
     *
     * <pre>{@code
     * Feeds.ndjson().valid(5).malformed(1).generate(2).expectedReport().lines(RuleCode.RECORD_MALFORMED);
     * }</pre>
     */
    FeedGenerator malformed(int count);

    /**
     * {@code count} records with a field the format does not define: FIELD_UNKNOWN.
     *
     * <pre>{@code
     * Feeds.ndjson().valid(5).unknownFields(2); // e.g. an "email" field
     * }</pre>
     */
    FeedGenerator unknownFields(int count);

    /**
     * The codes a feed at this wave can carry: the per-record codes, FEED_DUPLICATE_NIK,
     * RECORD_MALFORMED, FIELD_UNKNOWN, and ELIGIBILITY_FAMILY_QUOTA from wave 12.
     *
     * <pre>{@code
     * FeedGenerator g = Feeds.ndjson().atWave(18);
     * for (RuleCode c : g.defectCodes()) { g = g.defects(c, 2); }
     * }</pre>
     */
    Set<RuleCode> defectCodes();

    /**
     * The wave.
     *
     * <pre>{@code
     * Feeds.ndjson().wave(); // 71, the latest
     * }</pre>
     */
    int wave();

    /**
     * {@code Evaluation.atWave(wave())}.
     *
     * <pre>{@code
     * checker.decide(line.raw().get(), feeds.evaluation());
     * }</pre>
     */
    Evaluation evaluation();

    /**
     * The feed of {@code seed}: the same seed and configuration give the same text.
     *
     * <pre>{@code
     * String ndjson = Feeds.ndjson().valid(50).malformed(2).generate(20260101L).text();
     * }</pre>
     *
     * @throws IllegalArgumentException if the counts do not fit together (see the class comment)
     */
    GeneratedFeed generate(long seed);
}
