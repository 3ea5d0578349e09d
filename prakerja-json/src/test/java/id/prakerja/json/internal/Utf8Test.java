// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8Test {

    private static byte[] hex(String hex) {
        String[] parts = hex.trim().split(" +");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return b;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "41 42 43, -1, ASCII",
        "C3 A9, -1, two bytes",
        "E2 82 AC, -1, three bytes",
        "F0 9F 98 80, -1, four bytes",
        "EF BB BF 41, -1, byte-order mark",
        "F4 8F BF BF, -1, U+10FFFF",
        "41 00 41, 1, NUL",
        "41 80, 1, lone continuation",
        "C0 80, 0, overlong NUL",
        "C1 BF, 0, overlong",
        "E0 80 80, 0, overlong three",
        "F0 80 80 80, 0, overlong four",
        "ED A0 80, 0, surrogate",
        "F4 90 80 80, 0, above U+10FFFF",
        "F5 80 80 80, 0, invalid lead",
        "FF, 0, FF",
        "41 C3, 1, cut at the end",
        "41 E2 82, 1, cut three",
        "C3 28, 0, bad continuation",
        "E2 28 A1, 0, bad second of three",
        "F0 9F 98 28, 0, bad fourth",
    })
    void findsTheFirstBadByte(String hex, int expected, String what) {
        byte[] b = hex(hex);
        assertThat(Utf8.firstBadByte(b, 0, b.length)).isEqualTo(expected);
        Utf8.Checker c = new Utf8.Checker();
        int firstRejected = -1;
        for (int i = 0; i < b.length; i++) {
            if (!c.accept(b[i] & 0xFF)) {
                firstRejected = i;
                break;
            }
        }
        boolean streamOk = firstRejected < 0 && c.atBoundary();
        assertThat(streamOk).isEqualTo(expected < 0);
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        SplittableRandom r = new SplittableRandom(7);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[r.nextInt(1, 8)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (r.nextBoolean() ? r.nextInt(0x80, 0x100) : r.nextInt(1, 0x80));
            }
            boolean jdk;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
                jdk = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            assertThat(Utf8.firstBadByte(b, 0, b.length) < 0)
                    .as(java.util.Arrays.toString(b))
                    .isEqualTo(jdk);
        }
    }

    @Test
    void checksARangeOnly() {
        byte[] b = {(byte) 0xFF, 'a', 'b', (byte) 0xFF};
        assertThat(Utf8.firstBadByte(b, 1, 2)).isEqualTo(-1);
        assertThat(Utf8.firstBadByte(b, 1, 3)).isEqualTo(3);
    }

    @Test
    void describesBadBytes() {
        assertThat(Utf8.describeBadByte((byte) 0)).isEqualTo("NUL byte");
        assertThat(Utf8.describeBadByte((byte) 0xFE)).isEqualTo("invalid UTF-8 (byte 0xFE)");
    }
}
