// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The chunks of {@link LineChunks}, each read on its own, give exactly the records of {@link FeedReader} over
 * the whole stream — line numbers, bound values and violations (with the positions in their texts) — for
 * seeded streams of awkward lines cut at many sizes of chunk.
 */
class LineChunksTest {

    /** A small record cap, so that lines over it are cheap to make. */
    private static final ReadOptions OPTIONS = ReadOptions.defaults().withMaxRecordBytes(300);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String RECORD =
            "{\"nik\":\"3174015708990001\",\"familyCardNumber\":\"3174011203150007\",\"fullName\":\"Siti\","
                    + "\"birthDate\":\"1999-08-17\",\"sex\":\"FEMALE\",\"citizenship\":\"WNI\"}";

    /** One line of the stream (without its terminator, unless it brings its own). */
    private static byte[] line(SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (r.nextInt(11)) {
            case 0 -> out.writeBytes(BOM);
            case 1 -> out.writeBytes("   \t".getBytes(StandardCharsets.US_ASCII));
            case 2 -> out.writeBytes("{\"nik\": 12".getBytes(StandardCharsets.US_ASCII));
            case 3 -> out.writeBytes(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'});
            case 4 -> {
                // over the cap, or just under or at it, sometimes after a byte-order mark
                if (r.nextBoolean()) {
                    out.writeBytes(BOM);
                }
                int n = r.nextBoolean() ? 290 + r.nextInt(20) : 300 + r.nextInt(5000);
                out.writeBytes(("{\"fullName\":\"" + "x".repeat(n) + "\"}").getBytes(StandardCharsets.US_ASCII));
            }
            case 5 -> out.writeBytes((RECORD + "\r").getBytes(StandardCharsets.US_ASCII));
            case 6 -> {
                out.writeBytes(BOM);
                out.writeBytes(RECORD.getBytes(StandardCharsets.US_ASCII));
            }
            case 7 -> out.writeBytes("[1,2]".getBytes(StandardCharsets.US_ASCII));
            default ->
                out.writeBytes(RECORD.replace("Siti", "Siti " + r.nextInt(100)).getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] stream(SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = r.nextInt(60);
        for (int i = 0; i < lines; i++) {
            out.writeBytes(line(r));
            if (i < lines - 1 || r.nextBoolean()) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static List<Rec> whole(byte[] bytes) {
        List<Rec> out = new ArrayList<>();
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(new ByteArrayInputStream(bytes), OPTIONS)) {
            reader.forEachRemaining(r -> out.add(describe(FeedRecord.toFeedInput(r))));
        }
        return out;
    }

    private static List<Rec> chunked(byte[] bytes, int target) {
        List<Rec> out = new ArrayList<>();
        LineChunks chunks = new LineChunks(new ByteArrayInputStream(bytes), OPTIONS, target);
        while (chunks.hasNext()) {
            for (FeedInput in : LineChunks.read(chunks.next(), OPTIONS)) {
                out.add(describe(in));
            }
        }
        return out;
    }

    /** Everything a record carries: its line, its raw value and its read violations (with their arguments). */
    record Rec(long line, RawApplicant raw, List<Violation> violations) {}

    private static Rec describe(FeedInput in) {
        return new Rec(in.line(), in.raw(), in.readViolations());
    }

    @TestFactory
    Stream<DynamicTest> everyCutGivesTheRecordsOfTheWholeStream() {
        return LongStream.range(0, 150)
                .mapToObj(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    byte[] bytes = stream(r);
                    List<Rec> expected = whole(bytes);
                    for (int target : new int[] {1, 2, 7, 64, 200, 301, 1000, 1 << 20}) {
                        assertThat(chunked(bytes, target))
                                .as("chunks of %d bytes", target)
                                .isEqualTo(expected);
                    }
                }));
    }

    @Test
    void newlinesAreCountedExactlyEightBytesAtATime() {
        byte[] alphabet = {'\n', 0x0B, 0x09, (byte) 0x8A, 0x0A, 0x00, (byte) 0xFF, 0x7F, 0x01, 'x'};
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[r.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = alphabet[r.nextInt(alphabet.length)];
            }
            int from = bytes.length == 0 ? 0 : r.nextInt(bytes.length);
            int to = from + r.nextInt(bytes.length - from + 1);
            int expected = 0;
            for (int i = from; i < to; i++) {
                expected += bytes[i] == '\n' ? 1 : 0;
            }
            assertThat(LineChunks.countNewlines(bytes, from, to)).isEqualTo(expected);
        }
    }

    @Test
    void aLineOverTheCapIsReadToItsEndWithoutBeingHeld() {
        // a 5 MB line at the start after a byte-order mark, one in the middle, one at the end without \n
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] big = ("{\"fullName\":\"" + "y".repeat(5_000_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(BOM);
        out.writeBytes(big);
        out.write('\n');
        out.writeBytes(RECORD.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        out.writeBytes(BOM);
        out.writeBytes(big);
        out.write('\n');
        out.writeBytes(big);
        byte[] bytes = out.toByteArray();
        List<Rec> expected = whole(bytes);
        assertThat(expected).hasSize(4);
        assertThat(expected).extracting(Rec::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(expected.get(0).violations()).extracting(Violation::code).containsExactly(RuleCode.RECORD_TOO_LARGE);
        assertThat(expected.get(2).violations()).extracting(Violation::code).containsExactly(RuleCode.RECORD_TOO_LARGE);
        assertThat(expected.get(3).violations()).extracting(Violation::code).containsExactly(RuleCode.RECORD_TOO_LARGE);
        for (int target : new int[] {1, 100, 1 << 18}) {
            assertThat(chunked(bytes, target)).isEqualTo(expected);
        }
    }
}
