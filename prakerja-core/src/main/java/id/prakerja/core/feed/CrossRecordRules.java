// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Phase 2 of feed validation: the rules across records, each applied to the outcomes of ONE key, so that
 * any engine can group outcomes by key (a hash map on one machine, a shuffle on Spark) and call them:
 *
 * <ol>
 *   <li>{@link #duplicates}: the outcomes with one NIK; every one after the first in feed order is
 *       {@code FEED_DUPLICATE_NIK}, naming the line of the first ({@code firstLine});
 *   <li>{@link #familyQuota}: the outcomes with one family-card number that {@linkplain #takesFamilyPlace
 *       take a place} — not a duplicate, and passing every per-record rule (an applicant who is not
 *       eligible anyway does not use up a place of the family); the third and later of them in feed
 *       order, at a wave with a family quota, is {@code ELIGIBILITY_FAMILY_QUOTA}
 *       ({@code familyMembers}).
 * </ol>
 *
 * The order within a key is the feed's ({@link RecordOutcome#comparePositions}); the functions sort a copy,
 * so the caller may pass a key's outcomes in any order. Immutable and thread-safe.
 */
public final class CrossRecordRules {

    /** A violation that phase 2 adds to the record at {@code input}/{@code line}. */
    public static final class Finding {
        private final int input;
        private final long line;
        private final Violation violation;

        Finding(int input, long line, Violation violation) {
            this.input = input;
            this.line = line;
            this.violation = Objects.requireNonNull(violation, "violation");
        }

        /** The input of the record the violation belongs to. */
        public int input() {
            return input;
        }

        /** The line of the record the violation belongs to. */
        public long line() {
            return line;
        }

        /** The violation. */
        public Violation violation() {
            return violation;
        }

        /** Whether this finding belongs to {@code outcome}. */
        public boolean isFor(RecordOutcome outcome) {
            return outcome.input() == input && outcome.line() == line;
        }

        @Override
        public String toString() {
            return "Finding[input " + input + ", line " + line + ", " + violation + "]";
        }
    }

    private final EligibilityChecker checker;

    CrossRecordRules(EligibilityChecker checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /** The cross-record rules of the programme of {@code checker}. */
    public static CrossRecordRules of(EligibilityChecker checker) {
        return new CrossRecordRules(checker);
    }

    /**
     * The duplicate-NIK findings among the outcomes of one NIK (records without a readable NIK, {@code nik()
     * == 0}, are never duplicates).
     */
    public List<Finding> duplicates(List<RecordOutcome> sameNik) {
        List<RecordOutcome> sorted = sortedWithKey(sameNik, true);
        List<Finding> out = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            RecordOutcome r = sorted.get(i);
            out.add(new Finding(r.input(), r.line(), duplicateOf(sorted.get(0).line())));
        }
        return out;
    }

    /**
     * The family-quota findings among the outcomes of one family card that take a place (the caller keeps
     * only those for which {@link #takesFamilyPlace} holds).
     */
    public List<Finding> familyQuota(List<RecordOutcome> samePlaceTakers) {
        List<RecordOutcome> sorted = sortedWithKey(samePlaceTakers, false);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            RecordOutcome r = sorted.get(i);
            Optional<Violation> v = quota(r, i + 1);
            if (v.isPresent()) {
                out.add(new Finding(r.input(), r.line(), v.get()));
            }
        }
        return out;
    }

    /**
     * Whether a record uses up a place of its family card: it has a readable card, is not a duplicate NIK
     * and passes every per-record rule.
     */
    public static boolean takesFamilyPlace(RecordOutcome outcome, boolean duplicate) {
        return outcome.familyCard() != 0 && !duplicate && outcome.passes();
    }

    /**
     * The violation phase 2 gives a record whose NIK already came at {@code firstLine} (earlier in feed
     * order): for engines that compute the first line of each NIK themselves (for example with a window
     * over a shuffle) and need the same violation {@link #duplicates} gives.
     *
     * <pre>{@code
     * Violation v = CrossRecordRules.duplicateViolation(7);   // FEED_DUPLICATE_NIK, firstLine 7
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code firstLine < 1}
     */
    public static Violation duplicateViolation(long firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("lines are numbered from 1, got " + firstLine);
        }
        return duplicateOf(firstLine);
    }

    /**
     * The violation phase 2 gives the {@code place}-th record (1-based, in feed order) of one family card
     * among the records that {@linkplain #takesFamilyPlace take a place}, evaluated at {@code wave}: empty
     * when the wave has no family quota or the place is within it. The same decision {@link #familyQuota}
     * makes, for engines that number a card's place takers themselves.
     *
     * <pre>{@code
     * rules.familyQuotaViolation(18, 3);   // ELIGIBILITY_FAMILY_QUOTA (familyMembers 3)
     * rules.familyQuotaViolation(18, 2);   // empty
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code place < 1}
     */
    public Optional<Violation> familyQuotaViolation(int wave, int place) {
        if (place < 1) {
            throw new IllegalArgumentException("places are numbered from 1, got " + place);
        }
        return checker.familyQuotaViolation(wave, place);
    }

    /** The duplicate violation of a record whose NIK first came at {@code firstLine}. */
    static Violation duplicateOf(long firstLine) {
        return Violation.of(RuleCode.FEED_DUPLICATE_NIK, "nik")
                .argument("firstLine", (int) Math.min(Integer.MAX_VALUE, firstLine))
                .build();
    }

    /** The quota violation of the {@code place}-th place taker of a card, if its wave has a quota it breaks. */
    Optional<Violation> quota(RecordOutcome outcome, int place) {
        return checker.familyQuotaViolation(outcome.wave(), place);
    }

    private static List<RecordOutcome> sortedWithKey(List<RecordOutcome> outcomes, boolean byNik) {
        List<RecordOutcome> sorted = new ArrayList<>(outcomes.size());
        long key = 0;
        for (RecordOutcome r : outcomes) {
            long k = byNik ? r.nik() : r.familyCard();
            if (k == 0) {
                throw new IllegalArgumentException(
                        "an outcome without a readable " + (byNik ? "NIK" : "family card") + " has no key: " + r);
            }
            if (key != 0 && k != key) {
                throw new IllegalArgumentException("outcomes of different keys passed as one key's");
            }
            key = k;
            sorted.add(r);
        }
        sorted.sort(RecordOutcome::comparePositions);
        return sorted;
    }

    @Override
    public String toString() {
        return "CrossRecordRules[" + checker + "]";
    }
}
