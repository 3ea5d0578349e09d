// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.Languages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ObjectiveTest {

    @ParameterizedTest
    @EnumSource(BuiltInObjective.class)
    void everyBuiltInObjectiveHasAShortLabelAndAFullWordingInBothLanguages(BuiltInObjective o) {
        assertThat(o.code()).isEqualTo(o.name());
        assertThat(o.label(Languages.INDONESIAN)).isNotBlank().isNotEqualTo(o.label(Locale.ENGLISH));
        assertThat(o.text(Languages.INDONESIAN)).endsWith(".").isNotEqualTo(o.text(Locale.ENGLISH));
        assertThat(o.text(Locale.ENGLISH)).endsWith(".").contains("Kartu Prakerja");
        assertThat(o.text(null)).isEqualTo(o.text(Languages.INDONESIAN));
        assertThat(Objective.builtIn(o.name())).contains(o);
    }

    @Test
    void theBuiltInsAreTheThreeObjectivesOfTheDkiAgreement() {
        assertThat(BuiltInObjective.DIGITAL_LITERACY.text(Languages.INDONESIAN)).contains("literasi digital");
        assertThat(BuiltInObjective.RECIPIENT_REMINDERS.text(Languages.INDONESIAN))
                .contains("mengingatkan penerima Kartu Prakerja")
                .contains("saldo");
        assertThat(BuiltInObjective.INFORMATION_DISSEMINATION.text(Locale.ENGLISH))
                .contains("competence, productivity and competitiveness");
        assertThat(Objective.builtIn("digital_literacy")).isEmpty();
        assertThat(Objective.builtIn(null)).isEmpty();
    }

    @Test
    void aCustomObjectiveFallsBackToIndonesianWithoutEnglishWording() {
        CustomObjective id = Objective.custom("JOB_FAIR_REFERRALS", "Merujuk peserta bursa kerja");
        assertThat(id.text(Locale.ENGLISH)).isEqualTo("Merujuk peserta bursa kerja");
        CustomObjective both = Objective.custom("JOB_FAIR_REFERRALS", "Merujuk peserta bursa kerja", "Refer visitors");
        assertThat(both.text(Locale.ENGLISH)).isEqualTo("Refer visitors");
        assertThat(both.text(Languages.INDONESIAN)).isEqualTo("Merujuk peserta bursa kerja");
        assertThat(both).isNotEqualTo(id);
        assertThat(both)
                .isEqualTo(CustomObjective.of("JOB_FAIR_REFERRALS", "Merujuk peserta bursa kerja", "Refer visitors"));
    }

    @Test
    void aCustomObjectiveHasAnUpperSnakeCodeThatIsNotBuiltIn() {
        assertThatThrownBy(() -> Objective.custom("DIGITAL_LITERACY", "x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("BuiltInObjective.DIGITAL_LITERACY");
        for (String bad : new String[] {"", "job_fair", "1ST", "JOB FAIR", "JOB-FAIR", "A".repeat(65)}) {
            assertThatThrownBy(() -> Objective.custom(bad, "x")).as(bad).isInstanceOf(InvalidValueException.class);
        }
        assertThat(Objective.custom("A".repeat(64), "x").code()).hasSize(64);
        assertThat(Objective.custom("K3_2024", "x").code()).isEqualTo("K3_2024");
        assertThatThrownBy(() -> Objective.custom("OK", " ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Objective.custom("OK", "x", "")).isInstanceOf(InvalidValueException.class);
    }
}
