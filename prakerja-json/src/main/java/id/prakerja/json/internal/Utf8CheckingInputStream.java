// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 without NUL bytes. At a bad byte it
 * first returns everything before it, so that a reader downstream can finish the records that precede it,
 * and throws {@link MalformedBytesException} on the next read. Counts lines ({@code \n}) and columns to
 * place the bad byte.
 */
public final class Utf8CheckingInputStream extends FilterInputStream {

    private final Utf8.Checker checker = new Utf8.Checker();
    private long line = 1;
    private long column = 1;
    private MalformedBytesException pending;

    /** Wraps {@code in}. */
    public Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (!checker.atBoundary()) {
                pending = new MalformedBytesException("UTF-8 sequence cut off by the end of input", line, column);
                throw pending;
            }
            return -1;
        }
        for (int i = off; i < off + n; i++) {
            int c = b[i] & 0xFF;
            if (!checker.accept(c)) {
                pending = new MalformedBytesException(Utf8.describeBadByte(b[i]), line, column);
                if (i == off) {
                    throw pending;
                }
                return i - off;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported: every byte must be checked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
