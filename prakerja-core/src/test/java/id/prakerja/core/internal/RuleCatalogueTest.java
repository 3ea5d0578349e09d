// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleArgument;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Test
    void listsEveryVariantInBothLanguagesWithWhenItIsUsed() {
        String md = RuleCatalogue.markdown(Programme.standard());
        int withVariants = 0;
        for (RuleCode code : RuleCode.values()) {
            String section = section(md, code);
            List<String> keys = Messages.english().variants(code);
            if (keys.isEmpty()) {
                assertThat(section).as("%s has no variants", code).doesNotContain("**Variants:**");
                continue;
            }
            withVariants++;
            assertThat(section).contains("- **Variants:** ");
            for (String key : keys) {
                assertThat(section)
                        .contains("  - `" + key + "`, used when the violation carries ")
                        .contains("    - **id:** "
                                + Templates.text(Messages.indonesian().locale(), key) + "\n")
                        .contains("    - **en:** "
                                + Templates.text(Messages.english().locale(), key) + "\n");
            }
        }
        assertThat(withVariants).isGreaterThanOrEqualTo(4);
        assertThat(section(md, RuleCode.RECORD_MALFORMED))
                .contains("The template above is used unless the violation carries `problem`.\n")
                .contains("  - `RECORD_MALFORMED.problem`, used when the violation carries `problem` but not `line`:\n")
                .contains("  - `RECORD_MALFORMED.problem.line`, used when the violation carries `problem` and `line`"
                        + " but not `column`:\n")
                .contains("  - `RECORD_MALFORMED.problem.line.column`, used when the violation carries `problem`,"
                        + " `line` and `column`:\n");
        // fewest arguments first, whatever the bundle's key order
        String malformed = section(md, RuleCode.RECORD_MALFORMED);
        assertThat(malformed.indexOf("`RECORD_MALFORMED.problem`,"))
                .isLessThan(malformed.indexOf("`RECORD_MALFORMED.problem.line`,"));
        assertThat(section(md, RuleCode.NIK_FORMAT))
                .contains("The template above is used unless the violation carries all of `character`,"
                        + " `characterKind` and `position`.\n");
    }

    /**
     * What the catalogue says about each template is what {@link Messages#format} does: for every combination of
     * a code's optional arguments, exactly one template is said to be used, and it is the one formatted.
     */
    @Test
    void theCatalogueSaysWhichTemplateMessagesUses() {
        for (RuleCode code : RuleCode.values()) {
            List<String> keys = Messages.english().variants(code);
            if (keys.isEmpty()) {
                continue;
            }
            List<Set<String>> all = new ArrayList<>();
            for (String key : keys) {
                all.add(RuleCatalogue.names(key));
            }
            List<RuleArgument> optional = new ArrayList<>();
            for (RuleArgument a : code.arguments()) {
                if (!a.isRequired()) {
                    optional.add(a);
                }
            }
            // every combination of the optional arguments, with a field and without one (the whole record)
            for (int mask = 0; mask < 1 << (optional.size() + 1); mask++) {
                boolean wholeRecord = (mask & 1 << optional.size()) != 0;
                Violation.Builder b = Violation.of(code, wholeRecord ? "" : "fieldPath");
                Set<String> carried = new LinkedHashSet<>();
                if (wholeRecord) {
                    carried.add(RuleCatalogue.RECORD);
                }
                for (RuleArgument a : code.arguments()) {
                    int bit = optional.indexOf(a);
                    if (a.isRequired() || (mask & 1 << bit) != 0) {
                        b.argument(a.name(), value(a));
                        carried.add(a.name());
                    }
                }
                Violation v = b.build();
                List<String> used = new ArrayList<>();
                if (RuleCatalogue.isUsed(Set.of(), all, carried)) {
                    used.add(code.name());
                }
                for (int i = 0; i < keys.size(); i++) {
                    if (RuleCatalogue.isUsed(all.get(i), all, carried)) {
                        used.add(keys.get(i));
                    }
                }
                assertThat(used).as("%s carrying %s", code, carried).hasSize(1);
                for (Messages m : new Messages[] {Messages.indonesian(), Messages.english()}) {
                    assertThat(m.format(v))
                            .as("%s %s carrying %s", m.locale(), code, carried)
                            .isEqualTo(Templates.fill(
                                    Templates.text(m.locale(), used.get(0)), v.arguments(), v.field(), m::formatValue));
                }
            }
        }
    }

    @Test
    void saysEveryWayAVariantNeedingMoreTakesOver() {
        List<Set<String>> all = List.of(set("a"), set("b", "c"), set("a", "b", "c", "d"));
        assertThat(RuleCatalogue.when(set(), all)).isEqualTo("unless the violation carries `a`, or both `b` and `c`");
        assertThat(RuleCatalogue.when(set("a"), all))
                .isEqualTo("when the violation carries `a` but not both `b` and `c`");
        assertThat(RuleCatalogue.when(set("b", "c"), all))
                .isEqualTo("when the violation carries `b` and `c` but not both `a` and `d`");
        assertThat(RuleCatalogue.when(set("a", "b", "c", "d"), all))
                .isEqualTo("when the violation carries `a`, `b`, `c` and `d`");
        assertThat(RuleCatalogue.isUsed(set("a"), all, set("a", "b"))).isTrue();
        assertThat(RuleCatalogue.isUsed(set("a"), all, set("a", "b", "c"))).isFalse();
        assertThat(RuleCatalogue.isUsed(set("b", "c"), all, set("a", "b", "c"))).isTrue();
        assertThat(RuleCatalogue.when(set(), List.of())).isEqualTo("always");
    }

    @Test
    void refusesVariantsNeedingAsManyArguments() {
        // which of them Messages picks for a violation carrying a and b would depend on the bundle's key order
        assertThatThrownBy(() -> RuleCatalogue.when(set(), List.of(set("a"), set("b"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[a]")
                .hasMessageContaining("[b]");
    }

    private static String section(String md, RuleCode code) {
        int start = md.indexOf("### `" + code.name() + "`\n");
        assertThat(start).as("section of %s", code).isNotNegative();
        int end = md.indexOf("\n#", start + 4);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    private static Set<String> set(String... names) {
        return new LinkedHashSet<>(Arrays.asList(names));
    }

    private static Object value(RuleArgument a) {
        switch (a.type()) {
            case INTEGER:
                return 7;
            case LONG:
                return 7L;
            case RUPIAH:
                return Rupiah.of(7);
            case DATE:
                return LocalDate.of(2021, 2, 23);
            case ENUM:
                return a.enumTypes().get(0).getEnumConstants()[0];
            default:
                return "text";
        }
    }
}
