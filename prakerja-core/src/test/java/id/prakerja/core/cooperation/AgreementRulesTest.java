// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static id.prakerja.core.cooperation.Fixtures.FIRST_DAY;
import static id.prakerja.core.cooperation.Fixtures.LAST_DAY;
import static id.prakerja.core.cooperation.Fixtures.PMO;
import static id.prakerja.core.cooperation.Fixtures.PROVINCE;
import static id.prakerja.core.cooperation.Fixtures.agreement;
import static id.prakerja.core.cooperation.Fixtures.args;
import static id.prakerja.core.cooperation.Fixtures.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {

    private static final CooperationRules RULES = CooperationRules.standard();
    private static final String REF = "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta – Manajemen Pelaksana Program"
            + " Kartu Prakerja, 2021-09-17";

    private static List<Violation> violations(CooperationAgreement a) {
        return RULES.validate(a).violations();
    }

    @Test
    void acceptsTheDkiAgreementAndTheTestAgreement() {
        Validated<CooperationAgreement> dki = RULES.validate(Agreements.dkiJakarta2021());
        assertThat(dki.isValid()).isTrue();
        assertThat(dki.violations()).isEmpty();
        assertThat(dki.value()).isSameAs(Agreements.dkiJakarta2021());
        assertThat(violations(agreement().build())).isEmpty();
    }

    @Test
    void reportsAnAgreementWithOnlyOneParty() {
        CooperationAgreement one = agreement()
                .parties(List.of(PROVINCE))
                .signatories(List.of(Signatory.of("A", "Sekda", PROVINCE)))
                .build();
        assertOnly(
                violations(one),
                RuleCode.COOPERATION_PARTIES,
                "parties",
                args("parties", 1),
                "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta, 2021-09-17");
    }

    @Test
    void reportsAnAgreementWithoutParties() {
        CooperationAgreement none =
                agreement().parties(List.of()).signatories(List.of()).build();
        assertOnly(
                violations(none),
                RuleCode.COOPERATION_PARTIES,
                "parties",
                args("parties", 0),
                "Nota Kesepakatan, 2021-09-17");
    }

    @Test
    void countsTwoPartiesWithTheSameNameAsOne() {
        Party again = Party.of(PROVINCE.name(), PartyKind.OTHER);
        CooperationAgreement twice = agreement()
                .parties(List.of(PROVINCE, again))
                .signatories(List.of(Signatory.of("A", "Sekda", PROVINCE)))
                .build();
        assertOnly(
                violations(twice),
                RuleCode.COOPERATION_PARTIES,
                "parties",
                args("parties", 1),
                "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta, 2021-09-17");
    }

    @Test
    void reportsEachPartyWithoutASignatoryAtItsFirstPosition() {
        Party third = Party.of("Dinas Tenaga Kerja", PartyKind.OTHER);
        CooperationAgreement a = agreement()
                .parties(List.of(PROVINCE, PMO, PMO, third))
                .signatories(List.of(Signatory.of("A", "Sekda", PROVINCE)))
                .build();
        List<Violation> v = violations(a);
        String ref = "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta – Manajemen Pelaksana Program Kartu Prakerja"
                + " – Dinas Tenaga Kerja, 2021-09-17";
        assertThat(v).hasSize(2);
        Fixtures.assertViolation(
                v.get(0), RuleCode.COOPERATION_SIGNATORY, "parties[1]", args("party", PMO.name()), ref);
        Fixtures.assertViolation(
                v.get(1), RuleCode.COOPERATION_SIGNATORY, "parties[3]", args("party", third.name()), ref);
    }

    @Test
    void reportsAPeriodThatEndsBeforeItStarts() {
        CooperationAgreement a =
                agreement().period(LAST_DAY, FIRST_DAY).signingDate(FIRST_DAY).build();
        assertOnly(
                violations(a),
                RuleCode.COOPERATION_PERIOD,
                "period.end",
                args("start", LAST_DAY, "end", FIRST_DAY, "signingDate", FIRST_DAY),
                REF);
    }

    @Test
    void reportsAnAgreementSignedTheDayAfterItsPeriodEnded() {
        CooperationAgreement a = agreement().signingDate(LAST_DAY.plusDays(1)).build();
        assertOnly(
                violations(a),
                RuleCode.COOPERATION_PERIOD,
                "signingDate",
                args("start", FIRST_DAY, "end", LAST_DAY, "signingDate", LAST_DAY.plusDays(1)),
                "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta – Manajemen Pelaksana Program Kartu Prakerja,"
                        + " 2022-01-01");
    }

    @Test
    void acceptsSigningOnTheLastDayOfThePeriodOrBeforeItStarts() {
        assertThat(violations(agreement().signingDate(LAST_DAY).build())).isEmpty();
        assertThat(violations(agreement().signingDate(FIRST_DAY.minusDays(30)).build()))
                .isEmpty();
    }

    @Test
    void acceptsAOneDayPeriod() {
        assertThat(violations(agreement().period(FIRST_DAY, FIRST_DAY).build())).isEmpty();
    }

    @Test
    void anUnknownPeriodBreaksNoPeriodRule() {
        CooperationAgreement a = CooperationAgreement.builder()
                .from(agreement().build())
                .period(java.util.Optional.empty())
                .build();
        assertThat(a.period()).isEmpty();
        assertThat(violations(a)).isEmpty();
    }

    @Test
    void reportsAnAgreementWithoutObjectives() {
        CooperationAgreement a = agreement().objectives(List.of()).build();
        assertOnly(violations(a), RuleCode.COOPERATION_OBJECTIVES, "objectives", args(), REF);
    }

    @Test
    void reportsAnAgreementWithoutAudience() {
        CooperationAgreement a = agreement().audience(TargetAudience.none()).build();
        assertOnly(violations(a), RuleCode.COOPERATION_AUDIENCE, "audience", args(), REF);
    }

    @Test
    void acceptsAnAudienceOfRecipientsOnly() {
        assertThat(violations(
                        agreement().audience(TargetAudience.currentRecipients()).build()))
                .isEmpty();
    }

    @Test
    void collectsEveryViolationInFieldOrder() {
        CooperationAgreement a = agreement()
                .parties(List.of(PROVINCE))
                .signatories(List.of())
                .period(LAST_DAY, FIRST_DAY)
                .objectives(List.of())
                .audience(TargetAudience.none())
                .build();
        Validated<CooperationAgreement> result = RULES.validate(a);
        assertThat(result.isValid()).isFalse();
        assertThat(result.violations())
                .extracting(Violation::code)
                .containsExactly(
                        RuleCode.COOPERATION_PARTIES,
                        RuleCode.COOPERATION_SIGNATORY,
                        RuleCode.COOPERATION_PERIOD,
                        RuleCode.COOPERATION_OBJECTIVES,
                        RuleCode.COOPERATION_AUDIENCE);
        assertThat(result.violations())
                .extracting(Violation::field)
                .containsExactly("parties", "parties[0]", "period.end", "objectives", "audience");
    }

    @Test
    void failFastStopsAtTheFirstViolation() {
        CooperationAgreement a = agreement()
                .objectives(List.of())
                .audience(TargetAudience.none())
                .build();
        CooperationRules failFast = RULES.failFast();
        assertThat(failFast.isFailFast()).isTrue();
        assertThat(RULES.isFailFast()).isFalse();
        assertThat(failFast.validate(a).violations())
                .extracting(Violation::code)
                .containsExactly(RuleCode.COOPERATION_OBJECTIVES);
        assertThat(failFast.validate(agreement().build()).isValid()).isTrue();
    }
}
