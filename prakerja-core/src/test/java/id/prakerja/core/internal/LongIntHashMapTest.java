// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntHashMapTest {

    @Test
    void storesFirstValuesAndCounts() {
        LongIntHashMap m = new LongIntHashMap(0);
        assertThat(m.get(3174015708990001L)).isEqualTo(LongIntHashMap.ABSENT);
        assertThat(m.putIfAbsent(3174015708990001L, 7)).isEqualTo(LongIntHashMap.ABSENT);
        assertThat(m.putIfAbsent(3174015708990001L, 9)).isEqualTo(7);
        assertThat(m.get(3174015708990001L)).isEqualTo(7);
        assertThat(m.increment(42L)).isEqualTo(1);
        assertThat(m.increment(42L)).isEqualTo(2);
        assertThat(m.size()).isEqualTo(2);
    }

    @Test
    void agreesWithAHashMapWhileGrowing() {
        LongIntHashMap m = new LongIntHashMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            // few distinct keys in a narrow range, so that probes collide and keys repeat
            long key = 3174000000000001L + r.nextInt(150_000) * 7L;
            int expected = reference.getOrDefault(key, LongIntHashMap.ABSENT);
            assertThat(m.putIfAbsent(key, i)).isEqualTo(expected);
            reference.putIfAbsent(key, i);
        }
        assertThat(m.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(m.get(k)).isEqualTo(v));
        assertThat(m.capacity()).isGreaterThanOrEqualTo((long) (reference.size() / 0.75));
        assertThat(m.memoryBytes()).isEqualTo(m.capacity() * 12L);
    }

    @Test
    void growsOneSegmentAtATime() {
        LongIntHashMap m = new LongIntHashMap(0);
        long before = m.capacity();
        assertThat(before).isEqualTo(64 * 8L);
        long key = 3174000000000001L;
        // the first growth doubles one segment of eight slots, not the whole map
        while (m.capacity() == before) {
            m.putIfAbsent(key++, 1);
        }
        assertThat(m.capacity()).isEqualTo(before + 8);
    }

    @Test
    void presizingAvoidsGrowth() {
        LongIntHashMap m = new LongIntHashMap(1_000);
        long capacity = m.capacity();
        for (long k = 1; k <= 1_000; k++) {
            m.increment(k);
        }
        // 64 segments of 64 slots: a 64th of the keys plus four standard deviations, at most 75% full
        assertThat(m.capacity()).isEqualTo(capacity).isEqualTo(64 * 64L);
    }

    @Test
    void rejectsTheReservedKeyAndNegativeValues() {
        LongIntHashMap m = new LongIntHashMap(1);
        assertThatThrownBy(() -> m.get(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.putIfAbsent(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LongIntHashMap(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
