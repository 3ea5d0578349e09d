// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The term of an agreement: its first and last day, both included.
 *
 * <p>A period whose end lies before its start can be built, so that {@link CooperationRules} can report
 * it ({@link id.prakerja.core.validation.RuleCode#COOPERATION_PERIOD}) instead of a builder throwing.
 * An agreement whose term is not known has no period at all ({@link CooperationAgreement#period()} is
 * empty); an open-ended term is not modelled.
 *
 * <pre>{@code
 * AgreementPeriod p = AgreementPeriod.of(LocalDate.of(2021, 9, 17), LocalDate.of(2021, 12, 31));
 * p.contains(LocalDate.of(2021, 12, 31)); // true: the last day is included
 * }</pre>
 */
@Value.Immutable
public abstract class AgreementPeriod {

    AgreementPeriod() {}

    /** The first day of the term. */
    @Value.Parameter
    public abstract LocalDate start();

    /** The last day of the term (included). */
    @Value.Parameter
    public abstract LocalDate end();

    /** Whether the term ends before it starts (a rule violation, not a structural error). */
    public final boolean isInverted() {
        return end().isBefore(start());
    }

    /** Whether {@code date} lies within the term, first and last day included; never for an inverted term. */
    public final boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The term from {@code start} to {@code end}, both included. */
    public static AgreementPeriod of(LocalDate start, LocalDate end) {
        return ImmutableAgreementPeriod.of(start, end);
    }

    @Override
    public String toString() {
        return start() + ".." + end();
    }
}
