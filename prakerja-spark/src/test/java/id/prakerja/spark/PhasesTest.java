// SPDX-License-Identifier: Apache-2.0
package id.prakerja.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive pieces of phase 2, against the JDK's collections. */
class PhasesTest {

    @Test
    void theHashMapKeepsTheSmallestPositionAndCountsWhileItGrows() {
        Random random = new Random(15);
        Phases.LongMap first = new Phases.LongMap();
        Phases.LongMap counts = new Phases.LongMap();
        Map<Long, Long> expectedFirst = new HashMap<>();
        Map<Long, Long> expectedCounts = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // 16-digit keys, many of them repeated, and some colliding low bits
            long key = 3_174_000_000_000_000L + random.nextInt(60_000) * 1024L;
            long position = random.nextLong(1L << 45);
            first.putMin(key, position);
            counts.increment(key);
            expectedFirst.merge(key, position, Math::min);
            expectedCounts.merge(key, 1L, Long::sum);
        }
        assertThat(expectedCounts).hasSizeGreaterThan(50_000);
        expectedFirst.forEach((k, v) -> assertThat(first.get(k)).isEqualTo(v));
        expectedCounts.forEach((k, v) -> assertThat(counts.get(k)).isEqualTo(v));
        assertThat(first.get(42L)).isZero();
    }

    @Test
    void aPositionIsOneLongOfInputAndLine() {
        assertThat(Phases.position(0, 7)).isEqualTo(7L);
        assertThat(Phases.position(1, 1)).isGreaterThan(Phases.position(0, (1L << 40) - 1));
        assertThatThrownBy(() -> Phases.position(0, 1L << 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phases.position(1 << 23, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
