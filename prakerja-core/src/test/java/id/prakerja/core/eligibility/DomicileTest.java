// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class DomicileTest {

    @Test
    void holdsTheProvinceAndTheRegency() {
        Domicile d = Domicile.of(Province.DKI_JAKARTA, new String("3174"));
        assertThat(d.province()).isEqualTo(Province.DKI_JAKARTA);
        assertThat(d.regencyCode()).contains("3174");
        assertThat(Domicile.of(Province.PAPUA).province()).isEqualTo(Province.PAPUA);
        assertThat(Domicile.of(Province.PAPUA).regencyCode()).isEmpty();
    }

    @Test
    void equalDomicilesAreSharedAndEqualToBuiltOnes() {
        for (Province p : Province.values()) {
            assertThat(Domicile.of(p))
                    .isSameAs(Domicile.of(p))
                    .isEqualTo(ImmutableDomicile.builder().province(p).build());
            for (int r = 0; r < 100; r += 7) {
                String code = p.code() + (r < 10 ? "0" : "") + r;
                Domicile d = Domicile.of(p, code);
                assertThat(Domicile.of(p, new String(code))).isSameAs(d);
                assertThat(d)
                        .isEqualTo(ImmutableDomicile.builder()
                                .province(p)
                                .regencyCode(code)
                                .build())
                        .hasSameHashCodeAs(ImmutableDomicile.builder()
                                .province(p)
                                .regencyCode(code)
                                .build());
            }
        }
        assertThat(Domicile.of(Province.ACEH, "1101")).isNotEqualTo(Domicile.of(Province.ACEH, "1102"));
    }

    @Test
    void invalidRegencyCodesStillFail() {
        assertThatThrownBy(() -> Domicile.of(Province.ACEH, "3174")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Domicile.of(Province.ACEH, "11x1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Domicile.of(Province.ACEH, "110")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Domicile.of(Province.ACEH, "11011")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Domicile.of(Province.ACEH, null)).isInstanceOf(NullPointerException.class);
    }
}
