// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Province;
import java.time.LocalDate;

/**
 * A seeded generator of valid {@link FamilyCardNumber}s (nomor KK), configured fluently; each configuration
 * method returns a new generator. Obtain one from {@link Identifiers#familyCardNumbers()}.
 *
 * <pre>{@code
 * FamilyCardNumberGenerator kks = Identifiers.familyCardNumbers()
 *         .districtCode("317401")
 *         .recordedBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2021, 8, 16)); // not after the evaluation
 * FamilyCardNumber kk = kks.next(Seeds.random(7));
 * }</pre>
 *
 * <p>Edge cases, in order: recorded on the first and on the last day of the range, on the first 29 February
 * in it, serials 0001 and 9999. The recording date is read as {@code 20YY}, so the range must lie within
 * 2000-01-01 and 2099-12-31.
 */
public interface FamilyCardNumberGenerator extends Gen<FamilyCardNumber> {

    /**
     * Family cards issued in {@code province}.
     *
     * <pre>{@code
     * Identifiers.familyCardNumbers().province(Province.ACEH).sample(2).province(); // ACEH
     * }</pre>
     */
    FamilyCardNumberGenerator province(Province province);

    /**
     * Family cards issued in the six-digit Kemendagri district {@code districtCode}.
     *
     * <pre>{@code
     * Identifiers.familyCardNumbers().districtCode("317401");
     * }</pre>
     *
     * @throws IllegalArgumentException if the code is not six ASCII digits of a known province
     */
    FamilyCardNumberGenerator districtCode(String districtCode);

    /**
     * Family cards recorded from {@code from} to {@code to}, inclusive (default 2000-01-01 to 2024-12-31).
     * Use the evaluation date as {@code to} for cards valid at an evaluation.
     *
     * <pre>{@code
     * Identifiers.familyCardNumbers().recordedBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2021, 8, 16));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to} or either lies outside 2000–2099
     */
    FamilyCardNumberGenerator recordedBetween(LocalDate from, LocalDate to);
}
