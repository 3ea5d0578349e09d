// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongCountMapTest {

    @Test
    void countsPerKey() {
        LongCountMap m = new LongCountMap(0);
        assertThat(m.get(3174015708990001L)).isZero();
        assertThat(m.increment(3174015708990001L)).isEqualTo(1);
        assertThat(m.increment(3174015708990001L)).isEqualTo(2);
        assertThat(m.increment(42L)).isEqualTo(1);
        assertThat(m.get(3174015708990001L)).isEqualTo(2);
        assertThat(m.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapWhileGrowing() {
        LongCountMap m = new LongCountMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 300_000; i++) {
            // keys across the whole range of 16-digit numbers, few enough that they repeat
            long key = 1000000000000000L + (r.nextLong(9_000_000_000_000_000L) % 100_003) * 89_999_999_999L;
            assertThat(m.increment(key)).isEqualTo(reference.merge(key, 1, Integer::sum));
        }
        assertThat(m.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(m.get(k)).isEqualTo((long) v));
        assertThat(m.memoryBytes()).isEqualTo(m.capacity() * 8L);
    }

    @Test
    void countsExactlyPastWhatASlotHolds() {
        LongCountMap m = new LongCountMap(16);
        long card = 9999999999999999L;
        for (int i = 1; i <= 5_000; i++) {
            assertThat(m.increment(card)).isEqualTo(i);
            if (i % 7 == 0) {
                m.increment(card - i); // other keys in between, which stay packed
            }
        }
        assertThat(m.get(card)).isEqualTo(5_000);
        assertThat(m.get(card - 7)).isEqualTo(1);
        assertThat(LongCountMap.PACKED_MAX).isLessThan(5_000);
    }

    @Test
    void takesEverySixteenDigitNumberAndRejectsTheRest() {
        LongCountMap m = new LongCountMap(1);
        assertThat(m.increment(9999999999999999L)).isEqualTo(1);
        assertThat(m.increment(LongCountMap.MAX_KEY)).isEqualTo(1);
        assertThat(m.get(9999999999999999L)).isEqualTo(1);
        assertThatThrownBy(() -> m.increment(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.increment(LongCountMap.MAX_KEY + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(Long.toString(LongCountMap.MAX_KEY + 1));
        assertThatThrownBy(() -> m.get(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongCountMap(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
