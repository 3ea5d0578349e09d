// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one JSON object being bound. A binder looks each field up once, in wire order, with
 * {@link #required(String)} or {@link #optional(String)}, then calls {@link #end()}.
 *
 * <ul>
 *   <li>A missing required field (or one that is JSON {@code null}) is {@code FIELD_REQUIRED}, with the
 *       {@code pointer} argument;
 *   <li>a key given more than once is {@code FIELD_INVALID} ({@code expected} = {@value Located#ONCE}) and the
 *       field reads as absent, without a further {@code FIELD_REQUIRED}: which occurrence was meant is unknown;
 *   <li>{@link #end()} reports each key that is not {@linkplain #know(String...) known} as
 *       {@code FIELD_UNKNOWN} in strict mode (and a repeated unknown key once more as repeated).
 * </ul>
 */
public final class ObjectFields {

    private final Located object;
    private final Set<String> known;

    ObjectFields(Located object, String... known) {
        this.object = object;
        this.known = new LinkedHashSet<>(Arrays.asList(known));
    }

    /** The object itself. */
    public Located located() {
        return object;
    }

    /** Adds names to the known fields (e.g. those of an event's type, once the type is read). */
    public void know(String... names) {
        known.addAll(Arrays.asList(names));
    }

    /** Whether the object has the key {@code name} (with any value, {@code null} included). */
    public boolean has(String name) {
        return object.node().fields().containsKey(name);
    }

    /** Field {@code name}, reporting {@code FIELD_REQUIRED} when it is missing or {@code null}. */
    public Located required(String name) {
        Located f = lookUp(name);
        if (f.node() == null && !object.node().repeated().contains(name)) {
            f.required();
        }
        return f;
    }

    /**
     * Reports {@code FIELD_REQUIRED} for {@code field}, looked up with {@link #optional(String)}, if it is
     * absent: for a field that only some values of another field require.
     */
    public void require(Located field) {
        String name = field.pointer().substring(field.pointer().lastIndexOf('/') + 1);
        if (!field.isPresent() && !object.node().repeated().contains(unescape(name))) {
            field.required();
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** Field {@code name}; missing or {@code null} reads as absent. */
    public Located optional(String name) {
        return lookUp(name);
    }

    private Located lookUp(String name) {
        known.add(name);
        Node n = object.node();
        Node value = n.fields().get(name);
        Located f = object.child(name, value == null || value.isNull() ? null : value);
        if (n.repeated().contains(name)) {
            f.context().add(Problems.invalid(f.path(), f.pointer(), Located.ONCE, null));
            return object.child(name, null);
        }
        return f;
    }

    /** Reports the unknown keys (strict mode only), in document order. */
    public void end() {
        if (!object.context().strict()) {
            return;
        }
        Node n = object.node();
        for (Map.Entry<String, Node> e : n.fields().entrySet()) {
            String name = e.getKey();
            if (known.contains(name)) {
                continue;
            }
            Located f = object.child(name, e.getValue());
            f.context().add(Problems.unknown(f.path(), f.pointer()));
            if (n.repeated().contains(name)) {
                f.context().add(Problems.invalid(f.path(), f.pointer(), Located.ONCE, null));
            }
        }
    }
}
