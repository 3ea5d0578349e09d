package id.prakerja.json;

import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.Node;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.RecordBudget;
import tools.jackson.core.JsonParser;

/**
 * The binding of a record straight to a typed core value: the record is read into a {@link Node}, then
 * {@link #bind(Located)} converts it field by field in wire order, reporting every problem. The result is
 * bound (a value, no error) or invalid (no value, at least one error).
 *
 * @param <T> the typed record
 */
abstract class TypedBinding<T> implements RecordBinding<T> {

    private final boolean strict;

    TypedBinding(boolean strict) {
        this.strict = strict;
    }

    /** Whether unknown fields are reported. */
    final boolean strict() {
        return strict;
    }

    /** What the record is, for messages: {@code "participant record"}. */
    abstract String what();

    /**
     * Converts the record; returns {@code null} when an error was reported. Core's structural checks
     * ({@code @Value.Check}) must not fail on what this method accepts: it checks first.
     */
    abstract T bind(Located record);

    @Override
    public final BoundRecord<T> read(JsonParser parser, RecordBudget budget) {
        return bind(Node.read(parser, budget));
    }

    /** Binds a record read into memory. Never throws for bad data. */
    final BoundRecord<T> bind(Node record) {
        BindContext context = new BindContext(strict);
        Located root = context.root(record);
        T value = null;
        if (record.isObject()) {
            try {
                value = bind(root);
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
                    .build());
            return BoundRecord.invalid(context.violations());
        }
        return BoundRecord.bound(value, context.violations());
    }
}
