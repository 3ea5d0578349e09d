// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

/**
 * Strict UTF-8 checks (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) that also refuse
 * the NUL byte, which JSON never allows unescaped and which would make Jackson guess UTF-16 or UTF-32.
 */
public final class Utf8 {

    private Utf8() {}

    /** Whether {@code b[offset, offset + length)} starts with the UTF-8 byte-order mark {@code EF BB BF}. */
    public static boolean hasBom(byte[] b, int offset, int length) {
        return length >= 3 && b[offset] == (byte) 0xEF && b[offset + 1] == (byte) 0xBB && b[offset + 2] == (byte) 0xBF;
    }

    /**
     * The index of the first byte of the first bad sequence in {@code bytes[offset, offset + length)}, or
     * {@code -1} if the range is well-formed UTF-8 without NUL bytes. A sequence cut off by the end of the
     * range is bad.
     */
    public static int firstBadByte(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            i = Swar.skipAscii(bytes, i, end); // ASCII bytes other than NUL, eight at a time
            if (i == end) {
                break;
            }
            int b = bytes[i];
            if (b == 0) {
                return i;
            }
            b &= 0xFF;
            int need;
            int min = 0x80;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    min = 0xA0;
                } else if (b == 0xED) {
                    max = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    min = 0x90;
                } else if (b == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return i;
            }
            if (end - i <= need) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k <= need; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += need + 1;
        }
        return -1;
    }

    /** How a bad byte found by {@link #firstBadByte} reads in a report. */
    public static String describeBadByte(byte b) {
        return b == 0 ? "NUL byte" : String.format("invalid UTF-8 (byte 0x%02X)", b & 0xFF);
    }

    /**
     * Checks UTF-8 one byte at a time across buffer boundaries, for a stream. {@link #accept(int)} answers
     * {@code false} at the first byte that cannot continue a well-formed text.
     */
    public static final class Checker {
        private int remaining;
        private int min = 0x80;
        private int max = 0xBF;

        /** Whether {@code b} (0–255) can come next. */
        public boolean accept(int b) {
            if (remaining > 0) {
                if (b < min || b > max) {
                    return false;
                }
                remaining--;
                min = 0x80;
                max = 0xBF;
                return true;
            }
            if (b < 0x80) {
                return b != 0;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                remaining = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                remaining = 2;
                if (b == 0xE0) {
                    min = 0xA0;
                } else if (b == 0xED) {
                    max = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                remaining = 3;
                if (b == 0xF0) {
                    min = 0x90;
                } else if (b == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return false;
            }
            return true;
        }

        /** Whether the bytes so far end on a character boundary. */
        public boolean atBoundary() {
            return remaining == 0;
        }
    }
}
