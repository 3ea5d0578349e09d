// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    /** Each line as "number:text", or "number:TOO_LONG(length)". */
    private static List<String> lines(InputStream in, int max) throws IOException {
        LineReader r = new LineReader(in, max);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add(r.lineNumber() + ":"
                    + (r.tooLong()
                            ? "TOO_LONG(" + r.length() + ")"
                            : new String(r.bytes(), 0, r.size(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static List<String> lines(String s, int max) throws IOException {
        return lines(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void splitsAtNewlinesAndDropsTheCarriageReturnBeforeThem() throws IOException {
        assertThat(lines("a\nbc\r\n\nd", 10)).containsExactly("1:a", "2:bc", "3:", "4:d");
        assertThat(lines("a\n", 10)).containsExactly("1:a");
        assertThat(lines("", 10)).isEmpty();
        assertThat(lines("\n", 10)).containsExactly("1:");
        assertThat(lines("a\rb\n", 10)).containsExactly("1:a\rb");
    }

    @Test
    void dropsAByteOrderMarkAtTheStartOfTheStreamAndOfEveryLine() throws IOException {
        // issue 13 item 6: as where files were joined with cat; a line of only a mark is then empty
        assertThat(lines("\uFEFFa\n\uFEFFb", 10)).containsExactly("1:a", "2:b");
        assertThat(lines("a\n\uFEFF\n\uFEFF \r\nb\uFEFF", 10)).containsExactly("1:a", "2:", "3: ", "4:b\uFEFF");
        assertThat(lines("\uFEFF", 10)).isEmpty();
        assertThat(lines("\uFEFF\n", 10)).containsExactly("1:");
    }

    @Test
    void countsButDoesNotKeepALineOverTheLimit() throws IOException {
        assertThat(lines("12345\n123456\n1234567\r\n12345\r\nx", 6))
                .containsExactly("1:12345", "2:123456", "3:TOO_LONG(7)", "4:12345", "5:x");
        assertThat(lines("1234567", 6)).containsExactly("1:TOO_LONG(7)");
    }

    @Test
    void handlesLinesAcrossManyReadsAndOneByteReads() throws IOException {
        String big = "x".repeat(200_000);
        InputStream trickle = new ByteArrayInputStream(("ab\r\n" + big + "\ncd").getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertThat(lines(trickle, 300_000)).containsExactly("1:ab", "2:" + big, "3:cd");
    }

    @Test
    void aLineOfOnlyACarriageReturnIsBlank() throws IOException {
        LineReader r = new LineReader(new ByteArrayInputStream(" \t\r\n x\n".getBytes(StandardCharsets.US_ASCII)), 10);
        assertThat(r.next()).isTrue();
        assertThat(r.isBlank()).isTrue();
        assertThat(r.next()).isTrue();
        assertThat(r.isBlank()).isFalse();
        assertThat(r.next()).isFalse();
    }
}
