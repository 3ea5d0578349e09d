// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.LINE;
import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.readAll;
import static id.prakerja.json.Samples.sampleWith;
import static id.prakerja.json.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Jackson limits (depth, string, number, name length): RECORD_TOO_LARGE naming the limit. */
class ReadLimitsTest {

    private static final ReadOptions LIMITS = ReadOptions.defaults()
            .withMaxNestingDepth(8)
            .withMaxStringLength(1000)
            .withMaxNumberLength(20);

    static List<Arguments> hostileRecords() {
        return List.of(
                Arguments.of(
                        "deep nesting in an unknown field",
                        sampleWith("x", "[".repeat(20) + "]".repeat(20)),
                        "maxNestingDepth=8"),
                Arguments.of(
                        "deep nesting in a known field",
                        sampleWith("domicile", "{\"provinceCode\":" + "[".repeat(20) + "]".repeat(20) + "}"),
                        "maxNestingDepth=8"),
                Arguments.of(
                        "a long string",
                        sampleWith("fullName", "\"" + "a".repeat(1001) + "\""),
                        "maxStringLength=1000"),
                Arguments.of(
                        "a long array element",
                        sampleWith("socialAssistance", "[\"" + "B".repeat(5000) + "\"]"),
                        "maxStringLength=1000"),
                Arguments.of("a long field name", sampleWith("n".repeat(1001), "1"), "maxStringLength=1000"),
                Arguments.of("a long integer", sampleWith("wave", "1".repeat(21)), "maxNumberLength=20"),
                Arguments.of("a long number as a NIK", sampleWith("nik", "3".repeat(100)), "maxNumberLength=20"),
                Arguments.of(
                        "a long fraction",
                        sampleWith("otherFamilyRecipients", "0." + "5".repeat(40)),
                        "maxNumberLength=20"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRecords")
    void ndjsonReportsTheLimitAndGoesOnWithTheNextLine(String name, String record, String limit) {
        List<FeedRecord<RawApplicant>> records = readAll(utf8(LINE + "\n" + record + "\n" + LINE + "\n"), LIMITS);
        assertThat(records)
                .extracting(
                        FeedRecord::line,
                        r -> r.violations().isEmpty()
                                ? null
                                : r.violations().get(0).code())
                .containsExactly(tuple(1L, null), tuple(2L, RuleCode.RECORD_TOO_LARGE), tuple(3L, null));
        Violation v = records.get(1).violations().get(0);
        assertThat(v.arguments()).containsEntry("limit", limit);
        assertThat(records.get(1).value()).isEmpty();
        assertThat(records.get(2).value()).contains(RAW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRecords")
    void jsonArrayReportsTheLimitAndEndsTheFeedAfterTheRecordsBefore(String name, String record, String limit) {
        List<FeedRecord<RawApplicant>> records = readAll(
                utf8("[" + LINE + ",\n" + record + ",\n" + LINE + "]"), LIMITS.withFormat(FeedFormat.JSON_ARRAY));
        assertThat(records)
                .extracting(
                        FeedRecord::line,
                        r -> r.violations().isEmpty()
                                ? null
                                : r.violations().get(0).code())
                .containsExactly(tuple(1L, null), tuple(2L, RuleCode.RECORD_TOO_LARGE));
        assertThat(records.get(1).violations().get(0).arguments()).containsEntry("limit", limit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRecords")
    void theBinderReportsTheLimit(String name, String record, String limit) {
        BoundRecord<RawApplicant> r = RecordBinder.applicants(LIMITS).bind(record);
        assertThat(r.violations())
                .extracting(Violation::code, v -> v.arguments().get("limit"))
                .containsExactly(tuple(RuleCode.RECORD_TOO_LARGE, limit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRecords")
    void theSameRecordsPassWithDefaultLimitsExceptForTheirFieldProblems(String name, String record, String limit) {
        BoundRecord<RawApplicant> r = RecordBinder.applicants().bind(record);
        assertThat(r.isBound()).isTrue();
        assertThat(r.violations()).extracting(Violation::code).doesNotContain(RuleCode.RECORD_TOO_LARGE);
    }
}
