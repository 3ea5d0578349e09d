// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.InvalidValueException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The progress of an agreement: per objective, the activities and the people reached, in all, by region
 * and by channel; plus the activities left out because they break a rule of the agreement.
 *
 * <p>Summaries merge: summing up two parts of a set of activities and merging the two summaries gives the
 * summary of the whole, whatever the split. {@link #merge} is associative and commutative and {@link
 * #empty()} is its identity, so shards of a large activity feed can be summed up apart and merged.
 *
 * <pre>{@code
 * ProgressSummary first = CooperationRules.standard().progress(dki, from, to, januaryToJune);
 * ProgressSummary second = CooperationRules.standard().progress(dki, from, to, julyToDecember);
 * ProgressSummary year = first.merge(second);
 * year.byObjective().get("RECIPIENT_REMINDERS").total().peopleReached();
 * }</pre>
 *
 * <p>An activity that serves several objectives counts once under each of them and once in {@link
 * #total()}; the totals of the objectives may therefore add up to more than {@link #total()}.
 */
@Value.Immutable
public abstract class ProgressSummary {

    private static final ProgressSummary EMPTY =
            ImmutableProgressSummary.builder().total(Tally.ZERO).build();

    ProgressSummary() {}

    /** The summary of no activity; the identity of {@link #merge}. */
    public static ProgressSummary empty() {
        return EMPTY;
    }

    /**
     * The summary of one counted activity. A missing or negative reach adds nobody (such an activity breaks
     * {@link id.prakerja.core.validation.RuleCode#COOPERATION_ACTIVITY_REACH}; {@link
     * CooperationRules#progress} leaves it out).
     */
    public static ProgressSummary of(OutreachActivity activity) {
        Accumulator acc = new Accumulator();
        acc.add(activity);
        return acc.summary();
    }

    /**
     * A summary of exactly these parts: what a summary read back from its wire format (for example by
     * prakerja-json) holds. Summing activities up is {@link #of(OutreachActivity)}'s, {@link #merge}'s and
     * {@link CooperationRules#progress}'s job; this factory reassembles a summary made before.
     *
     * <pre>{@code
     * ProgressSummary s = ProgressSummary.of(Tally.of(1, 250), Map.of("DIGITAL_LITERACY", progress), 0);
     * }</pre>
     *
     * @throws id.prakerja.core.validation.InvalidValueException if {@code excludedActivities} is negative
     */
    public static ProgressSummary of(Tally total, Map<String, ObjectiveProgress> byObjective, long excludedActivities) {
        return ImmutableProgressSummary.builder()
                .total(total)
                .byObjective(new TreeMap<>(byObjective))
                .excludedActivities(excludedActivities)
                .build();
    }

    /** Every counted activity, each once whatever the number of objectives it served. */
    public abstract Tally total();

    /** The progress per objective, by objective code, in code order. */
    public abstract Map<String, ObjectiveProgress> byObjective();

    /** The activities of the agreement and reporting period that were left out because they break a rule. */
    @Value.Default
    public long excludedActivities() {
        return 0;
    }

    /** The progress towards the objective {@code code}; {@link ObjectiveProgress#EMPTY} when none. */
    public final ObjectiveProgress objective(String code) {
        return byObjective().getOrDefault(code, ObjectiveProgress.EMPTY);
    }

    /** The progress towards {@code objective}; {@link ObjectiveProgress#EMPTY} when none. */
    public final ObjectiveProgress objective(Objective objective) {
        return objective(objective.code());
    }

    /** This summary and the counted {@code activity} (see {@link #of(OutreachActivity)}). */
    public final ProgressSummary plus(OutreachActivity activity) {
        return merge(of(activity));
    }

    /**
     * This summary and {@code other} together.
     *
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    public final ProgressSummary merge(ProgressSummary other) {
        if (other.equals(EMPTY)) {
            return this;
        }
        if (this.equals(EMPTY)) {
            return other;
        }
        Map<String, ObjectiveProgress> objectives = new TreeMap<>(byObjective());
        for (Map.Entry<String, ObjectiveProgress> e : other.byObjective().entrySet()) {
            objectives.merge(e.getKey(), e.getValue(), ObjectiveProgress::merge);
        }
        return ImmutableProgressSummary.builder()
                .total(total().plus(other.total()))
                .byObjective(objectives)
                .excludedActivities(Math.addExact(excludedActivities(), other.excludedActivities()))
                .build();
    }

    @Value.Check
    protected void check() {
        if (excludedActivities() < 0) {
            throw new InvalidValueException("excludedActivities is never negative: " + excludedActivities());
        }
    }

    /** Sums activities up without a copy per activity; not thread-safe, one per summing run. */
    static final class Accumulator {
        private long activities;
        private long people;
        private long excluded;
        private final Map<String, Counts> objectives = new HashMap<>();

        /** Counts {@code activity}; a missing or negative reach adds nobody. */
        void add(OutreachActivity activity) {
            long reached = activity.peopleReached().orElse(0);
            if (reached < 0) {
                reached = 0;
            }
            activities = Math.addExact(activities, 1);
            people = Math.addExact(people, reached);
            for (String code : activity.objectives()) {
                objectives.computeIfAbsent(code, k -> new Counts()).add(activity, reached);
            }
        }

        /** Counts one activity left out. */
        void exclude() {
            excluded = Math.addExact(excluded, 1);
        }

        ProgressSummary summary() {
            Map<String, ObjectiveProgress> byObjective = new TreeMap<>();
            for (Map.Entry<String, Counts> e : objectives.entrySet()) {
                byObjective.put(e.getKey(), e.getValue().progress());
            }
            return ImmutableProgressSummary.builder()
                    .total(Tally.of(activities, people))
                    .byObjective(byObjective)
                    .excludedActivities(excluded)
                    .build();
        }
    }

    private static final class Counts {
        private long activities;
        private long people;
        private final Map<Region, long[]> byRegion = new LinkedHashMap<>();
        private final Map<Channel, long[]> byChannel = new LinkedHashMap<>();

        void add(OutreachActivity activity, long reached) {
            activities = Math.addExact(activities, 1);
            people = Math.addExact(people, reached);
            count(byRegion.computeIfAbsent(activity.region(), k -> new long[2]), reached);
            count(byChannel.computeIfAbsent(activity.channel(), k -> new long[2]), reached);
        }

        private static void count(long[] cell, long reached) {
            cell[0] = Math.addExact(cell[0], 1);
            cell[1] = Math.addExact(cell[1], reached);
        }

        ObjectiveProgress progress() {
            return ObjectiveProgress.of(Tally.of(activities, people), tallies(byRegion), tallies(byChannel));
        }

        private static <K> Map<K, Tally> tallies(Map<K, long[]> cells) {
            Map<K, Tally> out = new LinkedHashMap<>();
            for (Map.Entry<K, long[]> e : cells.entrySet()) {
                out.put(e.getKey(), Tally.of(e.getValue()[0], e.getValue()[1]));
            }
            return out;
        }
    }
}
