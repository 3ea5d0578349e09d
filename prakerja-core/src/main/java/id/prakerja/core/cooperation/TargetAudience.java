// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.program.WorkforceCategory;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Whom an agreement or an outreach activity is aimed at: workforce categories of the labour force
 * (job seekers, laid-off workers, workers who need upskilling, …) and groups of card holders (current
 * recipients).
 *
 * <pre>{@code
 * TargetAudience labourForce = TargetAudience.of(Set.of(WorkforceCategory.values()), Set.of());
 * TargetAudience recipients = TargetAudience.currentRecipients();
 * labourForce.includes(recipients); // false
 * }</pre>
 *
 * <p>An empty audience can be built; {@link CooperationRules} reports it
 * ({@link id.prakerja.core.validation.RuleCode#COOPERATION_AUDIENCE}).
 */
@Value.Immutable
public abstract class TargetAudience {

    TargetAudience() {}

    /** The workforce categories aimed at (in the order of {@link WorkforceCategory}). */
    public abstract Set<WorkforceCategory> workforceCategories();

    /** The groups of card holders aimed at. */
    public abstract Set<RecipientGroup> recipientGroups();

    /** Whether no group at all is aimed at. */
    public final boolean isEmpty() {
        return workforceCategories().isEmpty() && recipientGroups().isEmpty();
    }

    /** Whether every group of {@code other} is also a group of this audience. */
    public final boolean includes(TargetAudience other) {
        return workforceCategories().containsAll(other.workforceCategories())
                && recipientGroups().containsAll(other.recipientGroups());
    }

    /** An audience of exactly these groups. */
    public static TargetAudience of(Set<WorkforceCategory> workforceCategories, Set<RecipientGroup> recipientGroups) {
        return ImmutableTargetAudience.builder()
                .workforceCategories(workforceCategories)
                .recipientGroups(recipientGroups)
                .build();
    }

    /** The workforce categories given, and no card holders. */
    public static TargetAudience of(WorkforceCategory... workforceCategories) {
        return ImmutableTargetAudience.builder()
                .addWorkforceCategories(workforceCategories)
                .build();
    }

    /** People who currently hold the card, and no workforce category. */
    public static TargetAudience currentRecipients() {
        return ImmutableTargetAudience.builder()
                .addRecipientGroups(RecipientGroup.CURRENT_RECIPIENTS)
                .build();
    }

    /** No group; reported as {@link id.prakerja.core.validation.RuleCode#COOPERATION_AUDIENCE}. */
    public static TargetAudience none() {
        return ImmutableTargetAudience.builder().build();
    }
}
