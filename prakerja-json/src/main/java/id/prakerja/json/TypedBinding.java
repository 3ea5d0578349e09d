// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.Node;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.RecordBudget;
import java.util.function.Function;
import tools.jackson.core.JsonParser;

/**
 * The binding of a record straight to a typed core value: the record is read into a {@link Node}, then
 * its bind function converts it field by field in wire order, reporting every problem. The result is
 * bound (a value, no error) or invalid (no value, at least one error).
 *
 * <p>The one way to make one: {@link #pair(String, Function)}, a strict and a lenient binding of the same
 * function, made once per record type.
 *
 * @param <T> the typed record
 */
final class TypedBinding<T> implements RecordBinding<T> {

    /**
     * The strict and the lenient binding of one record type.
     *
     * @param strict reports unknown fields as {@code FIELD_UNKNOWN}
     * @param lenient ignores unknown fields
     * @param <T> the typed record
     */
    record Pair<T>(TypedBinding<T> strict, TypedBinding<T> lenient) {
        /** The strict binding when {@code strict}, else the lenient one. */
        TypedBinding<T> of(boolean strict) {
            return strict ? this.strict : lenient;
        }
    }

    /**
     * Both bindings of a record type.
     *
     * @param what what the record is, for messages: {@code "participant record"}
     * @param bind converts the record; returns {@code null} when an error was reported. Core's structural
     *     checks ({@code @Value.Check}) must not fail on what it accepts: it checks first.
     */
    static <T> Pair<T> pair(String what, Function<Located, T> bind) {
        return new Pair<>(new TypedBinding<>(true, what, bind), new TypedBinding<>(false, what, bind));
    }

    private final boolean strict;
    private final String what;
    private final Function<Located, T> bind;

    private TypedBinding(boolean strict, String what, Function<Located, T> bind) {
        this.strict = strict;
        this.what = what;
        this.bind = bind;
    }

    /** Whether unknown fields are reported. */
    boolean strict() {
        return strict;
    }

    /** What the record is, for messages: {@code "participant record"}. */
    String what() {
        return what;
    }

    @Override
    public BoundRecord<T> read(JsonParser parser, RecordBudget budget) {
        return bind(Node.read(parser, budget));
    }

    /** Binds a record read into memory. Never throws for bad data. */
    BoundRecord<T> bind(Node record) {
        BindContext context = new BindContext(strict);
        Located root = context.root(record);
        T value = null;
        if (record.isObject()) {
            try {
                value = bind.apply(root);
            } catch (InvalidValueException | IllegalStateException | IllegalArgumentException e) {
                // a structural check of core that this binding did not anticipate: still a data problem
                context.add(Problems.invalid("", "", Problems.sanitize(e.getMessage()), null));
                value = null;
            }
        } else {
            root.invalid(Located.OBJECT);
        }
        if (context.errors() > 0) {
            return BoundRecord.invalid(context.violations());
        }
        if (value == null) {
            context.add(Violation.of(RuleCode.FIELD_INVALID, "")
                    .argument("expected", "a valid " + what())
                    .argument(JsonPointers.ARGUMENT, "")
                    .argument("expectation", id.prakerja.core.validation.FieldExpectation.VALUE)
                    .build());
            return BoundRecord.invalid(context.violations());
        }
        return BoundRecord.bound(value, context.violations());
    }
}
