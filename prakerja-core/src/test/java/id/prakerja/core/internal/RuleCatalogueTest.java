// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code docs/rules.md} must be what the code generates. To regenerate after a change:
 * {@code ./mvnw -B -ntp -pl prakerja-core test -Dtest=RuleCatalogueTest -Dprakerja.updateDocs=true}.
 */
class RuleCatalogueTest {

    private static final Path FILE = Path.of("../docs/rules.md");

    @Test
    void theCommittedCatalogueIsWhatTheCodeGenerates() throws IOException {
        String generated = RuleCatalogue.markdown(Programme.standard());
        if (Boolean.getBoolean("prakerja.updateDocs")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as(
                        "docs/rules.md is out of date: regenerate it with -Dprakerja.updateDocs=true (see this test's Javadoc)")
                .isEqualTo(generated);
    }

    @Test
    void listsEveryCodeWithWavesAndReferences() {
        String md = RuleCatalogue.markdown(Programme.standard());
        for (RuleCode code : RuleCode.values()) {
            assertThat(md).contains("### `" + code.name() + "`");
        }
        assertThat(md)
                .contains("- **Waves:** 18–71\n- **Reference:** secondary, uncertain: BPS, buku pedoman Sakernas");
        assertThat(md).contains("; announcement, likely: Menko Perekonomian pada pembukaan Gelombang 23");
        assertThat(md).contains("### `ELIGIBILITY_SOCIAL_ASSISTANCE`");
        assertThat(md).contains("- **Waves:** 4–47\n");
        assertThat(md)
                .contains(
                        "| 12 | `2` | announcement | certain | Pengumuman persyaratan Gelombang 12 (Menko Perekonomian),"
                                + " 2021-02-23");
        // an article whose text was not read is never cited (it is named only among what is not known)
        assertThat(md.substring(0, md.indexOf("## What is not known"))).doesNotContain("Pasal 12A");
        assertThat(md).contains("## What is not known");
        for (String instrument : new String[] {
            "Permenko Perekonomian 3/2020",
            "Permenko Perekonomian 3/2021",
            "Permenko Perekonomian 17/2022",
            "Perpres 113/2022"
        }) {
            assertThat(md.substring(md.indexOf("## What is not known"))).contains(instrument);
        }
        assertThat(md).contains("## Known, not yet checked").contains("4 December 2022");
    }
}
