// SPDX-License-Identifier: Apache-2.0
/**
 * The programme's parameters, wave by wave: {@link id.prakerja.core.program.WorkforceCategory},
 * {@link id.prakerja.core.program.Wave}s 1–71 with their opening dates, and the dated parameters
 * ({@link id.prakerja.core.program.ProgramParameters}) in the manner of OpenFisca: every parameter holds
 * values keyed by the first wave they apply to, each with its legal reference.
 *
 * <p>"What is in force at wave 18" or "on 2021-07-01" is a lookup in
 * {@link id.prakerja.core.program.Programme}; a new regulation is a new row in the resource
 * {@code parameters.txt}, not new code.
 */
@PrakerjaStyle
package id.prakerja.core.program;

import id.prakerja.core.internal.PrakerjaStyle;
