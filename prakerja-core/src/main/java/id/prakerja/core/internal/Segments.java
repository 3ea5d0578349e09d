// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * What the segmented hash maps of the feed indexes ({@link LongIntHashMap}, {@link LongCountMap}) share: the
 * hash of a key, which segment it goes to (the hash's top bits) and which slot it starts probing at (its low
 * bits), and how large a segment starts and when it grows.
 */
final class Segments {
    /** The number of segments. */
    static final int COUNT = 64;

    private static final int SEGMENT_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(COUNT);

    /** The largest capacity of one segment (a power of two an array can have). */
    static final int MAX_CAPACITY = 1 << 30;

    private static final int MIN_CAPACITY = 8;

    private Segments() {}

    /** A 64-bit mix of {@code key} (two multiply-xorshift rounds), so that nearby numbers spread. */
    static long hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return h ^ (h >>> 29);
    }

    /** The segment of a hash: its top bits (the slot uses the low bits, so the two are independent). */
    static int segment(long hash) {
        return (int) (hash >>> SEGMENT_SHIFT);
    }

    /**
     * The starting capacity of every segment for {@code expectedKeys} keys over all of them: a segment's share
     * plus four standard deviations and a few slots (the shares of a random spread vary), at most 75% full,
     * rounded up to a power of two.
     *
     * @throws IllegalArgumentException if {@code expectedKeys} is negative
     */
    static int initialCapacity(long expectedKeys) {
        if (expectedKeys < 0) {
            throw new IllegalArgumentException("expectedKeys must not be negative: " + expectedKeys);
        }
        double share = (double) expectedKeys / COUNT;
        double keys = share + 4 * Math.sqrt(share) + 4;
        long wanted = Math.max(MIN_CAPACITY, (long) Math.ceil(keys / 0.75));
        if (wanted >= MAX_CAPACITY) {
            return MAX_CAPACITY;
        }
        return Integer.highestOneBit((int) wanted - 1) << 1;
    }

    /** How many keys a segment of {@code capacity} slots takes before it grows (75%). */
    static int resizeAt(int capacity) {
        return (int) (capacity * 0.75);
    }
}
