// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static id.prakerja.core.cooperation.Fixtures.PMO;
import static id.prakerja.core.cooperation.Fixtures.PROVINCE;
import static id.prakerja.core.cooperation.Fixtures.agreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What building an agreement refuses (structure), as opposed to what the rules report. */
class AgreementStructureTest {

    @Test
    void refusesASignatoryForAPartyTheAgreementDoesNotName() {
        assertThatThrownBy(() -> agreement()
                        .addSignatories(Signatory.of("C", "Kepala Dinas", "Dinas Tenaga Kerja"))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("C signs for 'Dinas Tenaga Kerja'");
    }

    @Test
    void refusesTheSameObjectiveTwice() {
        assertThatThrownBy(() -> agreement()
                        .addObjectives(BuiltInObjective.INFORMATION_DISSEMINATION)
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("INFORMATION_DISSEMINATION twice");
    }

    @Test
    void refusesBlankTexts() {
        assertThatThrownBy(() -> agreement().identifier(" ").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> agreement().title("").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> agreement().documentNumber(" ").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> agreement().signingPlace("").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> agreement().scope(" ").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> agreement().identifier("x".repeat(101)).build())
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Party.of(" ", PartyKind.OTHER)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Party.of("x".repeat(201), PartyKind.OTHER)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Signatory.of("A", " ", PROVINCE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Witness.of("", "Wakil Gubernur")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Witness.of("W", "Wakil Gubernur", " ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMissingRequiredFieldsAndNulls() {
        assertThatThrownBy(() -> CooperationAgreement.builder().identifier("X").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> agreement().title(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Party.of("A", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsAnInvertedPeriodSoThatTheRulesCanReportIt() {
        AgreementPeriod p = AgreementPeriod.of(LocalDate.of(2021, 12, 31), LocalDate.of(2021, 1, 1));
        assertThat(p.isInverted()).isTrue();
        assertThat(p.contains(LocalDate.of(2021, 6, 1))).isFalse();
        assertThat(p.contains(LocalDate.of(2021, 12, 31))).isFalse();
        AgreementPeriod ok = AgreementPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1));
        assertThat(ok.isInverted()).isFalse();
        assertThat(ok.contains(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(ok).hasToString("2021-01-01..2021-01-01");
    }

    @Test
    void checksTheFormOfRegencyCodes() {
        assertThatThrownBy(() -> Region.of(Province.DKI_JAKARTA, "3273"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("starting with the code 31");
        assertThatThrownBy(() -> Region.of(Province.DKI_JAKARTA, "317")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Region.of(Province.DKI_JAKARTA, "31a4")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> AgreementRegion.of(Province.DKI_JAKARTA, List.of("3174", "3601")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Region.of(Province.DKI_JAKARTA, "3199").describe()).isEqualTo("3199, DKI Jakarta");
        assertThat(Region.of(Province.DKI_JAKARTA, "3174")).hasToString("31/3174");
    }

    @Test
    void aRegionIsAValue() {
        assertThat(Region.of(Province.DKI_JAKARTA, "3174")).isEqualTo(Region.of(Province.DKI_JAKARTA, "3174"));
        assertThat(Region.of(Province.DKI_JAKARTA)).isNotEqualTo(Region.of(Province.DKI_JAKARTA, "3174"));
        assertThat(AgreementRegion.of(Province.BANTEN, List.of()))
                .isEqualTo(AgreementRegion.wholeProvince(Province.BANTEN));
    }

    @Test
    void citesTheAgreementByTypeNumberPartiesAndDate() {
        CooperationAgreement numbered = agreement()
                .type(AgreementType.COOPERATION_AGREEMENT)
                .documentNumber("12/PKS/2022")
                .build();
        assertThat(numbered.reference().citation())
                .isEqualTo("Perjanjian Kerja Sama Nomor 12/PKS/2022 Pemerintah Provinsi DKI Jakarta – Manajemen"
                        + " Pelaksana Program Kartu Prakerja, 2021-09-17");
        assertThat(numbered.reference().title()).isEqualTo("Kerja Sama Uji");
        assertThat(numbered.reference().article()).isEmpty();
        assertThat(numbered.partyNames()).containsExactly(PROVINCE.name(), PMO.name());
    }

    @Test
    void findsAnObjectiveByCode() {
        CooperationAgreement a = agreement().build();
        assertThat(a.objective("INFORMATION_DISSEMINATION")).contains(BuiltInObjective.INFORMATION_DISSEMINATION);
        assertThat(a.objective("DIGITAL_LITERACY")).isEmpty();
    }

    @Test
    void anActivityNeedsNonBlankCodesAndAnAgreement() {
        assertThatThrownBy(() -> Fixtures.activity().addObjectives(" ").build())
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Fixtures.activity().agreement("").build()).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Fixtures.activity().description(" ").build())
                .isInstanceOf(InvalidValueException.class);
    }
}
