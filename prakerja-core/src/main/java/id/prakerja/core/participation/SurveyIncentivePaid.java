// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import org.immutables.value.Value;

/** One survey incentive payment received (for filling in an evaluation survey). */
@Value.Immutable
public abstract class SurveyIncentivePaid extends ParticipantEvent {

    SurveyIncentivePaid() {}

    /**
     * The payment.
     *
     * @throws IllegalStateException if the amount is not positive
     */
    public static SurveyIncentivePaid of(LocalDate date, Rupiah amount) {
        return ImmutableSurveyIncentivePaid.builder().date(date).amount(amount).build();
    }

    /** The amount paid. */
    public abstract Rupiah amount();

    @Override
    public final EventType type() {
        return EventType.SURVEY_INCENTIVE_PAID;
    }

    @Value.Check
    protected void check() {
        requirePositive(amount(), "amount");
    }
}
