// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * An open-addressing hash map from {@code long} keys to non-negative {@code int} values, without boxing, for
 * the first-line index of feed validation (NIK → first line), which holds up to hundreds of millions of
 * 16-digit numbers.
 *
 * <p>The map is {@value Segments#COUNT} independent segments, chosen by the high bits of a key's hash; each
 * is two parallel arrays (12 bytes a slot), linear probing, a power-of-two capacity, at most 75% full, and
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

    private final long[][] keys = new long[Segments.COUNT][];
    private final int[][] values = new int[Segments.COUNT][];
    private final int[] sizes = new int[Segments.COUNT];
    private final int[] resizeAt = new int[Segments.COUNT];
    private long size;

    /** A map sized for {@code expectedKeys} keys without growing. */
    public LongIntHashMap(long expectedKeys) {
        int capacity = Segments.initialCapacity(expectedKeys);
        for (int s = 0; s < Segments.COUNT; s++) {
            allocate(s, capacity);
        }
    }

    private void allocate(int s, int capacity) {
        keys[s] = new long[capacity];
        values[s] = new int[capacity];
        resizeAt[s] = Segments.resizeAt(capacity);
    }

    private static void checkKey(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("the key 0 is reserved");
        }
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        checkKey(key);
        long h = Segments.hash(key);
        int s = Segments.segment(h);
        long[] k = keys[s];
        int mask = k.length - 1;
        int i = (int) h & mask;
        while (true) {
            long at = k[i];
            if (at == key) {
                return values[s][i];
            }
            if (at == 0) {
                return ABSENT;
            }
            i = (i + 1) & mask;
        }
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
        long[] k = keys[s];
        int mask = k.length - 1;
        int i = (int) h & mask;
        while (true) {
            long at = k[i];
            if (at == key) {
                return values[s][i];
            }
            if (at == 0) {
                insertAt(s, i, key, value);
                return ABSENT;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds one to the value of {@code key} (absent counts as 0) and returns the new value. */
    public int increment(long key) {
        checkKey(key);
        long h = Segments.hash(key);
        int s = Segments.segment(h);
        long[] k = keys[s];
        int mask = k.length - 1;
        int i = (int) h & mask;
        while (true) {
            long at = k[i];
            if (at == key) {
                int[] v = values[s];
                if (v[i] < Integer.MAX_VALUE) {
                    v[i]++;
                }
                return v[i];
            }
            if (at == 0) {
                insertAt(s, i, key, 1);
                return 1;
            }
            i = (i + 1) & mask;
        }
    }

    private void insertAt(int s, int i, long key, int value) {
        keys[s][i] = key;
        values[s][i] = value;
        size++;
        if (++sizes[s] > resizeAt[s]) {
            grow(s);
        }
    }

    private void grow(int s) {
        long[] oldKeys = keys[s];
        int[] oldValues = values[s];
        if (oldKeys.length == Segments.MAX_CAPACITY) {
            if (sizes[s] >= Segments.MAX_CAPACITY - 1) {
                throw new IllegalStateException("the index is full (" + size + " keys)");
            }
            resizeAt[s] = Segments.MAX_CAPACITY - 1;
            return;
        }
        allocate(s, oldKeys.length << 1);
        long[] k = keys[s];
        int[] v = values[s];
        int mask = k.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != 0) {
                int i = (int) Segments.hash(key) & mask;
                while (k[i] != 0) {
                    i = (i + 1) & mask;
                }
                k[i] = key;
                v[i] = oldValues[j];
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
        for (long[] k : keys) {
            c += k.length;
        }
        return c;
    }

    /** The bytes held by the arrays of the slots. */
    public long memoryBytes() {
        return capacity() * (Long.BYTES + Integer.BYTES);
    }

    @Override
    public String toString() {
        return "LongIntHashMap[" + size + " keys, " + capacity() + " slots]";
    }
}
