// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.internal.LongCountMap;
import id.prakerja.core.internal.LongIntHashMap;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One validation run over ONE whole feed, in feed order: the single-machine driver of the three phases.
 * Each record gets its {@linkplain RecordOutcome outcome} (phase 1), then the cross-record rules (phase 2)
 * online — in feed order a record's duplicate and family-quota status depends only on the records before
 * it, so two primitive indexes (first line per NIK in 12 bytes a slot, places taken per family card in 8)
 * suffice — and is counted
 * (phase 3). Records must be {@linkplain #accept accepted} in feed order; the per-record work may have been
 * done elsewhere ({@link #acceptOutcome}), which is how {@link FeedValidator#validate(java.util.Iterator,
 * int)} uses every core. Not thread-safe.
 *
 * <p>A run is not a shard: the reports of runs over parts of one feed do not add up to the feed's report
 * (a NIK in two parts is a duplicate the parts cannot see). See {@link FeedReport#merge}.
 */
public final class FeedRun {

    private final EligibilityChecker checker;
    private final Evaluation evaluation;
    private final CrossRecordRules crossRecord;
    private final LongIntHashMap firstLineByNik;
    private final LongCountMap placesByFamilyCard;
    private final FeedTally tally;
    private boolean finished;
    /** What {@link #acceptOutcomes} read ahead, kept so that the reads are not optimised away. */
    private long touchedSum;

    FeedRun(EligibilityChecker checker, Evaluation evaluation, int maxSamples, int expectedRecords) {
        this.checker = checker;
        this.evaluation = evaluation;
        this.crossRecord = CrossRecordRules.of(checker);
        this.firstLineByNik = new LongIntHashMap(expectedRecords);
        this.placesByFamilyCard = new LongCountMap(expectedRecords / 2);
        this.tally = FeedTally.of(maxSamples);
    }

    /**
     * Validates the next record of the feed and counts it.
     *
     * @return the record's violations, in order (empty when valid)
     * @throws IllegalStateException if the run is finished
     */
    public List<Violation> accept(FeedInput input) {
        checkOpen();
        return acceptOutcome(Outcomes.of(checker, evaluation, 0, input));
    }

    /**
     * Counts the next record of the feed from its phase-1 outcome (made by {@link FeedValidator#outcome}
     * on any thread), applying the cross-record rules.
     *
     * @return the record's violations, its own and the cross-record ones, in order
     * @throws IllegalStateException if the run is finished
     */
    public List<Violation> acceptOutcome(RecordOutcome outcome) {
        checkOpen();
        List<Violation> cross = List.of();
        boolean duplicate = false;
        if (outcome.nik() != 0) {
            int line = (int) Math.min(Integer.MAX_VALUE, outcome.line());
            int first = firstLineByNik.putIfAbsent(outcome.nik(), line);
            if (first != LongIntHashMap.ABSENT) {
                duplicate = true;
                cross = List.of(CrossRecordRules.duplicateOf(first));
            }
        }
        if (CrossRecordRules.takesFamilyPlace(outcome, duplicate)) {
            int place = placesByFamilyCard.increment(outcome.familyCard());
            Optional<Violation> quota = crossRecord.quota(outcome, place);
            if (quota.isPresent()) {
                cross = List.of(quota.get());
            }
        }
        tally.add(outcome, cross);
        if (cross.isEmpty()) {
            return outcome.violations();
        }
        List<Violation> all = new ArrayList<>(outcome.violations().size() + cross.size());
        all.addAll(outcome.violations());
        all.addAll(cross);
        return all;
    }

    /**
     * Counts the next records of the feed from their phase-1 outcomes, in order: the same as {@link
     * #acceptOutcome} for each, but the index slots of the whole batch are read first, so that their cache
     * misses overlap instead of coming one after the other (the indexes of a large feed are far larger than
     * the cache, and this is the part of a run that no other thread can share).
     *
     * @throws IllegalStateException if the run is finished
     */
    public void acceptOutcomes(List<RecordOutcome> outcomes) {
        acceptOutcomes(outcomes, null);
    }

    /**
     * Like {@link #acceptOutcomes(List)}, and tells {@code each} every record's violations, its own and the
     * cross-record ones, in the order of {@code outcomes} (empty when the record is valid): what {@link
     * #acceptOutcome} would have returned for it.
     *
     * @param each told each record's violations in turn; {@code null} for none
     * @throws IllegalStateException if the run is finished
     */
    public void acceptOutcomes(List<RecordOutcome> outcomes, Consumer<? super List<Violation>> each) {
        checkOpen();
        long touched = 0;
        for (int i = 0, n = outcomes.size(); i < n; i++) {
            RecordOutcome o = outcomes.get(i);
            if (o.nik() != 0) {
                touched += firstLineByNik.touch(o.nik());
            }
            if (o.familyCard() != 0 && o.passes()) {
                touched += placesByFamilyCard.touch(o.familyCard());
            }
        }
        touchedSum += touched;
        for (int i = 0, n = outcomes.size(); i < n; i++) {
            List<Violation> found = acceptOutcome(outcomes.get(i));
            if (each != null) {
                each.accept(found);
            }
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the run is finished; start a new one");
        }
    }

    /** The number of records accepted so far. */
    public long records() {
        return tally.records();
    }

    /** The bytes held by the two cross-record indexes. */
    public long indexBytes() {
        return firstLineByNik.memoryBytes() + placesByFamilyCard.memoryBytes();
    }

    /** The report of everything accepted; the run cannot accept more afterwards. */
    public FeedReport finish() {
        finished = true;
        return tally.report();
    }

    @Override
    public String toString() {
        return "FeedRun[" + tally + "]";
    }
}
