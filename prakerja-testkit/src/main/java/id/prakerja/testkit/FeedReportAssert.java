// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.internal.Describe;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a feed engine's {@link FeedReport}, alone or against the {@link ExpectedReport} of a
 * generated feed. Failure messages name the counts and codes that differ and quote the report's samples
 * (line, masked NIK, code, field); a full NIK never appears. Obtain one from
 * {@link PrakerjaAssertions#assertThat(FeedReport)}.
 *
 * <pre>{@code
 * GeneratedFeed feed = Feeds.ndjson().atWave(18).valid(90).defects(RuleCode.NIK_SERIAL, 5).duplicates(5).generate(42);
 * FeedReport report = validator.validate(inputs(feed.text()));
 * assertThat(report).accountsForEveryRecord().matches(feed.expectedReport());
 * assertThat(report).hasCount(RuleCode.FEED_DUPLICATE_NIK, 5).hasInvalid(10);
 * // Expected 5 violations of FEED_DUPLICATE_NIK but was 4; reported [line 41 3174********0001: FEED_DUPLICATE_NIK at nik
 * //   {firstLine=12}, …]; counts: {NIK_SERIAL=5, FEED_DUPLICATE_NIK=4}
 * }</pre>
 */
public final class FeedReportAssert extends AbstractAssert<FeedReportAssert, FeedReport> {

    /** How many lines or samples a message quotes at most. */
    private static final int SHOWN = 5;

    FeedReportAssert(FeedReport actual) {
        super(actual, FeedReportAssert.class);
    }

    /**
     * Verifies that the report accounts for every record: {@code records == valid + invalid}; the records
     * and invalid records per province add up to those totals, and no province has more invalid records
     * than records; every invalid record has at least one violation; the samples are the first
     * {@code min(maxSamples, violations)} violations; and every sample's NIK is masked.
     *
     * <pre>{@code
     * assertThat(report).accountsForEveryRecord();
     * // Expected the records per province to add up to 100 records but they add up to 98: {31=60, 32=38}
     * }</pre>
     */
    public FeedReportAssert accountsForEveryRecord() {
        isNotNull();
        List<String> problems = new ArrayList<>();
        if (actual.records() != actual.valid() + actual.invalid()) {
            problems.add("records == valid + invalid but was records=" + actual.records() + ", valid=" + actual.valid()
                    + ", invalid=" + actual.invalid());
        }
        long byProvince = sum(actual.recordsByProvince());
        if (byProvince != actual.records()) {
            problems.add("the records per province to add up to " + actual.records() + " records but they add up to "
                    + byProvince + ": " + actual.recordsByProvince());
        }
        long invalidByProvince = sum(actual.invalidByProvince());
        if (invalidByProvince != actual.invalid()) {
            problems.add("the invalid records per province to add up to " + actual.invalid()
                    + " invalid records but they add up to " + invalidByProvince + ": " + actual.invalidByProvince());
        }
        actual.invalidByProvince().forEach((province, invalid) -> {
            long records = actual.recordsByProvince().getOrDefault(province, 0L);
            if (invalid > records) {
                problems.add("at most " + records + " invalid records in province " + province + " ("
                        + FeedReport.provinceName(province) + ") but was " + invalid);
            }
        });
        long violations = sum(actual.violationsByCode());
        if (violations < actual.invalid()) {
            problems.add("at least one violation for each of the " + actual.invalid() + " invalid records but counted "
                    + violations + " violations: " + actual.violationsByCode());
        }
        long samples = Math.min(actual.maxSamples(), violations);
        if (actual.samples().size() != samples) {
            problems.add(samples + " samples (the first min(maxSamples=" + actual.maxSamples() + ", violations="
                    + violations + ")) but was " + actual.samples().size());
        }
        for (FeedSample s : actual.samples()) {
            if (s.maskedNik().isPresent()
                    && !Describe.maskNumbers(s.maskedNik().get())
                            .equals(s.maskedNik().get())) {
                problems.add("masked NIKs in the samples but the sample of line " + s.line() + " shows a full NIK ("
                        + Describe.maskNumbers(s.maskedNik().get()) + ")");
                break;
            }
        }
        if (!problems.isEmpty()) {
            failWithMessage("%s", "Expected " + String.join("; and ", problems));
        }
        return this;
    }

    /**
     * Verifies the number of records.
     *
     * <pre>{@code
     * assertThat(report).hasRecords(1_000);
     * }</pre>
     */
    public FeedReportAssert hasRecords(long records) {
        return count("records", records, actual == null ? 0 : actual.records());
    }

    /**
     * Verifies the number of valid records.
     *
     * <pre>{@code
     * assertThat(report).hasValid(900);
     * }</pre>
     */
    public FeedReportAssert hasValid(long valid) {
        return count("valid records", valid, actual == null ? 0 : actual.valid());
    }

    /**
     * Verifies the number of invalid records.
     *
     * <pre>{@code
     * assertThat(report).hasInvalid(100);
     * }</pre>
     */
    public FeedReportAssert hasInvalid(long invalid) {
        return count("invalid records", invalid, actual == null ? 0 : actual.invalid());
    }

    private FeedReportAssert count(String what, long expected, long was) {
        isNotNull();
        if (expected != was) {
            failWithMessage("%s", "Expected " + expected + " " + what + " but was " + was + "; " + summary());
        }
        return this;
    }

    /**
     * Verifies the number of violations of {@code code} ({@code 0}: none).
     *
     * <pre>{@code
     * assertThat(report).hasCount(RuleCode.NIK_FORMAT, 20);
     * }</pre>
     */
    public FeedReportAssert hasCount(RuleCode code, long count) {
        isNotNull();
        Objects.requireNonNull(code, "code");
        if (actual.count(code) != count) {
            failWithMessage(
                    "%s",
                    "Expected " + violations(count) + " of " + code + " but was " + actual.count(code) + samplesOf(code)
                            + "; counts: " + actual.violationsByCode());
        }
        return this;
    }

    /**
     * Verifies that no record has a violation.
     *
     * <pre>{@code
     * assertThat(report).hasNoViolations();
     * // Expected no violations but 2 of 10 records were invalid with {NIK_SERIAL=2}; first: [line 3 …]
     * }</pre>
     */
    public FeedReportAssert hasNoViolations() {
        isNotNull();
        if (actual.invalid() != 0 || !actual.violationsByCode().isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected no violations but " + actual.invalid() + " of " + actual.records()
                            + " records " + (actual.invalid() == 1 ? "was" : "were") + " invalid with "
                            + actual.violationsByCode() + "; first: "
                            + first(actual.samples()));
        }
        return this;
    }

    /**
     * Verifies that the report has the counts of {@code expected}: records, valid and invalid records, and
     * the number of violations of every code. The message lists every difference, with the lines where the
     * expected violations are and the report's samples of the code.
     *
     * <pre>{@code
     * assertThat(report).matches(feed.expectedReport());
     * // Expected the report to match ExpectedReport[records=100, …] but 2 differ:
     * //   NIK_SERIAL: expected 5 violations but was 4; expected on lines [3, 17, 40, 66, 91]; reported [line 3 …]
     * //   FEED_DUPLICATE_NIK: expected 0 violations but was 1; reported [line 7 3174********0001: FEED_DUPLICATE_NIK at nik {firstLine=2}]
     * }</pre>
     */
    public FeedReportAssert matches(ExpectedReport expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected");
        List<String> differences = new ArrayList<>();
        if (actual.records() != expected.records()) {
            differences.add("records: expected " + expected.records() + " but was " + actual.records());
        }
        if (actual.valid() != expected.valid()) {
            differences.add("valid: expected " + expected.valid() + " but was " + actual.valid());
        }
        if (actual.invalid() != expected.invalid()) {
            differences.add("invalid: expected " + expected.invalid() + " but was " + actual.invalid());
        }
        Set<RuleCode> codes = EnumSet.noneOf(RuleCode.class);
        codes.addAll(expected.violationsByCode().keySet());
        codes.addAll(actual.violationsByCode().keySet());
        for (RuleCode code : codes) {
            long want = expected.violationsByCode().getOrDefault(code, 0);
            long was = actual.count(code);
            if (want != was) {
                String lines =
                        expected.lines(code).isEmpty() ? "" : "; expected on lines " + first(expected.lines(code));
                differences.add(code + ": expected " + violations(want) + " but was " + was + lines + samplesOf(code));
            }
        }
        if (!differences.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected the report to match " + expected + " but " + differences.size() + " differ"
                            + (differences.size() == 1 ? "s" : "") + ":\n  " + String.join("\n  ", differences));
        }
        return this;
    }

    private String samplesOf(RuleCode code) {
        List<FeedSample> of = new ArrayList<>();
        for (FeedSample s : actual.samples()) {
            if (s.violation().code() == code) {
                of.add(s);
            }
        }
        return of.isEmpty() ? "" : "; reported " + first(of);
    }

    private String summary() {
        return "records=" + actual.records() + ", valid=" + actual.valid() + ", invalid=" + actual.invalid()
                + ", counts " + actual.violationsByCode();
    }

    private static <T> String first(List<T> items) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, items.size()); i++) {
            shown.add(Describe.maskNumbers(String.valueOf(items.get(i))));
        }
        return "[" + String.join(", ", shown) + (items.size() > SHOWN ? ", …" : "") + "]";
    }

    private static String violations(long n) {
        return n + (n == 1 ? " violation" : " violations");
    }

    private static long sum(Map<?, ? extends Number> counts) {
        long sum = 0;
        for (Number n : counts.values()) {
            sum += n.longValue();
        }
        return sum;
    }
}
