// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void masksLongDigitRunsLikeNiks() {
        assertThat(Problems.sanitize("Unrecognized token '3174015708990001abc': was expecting"))
                .isEqualTo("Unrecognized token '3174********0001abc': was expecting");
        assertThat(Problems.sanitize("line 12345678 col 1")).isEqualTo("line 12345678 col 1");
        // runs of 9 to 11 digits are masked entirely (Nik.maskNumbersIn)
        assertThat(Problems.sanitize("123456789")).isEqualTo("*********");
    }

    @Test
    void keepsTheFirstLineAndCutsLongMessages() {
        assertThat(Problems.sanitize("first\n at [Source: x]")).isEqualTo("first");
        assertThat(Problems.sanitize("x".repeat(500)))
                .hasSize(Problems.MAX_DETAIL + 1)
                .endsWith("…");
        assertThat(Problems.sanitize(null)).isEqualTo("malformed JSON");
    }

    @Test
    void escapesJsonPointerTokens() {
        assertThat(Problems.escapePointer("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(Problems.escapePointer("plain")).isEqualTo("plain");
    }
}
