// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

/**
 * An open-addressing hash map from {@code long} keys to non-negative {@code int} values, without boxing:
 * two parallel arrays, linear probing, power-of-two capacity, at most 75% full. Built for the
 * cross-record indexes of feed validation (NIK → first line, family card → count), which hold tens of
 * millions of 16-digit numbers: 12 bytes a slot, so 16 to 32 bytes per key depending on how recently
 * it grew (presize with the expected number of keys to stay near 16).
 *
 * <p>The key {@code 0} is reserved as the empty marker (no valid NIK or family-card number is 0). Not
 * thread-safe.
 */
public final class LongIntHashMap {
    /** Returned by {@link #get(long)} and {@link #putIfAbsent(long, int)} for an absent key. */
    public static final int ABSENT = -1;

    private static final int MAX_CAPACITY = 1 << 30;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;
    private int resizeAt;

    /** A map sized for {@code expectedKeys} keys without growing. */
    public LongIntHashMap(int expectedKeys) {
        if (expectedKeys < 0) {
            throw new IllegalArgumentException("expectedKeys must not be negative: " + expectedKeys);
        }
        long wanted = Math.max(16, (long) Math.ceil(expectedKeys / 0.75));
        int capacity = Integer.highestOneBit((int) Math.min(MAX_CAPACITY, wanted - 1)) << 1;
        allocate(Math.min(capacity, MAX_CAPACITY));
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        resizeAt = (int) (capacity * 0.75);
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    private static void checkKey(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("the key 0 is reserved");
        }
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public int get(long key) {
        checkKey(key);
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
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
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                insertAt(i, key, value);
                return ABSENT;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds one to the value of {@code key} (absent counts as 0) and returns the new value. */
    public int increment(long key) {
        checkKey(key);
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                if (values[i] < Integer.MAX_VALUE) {
                    values[i]++;
                }
                return values[i];
            }
            if (k == 0) {
                insertAt(i, key, 1);
                return 1;
            }
            i = (i + 1) & mask;
        }
    }

    private void insertAt(int i, long key, int value) {
        keys[i] = key;
        values[i] = value;
        if (++size > resizeAt) {
            grow();
        }
    }

    private void grow() {
        if (keys.length == MAX_CAPACITY) {
            if (size >= MAX_CAPACITY - 1) {
                throw new IllegalStateException("the index is full (" + size + " keys)");
            }
            resizeAt = MAX_CAPACITY - 1;
            return;
        }
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(keys.length << 1);
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = hash(k) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }

    /** The number of keys. */
    public int size() {
        return size;
    }

    /** The number of slots (a power of two). */
    public int capacity() {
        return keys.length;
    }

    /** The bytes held by the two arrays. */
    public long memoryBytes() {
        return (long) keys.length * Long.BYTES + (long) values.length * Integer.BYTES;
    }
}
