// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The progress towards one objective: activities and people reached in all, by region and by channel.
 *
 * <pre>{@code
 * ObjectiveProgress p = summary.byObjective().get("DIGITAL_LITERACY");
 * p.total().peopleReached();
 * p.byRegion().get(Region.of(Province.DKI_JAKARTA, "3174")).activities();
 * p.byChannel().get(Channel.EVENT);
 * }</pre>
 *
 * <p>The tallies by region add up to {@link #total()}, and so do the tallies by channel.
 */
@Value.Immutable
public abstract class ObjectiveProgress {

    /** No activity. */
    public static final ObjectiveProgress EMPTY =
            ImmutableObjectiveProgress.builder().total(Tally.ZERO).build();

    ObjectiveProgress() {}

    /** Every activity that served the objective. */
    public abstract Tally total();

    /**
     * The activities by the region they took place in: a regency/city, or the province as a whole
     * ({@link Region#regencyCode()} absent) for activities recorded without a regency.
     */
    public abstract Map<Region, Tally> byRegion();

    /** The activities by channel. */
    public abstract Map<Channel, Tally> byChannel();

    /**
     * The progress of this and {@code other} together (associative and commutative, with {@link #EMPTY} as
     * identity).
     */
    public final ObjectiveProgress merge(ObjectiveProgress other) {
        if (other.total().equals(Tally.ZERO)
                && other.byRegion().isEmpty()
                && other.byChannel().isEmpty()) {
            return this;
        }
        return ImmutableObjectiveProgress.builder()
                .total(total().plus(other.total()))
                .byRegion(sum(byRegion(), other.byRegion()))
                .byChannel(sum(byChannel(), other.byChannel()))
                .build();
    }

    static <K> Map<K, Tally> sum(Map<K, Tally> a, Map<K, Tally> b) {
        Map<K, Tally> out = new LinkedHashMap<>(a);
        for (Map.Entry<K, Tally> e : b.entrySet()) {
            out.merge(e.getKey(), e.getValue(), Tally::plus);
        }
        return out;
    }

    /**
     * The progress of exactly these tallies: what a summary read back from its wire format holds. Summing
     * activities up is {@link ProgressSummary}'s job; this factory reassembles progress summed up before.
     */
    public static ObjectiveProgress of(Tally total, Map<Region, Tally> byRegion, Map<Channel, Tally> byChannel) {
        return ImmutableObjectiveProgress.builder()
                .total(total)
                .byRegion(byRegion)
                .byChannel(byChannel)
                .build();
    }
}
