// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json.internal;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.internal.Dates;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A JSON value of a record together with where it is: its field path ({@code events[3].price}) and its JSON
 * Pointer ({@code /events/3/price}). The conversions report every problem to the record's
 * {@link BindContext} and return {@code null} instead of throwing; an absent value (a missing field, or JSON
 * {@code null}, which reads as absent) converts to {@code null} silently, its {@code FIELD_REQUIRED} having
 * been reported where it was looked up.
 */
public final class Located {

    /** {@code expected} of a value of the wrong JSON type. */
    public static final String STRING = "a JSON string";

    /** {@code expected} of a value of the wrong JSON type. */
    public static final String INTEGER = "a JSON integer";

    /** {@code expected} of a value of the wrong JSON type. */
    public static final String BOOLEAN = "a JSON boolean";

    /** {@code expected} of a value of the wrong JSON type. */
    public static final String OBJECT = "a JSON object";

    /** {@code expected} of a value of the wrong JSON type. */
    public static final String ARRAY = "a JSON array";

    /** {@code expected} of a NIK sent as anything but a string, a number in particular. */
    public static final String IDENTIFIER = "a 16-digit string (numbers lose precision above 2^53)";

    /** {@code expected} of a date that is not one. */
    public static final String DATE = "a date YYYY-MM-DD";

    /** {@code expected} of a key given twice in one object. */
    public static final String ONCE = "the field once";

    private final BindContext context;
    private final Node node;
    private final String path;
    private final String pointer;

    Located(BindContext context, Node node, String path, String pointer) {
        this.context = context;
        this.node = node;
        this.path = path;
        this.pointer = pointer;
    }

    /** The record's context. */
    public BindContext context() {
        return context;
    }

    /** The value, or {@code null} when absent. */
    public Node node() {
        return node;
    }

    /** The field path, core's convention. */
    public String path() {
        return path;
    }

    /** The JSON Pointer. */
    public String pointer() {
        return pointer;
    }

    /** Whether a value is there (not missing, not {@code null}). */
    public boolean isPresent() {
        return node != null;
    }

    /** The located field {@code name} of this object (for the field path of a value found elsewhere). */
    Located child(String name, Node value) {
        return new Located(
                context,
                value,
                path.isEmpty() ? name : path + "." + name,
                pointer + "/" + Problems.escapePointer(name));
    }

    /** The located element {@code i} of this array. */
    Located element(int i, Node value) {
        return new Located(context, value, path + "[" + i + "]", pointer + "/" + i);
    }

    /** Reports {@code FIELD_INVALID} here with {@code expected} (and what was found). */
    public void invalid(String expected) {
        context.add(Problems.invalid(path, pointer, expected, node == null ? null : node.token()));
    }

    /** Reports {@code FIELD_INVALID} here without a {@code found}: the JSON type was right, the value is not. */
    public void invalidValue(String expected) {
        context.add(Problems.invalid(path, pointer, expected, null));
    }

    private boolean expect(boolean ok, String expected) {
        if (node == null) {
            return false;
        }
        if (!ok) {
            invalid(expected);
        }
        return ok;
    }

    /** A string. */
    public String string() {
        return expect(node != null && node.isString(), STRING) ? node.text() : null;
    }

    /** A string that is not blank and has at most {@code maxLength} characters. */
    public String text(int maxLength) {
        String s = string();
        if (s == null) {
            return null;
        }
        if (s.isBlank() || s.length() > maxLength) {
            invalidValue(
                    maxLength == Integer.MAX_VALUE
                            ? "non-blank text"
                            : "non-blank text of at most " + maxLength + " characters");
            return null;
        }
        return s;
    }

    /** Non-blank text of any length. */
    public String text() {
        return text(Integer.MAX_VALUE);
    }

    /** A date written {@code YYYY-MM-DD} (four-digit year, a real calendar day). */
    public LocalDate date() {
        String s = string();
        if (s == null) {
            return null;
        }
        LocalDate d = parseDate(s);
        if (d == null) {
            invalidValue(DATE);
        }
        return d;
    }

    /** An enum constant by its exact name. */
    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String s = string();
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        invalidValue(oneOf(type));
        return null;
    }

    /** The {@code expected} wording of an enum's names: {@code "one of MALE, FEMALE"}. */
    public static String oneOf(Class<? extends Enum<?>> type) {
        StringJoiner j = new StringJoiner(", ", "one of ", "");
        for (Enum<?> e : type.getEnumConstants()) {
            j.add(e.name());
        }
        return j.toString();
    }

    /** An integer from {@code min} to {@code max}. */
    public Long integer(long min, long max) {
        if (!expect(node != null && node.isInteger(), INTEGER)) {
            return null;
        }
        Long v = parseLong(node.text());
        if (v == null || v < min || v > max) {
            invalidValue(range(min, max));
            return null;
        }
        return v;
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return "an integer from " + min;
        }
        return "an integer from " + min + " to " + max;
    }

    /** {@code true} or {@code false}. */
    public Boolean bool() {
        return expect(node != null && node.isBoolean(), BOOLEAN) ? node.booleanValue() : null;
    }

    /**
     * A NIK: a string ({@value #IDENTIFIER} otherwise) that is a valid NIK, else its {@code NIK_*} violations
     * on this path.
     */
    public Nik nik() {
        if (!expect(node != null && node.isString(), IDENTIFIER)) {
            return null;
        }
        Validated<Nik> v = Nik.validate(node.text(), path);
        if (!v.isValid()) {
            context.addAll(v.violations());
            return null;
        }
        return v.value();
    }

    /** A two-digit Kemendagri province code. */
    public Province province() {
        String s = string();
        if (s == null) {
            return null;
        }
        Province p = Province.ofCode(s).orElse(null);
        if (p == null) {
            invalidValue("a two-digit Kemendagri province code, e.g. 31");
        }
        return p;
    }

    /** An object whose fields are {@code known}: a view to read them, or {@code null}. */
    public ObjectFields object(String... known) {
        return expect(node != null && node.isObject(), OBJECT) ? new ObjectFields(this, known) : null;
    }

    /**
     * An object used as a map (its keys are data, not field names): its located values by key in document
     * order, or {@code null}. A repeated key is {@code FIELD_INVALID} and left out.
     */
    public Map<String, Located> entries() {
        if (!expect(node != null && node.isObject(), OBJECT)) {
            return null;
        }
        Map<String, Located> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : node.fields().entrySet()) {
            Located value = child(e.getKey(), e.getValue());
            if (node.repeated().contains(e.getKey())) {
                context.add(Problems.invalid(value.path, value.pointer, ONCE, null));
            } else {
                out.put(e.getKey(), value);
            }
        }
        return out;
    }

    /** An array: its located elements, or {@code null}. */
    public List<Located> array() {
        if (!expect(node != null && node.isArray(), ARRAY)) {
            return null;
        }
        List<Node> elements = node.elements();
        List<Located> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            // a null element stays a value (of the wrong type): only a field can be absent
            out.add(element(i, elements.get(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code FIELD_REQUIRED} here. */
    void required() {
        context.add(Violation.of(RuleCode.FIELD_REQUIRED, path)
                .argument("pointer", pointer)
                .build());
    }

    /** The date written exactly {@code YYYY-MM-DD}, or {@code null}. */
    public static LocalDate parseDate(String s) {
        return Dates.parseIsoDate(s);
    }

    /** A JSON integer literal as a {@code long}, or {@code null} when it does not fit. */
    public static Long parseLong(String literal) {
        int i = literal.startsWith("-") ? 1 : 0;
        int n = literal.length();
        if (n - i > 19 || n == i) {
            return null;
        }
        long v = 0;
        for (int k = i; k < n; k++) {
            char c = literal.charAt(k);
            if (c < '0' || c > '9') {
                return null;
            }
            int d = c - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return null;
            }
            v = v * 10 + d;
        }
        return i == 1 ? -v : v;
    }
}
