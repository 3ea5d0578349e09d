// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RupiahTest {

    @ParameterizedTest
    @CsvSource({
        "0, Rp0",
        "5, Rp5",
        "999, Rp999",
        "1000, Rp1.000",
        "600000, Rp600.000",
        "3550000, Rp3.550.000",
        "4200000, Rp4.200.000",
        "-600000, -Rp600.000",
        "9223372036854775807, Rp9.223.372.036.854.775.807",
        "-9223372036854775808, -Rp9.223.372.036.854.775.808"
    })
    void formatsWithIndonesianGrouping(long amount, String expected) {
        assertThat(Rupiah.of(amount).format()).isEqualTo(expected);
        assertThat(Rupiah.of(amount)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 999, 1000, 600_000, 3_550_000, -50_000, Long.MAX_VALUE})
    void parseReadsWhatFormatWrites(long amount) {
        Rupiah r = Rupiah.of(amount);
        assertThat(Rupiah.parse(r.format())).isEqualTo(r);
        if (amount >= 0) {
            assertThat(Rupiah.parse(Long.toString(amount))).isEqualTo(r);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Rp",
                "-",
                "Rp1,000",
                "Rp1.00",
                "Rp1000.000",
                "Rp.100",
                "1 000",
                "Rp 100",
                "rp100",
                "Rp1.000.",
                "٣"
            })
    void parseRejectsAnythingElse(String text) {
        assertThatThrownBy(() -> Rupiah.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseRejectsNullAndOverflow() {
        assertThatThrownBy(() -> Rupiah.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rupiah.parse("99999999999999999999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void arithmeticIsExact() {
        Rupiah total = Rupiah.of(1_000_000)
                .plus(Rupiah.of(600_000).times(4))
                .plus(Rupiah.of(50_000).times(3));
        assertThat(total).isEqualTo(Rupiah.of(3_550_000));
        assertThat(total.minus(Rupiah.of(3_550_000))).isSameAs(Rupiah.ZERO);
        assertThat(Rupiah.of(5).negate()).isEqualTo(Rupiah.of(-5));
        assertThat(Rupiah.of(-5).isNegative()).isTrue();
        assertThat(Rupiah.ZERO.isZero()).isTrue();
        assertThat(Rupiah.of(2).isGreaterThan(Rupiah.of(1))).isTrue();
        assertThat(Rupiah.of(2).min(Rupiah.of(1))).isEqualTo(Rupiah.of(1));
        assertThat(Rupiah.of(1).compareTo(Rupiah.of(2))).isNegative();
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        Rupiah max = Rupiah.of(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rupiah.of(Long.MIN_VALUE).minus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rupiah.of(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equalityIsByAmount() {
        assertThat(Rupiah.of(600_000)).isEqualTo(Rupiah.of(600_000)).hasSameHashCodeAs(Rupiah.of(600_000));
        assertThat(Rupiah.of(600_000)).isNotEqualTo(Rupiah.of(600_001)).isNotEqualTo(600_000L);
    }
}
