// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.examples.feedvalidator.CommandMessagesTest.Result;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code generate} in process: CSV cells, what a CSV cell can carry, and the run itself. */
class GenerateCommandTest {

    private static RawApplicant.Builder valid() {
        return RawApplicant.builder()
                .nik("3174015708990001")
                .familyCardNumber("3174011203150007")
                .fullName("Siti Aminah")
                .birthDate("1999-08-17")
                .sex("FEMALE")
                .citizenship("WNI")
                .workforceCategory("JOB_SEEKER")
                .inFormalEducation("false")
                .socialAssistance(List.of("BSU", "PKH"))
                .wave("18");
    }

    @Test
    void aCellIsQuotedOnlyWhenItMustBe() {
        assertThat(GenerateCommand.csvLine(Arrays.asList("a", null, "b,c", "say \"hi\"", "two\nlines", " edge", "x;y")))
                .isEqualTo("a,,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\" edge\",\"x;y\"");
        assertThat(GenerateCommand.csvLine(GenerateCommand.CSV_COLUMNS)).startsWith("nik,familyCardNumber,fullName,");
    }

    @Test
    void aRecordFitsACsvRowOnlyWhenEveryCellReadsBackAsTheJsonValue() {
        assertThat(GenerateCommand.fitsCsv(valid().build())).isTrue();
        assertThat(GenerateCommand.fitsCsv(valid().socialAssistance(List.of()).build()))
                .isTrue();
        // an empty cell is an absent field: NIK_FORMAT would become FIELD_REQUIRED
        assertThat(GenerateCommand.fitsCsv(valid().nik("").build())).isFalse();
        // the tabular reader turns TRUE into true, reads 018 as text, splits at ; and strips list elements
        assertThat(GenerateCommand.fitsCsv(valid().inFormalEducation("TRUE").build()))
                .isFalse();
        assertThat(GenerateCommand.fitsCsv(valid().wave("018").build())).isFalse();
        assertThat(GenerateCommand.fitsCsv(
                        valid().socialAssistance(List.of("BSU;PKH")).build()))
                .isFalse();
        assertThat(GenerateCommand.fitsCsv(
                        valid().socialAssistance(List.of(" BSU")).build()))
                .isFalse();
        assertThat(GenerateCommand.fitsCsv(valid().nik("3.17402E+15").build())).isFalse();
        assertThat(GenerateCommand.fitsCsv(valid().fullName("Siti\u0000").build()))
                .isFalse();
        assertThat(GenerateCommand.fitsCsv(valid().fullName("Siti \uD83D").build()))
                .isFalse();
        assertThat(GenerateCommand.fitsCsv(
                        valid().fullName("Siti \uD83D\uDE00, \"A\"").build()))
                .isTrue();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndTheCountsAsAsked() {
        Result a = CommandMessagesTest.run(
                "generate", "--wave", "18", "--count", "50", "--breaking", "all", "--seed", "9");
        Result b = CommandMessagesTest.run(
                "generate", "--wave", "18", "--count", "50", "--breaking", "all", "--seed", "9");
        Result c = CommandMessagesTest.run(
                "generate", "--wave", "18", "--count", "50", "--breaking", "all", "--seed", "10");
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.err()).isEmpty();
        assertThat(a.out()).isEqualTo(b.out()).isNotEqualTo(c.out());
        assertThat(a.out().lines()).hasSize(50);
        Result csv = CommandMessagesTest.run("generate", "--count", "7", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(8).first().isEqualTo(String.join(",", GenerateCommand.CSV_COLUMNS));
    }

    @Test
    void aBadOptionIsOneMaskedLine() {
        Result r = CommandMessagesTest.run("generate", "--wave", "3174015708990001");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("feed-validator: ").doesNotContain("3174015708990001");
        Result tooMany = CommandMessagesTest.run("generate", "--count", "200001");
        assertThat(tooMany.err())
                .isEqualTo("feed-validator: --count must be from 1 to 200000; see 'feed-validator generate --help'\n");
        // every command answers a bad option in one line, not the whole usage
        assertThat(CommandMessagesTest.run("validate", "--no-such-option").err().lines())
                .hasSize(1);
    }
}
