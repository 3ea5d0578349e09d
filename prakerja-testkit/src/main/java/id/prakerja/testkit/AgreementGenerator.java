// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.RuleCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A seeded generator of cooperation agreements: valid (no violation of {@code CooperationRules}), or
 * breaking exactly one agreement rule. Obtain one from {@link Cooperation#agreements()}; every configuration
 * method returns a new generator and leaves this one unchanged.
 *
 * <pre>{@code
 * AgreementGenerator valid = Cooperation.agreements().province(Province.JAWA_BARAT);
 * CooperationAgreement a = valid.sample(42);
 * CooperationRules.standard().validate(a).isValid();                             // true
 * CooperationAgreement b = valid.breaking(RuleCode.COOPERATION_SIGNATORY).sample(42);
 * CooperationRules.standard().validate(b).violations();                         // [COOPERATION_SIGNATORY at parties[1] …]
 * }</pre>
 *
 * <p><b>The contract.</b> For every value {@code a} (edge case, random value or shrunk variant), the codes of
 * {@code CooperationRules.standard().validate(a).violations()} equal {@link #expectedCodes()}.
 *
 * <p><b>Valid agreements</b> are between a provincial government (or a regency or city government, where
 * the built-in region directory names its regencies) and the programme management office, sometimes with a
 * third party; every party has a signatory, some a witness; a nota kesepakatan, perjanjian kerja sama or
 * other agreement signed from 2020 to 2024; a period starting on, after or before the signing day and
 * ending on or after it, or none (term unknown); the whole province or some of its regencies; one to three
 * built-in objectives and sometimes a custom one; some workforce categories and/or current recipients.
 * <b>Edge cases</b>: the DKI Jakarta agreement of 2021 ({@code Agreements.dkiJakarta2021()}), a one-day
 * period signed on that day, signed on the period's last day, a period starting before the signing, no
 * period, one regency under a regency government, three parties, a custom objective only and current
 * recipients only, one workforce category, a party name of 200 characters and an identifier of 100.
 * Breaking generators list the boundary values of their code: the DKI agreement with one party, with two
 * parties of one name, without a signatory for either party, with a period ending the day before it starts,
 * signed the day after its period ended, without objectives or audience.
 */
public interface AgreementGenerator extends Gen<CooperationAgreement> {

    /**
     * Agreements with a government of {@code province} (by default a province is drawn by population).
     *
     * <pre>{@code
     * Cooperation.agreements().province(Province.BALI).sample(1).region().province(); // BALI
     * }</pre>
     */
    AgreementGenerator province(Province province);

    /**
     * Agreements that break exactly {@code code} and nothing else.
     *
     * <pre>{@code
     * Cooperation.agreements().breaking(RuleCode.COOPERATION_PERIOD).edgeCases().get(0); // ends the day before it starts
     * }</pre>
     *
     * @throws IllegalArgumentException if an agreement cannot break {@code code} (see
     *     {@link Cooperation#agreementCodes()}); the message says where it comes from
     */
    AgreementGenerator breaking(RuleCode code);

    /**
     * The same configuration generating valid agreements.
     *
     * <pre>{@code
     * Cooperation.agreements().breaking(RuleCode.COOPERATION_PARTIES).withoutDefect().expectedCodes(); // []
     * }</pre>
     */
    AgreementGenerator withoutDefect();

    /**
     * The code this generator breaks, if any.
     *
     * <pre>{@code
     * Cooperation.agreements().breaking(RuleCode.COOPERATION_AUDIENCE).defect(); // Optional[COOPERATION_AUDIENCE]
     * }</pre>
     */
    Optional<RuleCode> defect();

    /**
     * The codes every value yields: empty, or the one broken code.
     *
     * <pre>{@code
     * assertThat(rules.validate(a)).hasOnlyViolations(gen.expectedCodes().toArray(RuleCode[]::new));
     * }</pre>
     */
    List<RuleCode> expectedCodes();

    /**
     * The codes an agreement can break alone: {@link Cooperation#agreementCodes()}.
     *
     * <pre>{@code
     * Cooperation.agreements().breakableCodes(); // COOPERATION_PARTIES, _SIGNATORY, _PERIOD, _OBJECTIVES, _AUDIENCE
     * }</pre>
     */
    Set<RuleCode> breakableCodes();

    /**
     * Whether {@code agreement} meets this generator's contract.
     *
     * <pre>{@code
     * gen.shrink(failing).stream().allMatch(gen::meetsContract); // true
     * }</pre>
     */
    boolean meetsContract(CooperationAgreement agreement);
}
