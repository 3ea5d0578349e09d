// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.validation.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

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
 *       family-card number (argument {@code familyMembers}) among the records that take a place: records
 *       flagged as duplicates do not (they are the same person again), and neither do records that fail
 *       any per-record rule (an applicant who is not eligible anyway does not use up a place of the
 *       family). A record whose own {@code otherFamilyRecipients} already breaks the quota fails a
 *       per-record rule, so it is not flagged twice.
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
 * <p>Validation is three phases (see the package documentation): per record ({@link #outcome}), across
 * records keyed by NIK and family card ({@link CrossRecordRules}), and counting ({@link FeedTally}). A
 * {@link FeedRun} drives them over one feed in feed order; {@link #validate(Iterator, int)} does the
 * per-record phase on several threads and gives the same report as one thread, byte for byte. A validator
 * is immutable and thread-safe; each {@link FeedRun} is single-threaded. Splitting a feed into parts and
 * {@linkplain FeedReport#merge merging} the parts' reports does <em>not</em> validate the feed (the
 * cross-record rules need every record of a key): engines such as Spark run phase 2 over the whole feed's
 * outcomes instead.
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

    /** Starts a run over one whole feed, fed in feed order. */
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

    /**
     * Validates every input of {@code inputs} on {@code threads} threads: the caller's thread reads, the
     * per-record rules run on a pool in chunks, and the cross-record rules and counting follow in feed
     * order. The report equals {@link #validate(Iterator)}'s; memory is bounded by a few chunks per thread.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public FeedReport validate(Iterator<FeedInput> inputs, int threads) {
        return validate(inputs, Function.identity(), threads);
    }

    /**
     * Like {@link #validate(Iterator, int)}, with each item turned into its {@link FeedInput} on the pool
     * too, so that binding (for example of a line of text) runs in parallel as well.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public <T> FeedReport validate(Iterator<T> items, Function<? super T, FeedInput> toInput, int threads) {
        return validate(items, toInput, threads, null);
    }

    /**
     * Like {@link #validate(Iterator, Function, int)}, and tells {@code verdicts}, on the caller's thread and in
     * feed order, what was decided for each record: the items go to the pool in chunks of up to 512 (each a
     * {@code List<T>}), and each chunk's verdicts come once the records before it are counted. This is how a
     * caller writes each record's verdict somewhere (a file of rejects, say) while every core reads and checks:
     * the verdicts are those of {@link FeedRun#accept} in one sequential run, whatever the number of threads.
     *
     * @param verdicts told each chunk's items and their violations; {@code null} for none. An exception it
     *     throws ends the run and is thrown as it was.
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public <T> FeedReport validate(
            Iterator<T> items,
            Function<? super T, FeedInput> toInput,
            int threads,
            ChunkVerdicts<? super List<T>> verdicts) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Iterator<List<T>> chunks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public List<T> next() {
                List<T> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && items.hasNext()) {
                    chunk.add(items.next());
                }
                return chunk;
            }
        };
        return validateChunks(
                chunks,
                chunk -> {
                    List<FeedInput> out = new ArrayList<>(chunk.size());
                    for (T item : chunk) {
                        out.add(toInput.apply(item));
                    }
                    return out;
                },
                threads,
                verdicts);
    }

    /**
     * Validates a feed that comes in chunks, each turned into its records by {@code read} on the pool: the
     * caller's thread only takes the chunks from {@code chunks} (for example blocks of whole lines of bytes),
     * {@code threads} threads turn them into records and apply the per-record rules, and the cross-record
     * rules and counting follow on the caller's thread in feed order (chunk by chunk, each chunk's records
     * in the order {@code read} gives them). The report equals {@link #validate(Iterator)}'s over the
     * records of every chunk in turn, for any number of threads and any chunk sizes. At most {@code max(4 ×
     * threads, 32)} chunks are read ahead, so memory is bounded by the chunk size, not the feed.
     *
     * <p>An exception or error of {@code read} or of {@code chunks} ends the run and is thrown as it was;
     * the pool's threads are stopped.
     *
     * <pre>{@code
     * FeedReport report = validator.validateChunks(blocksOfLines, block -> parse(block), 4);
     * }</pre>
     *
     * @param <C> the type of a chunk
     * @param read turns one chunk into its records; with more than one thread it is called on the pool's
     *     threads, several at a time, so it must be thread-safe
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public <C> FeedReport validateChunks(
            Iterator<C> chunks, Function<? super C, ? extends List<FeedInput>> read, int threads) {
        return validateChunks(chunks, read, threads, null);
    }

    /**
     * Like {@link #validateChunks(Iterator, Function, int)}, and tells {@code verdicts}, on the caller's thread,
     * chunk by chunk in feed order, each chunk's records and their violations (its own and the cross-record
     * ones, empty for a valid record): exactly what {@link FeedRun#accept} returns for each record in one
     * sequential run, for any number of threads. A chunk's verdicts come once every record before it is
     * counted, so a caller can write them out in feed order (the chunk is at hand, its bytes included) while
     * the pool reads and checks the chunks after it.
     *
     * <pre>{@code
     * validator.validateChunks(blocksOfLines, block -> parse(block), 4, (block, records, violations) -> {
     *     for (int i = 0; i < records.size(); i++) {
     *         if (!violations.get(i).isEmpty()) {
     *             rejects.write(block, records.get(i), violations.get(i));
     *         }
     *     }
     * });
     * }</pre>
     *
     * @param verdicts told each chunk's verdicts; {@code null} for none. An exception or error it throws ends
     *     the run and is thrown as it was; the pool's threads are stopped.
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public <C> FeedReport validateChunks(
            Iterator<C> chunks,
            Function<? super C, ? extends List<FeedInput>> read,
            int threads,
            ChunkVerdicts<? super C> verdicts) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        FeedRun run = start();
        if (threads == 1) {
            while (chunks.hasNext()) {
                accept(run, readChunk(chunks.next(), read, verdicts != null), verdicts);
            }
            return run.finish();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "prakerja-feed");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<ReadChunk<C>>> inFlight = new ArrayDeque<>();
            int maxInFlight = maxInFlight(threads);
            boolean keep = verdicts != null;
            while (chunks.hasNext()) {
                C chunk = chunks.next();
                inFlight.add(pool.submit(() -> readChunk(chunk, read, keep)));
                if (inFlight.size() >= maxInFlight) {
                    accept(run, oldest(inFlight), verdicts);
                }
            }
            while (!inFlight.isEmpty()) {
                accept(run, oldest(inFlight), verdicts);
            }
            return run.finish();
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a run decided for the records of one chunk: told on the caller's thread, chunk by chunk in feed
     * order, by {@link #validateChunks(Iterator, Function, int, ChunkVerdicts)} and {@link #validate(Iterator,
     * Function, int, ChunkVerdicts)}.
     *
     * @param <C> the type of a chunk
     */
    @FunctionalInterface
    public interface ChunkVerdicts<C> {
        /**
         * The verdicts of one chunk's records.
         *
         * @param chunk the chunk, as the caller gave it
         * @param records its records, in the order the chunk's {@code read} gave them
         * @param violations each record's violations, in the order of {@code records}: its own and the
         *     cross-record ones, empty when the record is valid (unmodifiable)
         */
        void decided(C chunk, List<FeedInput> records, List<List<Violation>> violations);
    }

    /**
     * A chunk's phase-1 outcomes, with the chunk and its records only when verdicts are asked for: otherwise
     * they are garbage as soon as the outcomes are made, and the chunks in flight hold only their outcomes
     * (keeping them all would triple the live heap of a two-thread run and its GC work).
     */
    private record ReadChunk<C>(C chunk, List<FeedInput> inputs, List<RecordOutcome> outcomes) {}

    private <C> ReadChunk<C> readChunk(C chunk, Function<? super C, ? extends List<FeedInput>> read, boolean keep) {
        List<? extends FeedInput> inputs = read.apply(chunk);
        List<RecordOutcome> outcomes = new ArrayList<>(inputs.size());
        for (FeedInput input : inputs) {
            outcomes.add(outcome(0, input));
        }
        return keep
                ? new ReadChunk<>(chunk, Collections.unmodifiableList(inputs), outcomes)
                : new ReadChunk<>(null, null, outcomes);
    }

    /** Phases 2 and 3 of one chunk, on the caller's thread, and its verdicts if asked for. */
    private static <C> void accept(FeedRun run, ReadChunk<C> c, ChunkVerdicts<? super C> verdicts) {
        if (verdicts == null) {
            run.acceptOutcomes(c.outcomes());
            return;
        }
        List<List<Violation>> found = new ArrayList<>(c.outcomes().size());
        run.acceptOutcomes(c.outcomes(), found::add);
        verdicts.decided(c.chunk(), c.inputs(), Collections.unmodifiableList(found));
    }

    /**
     * How many chunks may be read ahead of the oldest one not yet counted: four per thread, and at least 32, so
     * that a few threads reading from a pipe do not stall each time its 64 KiB run dry (on two cores, 32 instead
     * of 8 cut a 20M-record run from the generator from 40–46 s to 35–36 s; docs/benchmarks.md).
     */
    static int maxInFlight(int threads) {
        return Math.max(threads * 4, 32);
    }

    /** Records per unit of parallel work. */
    private static final int CHUNK = 512;

    /** The oldest chunk in flight, once the pool has read it. */
    private static <C> ReadChunk<C> oldest(ArrayDeque<Future<ReadChunk<C>>> inFlight) {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating a feed", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Phase 1: the outcome of one record from the per-record rules alone, on any thread and in any order.
     *
     * @param input which input of several the record comes from (0 for a single feed)
     */
    public RecordOutcome outcome(int input, FeedInput record) {
        return Outcomes.of(checker, evaluation, input, record);
    }

    /** Phase 2: the cross-record rules of this validator's programme. */
    public CrossRecordRules crossRecordRules() {
        return CrossRecordRules.of(checker);
    }

    /** Phase 3: an empty tally with this validator's sample cap. */
    public FeedTally tally() {
        return FeedTally.of(maxSamples);
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
