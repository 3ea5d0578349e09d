// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.LegalReference;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramParametersTest {

    private static final Programme P = Programme.standard();

    @Test
    void everyParameterHasAValueFromWaveOneWithAReference() {
        for (ParameterKey<?> key : ParameterKey.all()) {
            for (int wave = 1; wave <= P.waves().size(); wave++) {
                DatedValue<?> v = P.parameters().at(key, wave);
                assertThat(v.fromWave()).isBetween(1, wave);
                assertThat(v.reference().citation()).isNotBlank();
            }
        }
    }

    @Test
    void maximumAgeAppliesFromWaveEighteen() {
        assertThat(P.inForce(17).maximumAge().value()).isEmpty();
        DatedValue<Optional<Integer>> at18 = P.inForce(18).maximumAge();
        assertThat(at18.value()).contains(64);
        assertThat(at18.fromWave()).isEqualTo(18);
        // facts K4: a statistical manual, not law, and uncertain; the first official statement is wave 23's
        assertThat(at18.reference().kind()).isEqualTo(LegalReference.Kind.SECONDARY);
        assertThat(at18.reference().confidence()).isEqualTo(LegalReference.Confidence.UNCERTAIN);
        assertThat(P.inForce(23).maximumAge().reference().kind()).isEqualTo(LegalReference.Kind.ANNOUNCEMENT);
        assertThat(P.inForce(23).maximumAge().reference().date()).contains(LocalDate.of(2022, 2, 17));
        assertThat(P.inForce(71).maximumAge().value()).contains(64);
        assertThat(P.inForce(1).minimumAge().value()).isEqualTo(18);
    }

    @Test
    void familyQuotaAppliesFromWaveTwelve() {
        assertThat(P.inForce(11).familyQuota().value()).isEmpty();
        assertThat(P.inForce(12).familyQuota().value()).contains(2);
        assertThat(P.inForce(12).familyQuota().reference().citation())
                .isEqualTo("Pengumuman persyaratan Gelombang 12 (Menko Perekonomian), 2021-02-23");
    }

    @Test
    void perpres76AddsCategoriesAndExclusionsFromWaveFour() {
        assertThat(P.inForce(3).coveredCategories().value())
                .containsExactly(
                        WorkforceCategory.JOB_SEEKER, WorkforceCategory.LAID_OFF, WorkforceCategory.NEEDS_UPSKILLING);
        assertThat(P.inForce(4).coveredCategories().value()).containsExactlyInAnyOrder(WorkforceCategory.values());
        assertThat(P.inForce(3).excludedOccupations().value()).isEmpty();
        assertThat(P.inForce(4).excludedOccupations().value())
                .hasSize(8)
                .contains(Occupation.DPRD_MEMBER, Occupation.SOE_BOARD_MEMBER)
                .doesNotContain(Occupation.PRIVATE_EMPLOYEE, Occupation.OTHER);
        assertThat(P.inForce(4).excludedOccupations().reference().citation())
                .isEqualTo("Permenko Perekonomian 11/2020 Pasal 2(5)");
        assertThat(WorkforceCategory.FURLOUGHED.firstWave()).isEqualTo(4);
        assertThat(WorkforceCategory.JOB_SEEKER.firstWave()).isEqualTo(1);
    }

    @Test
    void socialAssistanceExclusionEndsWithTheSemiSocialAssistanceScheme() {
        assertThat(P.inForce(3).excludedSocialAssistance().value()).isEmpty();
        assertThat(P.inForce(4).excludedSocialAssistance().value())
                .containsExactlyInAnyOrder(
                        SocialAssistance.DTKS_BANSOS,
                        SocialAssistance.PKH,
                        SocialAssistance.BPNT,
                        SocialAssistance.BSU,
                        SocialAssistance.BPUM);
        // facts K6: the bar of waves 4-47 is programme policy, cited as announcements, not Perpres 76/2020
        for (int w = 4; w <= 47; w++) {
            assertThat(P.inForce(w).excludedSocialAssistance().reference().kind())
                    .isEqualTo(LegalReference.Kind.ANNOUNCEMENT);
        }
        assertThat(P.inForce(16).excludedSocialAssistance().value())
                .containsExactlyInAnyOrder(SocialAssistance.values());
        assertThat(P.inForce(47).excludedSocialAssistance().value()).hasSize(7);
        assertThat(P.inForce(48).excludedSocialAssistance().value()).isEmpty();
        // facts K5: the family's PKH, BPNT, BST or KIS, from wave 16
        assertThat(P.inForce(15).excludedFamilySocialAssistance().value()).isEmpty();
        assertThat(P.inForce(16).excludedFamilySocialAssistance().value())
                .containsExactlyInAnyOrder(
                        SocialAssistance.PKH, SocialAssistance.BPNT, SocialAssistance.BST, SocialAssistance.KIS);
        assertThat(P.inForce(48).excludedFamilySocialAssistance().value()).isEmpty();
        assertThat(P.inForce(47).scheme().value()).isEqualTo(Scheme.SEMI_SOCIAL_ASSISTANCE);
        assertThat(P.inForce(48).scheme().value()).isEqualTo(Scheme.NORMAL);
    }

    @Test
    void benefitsAndDeadlinesChangeAtWaveFortyEight() {
        ParametersInForce semi = P.inForce(47);
        ParametersInForce normal = P.inForce(48);
        assertThat(semi.trainingAid().value()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(normal.trainingAid().value()).isEqualTo(Rupiah.of(3_500_000));
        assertThat(semi.incentiveAmount().value()).isEqualTo(Rupiah.of(600_000));
        assertThat(semi.incentivePayments().value()).isEqualTo(4);
        assertThat(normal.incentivePayments().value()).isEqualTo(1);
        assertThat(semi.surveyIncentiveAmount().value()).isEqualTo(Rupiah.of(50_000));
        assertThat(semi.surveyPayments().value()).isEqualTo(3);
        assertThat(normal.surveyIncentiveAmount().value()).isEqualTo(Rupiah.of(50_000));
        assertThat(normal.surveyPayments().value()).isEqualTo(2);
        assertThat(semi.firstPurchaseDeadlineDays().value()).isEqualTo(30);
        assertThat(normal.firstPurchaseDeadlineDays().value()).isEqualTo(15);
        // facts K3: 15 December in 2020 and 2021, 30 November in 2022 (waves 23-47)
        assertThat(P.inForce(11).balanceExpiry().value()).isEqualTo(BalanceExpiry.annual(MonthDay.of(12, 15)));
        assertThat(P.inForce(22).balanceExpiry().value().lastDayIn(2021)).isEqualTo(LocalDate.of(2021, 12, 15));
        assertThat(P.inForce(23).balanceExpiry().value()).isEqualTo(BalanceExpiry.annual(MonthDay.of(11, 30)));
        assertThat(semi.balanceExpiry().value().lastDayIn(2022)).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(normal.balanceExpiry().value()).isEqualTo(BalanceExpiry.afterCompletion(15));
        assertThat(normal.get(ParameterKey.TRAINING_AID)).isEqualTo(normal.trainingAid());
    }

    @Test
    void looksUpByDate() {
        assertThat(P.inForce(LocalDate.of(2021, 8, 16)))
                .map(ParametersInForce::wave)
                .contains(18);
        assertThat(P.inForce(LocalDate.of(2019, 1, 1))).isEmpty();
        assertThatThrownBy(() -> P.inForce(72)).hasMessage("no wave 72; the known waves are 1 to 71");
    }

    @Test
    void historyAndFirstWaveWhere() {
        assertThat(P.parameters().history(ParameterKey.FAMILY_QUOTA))
                .extracting(DatedValue::fromWave)
                .containsExactly(1, 12);
        assertThat(P.parameters().firstWaveWhere(ParameterKey.FAMILY_QUOTA, Optional::isPresent))
                .isEqualTo(12);
        assertThat(P.parameters().firstWaveWhere(ParameterKey.MINIMUM_AGE, a -> a > 100))
                .isEqualTo(-1);
    }

    // ---- strict loading ----

    private static final String REF = "reference r = REGULATION | Perpres 36/2020 | Pasal 4 | Syarat | C\n";

    /** A complete, valid table: every key at wave 1. */
    private static String complete() {
        StringBuilder sb = new StringBuilder(REF);
        sb.append("scheme @1 = SEMI_SOCIAL_ASSISTANCE ; r\n")
                .append("citizenshipRequired @1 = true ; r\n")
                .append("minimumAge @1 = 18 ; r\n")
                .append("maximumAge @1 = none ; r\n")
                .append("formalEducationExcluded @1 = true ; r\n")
                .append("excludedOccupations @1 = none ; r\n")
                .append("excludedSocialAssistance @1 = BSU ; r\n")
                .append("excludedFamilySocialAssistance @1 = none ; r\n")
                .append("priorRecipientExcluded @1 = true ; r\n")
                .append("revokedExcluded @1 = true ; r\n")
                .append("coveredCategories @1 = JOB_SEEKER ; r\n")
                .append("familyQuota @1 = 2 ; r\n")
                .append("trainingAid @1 = 1000000 ; r\n")
                .append("incentiveAmount @1 = 600000 ; r\n")
                .append("incentivePayments @1 = 4 ; r\n")
                .append("surveyIncentiveAmount @1 = 50000 ; r\n")
                .append("surveyPayments @1 = 3 ; r\n")
                .append("deadlineDayCount @1 = START_IS_DAY_ONE ; r\n")
                .append("firstPurchaseDeadlineDays @1 = 30 ; r\n")
                .append("balanceExpiry @1 = ANNUAL 12-15 ; r\n");
        return sb.toString();
    }

    private static ProgramParameters load(String text) {
        return ProgramParameters.load(new StringReader(text), "test.txt");
    }

    @Test
    void loadsACompleteTableAndANewRowIsANewRegulation() {
        ProgramParameters p = load(
                complete() + "reference r2 = ANNOUNCEMENT | PMO | 2025-01-01 | Baru | L\nminimumAge @5 = 21 ; r2\n");
        assertThat(p.at(ParameterKey.MINIMUM_AGE, 4).value()).isEqualTo(18);
        assertThat(p.at(ParameterKey.MINIMUM_AGE, 5).value()).isEqualTo(21);
        assertThat(p.at(ParameterKey.EXCLUDED_SOCIAL_ASSISTANCE, 9).value()).isEqualTo(Set.of(SocialAssistance.BSU));
        assertThat(p.source()).isEqualTo("test.txt");
        assertThat(p.at(ParameterKey.MINIMUM_AGE, 5).reference().confidence())
                .isEqualTo(LegalReference.Confidence.LIKELY);
        ProgramParameters secondary = load(complete()
                + "reference s = SECONDARY | BPS, manual Sakernas | - | Survei | U\nmaximumAge @18 = 64 ; s\n");
        LegalReference s18 = secondary.at(ParameterKey.MAXIMUM_AGE, 18).reference();
        assertThat(s18.kind()).isEqualTo(LegalReference.Kind.SECONDARY);
        assertThat(s18.date()).isEmpty();
        assertThat(s18.confidence()).isEqualTo(LegalReference.Confidence.UNCERTAIN);
    }

    @Test
    void failsLoudlyOnAnUnknownParameter() {
        assertThatThrownBy(() -> load(complete() + "maximumAges @18 = 64 ; r\n"))
                .isInstanceOf(ProgramDataException.class)
                .hasMessageStartingWith("test.txt:22 [maximumAges]: unknown parameter");
    }

    @Test
    void failsLoudlyOnAValueWithoutAReference() {
        assertThatThrownBy(() -> load(complete() + "maximumAge @18 = 64\n"))
                .hasMessage(
                        "test.txt:22 [maximumAge]: the value has no legal reference: write '… = <value> ; <reference id>'");
        assertThatThrownBy(() -> load(complete() + "maximumAge @18 = 64 ; \n"))
                .hasMessageContaining("no legal reference");
        assertThatThrownBy(() -> load(complete() + "maximumAge @18 = 64 ; nope\n"))
                .hasMessageContaining("[maximumAge]: unknown reference 'nope'");
    }

    @Test
    void failsLoudlyOnOtherMistakes() {
        assertThatThrownBy(() -> load(complete().replace("minimumAge @1 = 18 ; r\n", "")))
                .hasMessageContaining("[minimumAge]: every parameter needs a value from wave 1");
        assertThatThrownBy(() -> load(complete() + "minimumAge @1 = 17 ; r\n"))
                .hasMessageContaining("[minimumAge]: a value from wave 1 is already given");
        assertThatThrownBy(() -> load(complete() + "minimumAge @4 = old ; r\n"))
                .hasMessageContaining("[minimumAge]: expected a whole number of years, found 'old'");
        assertThatThrownBy(() -> load(complete() + "coveredCategories @4 = JOB_SEEKER, STUDENT ; r\n"))
                .hasMessageContaining("expected a comma-separated list of WorkforceCategory names");
        assertThatThrownBy(() -> load(complete() + "balanceExpiry @4 = NEVER ; r\n"))
                .hasMessageContaining("ANNUAL MM-DD or AFTER_COMPLETION");
        assertThatThrownBy(() -> load(complete() + "minimumAge @0 = 18 ; r\n")).hasMessageContaining("numbered from 1");
        assertThatThrownBy(() -> load(complete() + "minimumAge = 18 ; r\n"))
                .hasMessageContaining("expected '<parameter> @<first wave>");
        assertThatThrownBy(() -> load(complete() + "reference r = REGULATION | X | - | Y | C\n"))
                .hasMessageContaining("[r]: the reference is already defined on line 1");
        assertThatThrownBy(() -> load(complete() + "reference z = REGULATION | X | - | Y | C\n"))
                .hasMessageContaining("[z]: the reference is never used");
        assertThatThrownBy(() -> load(complete() + "reference a = DECREE | X | - | Y | C\nminimumAge @2 = 18 ; a\n"))
                .hasMessageContaining("REGULATION, ANNOUNCEMENT or SECONDARY");
        assertThatThrownBy(() ->
                        load(complete() + "reference a = ANNOUNCEMENT | X | soon | Y | L\nminimumAge @2 = 18 ; a\n"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> load(complete() + "reference a = REGULATION | X | Y | C\n"))
                .hasMessageContaining("expected 5 parts");
        assertThatThrownBy(() -> load(complete() + "reference a = REGULATION | X | - | Y\n"))
                .hasMessageContaining("expected 5 parts");
        assertThatThrownBy(() ->
                        load(complete() + "reference a = REGULATION | X | - | Y | sure\nminimumAge @2 = 18 ; a\n"))
                .hasMessageContaining("C (certain), L (likely) or U (uncertain)");
        assertThatThrownBy(() -> load(complete() + "reference a = REGULATION | X | 2020-01-01 | Y | C\n"))
                .isInstanceOf(ProgramDataException.class);
    }

    @Test
    void balanceExpiryParsesBothForms() {
        assertThat(BalanceExpiry.parse("ANNUAL 12-15").day()).isEqualTo(MonthDay.of(12, 15));
        assertThat(BalanceExpiry.parse("AFTER_COMPLETION 15").days()).isEqualTo(15);
        assertThat(BalanceExpiry.parse("ANNUAL 12-15")).hasToString("ANNUAL 12-15");
        assertThatThrownBy(() -> BalanceExpiry.parse("AFTER_COMPLETION 0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BalanceExpiry.afterCompletion(15).day()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BalanceExpiry.annual(MonthDay.of(12, 15)).days())
                .isInstanceOf(IllegalStateException.class);
    }
}
