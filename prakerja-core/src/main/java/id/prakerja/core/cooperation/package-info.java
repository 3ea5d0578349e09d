// SPDX-License-Identifier: Apache-2.0
/**
 * Cooperation agreements between the Kartu Prakerja programme and regional governments, and the
 * outreach activities carried out under them.
 *
 * <p>The model: a {@link id.prakerja.core.cooperation.CooperationAgreement} (parties, signatories,
 * witnesses, signing date and place, {@link id.prakerja.core.cooperation.AgreementPeriod period},
 * {@link id.prakerja.core.cooperation.AgreementRegion region}, {@link
 * id.prakerja.core.cooperation.Objective objectives} and {@link id.prakerja.core.cooperation.TargetAudience
 * target audience}), and the {@link id.prakerja.core.cooperation.OutreachActivity outreach activities}
 * that serve it. The model case ships as data: {@link
 * id.prakerja.core.cooperation.Agreements#dkiJakarta2021()}, the nota kesepakatan of 17 September 2021
 * between Pemprov DKI Jakarta and the programme's management office.
 *
 * <p>{@link id.prakerja.core.cooperation.CooperationRules} checks agreements and activities (the
 * {@code COOPERATION_*} codes, every violation at once) and sums up an agreement's progress as a
 * mergeable {@link id.prakerja.core.cooperation.ProgressSummary}. Reminders sent to card recipients enter
 * through {@link id.prakerja.core.cooperation.OutreachActivity#reminder}.
 */
@PrakerjaStyle
package id.prakerja.core.cooperation;

import id.prakerja.core.internal.PrakerjaStyle;
