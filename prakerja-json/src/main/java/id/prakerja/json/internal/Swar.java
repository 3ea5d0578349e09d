// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte scans eight bytes at a time ("SIMD within a register"): a feed is read byte by byte twice before
 * Jackson sees it (the end of each line, and a UTF-8 check of it), and a loop over one {@code long} of eight
 * bytes does that in an eighth of the steps. Each scan gives the same answer as the plain loop it replaces
 * (tested against it on every offset and byte value).
 */
public final class Swar {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private Swar() {}

    /** The eight bytes at {@code i}, the first in the lowest byte. */
    private static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** The high bit set in exactly the bytes of {@code x} that are zero (no carry crosses a byte). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** The index of the first {@code '\n'} in {@code b[from, to)}, or -1. */
    public static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long zeros = zeroBytes(word(b, i) ^ NEWLINES);
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first byte in {@code b[from, to)} that is not a printable-or-control ASCII byte from 1
     * to 127 (so NUL or a byte of a multi-byte UTF-8 sequence), or {@code to} if there is none.
     */
    static int skipAscii(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long stop = (w & HIGH) | zeroBytes(w);
            if (stop != 0) {
                return i + (Long.numberOfTrailingZeros(stop) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] <= 0) {
                return i;
            }
        }
        return to;
    }
}
