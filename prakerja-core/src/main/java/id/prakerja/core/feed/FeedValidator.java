package id.prakerja.core.feed;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import java.util.Iterator;
import java.util.Objects;

/**
 * Validates feeds of applicant records, one record at a time, whatever format they come in.
 *
 * <p>Per record: the problems the reader found (unreadable record, unknown fields, wrong JSON types), then
 * the record parsed from raw to typed and checked against the eligibility rules of its wave (its own
 * {@code wave} field, else the run's {@link Evaluation}). Across records:
 *
 * <ul>
 *   <li>{@code FEED_DUPLICATE_NIK}: every later record with a NIK already seen, naming the line of the
 *       first (argument {@code firstLine});
 *   <li>{@code ELIGIBILITY_FAMILY_QUOTA}: from wave 12, a record that is the third or later with the same
 *       family-card number (argument {@code familyMembers}). Records flagged as duplicates do not count
 *       towards the quota (they are the same person again). A record whose own
 *       {@code otherFamilyRecipients} already breaks the quota is not flagged twice.
 * </ul>
 *
 * The two indexes keep 16-digit numbers as primitive {@code long}s in open-addressing tables; apart from
 * them, memory does not grow with the number of records (samples are capped).
 *
 * <pre>{@code
 * FeedValidator validator = FeedValidator.builder()
 *         .evaluation(Evaluation.atWave(18))
 *         .maxSamples(100)
 *         .expectedRecords(1_000_000)
 *         .build();
 * FeedRun run = validator.start();
 * for (FeedInput input : inputs) {
 *     run.accept(input);
 * }
 * FeedReport report = run.finish();
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe; each {@link FeedRun} is single-threaded. To validate in
 * parallel, partition the feed by NIK (and family card) so that the cross-record rules see every record
 * of a key in one run, and {@linkplain FeedReport#merge merge} the reports.
 */
public final class FeedValidator {

    /** The default cap on samples. */
    public static final int DEFAULT_MAX_SAMPLES = 20;

    private final EligibilityChecker checker;
    private final Evaluation evaluation;
    private final int maxSamples;
    private final int expectedRecords;

    private FeedValidator(Builder b) {
        this.checker = b.checker;
        this.evaluation = b.evaluation;
        this.maxSamples = b.maxSamples;
        this.expectedRecords = b.expectedRecords;
    }

    /** A builder with the standard checker, the latest wave and {@value #DEFAULT_MAX_SAMPLES} samples. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a run: an accumulator for one feed (or one shard of it). */
    public FeedRun start() {
        return new FeedRun(checker, evaluation, maxSamples, expectedRecords);
    }

    /** Validates every input of {@code inputs} in one run. */
    public FeedReport validate(Iterator<FeedInput> inputs) {
        FeedRun run = start();
        while (inputs.hasNext()) {
            run.accept(inputs.next());
        }
        return run.finish();
    }

    /** Validates every input of {@code inputs} in one run. */
    public FeedReport validate(Iterable<FeedInput> inputs) {
        return validate(inputs.iterator());
    }

    /** The evaluation used for records without their own wave. */
    public Evaluation evaluation() {
        return evaluation;
    }

    /** The cap on samples. */
    public int maxSamples() {
        return maxSamples;
    }

    @Override
    public String toString() {
        return "FeedValidator[" + evaluation + ", maxSamples=" + maxSamples + "]";
    }

    /** Options of a {@link FeedValidator}. */
    public static final class Builder {
        private EligibilityChecker checker = EligibilityChecker.standard();
        private Evaluation evaluation = Evaluation.latest();
        private int maxSamples = DEFAULT_MAX_SAMPLES;
        private int expectedRecords = 1 << 16;

        private Builder() {}

        /** The checker (and with it the programme) to apply; the standard one unless set. */
        public Builder checker(EligibilityChecker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
            return this;
        }

        /** The wave or date for records that do not name a wave; the latest wave unless set. */
        public Builder evaluation(Evaluation evaluation) {
            this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
            return this;
        }

        /** How many samples the report keeps (the counts are never capped). */
        public Builder maxSamples(int maxSamples) {
            if (maxSamples < 0) {
                throw new IllegalArgumentException("maxSamples must not be negative: " + maxSamples);
            }
            this.maxSamples = maxSamples;
            return this;
        }

        /** How many records to size the cross-record indexes for (they grow beyond it if needed). */
        public Builder expectedRecords(int expectedRecords) {
            if (expectedRecords < 0) {
                throw new IllegalArgumentException("expectedRecords must not be negative: " + expectedRecords);
            }
            this.expectedRecords = expectedRecords;
            return this;
        }

        /** The validator. */
        public FeedValidator build() {
            return new FeedValidator(this);
        }
    }
}
