// SPDX-License-Identifier: Apache-2.0
/**
 * Identifiers and regions: {@link id.prakerja.core.identity.Nik} (the 16-digit population number),
 * {@link id.prakerja.core.identity.FamilyCardNumber} (Nomor Kartu Keluarga),
 * {@link id.prakerja.core.identity.Sex}, the 38 {@link id.prakerja.core.identity.Province}s and the
 * {@link id.prakerja.core.identity.RegionDirectory} of regency/city codes.
 *
 * <p>Numbers that identify a person print masked ({@code 3174********0001}) in {@code toString},
 * exception messages and violations; the full value is only available through an explicit accessor.
 */
@PrakerjaStyle
package id.prakerja.core.identity;

import id.prakerja.core.internal.PrakerjaStyle;
