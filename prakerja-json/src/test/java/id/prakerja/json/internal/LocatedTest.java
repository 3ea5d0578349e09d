// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LocatedTest {

    @Test
    void aDateIsExactlyYyyyMmDdOnARealCalendarDay() {
        assertThat(Located.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Located.parseDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Located.parseDate("1900-02-29")).isNull();
        assertThat(Located.parseDate("2021-02-30")).isNull();
        assertThat(Located.parseDate("2021-04-31")).isNull();
        assertThat(Located.parseDate("2021-13-01")).isNull();
        assertThat(Located.parseDate("2021-00-10")).isNull();
        assertThat(Located.parseDate("2021-01-00")).isNull();
        assertThat(Located.parseDate("2021-1-01")).isNull();
        assertThat(Located.parseDate("+2021-01-01")).isNull();
        assertThat(Located.parseDate("2021-01-01T00:00")).isNull();
        assertThat(Located.parseDate("２０２１-01-01")).isNull();
    }

    @Test
    void anIntegerLiteralReadsAsALongWhenItFits() {
        assertThat(Located.parseLong("0")).isZero();
        assertThat(Located.parseLong("-42")).isEqualTo(-42L);
        assertThat(Located.parseLong("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(Located.parseLong("9223372036854775808")).isNull();
        assertThat(Located.parseLong("-9223372036854775807")).isEqualTo(-Long.MAX_VALUE);
        assertThat(Located.parseLong("12345678901234567890")).isNull();
        assertThat(Located.parseLong("-")).isNull();
    }
}
