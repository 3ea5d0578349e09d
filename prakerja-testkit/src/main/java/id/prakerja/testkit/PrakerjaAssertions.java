// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.participation.ParticipantStatus;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * The one entry point of the testkit's AssertJ assertions. It extends AssertJ's {@link Assertions}, so a
 * single static import gives both the library's assertions and AssertJ's own:
 *
 * <pre>{@code
 * import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
 * import static id.prakerja.testkit.PrakerjaAssertions.assertThatViolations;
 *
 * assertThat(checker.decide(raw, Evaluation.atWave(18))).isNotEligible().hasOnlyViolations(ELIGIBILITY_MIN_AGE);
 * assertThat(Nik.validate(text)).hasOnlyViolations(NIK_SERIAL);
 * assertThat(nik).hasSex(Sex.FEMALE).isNotShownIn(logLine);
 * assertThatViolations(violations).hasViolationOn("birthDate");
 * assertThat(feedReport).accountsForEveryRecord().matches(generatedFeed.expectedReport());
 * assertThat(participationChecker.status(siti, today).orElseThrow()).hasRemainingBalance(300_000);
 * assertThat(List.of(1, 2)).hasSize(2);            // AssertJ's own, through the same import
 * }</pre>
 *
 * <p>Failure messages read "Expected … but was …" and name rule codes, field paths and masked NIKs
 * ({@code 3174********0001}); a full NIK or family-card number never appears in them.
 */
public class PrakerjaAssertions extends Assertions {

    /** For subclassing only, like {@link Assertions}; use the static methods. */
    protected PrakerjaAssertions() {}

    /**
     * Assertions on an eligibility decision.
     *
     * <pre>{@code
     * assertThat(decision).isEligible();
     * }</pre>
     */
    public static DecisionAssert assertThat(EligibilityDecision actual) {
        return new DecisionAssert(actual);
    }

    /**
     * Assertions on one violation.
     *
     * <pre>{@code
     * assertThat(violation).hasCode(RuleCode.FIELD_REQUIRED).isOnField("sex");
     * }</pre>
     */
    public static ViolationAssert assertThat(Violation actual) {
        return new ViolationAssert(actual);
    }

    /**
     * Assertions on a list of violations.
     *
     * <pre>{@code
     * assertThatViolations(result.violations()).hasOnlyViolations(RuleCode.KK_ISSUE_DATE);
     * }</pre>
     */
    public static ViolationsAssert assertThatViolations(List<Violation> actual) {
        return new ViolationsAssert(actual);
    }

    /**
     * Assertions on a NIK.
     *
     * <pre>{@code
     * assertThat(nik).hasProvince(Province.DKI_JAKARTA);
     * }</pre>
     */
    public static NikAssert assertThat(Nik actual) {
        return new NikAssert(actual);
    }

    /**
     * Assertions on a validation result.
     *
     * <pre>{@code
     * assertThat(FamilyCardNumber.validate(text, date)).isValid();
     * }</pre>
     */
    public static ValidatedAssert assertThat(Validated<?> actual) {
        return new ValidatedAssert(actual);
    }

    /**
     * Assertions on a feed engine's report, alone or against the {@link ExpectedReport} of a generated feed.
     *
     * <pre>{@code
     * assertThat(report).accountsForEveryRecord().hasCount(RuleCode.NIK_FORMAT, 20).matches(feed.expectedReport());
     * }</pre>
     */
    public static FeedReportAssert assertThat(FeedReport actual) {
        return new FeedReportAssert(actual);
    }

    /**
     * Assertions on where a participant stands on a date.
     *
     * <pre>{@code
     * assertThat(checker.status(siti, date).orElseThrow()).hasRemainingBalance(300_000).isNotRevocationDue();
     * }</pre>
     */
    public static ParticipantStatusAssert assertThat(ParticipantStatus actual) {
        return new ParticipantStatusAssert(actual);
    }
}
