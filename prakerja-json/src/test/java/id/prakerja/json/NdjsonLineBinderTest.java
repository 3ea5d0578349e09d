// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.LINE;
import static id.prakerja.json.Samples.RAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One line at a time gives what {@link FeedReader} gives for that line of the whole stream. */
class NdjsonLineBinderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The kinds of line a feed may hold, good and bad, for a cap of {@code max} bytes. */
    private static List<byte[]> lineKinds(int max) {
        List<byte[]> kinds = new ArrayList<>();
        kinds.add(utf8(LINE));
        kinds.add(utf8(LINE + "\r"));
        kinds.add(concat(BOM, utf8(LINE)));
        kinds.add(concat(BOM, BOM, utf8(LINE)));
        kinds.add(concat(BOM, BOM, BOM, utf8(LINE)));
        kinds.add(concat(BOM, utf8("{\"nik\": ")));
        kinds.add(concat(BOM));
        kinds.add(concat(BOM, utf8("\r")));
        kinds.add(utf8(""));
        kinds.add(utf8(" \t "));
        kinds.add(utf8("\r"));
        kinds.add(utf8("\r\r"));
        kinds.add(utf8("{\"nik\": "));
        kinds.add(utf8("[1, 2]"));
        kinds.add(utf8("{} {}"));
        kinds.add(utf8("{\"nik\": \"3174015708990001\", \"extra\": 1}"));
        kinds.add(utf8("{\"nik\": 3174015708990001}"));
        kinds.add(concat(utf8("{\"fullName\": \"a"), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}")));
        kinds.add(concat(utf8("{\"fullName\": \"a"), new byte[] {0}, utf8("\"}")));
        // around the cap, with and without a '\r' and a byte-order mark
        for (int n = max - 2; n <= max + 3; n++) {
            if (n < 2) {
                continue;
            }
            byte[] object = new byte[n];
            Arrays.fill(object, (byte) ' ');
            object[0] = '{';
            object[n - 1] = '}';
            kinds.add(object);
            kinds.add(concat(object, utf8("\r")));
            kinds.add(concat(BOM, object));
            kinds.add(concat(BOM, object, utf8("\r")));
        }
        return kinds;
    }

    private static List<FeedRecord<RawApplicant>> whole(byte[] stream, ReadOptions options) {
        List<FeedRecord<RawApplicant>> out = new ArrayList<>();
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(new ByteArrayInputStream(stream), options)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    /** Splits at every '\n' as Hadoop's text input does, and binds each line inside a larger array. */
    private static List<FeedRecord<RawApplicant>> byLines(byte[] stream, NdjsonLineBinder<RawApplicant> binder) {
        List<FeedRecord<RawApplicant>> out = new ArrayList<>();
        long line = 1;
        int start = 0;
        for (int i = 0; i <= stream.length; i++) {
            if (i == stream.length || stream[i] == '\n') {
                if (i == stream.length && start == i) {
                    break; // nothing after the last '\n': no line
                }
                byte[] padded = new byte[i - start + 7];
                Arrays.fill(padded, (byte) '{');
                System.arraycopy(stream, start, padded, 5, i - start);
                binder.bind(line, padded, 5, i - start).ifPresent(out::add);
                line++;
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * Binds the stream as blocks of whole lines, each inside a larger array ({@code bindLines}), cut after
     * random newlines, each block numbered from the line count the blocks before it returned.
     */
    private static List<FeedRecord<RawApplicant>> byBlocks(
            byte[] stream, NdjsonLineBinder<RawApplicant> binder, Random random) {
        List<FeedRecord<RawApplicant>> out = new ArrayList<>();
        long firstLine = 1;
        int start = 0;
        while (start < stream.length) {
            int end = start;
            while (end < stream.length && (stream[end] != '\n' || random.nextInt(3) != 0)) {
                end++;
            }
            end = Math.min(stream.length, end + 1); // just after a '\n', or the end of the stream
            byte[] padded = new byte[end - start + 9];
            Arrays.fill(padded, (byte) '\n');
            System.arraycopy(stream, start, padded, 4, end - start);
            long lines = binder.bindLines(firstLine, padded, 4, end - start, out::add);
            long newlines = 0;
            for (int i = start; i < end; i++) {
                newlines += stream[i] == '\n' ? 1 : 0;
            }
            assertThat(lines).isEqualTo(stream[end - 1] == '\n' ? newlines : newlines + 1);
            firstLine += lines;
            start = end;
        }
        return out;
    }

    private static void assertSameAsFeedReader(byte[] stream, ReadOptions options) {
        List<FeedRecord<RawApplicant>> expected = whole(stream, options);
        assertThat(byLines(stream, NdjsonLineBinder.applicants(options)))
                .as("%s", new String(stream, StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(byBlocks(stream, NdjsonLineBinder.applicants(options), new Random(stream.length)))
                .as("in blocks: %s", new String(stream, StandardCharsets.UTF_8))
                .isEqualTo(expected);
    }

    @Test
    void everyKindOfLineAsFeedReaderReadsItOnLineOneAndLater() {
        for (int max : new int[] {20, 64, ReadOptions.DEFAULT_MAX_RECORD_BYTES}) {
            ReadOptions options = ReadOptions.defaults().withMaxRecordBytes(max);
            for (byte[] kind : lineKinds(max)) {
                // first on line 1 (where a byte-order mark may be the stream's), then on line 3 after a blank
                assertSameAsFeedReader(concat(kind, utf8("\n"), utf8(LINE)), options);
                assertSameAsFeedReader(concat(utf8(LINE + "\n\n"), kind, utf8("\n")), options);
                assertSameAsFeedReader(concat(utf8(LINE + "\n"), kind), options);
            }
        }
    }

    @Test
    void seededFeedsOfMixedLinesInStrictAndLenientMode() {
        Random random = new Random(15);
        for (int round = 0; round < 300; round++) {
            int max = random.nextBoolean() ? 40 : 400;
            List<byte[]> kinds = lineKinds(max);
            ByteArrayOutputStream feed = new ByteArrayOutputStream();
            int lines = 1 + random.nextInt(12);
            for (int i = 0; i < lines; i++) {
                feed.writeBytes(kinds.get(random.nextInt(kinds.size())));
                if (i < lines - 1 || random.nextBoolean()) {
                    feed.write('\n');
                }
            }
            ReadOptions options = ReadOptions.defaults().withMaxRecordBytes(max).withStrict(random.nextBoolean());
            assertSameAsFeedReader(feed.toByteArray(), options);
        }
    }

    @Test
    void aRecordItsLineAndTheLineNumberInMessages() {
        NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
        FeedRecord<RawApplicant> good = binder.bind(7, utf8(LINE)).orElseThrow();
        assertThat(good.line()).isEqualTo(7);
        assertThat(good.value()).contains(RAW);
        FeedRecord<RawApplicant> bad = binder.bind(41, utf8("{\"nik\": ")).orElseThrow();
        assertThat(bad.line()).isEqualTo(41);
        assertThat(bad.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.RECORD_MALFORMED);
            assertThat(v.arguments().get("detail").toString()).contains("line 41");
        });
        assertThat(binder.bind(3, utf8(" \r"))).isEmpty();
    }

    @Test
    void aByteOrderMarkOnLineOneMayBeTheStreamsAndTheLinesButLaterOnlyTheLines() {
        NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
        // the stream's mark, the line's mark, and one that the JSON parser itself skips at the start
        byte[] threeMarks = concat(BOM, BOM, BOM, utf8(LINE));
        assertThat(binder.bind(1, threeMarks).orElseThrow().value()).contains(RAW);
        assertThat(binder.bind(2, threeMarks).orElseThrow().violations())
                .extracting(v -> v.code())
                .containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(binder.bind(2, concat(BOM, utf8(LINE))).orElseThrow().value())
                .contains(RAW);
    }

    @Test
    void aLineOverTheCapIsTooLargeWithItsLength() {
        ReadOptions options = ReadOptions.defaults().withMaxRecordBytes(10);
        NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(options);
        Optional<FeedRecord<RawApplicant>> r = binder.bind(5, utf8("{\"a\":     1}\r"));
        assertThat(r.orElseThrow().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.RECORD_TOO_LARGE);
            assertThat(v.arguments())
                    .containsEntry("limit", "maxRecordBytes=10")
                    .containsEntry("bytes", 12L);
        });
    }

    @Test
    void aBlockOfLinesCountsItsLinesAndRefusesALineNumberBelowOne() {
        NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
        List<FeedRecord<RawApplicant>> out = new ArrayList<>();
        byte[] block = utf8(LINE + "\n\n \n" + LINE);
        assertThat(binder.bindLines(7, block, 0, block.length, out::add)).isEqualTo(4);
        assertThat(out).extracting(FeedRecord::line).containsExactly(7L, 10L);
        assertThat(binder.bindLines(1, block, 0, 0, out::add)).isZero();
        assertThatThrownBy(() -> binder.bindLines(0, block, 0, block.length, out::add))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> binder.bindLines(1, block, 1, block.length, out::add))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void refusesWhatIsNotALineOfNdjson() {
        NdjsonLineBinder<RawApplicant> binder = NdjsonLineBinder.applicants(ReadOptions.defaults());
        assertThatThrownBy(() -> binder.bind(0, utf8(LINE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> binder.bind(1, new byte[3], 2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(
                        () -> NdjsonLineBinder.applicants(ReadOptions.defaults().withFormat(FeedFormat.JSON_ARRAY)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
