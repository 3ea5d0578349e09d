// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link FeedReport#of} and {@link FeedSample#of} reassemble reports read back from their wire format. */
class FeedReportFactoryTest {

    private static final Violation NIK_FORMAT =
            Violation.of(RuleCode.NIK_FORMAT, "nik").argument("length", 15).build();

    @Test
    void reassemblesAReportThatEqualsTheOriginal() {
        FeedReport original = FeedValidator.builder()
                .build()
                .validate(List.of(FeedInput.unreadable(
                        1,
                        Violation.of(RuleCode.RECORD_MALFORMED, "")
                                .argument("detail", "x")
                                .build())));
        FeedReport copy = FeedReport.of(
                original.records(),
                original.valid(),
                original.invalid(),
                original.violationsByCode(),
                original.recordsByProvince(),
                original.invalidByProvince(),
                original.legalReferences(),
                original.samples(),
                original.maxSamples());
        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
    }

    @Test
    void dropsZeroCountsAndKeepsCodeAndProvinceOrder() {
        FeedReport r = FeedReport.of(
                3,
                2,
                1,
                Map.of(RuleCode.NIK_FORMAT, 1L, RuleCode.FIELD_REQUIRED, 0L),
                Map.of("32", 1L, "31", 2L),
                Map.of("31", 1L),
                Map.of(RuleCode.NIK_FORMAT, Set.of()),
                List.of(FeedSample.of(2, "3174********0001", NIK_FORMAT)),
                5);
        assertThat(r.violationsByCode()).containsOnlyKeys(RuleCode.NIK_FORMAT);
        assertThat(r.recordsByProvince().keySet()).containsExactly("31", "32");
        assertThat(r.legalReferences()).isEmpty();
        assertThat(r.samples().get(0).maskedNik()).contains("3174********0001");
    }

    @Test
    void refusesInconsistentCounts() {
        assertThatThrownBy(() -> FeedReport.of(3, 1, 1, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records (3) != valid (1) + invalid (1)");
        assertThatThrownBy(() -> FeedReport.of(-1, -1, 0, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedReport.of(
                        1,
                        0,
                        1,
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        List.of(FeedSample.of(1, null, NIK_FORMAT)),
                        0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 0");
    }

    @Test
    void aSampleNeverHoldsAFullNik() {
        assertThat(FeedSample.of(1, null, NIK_FORMAT).maskedNik()).isEmpty();
        assertThatThrownBy(() -> FeedSample.of(1, "3174015708990001", NIK_FORMAT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedSample.of(0, null, NIK_FORMAT)).isInstanceOf(IllegalArgumentException.class);
    }
}
