// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.testkit.internal.FeedGen;
import java.util.Objects;

/**
 * Generators of NDJSON feeds of applicant records with a known expected report.
 *
 * <pre>{@code
 * GeneratedFeed feed = Feeds.ndjson().atWave(18).valid(95).malformed(5).generate(1);
 * feed.text();              // 100 lines of NDJSON
 * feed.expectedReport();    // records=100, valid=95, invalid=5, {RECORD_MALFORMED=5}
 *
 * // records from a configured applicant generator (province, category, ages…)
 * Feeds.ndjson(Applicants.valid().atWave(12).province(Province.DKI_JAKARTA)).familyQuotaBreaches(3);
 * }</pre>
 *
 * <p>The JSON is written by the testkit itself, in the applicant record of the wire format; the testkit
 * does not depend on prakerja-json.
 */
public final class Feeds {
    private Feeds() {}

    /**
     * Feeds of 100 valid records at the latest wave, without defects until configured.
     *
     * <pre>{@code
     * Feeds.ndjson().valid(10).generate(3).text();
     * }</pre>
     */
    public static FeedGenerator ndjson() {
        return FeedGen.of(Applicants.valid());
    }

    /**
     * Feeds whose records come from {@code applicants} (its wave, province, category, ages, wave field);
     * it must generate eligible records (no {@code breaking}).
     *
     * <pre>{@code
     * Feeds.ndjson(Applicants.valid().atWave(4).category(WorkforceCategory.LAID_OFF)).valid(20);
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code applicants} breaks a code
     */
    public static FeedGenerator ndjson(ApplicantGenerator<RawApplicant> applicants) {
        return FeedGen.of(Objects.requireNonNull(applicants, "applicants"));
    }
}
