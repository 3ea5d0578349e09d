// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static id.prakerja.json.Samples.LINE;
import static id.prakerja.json.Samples.RAW;
import static id.prakerja.json.Samples.readAll;
import static id.prakerja.json.Samples.readNdjson;
import static id.prakerja.json.Samples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The NDJSON reader: one record per non-blank line, and a bad line never stops the feed. */
class NdjsonFeedReaderTest {

    private static RuleCode code(FeedRecord<RawApplicant> r) {
        return r.violations().isEmpty() ? null : r.violations().get(0).code();
    }

    private static Object detail(FeedRecord<RawApplicant> r) {
        return r.violations().get(0).arguments().get("detail");
    }

    @Test
    void readsOneRecordPerLineWithItsLineNumber() {
        List<FeedRecord<RawApplicant>> records = readNdjson(LINE + "\n" + LINE + "\n");
        assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 2L);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.value()).contains(RAW);
            assertThat(r.violations()).isEmpty();
        });
    }

    @Test
    void aPartOfAStreamIsNumberedFromItsFirstLineInRecordsAndInMessages() {
        byte[] part = utf8("\n" + LINE + "\n{\"nik\": \n");
        List<FeedRecord<RawApplicant>> records;
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(new ByteArrayInputStream(part), ReadOptions.defaults(), 41)) {
            records = reader.stream().collect(Collectors.toList());
        }
        // line 41 is the blank line that starts the part
        assertThat(records).extracting(FeedRecord::line).containsExactly(42L, 43L);
        assertThat(records.get(0).value()).contains(RAW);
        assertThat(code(records.get(1))).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat((String) detail(records.get(1))).contains("at line 43,");
        assertThatThrownBy(() -> FeedReader.applicants(new ByteArrayInputStream(part), ReadOptions.defaults(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedReader.applicants(
                        new ByteArrayInputStream(part), ReadOptions.defaults().withFormat(FeedFormat.JSON_ARRAY), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NDJSON");
    }

    @Test
    void acceptsCrlfABomAndAFinalLineWithoutNewline() {
        List<FeedRecord<RawApplicant>> records = readNdjson("\uFEFF" + LINE + "\r\n" + LINE + "\r\n" + LINE);
        assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(records).allSatisfy(r -> assertThat(r.value()).contains(RAW));
    }

    @Test
    void acceptsAByteOrderMarkAtTheStartOfALaterLineAsFromConcatenatedFiles() {
        List<FeedRecord<RawApplicant>> records = readNdjson("\uFEFF" + LINE + "\n\uFEFF" + LINE + "\n");
        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.value()).contains(RAW));
    }

    @Test
    void aLineOfOnlyAByteOrderMarkOrAMarkAndSpacesIsBlank() {
        // issue 13 item 6: after line 1 too, the mark is dropped and a blank line is skipped
        List<FeedRecord<RawApplicant>> records = readNdjson(LINE + "\n\uFEFF\n\uFEFF   \t\r\n" + LINE + "\n\uFEFF");
        assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 4L);
        assertThat(records).allSatisfy(r -> assertThat(r.violations()).isEmpty());
    }

    @Test
    void skipsBlankLinesButCountsThemForLineNumbers() {
        List<FeedRecord<RawApplicant>> records = readNdjson("\n" + LINE + "\n   \n\t\r\n\r\n" + LINE + "\n\n");
        assertThat(records).extracting(FeedRecord::line).containsExactly(2L, 6L);
    }

    @Test
    void emptyInputAndOnlyABomAreEmptyFeeds() {
        assertThat(readNdjson("")).isEmpty();
        assertThat(readNdjson("\uFEFF")).isEmpty();
        assertThat(readNdjson("\n\r\n  ")).isEmpty();
    }

    @Test
    void aMalformedLineIsOneRecordAndTheReaderGoesOn() {
        List<FeedRecord<RawApplicant>> records =
                readNdjson(LINE + "\n{\"nik\": \"3174015708990001\", oops}\n" + LINE + "\n");
        assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 2L, 3L);
        FeedRecord<RawApplicant> bad = records.get(1);
        assertThat(code(bad)).isEqualTo(RuleCode.RECORD_MALFORMED);
        assertThat(bad.value()).isEmpty();
        assertThat(bad.violations().get(0).arguments())
                .containsEntry("line", 2L)
                .containsEntry("column", 29L);
        assertThat((String) detail(bad)).endsWith("at line 2, column 29");
        assertThat(records.get(2).value()).contains(RAW);
    }

    @Test
    void aTruncatedLineIsMalformedAndTheNextLineIsRead() {
        List<FeedRecord<RawApplicant>> records = readNdjson(LINE.substring(0, 40) + "\n" + LINE);
        assertThat(records).extracting(NdjsonFeedReaderTest::code).containsExactly(RuleCode.RECORD_MALFORMED, null);
        assertThat((String) detail(records.get(0))).contains("end-of-input").contains("at line 1");
    }

    @Test
    void aLineThatIsNotAnObjectIsMalformed() {
        List<FeedRecord<RawApplicant>> records =
                readNdjson("[" + LINE + "]\n\"x\"\n42\nnull\ntrue\n" + LINE + " " + LINE + "\n" + LINE);
        assertThat(records)
                .extracting(FeedRecord::line, NdjsonFeedReaderTest::code)
                .containsExactly(
                        tuple(1L, RuleCode.RECORD_MALFORMED),
                        tuple(2L, RuleCode.RECORD_MALFORMED),
                        tuple(3L, RuleCode.RECORD_MALFORMED),
                        tuple(4L, RuleCode.RECORD_MALFORMED),
                        tuple(5L, RuleCode.RECORD_MALFORMED),
                        tuple(6L, RuleCode.RECORD_MALFORMED),
                        tuple(7L, null));
        assertThat(detail(records.get(0))).isEqualTo("expected a JSON object, found a JSON array at line 1, column 1");
        assertThat((String) detail(records.get(5))).startsWith("content after the record: a JSON object");
    }

    @Test
    void fieldProblemsKeepTheRecordBoundWithItsLine() {
        List<FeedRecord<RawApplicant>> records =
                readNdjson(LINE + "\n" + Samples.sampleWith("nik", "3174015708990001") + "\n");
        FeedRecord<RawApplicant> r = records.get(1);
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(tuple(RuleCode.FIELD_INVALID, "nik"));
        assertThat(r.value()).contains(Samples.rawWithout("nik"));
    }

    @Test
    void invalidUtf8OnALineSpoilsOnlyThatLine() throws IOException {
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.write(utf8(LINE + "\n"));
        feed.write(utf8("{\"fullName\":\"Siti "));
        feed.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte without its continuation
        feed.write(utf8("\"}\n"));
        feed.write(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'}); // not UTF-8 at all (a UTF-16 BOM)
        feed.write(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '\n'}); // cut by the newline
        feed.write(utf8(LINE + "\n"));
        List<FeedRecord<RawApplicant>> records = readAll(feed.toByteArray(), ReadOptions.defaults());
        assertThat(records)
                .extracting(FeedRecord::line, NdjsonFeedReaderTest::code)
                .containsExactly(
                        tuple(1L, null),
                        tuple(2L, RuleCode.RECORD_MALFORMED),
                        tuple(3L, RuleCode.RECORD_MALFORMED),
                        tuple(4L, RuleCode.RECORD_MALFORMED),
                        tuple(5L, null));
        assertThat(detail(records.get(1))).isEqualTo("invalid UTF-8 (byte 0xC3) at line 2, column 19");
        assertThat(detail(records.get(2))).isEqualTo("invalid UTF-8 (byte 0xFF) at line 3, column 1");
        assertThat(detail(records.get(3))).isEqualTo("invalid UTF-8 (byte 0xE2) at line 4, column 7");
        assertThat(records.get(4).value()).contains(RAW);
    }

    @Test
    void aNulByteIsMalformed() {
        List<FeedRecord<RawApplicant>> records = readNdjson("\0\0\0{}\n" + LINE);
        assertThat(records).extracting(NdjsonFeedReaderTest::code).containsExactly(RuleCode.RECORD_MALFORMED, null);
        assertThat(detail(records.get(0))).isEqualTo("NUL byte at line 1, column 1");
    }

    @Test
    void aLineOverTheByteCapIsTooLargeAndSkippedWithoutBeingKept() {
        int cap = 1 << 20;
        long huge = 5L << 20;
        InputStream feed = new SequenceOfParts(
                utf8(LINE + "\n"), utf8("{\"fullName\":\""), repeat('a', huge), utf8("\"}\r\n"), utf8(LINE + "\n"));
        List<FeedRecord<RawApplicant>> records;
        try (FeedReader<RawApplicant> reader =
                FeedReader.applicants(feed, ReadOptions.defaults().withMaxRecordBytes(cap))) {
            records = reader.stream().collect(Collectors.toList());
        }
        assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 2L, 3L);
        Violation tooLarge = records.get(1).violations().get(0);
        assertThat(tooLarge.code()).isEqualTo(RuleCode.RECORD_TOO_LARGE);
        assertThat(tooLarge.arguments())
                .containsEntry("limit", "maxRecordBytes=1048576")
                .containsEntry("bytes", huge + 15);
        assertThat(records.get(2).value()).contains(RAW);
    }

    @Test
    void aLineOfExactlyTheCapFitsAndOneMoreByteDoesNot() {
        String fits = "{\"fullName\":\"" + "a".repeat(100 - 15) + "\"}";
        assertThat(fits).hasSize(100);
        ReadOptions cap = ReadOptions.defaults().withMaxRecordBytes(100);
        List<FeedRecord<RawApplicant>> records =
                readAll(utf8(fits + "\r\n" + fits.replace("{", "{ ") + "\n" + fits), cap);
        assertThat(records)
                .extracting(NdjsonFeedReaderTest::code)
                .containsExactly(null, RuleCode.RECORD_TOO_LARGE, null);
        assertThat(records.get(1).violations().get(0).arguments()).containsEntry("bytes", 101L);
    }

    @Test
    void yieldsExactlyOneItemPerNonBlankLine() {
        String feed =
                String.join("\n", LINE, "", "garbage", "{}", "[]", "{\"x\":1}", LINE.substring(5), "  ", "\"s\"", LINE);
        long nonBlank = feed.lines().filter(l -> !l.isBlank()).count();
        List<FeedRecord<RawApplicant>> records = readNdjson(feed);
        assertThat(records).hasSize((int) nonBlank);
        long valid = records.stream().filter(r -> r.violations().isEmpty()).count();
        long invalid = records.stream().filter(r -> !r.violations().isEmpty()).count();
        assertThat(valid + invalid).isEqualTo(records.size());
        assertThat(valid).isEqualTo(3);
    }

    @Test
    void iteratesLazilyAndSignalsTheEnd() {
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(new ByteArrayInputStream(utf8(LINE)))) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.delivered()).isZero();
            assertThat(reader.next().line()).isEqualTo(1);
            assertThat(reader.delivered()).isEqualTo(1);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
            assertThat(reader.options()).isEqualTo(ReadOptions.defaults());
        }
    }

    @Test
    void closingTheStreamClosesTheInput() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(utf8(LINE)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<FeedRecord<RawApplicant>> s = FeedReader.applicants(in).stream()) {
            assertThat(s.count()).isEqualTo(1);
        }
        assertThat(closed).isTrue();
    }

    @Test
    void anIoFailureIsThrownNotReportedAsData() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(failing)) {
            assertThatThrownBy(reader::hasNext)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasRootCauseMessage("disk gone");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    private static InputStream repeat(char c, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }

    /** Concatenates byte arrays and generated streams, producing the big line on the fly. */
    private static final class SequenceOfParts extends InputStream {
        private final InputStream in;

        SequenceOfParts(Object... parts) {
            InputStream all = InputStream.nullInputStream();
            for (Object p : parts) {
                InputStream next = p instanceof byte[] b ? new ByteArrayInputStream(b) : (InputStream) p;
                all = new java.io.SequenceInputStream(all, next);
            }
            this.in = all;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, len);
        }
    }
}
