// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitsTest {

    /** What {@link Digits#mask} means, by code points: first and last four kept from twelve on. */
    private static String referenceMask(String s) {
        int[] cps = s.codePoints()
                .map(c -> Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c)
                .toArray();
        if (cps.length < 12) {
            return "*".repeat(cps.length);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            sb.appendCodePoint(i < 4 || i >= cps.length - 4 ? cps[i] : '*');
        }
        return sb.toString();
    }

    @Test
    void maskKeepsFirstAndLastFourCodePointsOfAnyText() {
        assertThat(Digits.mask("3174015708990001")).isEqualTo("3174********0001");
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        String[] parts = {"3", "7", "a", " ", "\u0663", "\uFF13", "\uD83D\uDE00", "\uD800", "\uDC00", "-"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            // mostly digits, so that the NIK-like fast path and the general path are both exercised
            boolean plain = r.nextBoolean();
            for (int k = 0; k < len; k++) {
                sb.append(plain ? parts[r.nextInt(4)] : parts[r.nextInt(parts.length)]);
            }
            String text = sb.toString();
            assertThat(Digits.mask(text))
                    .as("mask of %s", text.codePoints().boxed().toList())
                    .isEqualTo(referenceMask(text));
        }
    }

    @Test
    void pairReadsTheTwoDigitsAtEveryPosition() {
        SplittableRandom rnd = new SplittableRandom(16);
        for (int n = 0; n < 10_000; n++) {
            long value = rnd.nextLong(10_000_000_000_000_000L);
            String digits = Digits.toSixteenDigits(value);
            for (int pos = 0; pos <= 14; pos++) {
                int expected = Integer.parseInt(digits.substring(pos, pos + 2));
                assertThat(Digits.pair(value, pos)).as("%s at %d", digits, pos).isEqualTo(expected);
            }
        }
        assertThat(Digits.pair(3174015708990001L, 6)).isEqualTo(57);
        assertThat(Digits.pair(9_999_999_999_999_999L, 0)).isEqualTo(99);
        assertThat(Digits.pair(0, 14)).isZero();
    }

    @Test
    void pairOutsideTheSixteenDigitsFailsAsBefore() {
        assertThatThrownBy(() -> Digits.pair(1, 15)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Digits.pair(1, -1)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }

    @Test
    void isAsciiDigitsHoldsForAnyLengthAndOnlyForAsciiDigits() {
        assertThat(Digits.isAsciiDigits("3174", 4)).isTrue();
        assertThat(Digits.isAsciiDigits("3000000000", 10))
                .as("more digits than an int holds")
                .isTrue();
        assertThat(Digits.isAsciiDigits("3174015708990001", 16)).isTrue();
        assertThat(Digits.isAsciiDigits("317", 4)).isFalse();
        assertThat(Digits.isAsciiDigits("31 4", 4)).isFalse();
        assertThat(Digits.isAsciiDigits("\u0663\u0661\u0667\u0664", 4))
                .as("Arabic-Indic digits")
                .isFalse();
        assertThat(Digits.isAsciiDigits("\uFF13\uFF11", 2))
                .as("full-width digits")
                .isFalse();
        assertThat(Digits.isAsciiDigits(null, 4)).isFalse();
        assertThat(Digits.isAsciiDigits("ab12", 2, 4)).isTrue();
        assertThat(Digits.isAsciiDigits("", 0, 0)).isTrue();
    }
}
