// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionDirectoryTest {

    /**
     * The full Kemendagri table beside the project (ODbL third-party data, never copied into it). It is there
     * in CI and absent in a user's clone, so the test on it is optional; setting {@code -Dprakerja.shared.dir}
     * makes it required. The always-run test below reads the project's own hand-made table of the same layout.
     */
    private static final String SHARED_DIR_PROPERTY = "prakerja.shared.dir";

    private static final Path SHARED_REGENCIES =
            Path.of(System.getProperty(SHARED_DIR_PROPERTY, "../../shared"), "domain", "regencies.csv");

    @Test
    void builtInHasDkiJakartaInBothSystems() {
        RegionDirectory d = RegionDirectory.builtIn();
        assertThat(d.regencies(Province.DKI_JAKARTA))
                .extracting(Regency::code)
                .containsExactly("3101", "3171", "3172", "3173", "3174", "3175");
        assertThat(d.regency("3174")).map(Regency::name).contains("Kota Administrasi Jakarta Selatan");
        assertThat(d.regency("3174", CodeSystem.BPS)).map(Regency::name).contains("Kota Administrasi Jakarta Barat");
        assertThat(d.regency("3171", CodeSystem.BPS)).map(Regency::name).contains("Kota Administrasi Jakarta Selatan");
        assertThat(d.all(CodeSystem.BPS))
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.province()).isEqualTo(Province.DKI_JAKARTA));
    }

    @Test
    void retiredPapuaCodesResolveToTheirSuccessors() {
        RegionDirectory d = RegionDirectory.builtIn();
        assertThat(d.regency("9101"))
                .hasValueSatisfying(r -> assertThat(r.isRetired()).isTrue());
        assertThat(d.current("9101")).map(Regency::code).contains("9301");
        assertThat(d.current("9101")).map(Regency::province).contains(Province.PAPUA_SELATAN);
        assertThat(d.current("9271")).map(Regency::code).contains("9671");
        assertThat(d.current("3174")).map(Regency::code).contains("3174");
        assertThat(d.current("1101")).isEmpty();
    }

    @Test
    void loadsAUserTableWithBomCrlfQuotesAndExtraColumns() {
        String csv = "\uFEFFprovince_code,code,name,extra\r\n"
                + "11,1101,Kabupaten Aceh Selatan,x\r\n"
                + "\r\n"
                + "31,3174,\"Kota Administrasi Jakarta Selatan, DKI\",y\r\n";
        RegionDirectory d = RegionDirectory.builtIn().withCsv(new StringReader(csv), "test.csv");
        assertThat(d.regency("1101")).map(Regency::name).contains("Kabupaten Aceh Selatan");
        assertThat(d.regency("3174")).map(Regency::name).contains("Kota Administrasi Jakarta Selatan, DKI");
        assertThat(d.regencies(Province.ACEH)).hasSize(1);
        // the built-in directory itself is unchanged
        assertThat(RegionDirectory.builtIn().regency("1101")).isEmpty();
    }

    @Test
    void aBadTableFailsWithEveryProblemAndItsLine() {
        String csv = "code,name,province_code\n"
                + "3174,Jakarta Selatan,31\n" // fine
                + "317,Short,31\n" // line 3
                + "3274,Wrong province,31\n" // line 4
                + "2001,Unknown,20\n" // line 5
                + "3175,,31\n" // line 6
                + "3174,Again,31\n" // line 7
                + "3101\n" // line 8
                + "\"3102,Open quote,31\n"; // line 9
        assertThatThrownBy(() -> RegionDirectory.builtIn().withCsv(new StringReader(csv), "bad.csv"))
                .isInstanceOf(RegionDataException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("code,name,province_code")
                .satisfies(e -> {
                    RegionDataException r = (RegionDataException) e;
                    assertThat(r.source()).isEqualTo("bad.csv");
                    assertThat(r.problems())
                            .containsExactly(
                                    "line 3: code '317' is not 4 digits",
                                    "line 4: code 3274 does not start with its province_code 31",
                                    "line 5: province_code 20 is not a known KEMENDAGRI province code",
                                    "line 6: code 3175 has no name",
                                    "line 7: code 3174 already appeared on line 2",
                                    "line 8: expected at least 3 columns, found 1",
                                    "line 9: unbalanced double quote");
                });
    }

    @Test
    void aMissingHeaderOrEmptyFileIsReported() {
        assertThatThrownBy(() -> RegionDirectory.builtIn().withCsv(new StringReader("1101,Aceh Selatan,11\n"), "h.csv"))
                .isInstanceOf(RegionDataException.class)
                .hasMessageContaining("line 1: the header must name the columns code, name and province_code");
        assertThatThrownBy(() -> RegionDirectory.builtIn().withCsv(new StringReader(""), "e.csv"))
                .isInstanceOf(RegionDataException.class)
                .hasMessageContaining("the input is empty");
    }

    @Test
    void anUnreadableOrNonUtf8FileIsReported(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> RegionDirectory.builtIn().withCsv(missing))
                .isInstanceOf(RegionDataException.class)
                .hasMessageContaining("missing.csv")
                .hasMessageContaining("cannot read");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(
                latin1,
                "code,name,province_code\n3174,Jakarta Sel\u00e1tan,31\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RegionDirectory.builtIn().withCsv(latin1))
                .isInstanceOf(RegionDataException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void manyProblemsAreSummarised() {
        StringBuilder csv = new StringBuilder("code,name,province_code\n");
        for (int i = 0; i < 30; i++) {
            csv.append("x,y,31\n");
        }
        assertThatThrownBy(() -> RegionDirectory.builtIn().withCsv(new StringReader(csv.toString()), "many.csv"))
                .isInstanceOf(RegionDataException.class)
                .hasMessageContaining("30 problems")
                .hasMessageContaining("… and 10 more");
    }

    /**
     * The project's own table in the layout of the Kemendagri file (header {@code code,name,province_code}, LF,
     * no quotes): one row for every province; the DKI Jakarta and Papua rows are those of the built-in
     * directory, every other row is a made-up code {@code <province>99} named as a test row.
     */
    @Test
    void loadsATableOfEveryProvinceInTheLayoutOfTheKemendagriFile() throws Exception {
        Path sample = Path.of(
                RegionDirectoryTest.class.getResource("regencies-sample.csv").toURI());
        RegionDirectory d = RegionDirectory.builtIn().withCsv(sample);
        Map<Province, Integer> counts = d.countsByProvince();
        assertThat(counts).hasSize(38).containsOnlyKeys(Province.values());
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(43);
        assertThat(counts).containsEntry(Province.DKI_JAKARTA, 6).containsEntry(Province.PAPUA_SELATAN, 1);
        assertThat(d.regency("3174")).map(Regency::name).contains("Kota Administrasi Jakarta Selatan");
        assertThat(d.regency("1199")).map(Regency::province).contains(Province.ACEH);
        // retired codes that lifelong NIKs carry still resolve after loading a current table
        assertThat(d.current("9104")).map(Regency::code).contains("9401");
        assertThat(d.current("9104")).map(Regency::province).contains(Province.PAPUA_TENGAH);
    }

    @Test
    void loadsTheFullKemendagriTableWhenItIsBesideTheProject() {
        if (System.getProperty(SHARED_DIR_PROPERTY) == null) {
            assumeTrue(
                    Files.isRegularFile(SHARED_REGENCIES),
                    "optional: the ODbL Kemendagri table is not part of the project and is not at " + SHARED_REGENCIES
                            + " (CI has it; -D" + SHARED_DIR_PROPERTY + "=<dir> makes this test required)");
        }
        RegionDirectory d = RegionDirectory.builtIn().withCsv(SHARED_REGENCIES);
        Map<Province, Integer> counts = d.countsByProvince();
        assertThat(counts).hasSize(38);
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(514);
        assertThat(counts).containsEntry(Province.DKI_JAKARTA, 6).containsEntry(Province.PAPUA_SELATAN, 4);
        assertThat(d.regency("3174")).map(Regency::name).contains("Kota Administrasi Jakarta Selatan");
        // retired codes that lifelong NIKs carry still resolve after loading the current table
        assertThat(d.current("9104")).map(Regency::province).contains(Province.PAPUA_TENGAH);
    }
}
