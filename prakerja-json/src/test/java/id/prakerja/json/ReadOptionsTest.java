// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

class ReadOptionsTest {

    @Test
    void defaultsAreStrictNdjsonWithDocumentedLimits() {
        ReadOptions d = ReadOptions.defaults();
        assertThat(d.format()).isEqualTo(FeedFormat.NDJSON);
        assertThat(d.strict()).isTrue();
        assertThat(d.maxRecordBytes()).isEqualTo(1 << 20);
        assertThat(d.maxNestingDepth()).isEqualTo(ReadOptions.DEFAULT_MAX_NESTING_DEPTH);
        assertThat(d.maxStringLength()).isEqualTo(ReadOptions.DEFAULT_MAX_STRING_LENGTH);
        assertThat(d.maxNumberLength()).isEqualTo(ReadOptions.DEFAULT_MAX_NUMBER_LENGTH);
    }

    @Test
    void withMethodsReturnChangedCopiesAndLeaveTheOriginal() {
        ReadOptions d = ReadOptions.defaults();
        ReadOptions o = d.withFormat(FeedFormat.JSON_ARRAY)
                .withStrict(false)
                .withMaxRecordBytes(10)
                .withMaxNestingDepth(3)
                .withMaxStringLength(4)
                .withMaxNumberLength(5);
        assertThat(o.format()).isEqualTo(FeedFormat.JSON_ARRAY);
        assertThat(o.strict()).isFalse();
        assertThat(o.maxRecordBytes()).isEqualTo(10);
        assertThat(o.maxNestingDepth()).isEqualTo(3);
        assertThat(o.maxStringLength()).isEqualTo(4);
        assertThat(o.maxNumberLength()).isEqualTo(5);
        assertThat(d).isEqualTo(ReadOptions.defaults()).isNotEqualTo(o);
        assertThat(o.toString()).contains("JSON_ARRAY", "maxRecordBytes=10");
    }

    @Test
    void equalOptionsAreEqual() {
        assertThat(ReadOptions.defaults().withStrict(false).withStrict(true))
                .isEqualTo(ReadOptions.defaults())
                .hasSameHashCodeAs(ReadOptions.defaults());
    }

    @Test
    void mapsTheLimitsToJacksonConstraints() {
        StreamReadConstraints c = ReadOptions.defaults()
                .withMaxNestingDepth(3)
                .withMaxStringLength(4)
                .withMaxNumberLength(5)
                .streamReadConstraints();
        assertThat(c.getMaxNestingDepth()).isEqualTo(3);
        assertThat(c.getMaxStringLength()).isEqualTo(4);
        assertThat(c.getMaxNameLength()).isEqualTo(4);
        assertThat(c.getMaxNumberLength()).isEqualTo(5);
        assertThat(c.hasMaxDocumentLength()).isFalse();
    }

    @Test
    void rejectsNonPositiveLimitsAndNullFormat() {
        ReadOptions d = ReadOptions.defaults();
        assertThatThrownBy(() -> d.withMaxRecordBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRecordBytes");
        assertThatThrownBy(() -> d.withMaxRecordBytes(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.withMaxRecordBytes(ReadOptions.MAX_RECORD_BYTES).maxRecordBytes())
                .isEqualTo(ReadOptions.MAX_RECORD_BYTES);
        assertThatThrownBy(() -> d.withMaxNestingDepth(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxNumberLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withFormat(null)).isInstanceOf(NullPointerException.class);
    }
}
