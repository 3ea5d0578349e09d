// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

/** Sex as recorded on the KTP and encoded in the NIK (day of birth + 40 for women). */
public enum Sex {
    /** Laki-laki. */
    MALE,
    /** Perempuan. */
    FEMALE
}
