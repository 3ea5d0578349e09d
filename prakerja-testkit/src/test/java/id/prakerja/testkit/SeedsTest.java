// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @AfterEach
    void clear() {
        System.clearProperty(Seeds.SEED_PROPERTY);
        System.clearProperty(Seeds.BASE_SEED_PROPERTY);
    }

    @Test
    void countsFromTheBase() {
        assertThat(Seeds.of(3).stream())
                .containsExactly(Seeds.DEFAULT_BASE, Seeds.DEFAULT_BASE + 1, Seeds.DEFAULT_BASE + 2);
        System.setProperty(Seeds.BASE_SEED_PROPERTY, "10");
        assertThat(Seeds.of(2).stream()).containsExactly(10L, 11L);
        assertThat(Seeds.of(2).isRerun()).isFalse();
    }

    @Test
    void aSingleSeedReruns() {
        System.setProperty(Seeds.SEED_PROPERTY, " 42 ");
        assertThat(Seeds.of(500).stream()).containsExactly(42L);
        assertThat(Seeds.of(500).isRerun()).isTrue();
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> Seeds.of(0)).isInstanceOf(IllegalArgumentException.class);
        System.setProperty(Seeds.SEED_PROPERTY, "abc");
        assertThatThrownBy(() -> Seeds.of(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-Dprakerja.seed must be a whole number");
    }
}
