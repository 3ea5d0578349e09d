// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckingInputStreamTest {

    @Test
    void passesWellFormedBytesThrough() throws IOException {
        byte[] text = "a\u00e9\n\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        assertThat(new Utf8CheckingInputStream(new ByteArrayInputStream(text)).readAllBytes())
                .isEqualTo(text);
    }

    @Test
    void returnsTheBytesBeforeABadByteThenThrowsWithItsPosition() throws IOException {
        byte[] text = {'a', '\n', 'b', 'c', (byte) 0xFF, 'd'};
        Utf8CheckingInputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(text));
        byte[] buf = new byte[16];
        assertThat(in.read(buf, 0, 16)).isEqualTo(4);
        assertThatThrownBy(() -> in.read(buf, 0, 16)).isInstanceOfSatisfying(MalformedBytesException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.description()).isEqualTo("invalid UTF-8 (byte 0xFF)");
        });
        assertThatThrownBy(in::read).isInstanceOf(MalformedBytesException.class);
    }

    @Test
    void reportsASequenceCutOffByTheEnd() {
        Utf8CheckingInputStream in =
                new Utf8CheckingInputStream(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE2}));
        assertThatThrownBy(in::readAllBytes)
                .isInstanceOf(MalformedBytesException.class)
                .hasMessage("UTF-8 sequence cut off by the end of input at line 1, column 3");
    }

    @Test
    void refusesToSkip() {
        assertThatThrownBy(() -> new Utf8CheckingInputStream(new ByteArrayInputStream(new byte[4])).skip(2))
                .isInstanceOf(IOException.class);
    }
}
