// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tables of {@code docs/rule-codes.md} are what the code declares: between each
 * {@code <!-- generated:FAMILY -->} and {@code <!-- /generated -->} marker stands
 * {@link RuleCatalogue#contractTable}; the prose around them is hand-written. To regenerate after a change:
 * {@code ./mvnw -B -ntp -pl prakerja-core test -Dtest=RuleCodesDocumentTest -Dprakerja.updateDocs=true}.
 */
class RuleCodesDocumentTest {

    private static final Path FILE = Path.of("../docs/rule-codes.md");
    private static final Pattern BLOCK =
            Pattern.compile("(<!-- generated:([A-Z]+) -->\n)(.*?)(<!-- /generated -->)", Pattern.DOTALL);

    static String regenerated(String document) {
        Matcher m = BLOCK.matcher(document);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String table = RuleCatalogue.contractTable(Programme.standard(), RuleCode.Family.valueOf(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void theCommittedTablesAreWhatTheCodeDeclares() throws IOException {
        String committed = Files.readString(FILE, StandardCharsets.UTF_8);
        String generated = regenerated(committed);
        if (Boolean.getBoolean("prakerja.updateDocs")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
            committed = generated;
        }
        assertThat(committed)
                .as("docs/rule-codes.md is out of date: regenerate it with -Dprakerja.updateDocs=true (see this"
                        + " test's Javadoc)")
                .isEqualTo(generated);
    }

    @Test
    void everyFamilyHasOneGeneratedTable() throws IOException {
        String committed = Files.readString(FILE, StandardCharsets.UTF_8);
        for (RuleCode.Family family : RuleCode.Family.values()) {
            assertThat(committed).containsOnlyOnce("<!-- generated:" + family.name() + " -->");
        }
    }

    @Test
    void aTableShowsMeaningWavesAndDatedValues() {
        String eligibility = RuleCatalogue.contractTable(Programme.standard(), RuleCode.Family.ELIGIBILITY);
        assertThat(eligibility)
                .contains(
                        "| `ELIGIBILITY_MAX_AGE` | older than the maximum age in force on the evaluation date | 18–71 |")
                .contains("| `ELIGIBILITY_SOCIAL_ASSISTANCE` |")
                .contains(" | 4–47 | ")
                .doesNotContain("`NIK_FORMAT`");
        String participation = RuleCatalogue.contractTable(Programme.standard(), RuleCode.Family.PARTICIPATION);
        assertThat(participation)
                .contains("`PARTICIPATION_FIRST_PURCHASE_LATE`")
                .contains(" from 48");
    }
}
