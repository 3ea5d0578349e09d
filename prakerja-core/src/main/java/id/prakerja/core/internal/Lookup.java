// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Exception-free lookup of enum constants by exact name, with the list of names for messages.
 *
 * <p>Names read from a feed are new strings whose hash code has never been computed, so a hash map would
 * hash every character of every value it is asked for. The constants are therefore bucketed by length and
 * first and last character, read in constant time, and the few candidates of a bucket compared with
 * {@link String#equals}: the same answers as a map of the names, without hashing.
 */
public final class Lookup<E extends Enum<E>> {
    private static final int BUCKETS = 64;

    private final String[][] names = new String[BUCKETS][0];
    private final Object[][] constants = new Object[BUCKETS][0];
    private final int maxLength;
    private final String joined;

    private Lookup(Class<E> type) {
        int longest = 0;
        StringJoiner j = new StringJoiner(", ");
        for (E e : type.getEnumConstants()) {
            String n = e.name();
            int b = bucket(n);
            names[b] = append(names[b], n);
            constants[b] = append(constants[b], e);
            longest = Math.max(longest, n.length());
            j.add(n);
        }
        this.maxLength = longest;
        this.joined = j.toString();
    }

    /** A lookup over the constants of {@code type}. */
    public static <E extends Enum<E>> Lookup<E> of(Class<E> type) {
        return new Lookup<>(type);
    }

    /** The constant named exactly {@code name}, or {@code null}. */
    public E find(String name) {
        if (name == null || name.isEmpty() || name.length() > maxLength) {
            return null;
        }
        int b = bucket(name);
        String[] candidates = names[b];
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i].equals(name)) {
                @SuppressWarnings("unchecked")
                E e = (E) constants[b][i];
                return e;
            }
        }
        return null;
    }

    /** The names, comma-separated, e.g. {@code "MALE, FEMALE"}. */
    public String names() {
        return joined;
    }

    /** The bucket of a non-empty name: its length and its first and last characters. */
    private static int bucket(String name) {
        int n = name.length();
        return (n * 7 + name.charAt(0) * 3 + name.charAt(n - 1)) & (BUCKETS - 1);
    }

    private static <T> T[] append(T[] a, T t) {
        T[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = t;
        return out;
    }
}
