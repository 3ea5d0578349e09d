// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.Node;
import id.prakerja.json.internal.RecordBudget;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a typed record inside a Jackson mapper with the rules of its binding; a record with a problem fails
 * as a Jackson {@code MismatchedInputException} that lists the violations (the binders report the same
 * problems without throwing).
 *
 * @param <T> the type read
 */
final class TypedDeserializer<T> extends StdDeserializer<T> {

    private final Class<T> type;
    private final TypedBinding<? super T> binding;
    private final String binder;

    private TypedDeserializer(Class<T> type, TypedBinding<? super T> binding, String binder) {
        super(type);
        this.type = type;
        this.binding = binding;
        this.binder = binder;
    }

    /**
     * A deserializer of {@code type} through {@code binding}, which may bind a supertype (an event binding
     * reads each event type); {@code binder} names the never-throw alternative in messages.
     */
    static <T> TypedDeserializer<T> of(Class<T> type, TypedBinding<? super T> binding, String binder) {
        return new TypedDeserializer<>(type, binding, binder);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        BoundRecord<? super T> bound = binding.bind(Node.read(p, RecordBudget.UNLIMITED));
        Object value = bound.value().orElse(null);
        if (value == null || !bound.isClean()) {
            return ctxt.reportInputMismatch(
                    this,
                    "Invalid %s: %s%s",
                    binding.what(),
                    describe(bound.violations()),
                    binder.isEmpty() ? "" : " (" + binder + " reports these as violations without throwing)");
        }
        if (!type.isInstance(value)) {
            return ctxt.reportInputMismatch(
                    this, "Invalid %s: expected a %s, found %s", binding.what(), type.getSimpleName(), value);
        }
        return type.cast(value);
    }

    /** The violations in one line: {@code "FIELD_INVALID at events[1].price (expected a JSON integer); …"}. */
    static String describe(List<Violation> violations) {
        return violations.stream().map(TypedDeserializer::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Violation v) {
        Object expected = v.arguments().get("expected");
        return v.code() + " at " + (v.field().isEmpty() ? "the record" : v.field())
                + (expected == null ? "" : " (expected " + expected + ")");
    }
}
