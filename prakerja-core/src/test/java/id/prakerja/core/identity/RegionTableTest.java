// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTableTest {

    private final RegionTable table = RegionTable.get();

    @Test
    void holdsEveryCodeOfTheBundledFilePerLevel() {
        // regions-kemendagri-SOURCE.md: 38 provinces, 540 regency codes, 7,879 district codes
        assertThat(table.size(RegionTable.PROVINCE)).isEqualTo(38);
        assertThat(table.size(RegionTable.REGENCY)).isEqualTo(540);
        assertThat(table.size(RegionTable.DISTRICT)).isEqualTo(7879);
    }

    @Test
    void countsDistrictCodesPerEditionAsTheSourceSays() {
        int[] expected = {7160, 7201, 7230, 7266, 7277, 7285};
        for (int e = 0; e < RegionTable.EDITIONS.length; e++) {
            int n = 0;
            for (int i = 0; i < table.size(RegionTable.DISTRICT); i++) {
                if ((table.editionBits(RegionTable.DISTRICT, i) & (1 << e)) != 0) {
                    n++;
                }
            }
            assertThat(n).as("districts of edition %d", RegionTable.EDITIONS[e]).isEqualTo(expected[e]);
        }
    }

    @Test
    void knowsRetiredPapuaCodesAndTheirNames() {
        int i = table.indexOf(RegionTable.REGENCY, 9101);
        assertThat(i).isNotNegative();
        assertThat(table.isCurrent(RegionTable.REGENCY, i)).isFalse();
        assertThat(table.name(RegionTable.REGENCY, i)).containsIgnoringCase("Merauke");
        int j = table.indexOf(RegionTable.DISTRICT, 317401);
        assertThat(table.isCurrent(RegionTable.DISTRICT, j)).isTrue();
        assertThat(table.contains(RegionTable.DISTRICT, 317400)).isFalse();
        assertThat(table.contains(RegionTable.REGENCY, 3100)).isFalse();
    }

    @Test
    void nikAndFamilyCardNumberNameTheirRegionAndSayWhetherItIsCurrent() {
        RegionNames retired = Nik.parse("9101015708990001").regionNames();
        assertThat(retired.districtCode()).isEqualTo("910101");
        assertThat(retired.district()).isEqualTo("Merauke");
        assertThat(retired.regency()).isEqualTo("KAB. MERAUKE");
        assertThat(retired.current()).isFalse();
        RegionNames current = FamilyCardNumber.parse("3174011203150007").regionNames();
        assertThat(current.regency()).isEqualTo("Kota Administrasi Jakarta Selatan");
        assertThat(current.current()).isTrue();
        assertThat(current.toString()).doesNotContain("3174011203150007").contains("317401");
    }

    @Test
    void theBitTestAgreesWithTheSortedCodesForEveryPossibleCode() {
        RegionTable t = RegionTable.get();
        int[] limits = {100, 10_000, 1_000_000};
        for (int level = 0; level < 3; level++) {
            int listed = 0;
            for (int code = 0; code < limits[level]; code++) {
                boolean bit = t.contains(level, code);
                assertThat(bit).as("level %d code %d", level, code).isEqualTo(t.indexOf(level, code) >= 0);
                listed += bit ? 1 : 0;
            }
            assertThat(listed).isEqualTo(t.size(level));
            assertThat(t.contains(level, -1)).isFalse();
            assertThat(t.contains(level, limits[level])).isFalse();
            assertThat(t.contains(level, Integer.MAX_VALUE)).isFalse();
        }
    }

    @Test
    void noRegencyOrDistrictCodeEndsInZeroZero() {
        for (int level = RegionTable.REGENCY; level <= RegionTable.DISTRICT; level++) {
            for (int i = 0; i < table.size(level); i++) {
                assertThat(table.code(level, i) % 100).isNotZero();
            }
        }
    }

    /** Prints the retained heap of the table; the figure in docs/benchmarks.md comes from this output. */
    @Test
    void measuresRetainedHeap() {
        Runtime memory = Runtime.getRuntime();
        List<RegionTable> keep = new ArrayList<>();
        long before = settledHeap(memory);
        for (int k = 0; k < 10; k++) {
            keep.add(RegionTable.load());
        }
        long after = settledHeap(memory);
        assertThat(keep).hasSize(10);
        System.out.printf(
                "RegionTable retained heap: about %d KiB per table (10 tables: %d KiB)%n",
                (after - before) / 10 / 1024, (after - before) / 1024);
    }

    private static long settledHeap(Runtime memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.totalMemory() - memory.freeMemory();
    }
}
