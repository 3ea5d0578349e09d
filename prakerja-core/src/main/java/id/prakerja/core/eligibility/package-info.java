// SPDX-License-Identifier: Apache-2.0
/**
 * Who may receive the Kartu Prakerja: the {@link id.prakerja.core.eligibility.RawApplicant} (as
 * received), the typed {@link id.prakerja.core.eligibility.Applicant}, the parser from one to the other,
 *, the eligibility rules ({@link id.prakerja.core.eligibility.EligibilityRule}) and their {@link id.prakerja.core.eligibility.EligibilityDecision}.
 */
@PrakerjaStyle
package id.prakerja.core.eligibility;

import id.prakerja.core.internal.PrakerjaStyle;
