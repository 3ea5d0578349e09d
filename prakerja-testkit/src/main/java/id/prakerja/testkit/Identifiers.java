// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.internal.FamilyCardGen;
import id.prakerja.testkit.internal.IdMutations;
import id.prakerja.testkit.internal.Ids;
import id.prakerja.testkit.internal.NikGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of NIKs and family-card numbers: valid ones, and texts that break exactly one rule.
 *
 * <pre>{@code
 * Nik nik = Identifiers.niks().sex(Sex.FEMALE).next(Seeds.random(1));
 * Identifiers.invalidNiks(RuleCode.NIK_SERIAL).sample(1);      // "3174015708990000"-like: only NIK_SERIAL
 * Identifiers.invalidFamilyCardNumbers(RuleCode.KK_ISSUE_DATE, LocalDate.of(2021, 8, 16))
 *         .edgeCases();                                        // recorded on 2021-08-17, 30 February, …
 * }</pre>
 *
 * <p>Every text from {@link #invalidNiks(RuleCode)} gives exactly its code from {@link Nik#validate(String)};
 * every text from {@link #invalidFamilyCardNumbers(RuleCode, LocalDate)} gives exactly its code from
 * {@link FamilyCardNumber#validate(String, LocalDate)} with that reference date.
 */
public final class Identifiers {
    private Identifiers() {}

    private static final String EDGE_BASE_NIK = "3174011708990001";

    /**
     * Valid NIKs, from any province, men and women born 1940–2008.
     *
     * <pre>{@code
     * Identifiers.niks().province(Province.JAWA_BARAT).samples(42, 20).forEach(this::show); // toString is masked
     * }</pre>
     */
    public static NikGenerator niks() {
        return NikGen.standard();
    }

    /**
     * Valid family-card numbers, from any province, recorded 2000–2024.
     *
     * <pre>{@code
     * FamilyCardNumber kk = Identifiers.familyCardNumbers().province(Province.BALI).sample(3);
     * }</pre>
     */
    public static FamilyCardNumberGenerator familyCardNumbers() {
        return FamilyCardGen.standard();
    }

    /**
     * The codes that {@link #invalidNiks(RuleCode)} accepts: NIK_FORMAT, NIK_REGION, NIK_BIRTH_DATE, NIK_SERIAL.
     *
     * <pre>{@code
     * Identifiers.nikCodes().forEach(code -> check(Identifiers.invalidNiks(code)));
     * }</pre>
     */
    public static List<RuleCode> nikCodes() {
        return IdMutations.NIK_CODES;
    }

    /**
     * The codes that {@link #invalidFamilyCardNumbers(RuleCode, LocalDate)} accepts: KK_FORMAT, KK_REGION,
     * KK_ISSUE_DATE, KK_SERIAL.
     *
     * <pre>{@code
     * Identifiers.familyCardCodes().contains(RuleCode.KK_SERIAL); // true
     * }</pre>
     */
    public static List<RuleCode> familyCardCodes() {
        return IdMutations.KK_CODES;
    }

    /**
     * Texts that break exactly {@code code} of the NIK rules. Edge cases: for NIK_FORMAT 15 and 17 digits,
     * the empty text, digits in groups, a letter O, an Arabic-Indic and a full-width digit, a trailing
     * space; for NIK_REGION the province codes 00, 10, 97 and 99, regency 00 and district 00; for
     * NIK_BIRTH_DATE day 00, 32, 40 and 72,
     * month 00 and 13, 30 February, 29 February of a year that is leap in neither century, 31 April; for
     * NIK_SERIAL the serial 0000.
     *
     * <pre>{@code
     * for (String text : Identifiers.invalidNiks(RuleCode.NIK_FORMAT).samples(1, 30).toList()) {
     *     assertThat(Nik.validate(text)).hasOnlyViolations(RuleCode.NIK_FORMAT);
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code code} is not one of {@link #nikCodes()}
     */
    public static Gen<String> invalidNiks(RuleCode code) {
        List<IdMutations.Mutation> mutations = IdMutations.nik(Objects.requireNonNull(code, "code"));
        return mutated(mutations, NikGen.standard().map(Nik::digits), EDGE_BASE_NIK);
    }

    /**
     * Texts that break exactly {@code code} of the family-card rules when checked against
     * {@code referenceDate} (usually the evaluation date). Edge cases: for KK_ISSUE_DATE a card recorded the
     * day after the reference date, 30 February, 29 February 2001, month 13 and day 00; the others as for
     * {@link #invalidNiks(RuleCode)}.
     *
     * <pre>{@code
     * LocalDate wave18 = LocalDate.of(2021, 8, 16);
     * String kk = Identifiers.invalidFamilyCardNumbers(RuleCode.KK_ISSUE_DATE, wave18).sample(5);
     * FamilyCardNumber.validate(kk, wave18);  // only KK_ISSUE_DATE
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code code} is not one of {@link #familyCardCodes()}, or
     *     {@code referenceDate} is before 2000-01-01 (no family card is valid then)
     */
    public static Gen<String> invalidFamilyCardNumbers(RuleCode code, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        List<IdMutations.Mutation> mutations =
                IdMutations.familyCard(Objects.requireNonNull(code, "code"), referenceDate);
        if (referenceDate.isBefore(FamilyCardGen.EARLIEST_RECORDING)) {
            throw new IllegalArgumentException(
                    "no family-card number is valid before 2000-01-01 (its year is read as 20YY): " + referenceDate);
        }
        LocalDate to =
                referenceDate.isAfter(IdMutations.LATEST_RECORDING) ? IdMutations.LATEST_RECORDING : referenceDate;
        Gen<String> valid = FamilyCardGen.standard()
                .recordedBetween(FamilyCardGen.EARLIEST_RECORDING, to)
                .map(FamilyCardNumber::digits);
        LocalDate edgeRecorded = LocalDate.of(2015, 3, 12);
        String edgeBase = Ids.familyCard("317401", edgeRecorded.isAfter(to) ? to : edgeRecorded, 7);
        return mutated(mutations, valid, edgeBase);
    }

    private static Gen<String> mutated(List<IdMutations.Mutation> mutations, Gen<String> valid, String edgeBase) {
        List<String> edges = new ArrayList<>();
        RandomGenerator fixed = Seeds.random(0);
        for (IdMutations.Mutation m : mutations) {
            if (m.edge()) {
                edges.add(m.applyTo(edgeBase, fixed));
            }
        }
        return Gen.of(
                random -> {
                    String base = valid.next(random);
                    return mutations.get(random.nextInt(mutations.size())).applyTo(base, random);
                },
                edges);
    }
}
