// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * A counter per {@code long} key below 2<sup>54</sup> (every 16-digit number), for the family-card index of
 * feed validation (card → places taken), in 8 bytes a slot: each slot is one {@code long} holding the key in
 * its high 54 bits and the count in its low 10. A count that reaches {@value #PACKED_MAX} goes on in a small
 * exact map of its own, so counts are never capped (a real card has a handful of members; a hostile feed may
 * repeat one card millions of times).
 *
 * <p>Segmented like {@link LongIntHashMap} ({@value Segments#COUNT} segments that grow one at a time),
 * linear probing, at most 75% full. The key {@code 0} is reserved. Not thread-safe.
 */
public final class LongCountMap {
    /** The largest key: 2<sup>54</sup> − 1, above every 16-digit number. */
    public static final long MAX_KEY = (1L << 54) - 1;

    private static final int COUNT_BITS = 10;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    /** The largest count a slot holds; beyond it, the count goes on in {@link #beyond}. */
    static final int PACKED_MAX = (int) COUNT_MASK;

    private final long[][] slots = new long[Segments.COUNT][];
    private final int[] sizes = new int[Segments.COUNT];
    private final int[] resizeAt = new int[Segments.COUNT];
    private long size;
    /** The counts past {@link #PACKED_MAX}, as the increments beyond it. */
    private LongIntHashMap beyond;

    /** A map sized for {@code expectedKeys} keys without growing. */
    public LongCountMap(long expectedKeys) {
        int capacity = Segments.initialCapacity(expectedKeys);
        for (int s = 0; s < Segments.COUNT; s++) {
            allocate(s, capacity);
        }
    }

    private void allocate(int s, int capacity) {
        slots[s] = new long[capacity];
        resizeAt[s] = Segments.resizeAt(capacity);
    }

    private static void checkKey(long key) {
        if (key <= 0 || key > MAX_KEY) {
            throw new IllegalArgumentException(
                    "keys go from 1 to 2^54 - 1, got " + (key == 0 ? "0" : "a key out of range"));
        }
    }

    /**
     * Where {@code key} is in segment table {@code t}: the index of its slot when present, else {@code -(i +
     * 1)} for the index {@code i} of the empty slot where it would go.
     */
    private static int find(long[] t, long key, long h) {
        int mask = t.length - 1;
        int i = (int) h & mask;
        while (true) {
            long at = t[i];
            if (at == 0) {
                return -(i + 1);
            }
            if (at >>> COUNT_BITS == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** The count of {@code key} (0 when absent). */
    public long get(long key) {
        checkKey(key);
        long h = Segments.hash(key);
        long[] t = slots[Segments.segment(h)];
        int i = find(t, key, h);
        if (i < 0) {
            return 0;
        }
        int packed = (int) (t[i] & COUNT_MASK);
        return packed < PACKED_MAX || beyond == null ? packed : PACKED_MAX + Math.max(0, beyond.get(key));
    }

    /**
     * Reads the slot where a lookup of {@code key} starts (see {@link LongIntHashMap#touch}); returns what it
     * read, for the caller to fold into a result.
     */
    public long touch(long key) {
        long h = Segments.hash(key);
        long[] t = slots[Segments.segment(h)];
        return t[(int) h & (t.length - 1)];
    }

    /**
     * Adds one to the count of {@code key} (absent counts as 0) and returns the new count, saturating at
     * {@link Integer#MAX_VALUE}.
     *
     * @throws IllegalArgumentException if {@code key} is not from 1 to {@link #MAX_KEY}
     */
    public int increment(long key) {
        checkKey(key);
        long h = Segments.hash(key);
        int s = Segments.segment(h);
        long[] t = slots[s];
        int i = find(t, key, h);
        if (i < 0) {
            t[-i - 1] = key << COUNT_BITS | 1;
            size++;
            if (++sizes[s] > resizeAt[s]) {
                grow(s);
            }
            return 1;
        }
        int packed = (int) (t[i] & COUNT_MASK);
        if (packed < PACKED_MAX) {
            t[i]++;
            return packed + 1;
        }
        if (beyond == null) {
            beyond = new LongIntHashMap(16);
        }
        long count = (long) PACKED_MAX + beyond.increment(key);
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    private void grow(int s) {
        long[] old = slots[s];
        if (old.length == Segments.MAX_CAPACITY) {
            if (sizes[s] >= Segments.MAX_CAPACITY - 1) {
                throw new IllegalStateException("the index is full (" + size + " keys)");
            }
            resizeAt[s] = Segments.MAX_CAPACITY - 1;
            return;
        }
        allocate(s, old.length << 1);
        long[] t = slots[s];
        int mask = t.length - 1;
        for (long at : old) {
            if (at != 0) {
                int i = (int) Segments.hash(at >>> COUNT_BITS) & mask;
                while (t[i] != 0) {
                    i = (i + 1) & mask;
                }
                t[i] = at;
            }
        }
    }

    /** The number of keys. */
    public long size() {
        return size;
    }

    /** The number of slots over all segments. */
    public long capacity() {
        long c = 0;
        for (long[] t : slots) {
            c += t.length;
        }
        return c;
    }

    /** The bytes held by the slots (and by the counts past {@value #PACKED_MAX}, if any). */
    public long memoryBytes() {
        return capacity() * Long.BYTES + (beyond == null ? 0 : beyond.memoryBytes());
    }

    @Override
    public String toString() {
        return "LongCountMap[" + size + " keys, " + capacity() + " slots]";
    }
}
