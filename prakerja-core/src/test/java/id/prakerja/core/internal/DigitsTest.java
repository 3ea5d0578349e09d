package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitsTest {

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
}
