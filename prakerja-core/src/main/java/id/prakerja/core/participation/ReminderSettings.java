// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.InvalidValueException;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * When reminders are due and how they are sent: configuration, not constants.
 *
 * <table>
 *   <caption>Settings and defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@link #firstPurchaseDaysBefore()}</td><td>7</td>
 *       <td>{@link ReminderCode#FIRST_PURCHASE_DUE} from this many days before the deadline (the programme
 *       sent an SMS 7 days before it in 2020)</td></tr>
 *   <tr><td>{@link #balanceExpiryDaysBefore()}</td><td>7</td>
 *       <td>{@link ReminderCode#BALANCE_EXPIRING} from this many days before the last usable day</td></tr>
 *   <tr><td>{@link #reviewPendingDaysAfter()}</td><td>1</td>
 *       <td>{@link ReminderCode#REVIEW_PENDING} once a training has waited this many days for its review</td></tr>
 *   <tr><td>{@link #payoutAccountDaysAfter()}</td><td>1</td>
 *       <td>{@link ReminderCode#PAYOUT_ACCOUNT_MISSING} this many days after the first completion</td></tr>
 *   <tr><td>{@link #surveyPendingDaysAfter()}</td><td>7</td>
 *       <td>{@link ReminderCode#SURVEY_INCENTIVE_PENDING} this many days after the first completion</td></tr>
 *   <tr><td>{@link #channels()}</td><td>{@code SMS}</td><td>the channels every reminder is sent on</td></tr>
 *   <tr><td>{@link #codes()}</td><td>all</td><td>the reminders that are produced at all</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReminderSettings settings = ReminderSettings.builder()
 *         .firstPurchaseDaysBefore(10)
 *         .channels(EnumSet.of(ReminderChannel.SMS, ReminderChannel.WHATSAPP))
 *         .build();
 * ReminderSettings.defaults().channels(); // [SMS]
 * }</pre>
 */
@Value.Immutable
public abstract class ReminderSettings {

    private static final ReminderSettings DEFAULTS = builder().build();

    ReminderSettings() {}

    /** The defaults of the table above. */
    public static ReminderSettings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Days before the first-purchase deadline from which {@link ReminderCode#FIRST_PURCHASE_DUE} is due. */
    @Value.Default
    public int firstPurchaseDaysBefore() {
        return 7;
    }

    /** Days before the balance's last usable day from which {@link ReminderCode#BALANCE_EXPIRING} is due. */
    @Value.Default
    public int balanceExpiryDaysBefore() {
        return 7;
    }

    /** Days a completed training waits for its review before {@link ReminderCode#REVIEW_PENDING}. */
    @Value.Default
    public int reviewPendingDaysAfter() {
        return 1;
    }

    /** Days after the first completion before {@link ReminderCode#PAYOUT_ACCOUNT_MISSING}. */
    @Value.Default
    public int payoutAccountDaysAfter() {
        return 1;
    }

    /** Days after the first completion before {@link ReminderCode#SURVEY_INCENTIVE_PENDING}. */
    @Value.Default
    public int surveyPendingDaysAfter() {
        return 7;
    }

    /** The channels every reminder is sent on; not empty. */
    @Value.Default
    public Set<ReminderChannel> channels() {
        return EnumSet.of(ReminderChannel.SMS);
    }

    /** The reminders produced at all; the others are switched off. */
    @Value.Default
    public Set<ReminderCode> codes() {
        return EnumSet.allOf(ReminderCode.class);
    }

    @Value.Check
    protected void check() {
        requireNonNegative(firstPurchaseDaysBefore(), "firstPurchaseDaysBefore");
        requireNonNegative(balanceExpiryDaysBefore(), "balanceExpiryDaysBefore");
        requireNonNegative(reviewPendingDaysAfter(), "reviewPendingDaysAfter");
        requireNonNegative(payoutAccountDaysAfter(), "payoutAccountDaysAfter");
        requireNonNegative(surveyPendingDaysAfter(), "surveyPendingDaysAfter");
        if (channels().isEmpty()) {
            throw new InvalidValueException("at least one reminder channel is needed");
        }
    }

    private static void requireNonNegative(int days, String name) {
        if (days < 0) {
            throw new InvalidValueException(name + " must not be negative, was " + days);
        }
    }

    /** Builds {@link ReminderSettings}; unset values keep their defaults. */
    public static final class Builder extends ImmutableReminderSettings.Builder {
        /** A new builder with every value at its default. */
        public Builder() {}
    }
}
