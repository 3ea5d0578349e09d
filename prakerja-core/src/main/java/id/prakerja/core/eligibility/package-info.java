/**
 * Who may receive the Kartu Prakerja: the {@link id.prakerja.core.eligibility.RawApplicant} (as
 * received), the typed {@link id.prakerja.core.eligibility.Applicant}, the parser from one to the other,
 * and the eligibility rules.
 */
@PrakerjaStyle
package id.prakerja.core.eligibility;

import id.prakerja.core.internal.PrakerjaStyle;
