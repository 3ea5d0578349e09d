// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One post-training incentive payment received. */
@Value.Immutable
public abstract class IncentivePaid extends ParticipantEvent {

    IncentivePaid() {}

    /**
     * The payment.
     *
     * @throws IllegalStateException if the amount is not positive
     */
    public static IncentivePaid of(LocalDate date, Rupiah amount) {
        return ImmutableIncentivePaid.builder().date(date).amount(amount).build();
    }

    /** The amount paid. */
    public abstract Rupiah amount();

    @Override
    public final EventType type() {
        return EventType.INCENTIVE_PAID;
    }

    @Value.Check
    protected void check() {
        requirePositive(amount(), "amount");
    }
}
