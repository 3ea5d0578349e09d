// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.ProgramParameters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reference says its kind and confidence, and messages print them; meanings in both languages. */
class ReferenceKindsTest {

    @Test
    void aReferenceIsPrintedWithItsKindAndConfidence() {
        LegalReference ref =
                ProgramParameters.standard().at(ParameterKey.MAXIMUM_AGE, 18).reference();
        assertThat(Messages.indonesian().reference(ref))
                .startsWith("Sumber sekunder: BPS, buku pedoman Sakernas Agustus 2021")
                .endsWith("(keyakinan: tidak pasti)")
                .doesNotContain("Peraturan");
        assertThat(Messages.english().reference(ref))
                .startsWith("Secondary source: BPS")
                .endsWith("(confidence: uncertain)");
        LegalReference quota =
                ProgramParameters.standard().at(ParameterKey.FAMILY_QUOTA, 12).reference();
        assertThat(Messages.indonesian().reference(quota))
                .isEqualTo("Pengumuman resmi: Pengumuman persyaratan Gelombang 12 (Menko Perekonomian), 2021-02-23"
                        + " (keyakinan: pasti)");
        LegalReference law = ProgramParameters.standard()
                .at(ParameterKey.EXCLUDED_OCCUPATIONS, 4)
                .reference();
        assertThat(Messages.indonesian().reference(law))
                .isEqualTo("Peraturan: Permenko Perekonomian 11/2020 Pasal 2(5) (keyakinan: pasti)");
    }

    @Test
    void everyStandardReferenceHasOneCitationSoThatItReadsBackAsItself() {
        Map<String, LegalReference> byCitation = new HashMap<>();
        for (ParameterKey<?> key : ParameterKey.all()) {
            for (DatedValue<?> v : ProgramParameters.standard().history(key)) {
                LegalReference seen = byCitation.putIfAbsent(v.reference().citation(), v.reference());
                assertThat(seen == null || seen.equals(v.reference()))
                        .as("two references cite as '%s'", v.reference().citation())
                        .isTrue();
                assertThat(ProgramParameters.standard().cited(v.reference().citation()))
                        .contains(v.reference());
            }
        }
    }

    @Test
    void noStandardReferenceCitesAnArticleWhoseTextWasNotRead() {
        for (ParameterKey<?> key : ParameterKey.all()) {
            for (DatedValue<?> v : ProgramParameters.standard().history(key)) {
                assertThat(v.reference().citation()).doesNotContain("Pasal 12A");
                if (v.reference().kind() != LegalReference.Kind.REGULATION) {
                    assertThat(v.reference().article()).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyCodeHasItsMeaningInBothLanguages(RuleCode code) {
        // both bundles carry the key themselves (no fallback to RuleCode's text), and the English one is the
        // text RuleCode declares (one wording: the catalogue, the reports and InvalidInputException agree)
        java.util.ResourceBundle en =
                java.util.ResourceBundle.getBundle("id.prakerja.core.validation.messages", Languages.ENGLISH);
        java.util.ResourceBundle idBundle =
                java.util.ResourceBundle.getBundle("id.prakerja.core.validation.messages", Languages.INDONESIAN);
        assertThat(en.getLocale()).isEqualTo(Languages.ENGLISH);
        assertThat(idBundle.getLocale()).isEqualTo(Languages.INDONESIAN);
        assertThat(en.containsKey("meaning." + code.name()))
                .as("messages_en meaning." + code.name())
                .isTrue();
        assertThat(idBundle.containsKey("meaning." + code.name()))
                .as("messages_id meaning." + code.name())
                .isTrue();
        assertThat(en.getString("meaning." + code.name())).isEqualTo(code.meaning());
        assertThat(code.meaning(Locale.ENGLISH)).isEqualTo(code.meaning());
        String id = code.meaning(Languages.INDONESIAN);
        assertThat(id).isNotBlank().isNotEqualTo(code.meaning());
        assertThat(idBundle.getString("meaning." + code.name())).isEqualTo(id);
    }
}
