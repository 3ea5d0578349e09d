// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import java.time.LocalDate;

/**
 * A seeded generator of valid {@link Nik}s, configured fluently; each configuration method returns a new
 * generator. Obtain one from {@link Identifiers#niks()}.
 *
 * <pre>{@code
 * NikGenerator women = Identifiers.niks().province(Province.DKI_JAKARTA).sex(Sex.FEMALE)
 *         .bornBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2003, 12, 31));
 * Nik nik = women.next(Seeds.random(42));   // e.g. 3174********0012, day of birth + 40
 * women.edgeCases();                        // born on the 1st (day 41), on the 31st (day 71), 29 February, …
 * }</pre>
 *
 * <p>Edge cases, in order (those that the configuration allows): a man born on the 1st and on the 31st, a
 * woman born on the 1st (day 41) and on the 31st (day 71), a man and a woman born on 29 February, serials
 * 0001 and 9999, the legacy Papua prefixes 9101, 9102, 9104 and 9271 that lifelong NIKs keep after the 2022
 * split, and the lowest and highest province codes (11, 96). Random NIKs draw the province weighted by
 * population, regency codes from the built-in region directory where it has them (DKI Jakarta, Papua) and
 * synthetic well-formed ones elsewhere (the NIK rules check the province only).
 */
public interface NikGenerator extends Gen<Nik> {

    /**
     * NIKs first registered in {@code province} (their first two digits).
     *
     * <pre>{@code
     * Identifiers.niks().province(Province.BALI).sample(1).province(); // BALI
     * }</pre>
     */
    NikGenerator province(Province province);

    /**
     * NIKs first registered in the four-digit Kemendagri regency {@code regencyCode}, current or retired
     * (e.g. {@code "9101"}, Merauke before 2022).
     *
     * <pre>{@code
     * Identifiers.niks().regencyCode("9101"); // Merauke before the 2022 split: province PAPUA
     * }</pre>
     *
     * @throws IllegalArgumentException if the code is not four ASCII digits of a known province
     */
    NikGenerator regencyCode(String regencyCode);

    /**
     * NIKs of people of {@code sex} (women have 40 added to the day of birth).
     *
     * <pre>{@code
     * Identifiers.niks().sex(Sex.FEMALE).edgeCases(); // days 41 and 71 among them
     * }</pre>
     */
    NikGenerator sex(Sex sex);

    /**
     * NIKs of people born from {@code from} to {@code to}, inclusive (default 1940-01-01 to 2008-12-31).
     *
     * <pre>{@code
     * Identifiers.niks().bornBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)); // 29 Feb 2000 an edge case
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    NikGenerator bornBetween(LocalDate from, LocalDate to);
}
