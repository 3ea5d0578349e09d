// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * An open-addressing hash map from {@code long} keys to non-negative {@code int} values, without boxing, for
 * the first-line index of feed validation (NIK → first line), which holds up to hundreds of millions of
 * 16-digit numbers.
 *
 * <p>The map is {@value Segments#COUNT} independent segments, chosen by the high bits of a key's hash; each
 * is one {@code int} array of three ints a slot (the key's two halves and the value: 12 bytes, so that a
 * lookup touches one cache line, not one in a key array and another in a value array), linear probing, a power-of-two capacity, at most 75% full, and
 * grows on its own. So a growth copies one segment, not the whole map: the memory held while growing is
 * the map plus one 64th, instead of three times the old map, and no array is larger than a 64th of the
 * map (a large heap need not find one contiguous gigabyte). Presize with the expected number of keys to
 * avoid growing at all.
 *
 * <p>The key {@code 0} is reserved as the empty marker (no valid NIK or family-card number is 0). Not
 * thread-safe.
 */
public final class LongIntHashMap {
    /** Returned by {@link #get(long)} and {@link #putIfAbsent(long, int)} for an absent key. */
    public static final int ABSENT = -1;

    /** The largest capacity of a segment: three {@code int}s a slot in one array. */
    private static final int MAX_CAPACITY = 1 << 29;

    /** Per segment, three ints a slot: the key's high and low halves, then the value (a slot in one line). */
    private final int[][] slots = new int[Segments.COUNT][];

    private final int[] sizes = new int[Segments.COUNT];
    private final int[] resizeAt = new int[Segments.COUNT];
    private long size;

    /** A map sized for {@code expectedKeys} keys without growing. */
    public LongIntHashMap(long expectedKeys) {
        int capacity = Math.min(MAX_CAPACITY, Segments.initialCapacity(expectedKeys));
        for (int s = 0; s < Segments.COUNT; s++) {
            allocate(s, capacity);
        }
    }

    private void allocate(int s, int capacity) {
        slots[s] = new int[capacity * 3];
        resizeAt[s] = Segments.resizeAt(capacity);
    }

    private static void checkKey(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("the key 0 is reserved");
        }
    }

    /**
     * Where {@code key} is in segment table {@code t}: the index of its slot's first int when present, else
     * {@code -(i + 1)} for the index {@code i} of the empty slot where it would go.
     */
    private static int find(int[] t, long key, long h) {
        int hi = (int) (key >>> 32);
        int lo = (int) key;
        int mask = t.length / 3 - 1;
        int i = (int) h & mask;
        while (true) {
            int at = i * 3;
            int atHi = t[at];
            int atLo = t[at + 1];
            if (atHi == hi && atLo == lo) {
                return at;
            }
            if ((atHi | atLo) == 0) {
                return -(at + 1);
            }
            i = (i + 1) & mask;
        }
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        checkKey(key);
        long h = Segments.hash(key);
        int[] t = slots[Segments.segment(h)];
        int at = find(t, key, h);
        return at >= 0 ? t[at + 2] : ABSENT;
    }

    /**
     * Reads the slot where a lookup of {@code key} starts, so that the memory it is in is on its way to the
     * cache before {@link #putIfAbsent} or {@link #get} asks for it: a caller with many keys at hand touches
     * them all first (the loads overlap), then looks them up. Returns what it read, for the caller to fold
     * into a result (so that the read is not optimised away).
     */
    public int touch(long key) {
        long h = Segments.hash(key);
        int[] t = slots[Segments.segment(h)];
        return t[((int) h & (t.length / 3 - 1)) * 3];
    }

    /**
     * Stores {@code value} for {@code key} unless it is present.
     *
     * @return the value already present, or {@link #ABSENT} if {@code value} was stored
     * @throws IllegalArgumentException if {@code value} is negative or {@code key} is 0
     */
    public int putIfAbsent(long key, int value) {
        checkKey(key);
        if (value < 0) {
            throw new IllegalArgumentException("values must not be negative: " + value);
        }
        long h = Segments.hash(key);
        int s = Segments.segment(h);
        int[] t = slots[s];
        int at = find(t, key, h);
        if (at >= 0) {
            return t[at + 2];
        }
        insertAt(s, -at - 1, key, value);
        return ABSENT;
    }

    /** Adds one to the value of {@code key} (absent counts as 0) and returns the new value. */
    public int increment(long key) {
        checkKey(key);
        long h = Segments.hash(key);
        int s = Segments.segment(h);
        int[] t = slots[s];
        int at = find(t, key, h);
        if (at < 0) {
            insertAt(s, -at - 1, key, 1);
            return 1;
        }
        if (t[at + 2] < Integer.MAX_VALUE) {
            t[at + 2]++;
        }
        return t[at + 2];
    }

    private void insertAt(int s, int at, long key, int value) {
        int[] t = slots[s];
        t[at] = (int) (key >>> 32);
        t[at + 1] = (int) key;
        t[at + 2] = value;
        size++;
        if (++sizes[s] > resizeAt[s]) {
            grow(s);
        }
    }

    private void grow(int s) {
        int[] old = slots[s];
        int oldCapacity = old.length / 3;
        if (oldCapacity == MAX_CAPACITY) {
            if (sizes[s] >= MAX_CAPACITY - 1) {
                throw new IllegalStateException("the index is full (" + size + " keys)");
            }
            resizeAt[s] = MAX_CAPACITY - 1;
            return;
        }
        allocate(s, oldCapacity << 1);
        int[] t = slots[s];
        int mask = t.length / 3 - 1;
        for (int j = 0; j < old.length; j += 3) {
            int hi = old[j];
            int lo = old[j + 1];
            if ((hi | lo) != 0) {
                long key = (long) hi << 32 | (lo & 0xFFFFFFFFL);
                int i = (int) Segments.hash(key) & mask;
                while ((t[i * 3] | t[i * 3 + 1]) != 0) {
                    i = (i + 1) & mask;
                }
                t[i * 3] = hi;
                t[i * 3 + 1] = lo;
                t[i * 3 + 2] = old[j + 2];
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
        for (int[] t : slots) {
            c += t.length / 3;
        }
        return c;
    }

    /** The bytes held by the slots (12 a slot). */
    public long memoryBytes() {
        return capacity() * 3 * Integer.BYTES;
    }

    @Override
    public String toString() {
        return "LongIntHashMap[" + size + " keys, " + capacity() + " slots]";
    }
}
