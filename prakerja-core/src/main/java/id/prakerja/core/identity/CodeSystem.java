// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

/**
 * The two official coding systems for Indonesian regions. They agree for provinces 11–82 but differ for
 * Papua and, at regency level, for DKI Jakarta (Jakarta Selatan is 3174 for Kemendagri, 3171 for BPS).
 */
public enum CodeSystem {
    /** Kemendagri (Dukcapil) codes, used in NIK and family-card numbers. */
    KEMENDAGRI,
    /** BPS (Statistics Indonesia) codes, used in statistical data. */
    BPS
}
