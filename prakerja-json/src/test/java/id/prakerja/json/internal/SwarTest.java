// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SwarTest {

    private static int plainIndexOfNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int plainSkipAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] <= 0) {
                return i;
            }
        }
        return to;
    }

    @Test
    void findsTheFirstNewlineAtEveryOffsetAndNextToEveryByteValue() {
        byte[] b = new byte[40];
        for (int value = 0; value < 256; value++) {
            for (int at = 0; at < b.length; at++) {
                java.util.Arrays.fill(b, (byte) value);
                if (value == '\n') {
                    java.util.Arrays.fill(b, (byte) 'x');
                }
                b[at] = '\n';
                for (int from = 0; from <= b.length; from += 3) {
                    for (int to = from; to <= b.length; to += 5) {
                        assertThat(Swar.indexOfNewline(b, from, to))
                                .as("value %d, newline at %d, [%d, %d)", value, at, from, to)
                                .isEqualTo(plainIndexOfNewline(b, from, to));
                    }
                }
            }
        }
    }

    @Test
    void stopsAtTheFirstNulOrNonAsciiByteAtEveryOffset() {
        byte[] b = new byte[40];
        for (int value = 0; value < 256; value++) {
            for (int at = 0; at < b.length; at++) {
                java.util.Arrays.fill(b, (byte) 'a');
                b[at] = (byte) value;
                for (int from = 0; from <= b.length; from += 3) {
                    for (int to = from; to <= b.length; to += 5) {
                        assertThat(Swar.skipAscii(b, from, to))
                                .as("byte %d at %d, [%d, %d)", value, at, from, to)
                                .isEqualTo(plainSkipAscii(b, from, to));
                    }
                }
            }
        }
    }

    @Test
    void agreesWithThePlainLoopsOnRandomBytes() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[1 + r.nextInt(64)];
            for (int i = 0; i < b.length; i++) {
                // mostly ASCII, some newlines, NULs and high bytes
                int k = r.nextInt(40);
                b[i] = (byte) (k == 0 ? '\n' : k == 1 ? 0 : k == 2 ? 0x80 + r.nextInt(128) : 32 + r.nextInt(95));
            }
            int from = r.nextInt(b.length + 1);
            int to = from + r.nextInt(b.length - from + 1);
            assertThat(Swar.indexOfNewline(b, from, to)).isEqualTo(plainIndexOfNewline(b, from, to));
            assertThat(Swar.skipAscii(b, from, to)).isEqualTo(plainSkipAscii(b, from, to));
        }
    }
}
