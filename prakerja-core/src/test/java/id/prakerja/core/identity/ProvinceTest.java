// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProvinceTest {

    @Test
    void thereAreThirtyEightWithUniqueCodesInBothSystems() {
        assertThat(Province.values()).hasSize(38);
        assertThat(Arrays.stream(Province.values()).map(Province::code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Province.values()).map(Province::bpsCode)).doesNotHaveDuplicates();
    }

    @Test
    void codesOutsidePapuaAreTheSameInBothSystems() {
        for (Province p : Province.values()) {
            if (!p.name().startsWith("PAPUA")) {
                assertThat(p.bpsCode()).as(p.name()).isEqualTo(p.code());
            }
        }
        assertThat(Province.PAPUA.code()).isEqualTo("91");
        assertThat(Province.PAPUA.bpsCode()).isEqualTo("94");
        assertThat(Province.PAPUA_BARAT_DAYA.code()).isEqualTo("96");
        assertThat(Province.PAPUA_BARAT_DAYA.bpsCode()).isEqualTo("92");
    }

    @Test
    void looksUpByEitherCode() {
        assertThat(Province.ofCode("31")).contains(Province.DKI_JAKARTA);
        assertThat(Province.ofCode("94")).contains(Province.PAPUA_TENGAH);
        assertThat(Province.ofBpsCode("94")).contains(Province.PAPUA);
        assertThat(Province.ofCode("20")).isEmpty();
        assertThat(Province.ofCode("3")).isEmpty();
        assertThat(Province.ofCode("3a")).isEmpty();
        assertThat(Province.ofCode("٣1")).isEmpty();
        assertThat(Province.ofCode(null)).isEmpty();
        assertThat(Province.ofBpsCode("93")).isEmpty();
        assertThat(Province.DKI_JAKARTA.indonesianName()).isEqualTo("DKI Jakarta");
    }
}
