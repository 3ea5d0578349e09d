// SPDX-License-Identifier: Apache-2.0
/**
 * A recipient's participation over time: the events of a {@link id.prakerja.core.participation.Participant}'s
 * history (acceptance, training purchases, completions and reviews, the payout account, incentive and
 * survey payments, revocation), the rules that check such a history
 * ({@link id.prakerja.core.participation.ParticipationChecker}: deadlines, balance, incentives), the
 * {@link id.prakerja.core.participation.ParticipantStatus} on a date, and the
 * {@link id.prakerja.core.participation.Reminder}s a portal should send
 * ({@link id.prakerja.core.participation.ReminderPlanner}).
 *
 * <p>Every amount and deadline is read from the dated parameters in force at the participant's wave of
 * acceptance ({@link id.prakerja.core.program.BenefitPackage}), and every violation cites the legal reference
 * of the value it applied. Time is explicit: each check names its date.
 */
@PrakerjaStyle
package id.prakerja.core.participation;

import id.prakerja.core.internal.PrakerjaStyle;
