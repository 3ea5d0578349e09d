// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.LINE;
import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.WIRE_SAMPLE;
import static id.prakerja.json.Samples.readAll;
import static id.prakerja.json.Samples.readArray;
import static id.prakerja.json.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON-array reader: element by element; a syntax error ends the feed but keeps what came before. */
class JsonArrayFeedReaderTest {

    private static final ReadOptions ARRAY = ReadOptions.defaults().withFormat(FeedFormat.JSON_ARRAY);

    private static RuleCode code(FeedRecord<RawApplicant> r) {
        return r.violations().isEmpty() ? null : r.violations().get(0).code();
    }

    private static Violation first(FeedRecord<RawApplicant> r) {
        return r.violations().get(0);
    }

    @Test
    void readsEachElementWithTheLineWhereItStarts() {
        String feed = "[\n" + WIRE_SAMPLE + ",\n" + WIRE_SAMPLE + "]\n";
        List<FeedRecord<RawApplicant>> records = readArray(feed);
        assertThat(records).extracting(FeedRecord::line).containsExactly(2L, 19L);
        assertThat(records).allSatisfy(r -> assertThat(r.value()).contains(RAW));
    }

    @Test
    void readsACompactArrayAndABom() {
        List<FeedRecord<RawApplicant>> records = readArray("\uFEFF[" + LINE + "," + LINE + "," + LINE + "]");
        assertThat(records).hasSize(3).allSatisfy(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.violations()).isEmpty();
        });
    }

    @Test
    void emptyArrayAndEmptyInputAreEmptyFeeds() {
        assertThat(readArray("[]")).isEmpty();
        assertThat(readArray(" [ ] \n")).isEmpty();
        assertThat(readArray("")).isEmpty();
        assertThat(readArray(" \n ")).isEmpty();
    }

    @Test
    void aSyntaxErrorInTheMiddleEndsTheFeedAndEveryEarlierRecordIsDelivered() {
        String feed = "[\n" + LINE + ",\n" + LINE + ",\n{\"nik\": \"3174015708990001\",\n \"sex\" \"FEMALE\"},\n" + LINE
                + "\n]";
        List<FeedRecord<RawApplicant>> records = readArray(feed);
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(tuple(2L, null), tuple(3L, null), tuple(4L, RuleCode.RECORD_MALFORMED));
        Violation v = first(records.get(2));
        assertThat(v.arguments()).containsEntry("line", 5L).containsEntry("column", 8L);
        assertThat((String) v.arguments().get("detail")).endsWith("at line 5, column 8");
    }

    @Test
    void aMissingCommaBetweenElementsIsReportedOnTheLineOfTheError() {
        List<FeedRecord<RawApplicant>> records = readArray("[" + LINE + "\n" + LINE + "]");
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(tuple(1L, null), tuple(2L, RuleCode.RECORD_MALFORMED));
    }

    @Test
    void aTruncatedArrayEndsWithOneMalformedRecord() {
        List<FeedRecord<RawApplicant>> records = readArray("[" + LINE + ",\n" + LINE.substring(0, 60));
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(tuple(1L, null), tuple(2L, RuleCode.RECORD_MALFORMED));
        assertThat((String) first(records.get(1)).arguments().get("detail")).contains("end-of-input");

        assertThat(readArray("[" + LINE + ","))
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(tuple(1L, null), tuple(1L, RuleCode.RECORD_MALFORMED));
    }

    /** Every record of {@code feed} and where reading stopped early, if it did. */
    private static java.util.Optional<FeedReader.CutShort> cutShort(String feed, List<FeedRecord<RawApplicant>> into) {
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new java.io.ByteArrayInputStream(utf8(feed)), ARRAY)) {
            assertThat(reader.cutShort()).isEmpty();
            reader.forEachRemaining(into::add);
            return reader.cutShort();
        }
    }

    @Test
    void anElementBreakingAJacksonLimitEndsTheFeedAndTheReaderSaysWhereAndWhy() {
        // issue 13 item 5: a string over the maximum, nesting depth 33, a 101-digit number
        String longName = LINE.replace("\"Siti Aminah\"", "\"" + "x".repeat(100_001) + "\"");
        String deep = LINE.substring(0, LINE.lastIndexOf('}')) + ",\"x\":" + "[".repeat(33) + "]".repeat(33) + "}";
        String bigNumber = LINE.replace("\"wave\": 18", "\"wave\": " + "1".repeat(101));
        assertThat(longName).isNotEqualTo(LINE);
        assertThat(bigNumber).isNotEqualTo(LINE);
        for (String[] c : new String[][] {
            {longName, "maxStringLength="}, {deep, "maxNestingDepth="}, {bigNumber, "maxNumberLength="}
        }) {
            List<FeedRecord<RawApplicant>> records = new java.util.ArrayList<>();
            String feed = "[\n" + LINE + ",\n" + LINE + ",\n" + c[0] + ",\n" + LINE + "\n]";
            FeedReader.CutShort cut = cutShort(feed, records).orElseThrow();
            assertThat(records)
                    .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                    .containsExactly(tuple(2L, null), tuple(3L, null), tuple(4L, RuleCode.RECORD_TOO_LARGE));
            assertThat(cut.element()).isEqualTo(3);
            assertThat(cut.line()).isEqualTo(4);
            assertThat(cut.reason().code()).isEqualTo(RuleCode.RECORD_TOO_LARGE);
            assertThat((String) cut.reason().arguments().get("limit")).startsWith(c[1]);
        }
    }

    @Test
    void aSyntaxErrorCutsTheFeedShortAtItsElementAndANormalEndDoesNot() {
        List<FeedRecord<RawApplicant>> records = new java.util.ArrayList<>();
        FeedReader.CutShort cut = cutShort("[" + LINE + ",\n" + LINE + ",\n{\"nik\" 1},\n" + LINE + "]", records)
                .orElseThrow();
        assertThat(records).hasSize(3);
        assertThat(cut.element()).isEqualTo(3);
        assertThat(cut.reason().code()).isEqualTo(RuleCode.RECORD_MALFORMED);

        List<FeedRecord<RawApplicant>> whole = new java.util.ArrayList<>();
        assertThat(cutShort("[" + LINE + ",1,\n" + LINE + "]", whole)).isEmpty();
        assertThat(whole).hasSize(3);
        assertThat(cutShort("{}", new java.util.ArrayList<>()))
                .as("not an array: one record, not cut")
                .isEmpty();
        assertThat(cutShort("", new java.util.ArrayList<>())).isEmpty();
    }

    @Test
    void anElementThatIsNotAnObjectIsMalformedAndTheReaderGoesOn() {
        List<FeedRecord<RawApplicant>> records = readArray("[1,\n\"x\",\n[" + LINE + "],\nnull,\n" + LINE + "]");
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(
                        tuple(1L, RuleCode.RECORD_MALFORMED),
                        tuple(2L, RuleCode.RECORD_MALFORMED),
                        tuple(3L, RuleCode.RECORD_MALFORMED),
                        tuple(4L, RuleCode.RECORD_MALFORMED),
                        tuple(5L, null));
        assertThat(first(records.get(2)).arguments())
                .containsEntry("detail", "expected a JSON object, found a JSON array at line 3, column 1");
    }

    @Test
    void aDocumentThatIsNotAnArrayIsOneMalformedRecord() {
        List<FeedRecord<RawApplicant>> records = readArray(WIRE_SAMPLE);
        assertThat(records).extracting(JsonArrayFeedReaderTest::code).containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(first(records.get(0)).arguments())
                .containsEntry("detail", "expected a JSON array, found a JSON object at line 1, column 1");
    }

    @Test
    void contentAfterTheArrayIsOneMalformedRecord() {
        List<FeedRecord<RawApplicant>> records = readArray("[" + LINE + "]\n[]");
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(tuple(1L, null), tuple(2L, RuleCode.RECORD_MALFORMED));
    }

    @Test
    void fieldProblemsAreReportedPerElement() {
        List<FeedRecord<RawApplicant>> records =
                readArray("[" + Samples.sampleWith("wave", "\"18\"") + ",\n{\"foo\":1}]");
        assertThat(records)
                .extracting(r -> first(r).code(), r -> first(r).field(), FeedRecord::line)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "wave", 1L), tuple(RuleCode.FIELD_UNKNOWN, "foo", 2L));
    }

    @Test
    void lenientModeIgnoresUnknownFields() {
        List<FeedRecord<RawApplicant>> records =
                readAll(utf8("[{\"foo\":{\"bar\":[1,2]}}," + LINE + "]"), ARRAY.withStrict(false));
        assertThat(records)
                .extracting(FeedRecord::violations)
                .allSatisfy(v -> assertThat(v).isEmpty());
    }

    @Test
    void invalidUtf8EndsTheFeedAtItsPositionAfterTheRecordsBeforeIt() throws IOException {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.write(utf8("[" + LINE + ",\n" + LINE + ",\n{\"foo\":\"a"));
        feed.write(0xFF);
        feed.write(utf8("\"},\n" + LINE + "]"));
        List<FeedRecord<RawApplicant>> records = readAll(feed.toByteArray(), ARRAY);
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(tuple(1L, null), tuple(2L, null), tuple(3L, RuleCode.RECORD_MALFORMED));
        assertThat(first(records.get(2)).arguments())
                .containsEntry("detail", "invalid UTF-8 (byte 0xFF) at line 3, column 10");
    }

    @Test
    void anElementOverTheByteCapIsTooLargeAndTheReaderGoesOn() {
        String big = "{\"foo\":[" + "\"aaaaaaaaaa\",".repeat(10_000) + "1],\"fullName\":\"x\"}";
        String bigString = "{\"fullName\":\"" + "a".repeat(5000) + "\"}";
        String feed = "[" + LINE + ",\n" + big + ",\n" + bigString + ",\n" + LINE + "]";
        List<FeedRecord<RawApplicant>> records =
                readAll(utf8(feed), ARRAY.withStrict(false).withMaxRecordBytes(1000));
        assertThat(records)
                .extracting(FeedRecord::line, JsonArrayFeedReaderTest::code)
                .containsExactly(
                        tuple(1L, null),
                        tuple(2L, RuleCode.RECORD_TOO_LARGE),
                        tuple(3L, RuleCode.RECORD_TOO_LARGE),
                        tuple(4L, null));
        assertThat(first(records.get(1)).arguments())
                .containsEntry("limit", "maxRecordBytes=1000")
                .containsEntry("bytes", (long) big.length());
        assertThat(first(records.get(2)).arguments()).containsEntry("limit", "maxRecordBytes=1000");
    }

    @Test
    void anIoFailureIsThrown() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(failing, ARRAY)) {
            assertThatThrownBy(reader::hasNext)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseMessage("disk gone");
        }
    }
}
