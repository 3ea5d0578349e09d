// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One JSON value of a record, read into memory so that a binder can visit its fields in wire order. Unlike
 * Jackson's tree it remembers the token a scalar was written as ({@code 18} is not {@code "18"}) and the keys
 * an object repeats (the first occurrence is kept, the key listed in {@link #repeated()}).
 *
 * <p>A record is bounded before it is read (a byte cap per record and Jackson's limits), so holding one in
 * memory is cheap; the feed readers never hold more than one.
 */
public final class Node {

    private final JsonToken token;
    private final String text;
    private final Map<String, Node> fields;
    private final Set<String> repeated;
    private final List<Node> elements;

    private Node(JsonToken token, String text, Map<String, Node> fields, Set<String> repeated, List<Node> elements) {
        this.token = token;
        this.text = text;
        this.fields = fields;
        this.repeated = repeated;
        this.elements = elements;
    }

    /**
     * Reads the value whose first token the parser is on, leaving the parser on its last token.
     *
     * @param budget checked at every field and array element
     */
    public static Node read(JsonParser p, RecordBudget budget) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Set<String> repeated = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                budget.check(p);
                String name = p.currentName();
                p.nextToken();
                Node value = read(p, budget);
                if (fields.putIfAbsent(name, value) != null) {
                    if (repeated == null) {
                        repeated = new LinkedHashSet<>();
                    }
                    repeated.add(name);
                }
            }
            return new Node(
                    t,
                    null,
                    Collections.unmodifiableMap(fields),
                    repeated == null ? Set.of() : Collections.unmodifiableSet(repeated),
                    null);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> elements = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                budget.check(p);
                elements.add(read(p, budget));
            }
            return new Node(t, null, null, null, Collections.unmodifiableList(elements));
        }
        switch (t) {
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(t, p.getString(), null, null, null);
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return new Node(t, null, null, null, null);
            default:
                throw new IllegalStateException("not the first token of a value: " + t);
        }
    }

    /** The value's first token: {@code START_OBJECT}, {@code START_ARRAY} or a scalar's token. */
    public JsonToken token() {
        return token;
    }

    /** Whether the value is JSON {@code null}. */
    public boolean isNull() {
        return token == JsonToken.VALUE_NULL;
    }

    /** Whether the value is an object. */
    public boolean isObject() {
        return token == JsonToken.START_OBJECT;
    }

    /** Whether the value is an array. */
    public boolean isArray() {
        return token == JsonToken.START_ARRAY;
    }

    /** Whether the value is a string. */
    public boolean isString() {
        return token == JsonToken.VALUE_STRING;
    }

    /** Whether the value is an integer literal (no fraction, no exponent). */
    public boolean isInteger() {
        return token == JsonToken.VALUE_NUMBER_INT;
    }

    /** Whether the value is {@code true} or {@code false}. */
    public boolean isBoolean() {
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }

    /** A string's value, or a number's literal as written; {@code null} for other values. */
    public String text() {
        return text;
    }

    /** A boolean's value. */
    public boolean booleanValue() {
        return token == JsonToken.VALUE_TRUE;
    }

    /** An object's fields in document order, the first occurrence of each key; empty for other values. */
    public Map<String, Node> fields() {
        return fields == null ? Map.of() : fields;
    }

    /** The keys an object gives more than once, in document order. */
    public Set<String> repeated() {
        return repeated == null ? Set.of() : repeated;
    }

    /** An array's elements; empty for other values. */
    public List<Node> elements() {
        return elements == null ? List.of() : elements;
    }

    @Override
    public String toString() {
        if (isObject()) {
            return fields.toString();
        }
        if (isArray()) {
            return elements.toString();
        }
        return text == null ? token.name() : text;
    }
}
