// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Kemendagri province, regency/city and district codes of the editions 2016–2025, read once from the
 * bundled {@code regions-kemendagri.csv} (source and MIT notice: {@code META-INF/THIRD-PARTY-NOTICES.md}).
 *
 * <p>Compact by design: per level a sorted {@code int[]} of codes, a {@code byte[]} of edition bits and
 * the names, looked up by binary search; no map of strings. Whether a code is listed at all, which every
 * NIK and family-card number of a feed asks twice over three levels, is one bit test instead: a bit per
 * possible code (125 KB for the six-digit districts, small enough to stay in a core's cache). Loaded on first use (holder idiom), then
 * immutable and shared by every thread.
 */
final class RegionTable {
    /** The editions, oldest first; bit {@code i} of an edition mask is {@code EDITIONS[i]}. */
    static final int[] EDITIONS = {2016, 2018, 2020, 2022, 2023, 2025};

    static final int PROVINCE = 0;
    static final int REGENCY = 1;
    static final int DISTRICT = 2;

    /** The number of possible codes per level: 2, 4 and 6 digits. */
    private static final int[] LIMITS = {100, 10_000, 1_000_000};

    private static final String RESOURCE = "regions-kemendagri.csv";

    private final int[][] codes = new int[3][];
    private final byte[][] editions = new byte[3][];
    private final String[][] names = new String[3][];
    /** Per level, bit {@code code} set when {@code code} is listed (codes of 2, 4 and 6 digits). */
    private final long[][] listed = new long[3][];

    private static final class Holder {
        static final RegionTable TABLE = load();
    }

    private RegionTable() {}

    /** The table (read on the first call). */
    static RegionTable get() {
        return Holder.TABLE;
    }

    /** How many codes the table holds at {@code level}. */
    int size(int level) {
        return codes[level].length;
    }

    /** The index of {@code code} at {@code level}, or a negative number. */
    int indexOf(int level, int code) {
        return Arrays.binarySearch(codes[level], code);
    }

    /** Whether {@code code} (2, 4 or 6 digits as a number) is listed at {@code level} by any edition. */
    boolean contains(int level, int code) {
        long[] bits = listed[level];
        return code >= 0 && (code >>> 6) < bits.length && (bits[code >>> 6] & (1L << code)) != 0;
    }

    int code(int level, int index) {
        return codes[level][index];
    }

    String name(int level, int index) {
        return names[level][index];
    }

    /** The edition bits of the code at {@code index}. */
    int editionBits(int level, int index) {
        return editions[level][index];
    }

    /** Whether the code at {@code index} is listed by the latest edition. */
    boolean isCurrent(int level, int index) {
        return (editions[level][index] & (1 << (EDITIONS.length - 1))) != 0;
    }

    /** The level names used in violations' {@code level} argument, by level. */
    static final String[] LEVEL_NAMES = {"province", "regency", "district"};

    /**
     * The first level at which the leading six digits of {@code sixteenDigits} are not a code of any
     * edition ({@link #PROVINCE}, {@link #REGENCY} or {@link #DISTRICT}), or -1 when all three are; no
     * allocation.
     */
    int failedLevel(long sixteenDigits) {
        int district = (int) (sixteenDigits / 10_000_000_000L);
        if (!contains(PROVINCE, district / 10_000)) {
            return PROVINCE;
        }
        if (!contains(REGENCY, district / 100)) {
            return REGENCY;
        }
        return contains(DISTRICT, district) ? -1 : DISTRICT;
    }

    /** The index range {@code [from, to)} of the codes at {@code level} between {@code lo} and {@code hi}. */
    int[] range(int level, int lo, int hi) {
        int from = indexOf(level, lo);
        int to = indexOf(level, hi);
        return new int[] {from < 0 ? -from - 1 : from, to < 0 ? -to - 1 : to + 1};
    }

    /** Reads the bundled table afresh (tests measure its size with this; use {@link #get()}). */
    static RegionTable load() {
        InputStream in = RegionTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the resource " + RESOURCE + " is missing from prakerja-core");
        }
        int[][] c = {new int[64], new int[1024], new int[8192]};
        byte[][] e = {new byte[64], new byte[1024], new byte[8192]};
        String[][] n = {new String[64], new String[1024], new String[8192]};
        int[] count = new int[3];
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header: code,level,name,editions
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 4 columns");
                }
                int level = f[0].length() / 2 - 1;
                int code = Integer.parseInt(f[0]);
                int bits = 0;
                for (String y : f[3].split(" ")) {
                    int i = Arrays.binarySearch(EDITIONS, Integer.parseInt(y));
                    if (i < 0) {
                        throw new IllegalStateException(RESOURCE + " line " + lineNo + ": unknown edition " + y);
                    }
                    bits |= 1 << i;
                }
                int k = count[level]++;
                if (k == c[level].length) {
                    c[level] = Arrays.copyOf(c[level], k * 2);
                    e[level] = Arrays.copyOf(e[level], k * 2);
                    n[level] = Arrays.copyOf(n[level], k * 2);
                }
                c[level][k] = code;
                e[level][k] = (byte) bits;
                n[level][k] = f[2];
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + RESOURCE, ex);
        }
        RegionTable t = new RegionTable();
        for (int level = 0; level < 3; level++) {
            int size = count[level];
            int[] codes = Arrays.copyOf(c[level], size);
            for (int i = 1; i < size; i++) {
                if (codes[i - 1] >= codes[i]) {
                    throw new IllegalStateException(RESOURCE + ": codes are not sorted and unique at " + codes[i]);
                }
            }
            t.codes[level] = codes;
            t.editions[level] = Arrays.copyOf(e[level], size);
            t.names[level] = Arrays.copyOf(n[level], size);
            long[] bits = new long[(LIMITS[level] + 63) >>> 6];
            for (int code : codes) {
                if (code < 0 || code >= LIMITS[level]) {
                    throw new IllegalStateException(
                            RESOURCE + ": " + LEVEL_NAMES[level] + " code out of range: " + code);
                }
                bits[code >>> 6] |= 1L << code;
            }
            t.listed[level] = bits;
        }
        return t;
    }
}
