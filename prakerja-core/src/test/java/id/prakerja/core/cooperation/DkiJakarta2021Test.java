// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Regency;
import id.prakerja.core.identity.RegionDirectory;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The ready data of the DKI Jakarta agreement holds what is known and nothing that is not. */
class DkiJakarta2021Test {

    private final CooperationAgreement dki = Agreements.dkiJakarta2021();

    @Test
    void isTheNotaKesepakatanOfSeventeenSeptember2021AtBalaiKota() {
        assertThat(dki.identifier()).isEqualTo(Agreements.DKI_JAKARTA_2021);
        assertThat(dki.type()).isEqualTo(AgreementType.MEMORANDUM_OF_UNDERSTANDING);
        assertThat(dki.title()).isEqualTo("Kerja Sama Dukungan Layanan Informasi Program Kartu Prakerja");
        assertThat(dki.signingDate()).isEqualTo(LocalDate.of(2021, 9, 17));
        assertThat(dki.signingDate().getDayOfWeek()).hasToString("FRIDAY");
        assertThat(dki.signingPlace()).contains("Balai Kota DKI Jakarta");
        assertThat(dki.scope()).isPresent();
        assertThat(Agreements.dkiJakarta2021()).isSameAs(dki);
    }

    @Test
    void hasTheProvinceAndTheManagementOfficeAsPartiesEachWithItsSignatory() {
        assertThat(dki.parties())
                .extracting(Party::kind)
                .containsExactly(PartyKind.PROVINCIAL_GOVERNMENT, PartyKind.PROGRAMME_MANAGEMENT_OFFICE);
        assertThat(dki.parties().get(0).region()).contains(Region.of(Province.DKI_JAKARTA));
        assertThat(dki.parties().get(1).region()).isEmpty();
        assertThat(dki.signatories())
                .extracting(Signatory::name, Signatory::party)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Marullah Matali", "Pemerintah Provinsi DKI Jakarta"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Denni Puspa Purbasari", "Manajemen Pelaksana Program Kartu Prakerja"));
        assertThat(dki.signatories().get(0).position()).isEqualTo("Sekretaris Daerah Provinsi DKI Jakarta");
        assertThat(dki.signatories().get(1).position())
                .contains("Direktur Eksekutif")
                .contains("Perekonomian");
        assertThat(dki.witnesses())
                .containsExactly(Witness.of(
                        "Ahmad Riza Patria", "Wakil Gubernur DKI Jakarta", "Gubernur DKI Jakarta Anies Baswedan"));
    }

    @Test
    void hasTheThreeObjectivesInOrderAndTheLabourForceAndRecipientsAsAudience() {
        assertThat(dki.objectives())
                .containsExactly(
                        BuiltInObjective.INFORMATION_DISSEMINATION,
                        BuiltInObjective.DIGITAL_LITERACY,
                        BuiltInObjective.RECIPIENT_REMINDERS);
        assertThat(dki.audience().workforceCategories()).isEqualTo(EnumSet.allOf(WorkforceCategory.class));
        assertThat(dki.audience().recipientGroups()).containsExactly(RecipientGroup.CURRENT_RECIPIENTS);
    }

    @Test
    void coversTheWholeProvinceThatIsItsSixRegencies() {
        assertThat(dki.region()).isEqualTo(AgreementRegion.wholeProvince(Province.DKI_JAKARTA));
        assertThat(RegionDirectory.builtIn().regencies(Province.DKI_JAKARTA))
                .hasSize(6)
                .allSatisfy(r -> assertThat(dki.region().covers(Region.of(Province.DKI_JAKARTA, r.code())))
                        .isTrue())
                .extracting(Regency::code)
                .containsExactly("3101", "3171", "3172", "3173", "3174", "3175");
    }

    @Test
    void runsFromTheSigningDayToTheEndOf2021AndHasNoInventedNumber() {
        assertThat(dki.period()).contains(AgreementPeriod.of(LocalDate.of(2021, 9, 17), LocalDate.of(2021, 12, 31)));
        assertThat(dki.documentNumber()).isEmpty();
        assertThat(dki.reference().citation())
                .isEqualTo("Nota Kesepakatan Pemerintah Provinsi DKI Jakarta – Manajemen Pelaksana Program Kartu"
                        + " Prakerja, 2021-09-17");
        assertThat(dki.reference().title()).isEqualTo(dki.title());
    }
}
