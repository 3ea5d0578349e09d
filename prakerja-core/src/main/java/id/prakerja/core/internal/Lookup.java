package id.prakerja.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Exception-free lookup of enum constants by exact name, with the list of names for messages. */
public final class Lookup<E extends Enum<E>> {
    private final Map<String, E> byName;
    private final String names;

    private Lookup(Class<E> type) {
        E[] constants = type.getEnumConstants();
        this.byName = new HashMap<>(constants.length * 2);
        StringJoiner j = new StringJoiner(", ");
        for (E e : constants) {
            byName.put(e.name(), e);
            j.add(e.name());
        }
        this.names = j.toString();
    }

    /** A lookup over the constants of {@code type}. */
    public static <E extends Enum<E>> Lookup<E> of(Class<E> type) {
        return new Lookup<>(type);
    }

    /** The constant named exactly {@code name}, or {@code null}. */
    public E find(String name) {
        return name == null ? null : byName.get(name);
    }

    /** The names, comma-separated, e.g. {@code "MALE, FEMALE"}. */
    public String names() {
        return names;
    }
}
