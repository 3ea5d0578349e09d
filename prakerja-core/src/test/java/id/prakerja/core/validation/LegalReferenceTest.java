// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalReferenceTest {

    @Test
    void citesARegulationByInstrumentAndArticle() {
        LegalReference ref = LegalReference.regulation("Permenko Perekonomian 11/2020", "Pasal 2(5)", "Pengecualian");
        assertThat(ref.kind()).isEqualTo(LegalReference.Kind.REGULATION);
        assertThat(ref.citation()).isEqualTo("Permenko Perekonomian 11/2020 Pasal 2(5)");
        assertThat(ref).hasToString("Permenko Perekonomian 11/2020 Pasal 2(5)");
        assertThat(LegalReference.regulation("Perpres 113/2022", "Skema normal").citation())
                .isEqualTo("Perpres 113/2022");
    }

    @Test
    void citesAnAnnouncementByItsDate() {
        LegalReference ref = LegalReference.announcement(
                "Pengumuman Gelombang 12", LocalDate.of(2021, 2, 23), "Maksimal 2 penerima per KK");
        assertThat(ref.kind()).isEqualTo(LegalReference.Kind.ANNOUNCEMENT);
        assertThat(ref.date()).contains(LocalDate.of(2021, 2, 23));
        assertThat(ref.citation()).isEqualTo("Pengumuman Gelombang 12, 2021-02-23");
    }

    @Test
    void rejectsBlankPartsAndMixedKinds() {
        assertThatThrownBy(() -> LegalReference.regulation(" ", "Pasal 1", "t"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LegalReference.regulation("Perpres 36/2020", "", "t"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LegalReference.regulation("Perpres 36/2020", "Pasal 1", " "))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> LegalReference.announcement("PMO", null, "t"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalityIsByValue() {
        assertThat(LegalReference.regulation("Perpres 36/2020", "Pasal 4", "t"))
                .isEqualTo(LegalReference.regulation("Perpres 36/2020", "Pasal 4", "t"))
                .isNotEqualTo(LegalReference.regulation("Perpres 36/2020", "Pasal 5", "t"));
    }
}
