// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One argument a {@link RuleCode}'s violations carry: its name, its type and whether every violation of the
 * code carries it. Declared once, with the code; the JSON binding reads arguments back by these types and
 * the published JSON Schemas' per-code argument fragments are generated from them.
 *
 * <pre>{@code
 * RuleCode.ELIGIBILITY_MIN_AGE.arguments().get(0);   // age: INTEGER (required)
 * }</pre>
 */
public final class RuleArgument {

    /** The Java type of an argument's value, and so its JSON shape. */
    public enum Type {
        /** An {@link Integer}; a JSON integer. */
        INTEGER,
        /** A {@link Long}; a JSON integer. */
        LONG,
        /** A {@link id.prakerja.core.money.Rupiah}; a JSON integer of whole rupiah. */
        RUPIAH,
        /** A {@link java.time.LocalDate}; a JSON string {@code YYYY-MM-DD}. */
        DATE,
        /** A {@link String}; a JSON string. */
        STRING,
        /** A constant of one of {@link RuleArgument#enumTypes()}; a JSON string, its name. */
        ENUM
    }

    private final String name;
    private final Type type;
    private final List<Class<?>> enumTypes;
    private final boolean required;

    private RuleArgument(String name, Type type, List<Class<?>> enumTypes, boolean required) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.enumTypes = enumTypes;
        this.required = required;
    }

    /** An argument every violation of the code carries. */
    static RuleArgument required(String name, Type type) {
        return new RuleArgument(name, type, List.of(), true);
    }

    /** An argument some violations of the code carry. */
    static RuleArgument optional(String name, Type type) {
        return new RuleArgument(name, type, List.of(), false);
    }

    /** An enum-valued argument every violation carries: a constant of one of {@code types}, tried in order. */
    static RuleArgument requiredEnum(String name, Class<?>... types) {
        return new RuleArgument(name, Type.ENUM, List.of(types), true);
    }

    /** An enum-valued argument some violations carry. */
    static RuleArgument optionalEnum(String name, Class<?>... types) {
        return new RuleArgument(name, Type.ENUM, List.of(types), false);
    }

    /** The argument's name, e.g. {@code "minimumAge"}. */
    public String name() {
        return name;
    }

    /** The type of its value. */
    public Type type() {
        return type;
    }

    /** For {@link Type#ENUM}: the enums whose constants it may be, in the order to try them; else empty. */
    public List<Class<?>> enumTypes() {
        return enumTypes;
    }

    /** The names of the constants an {@link Type#ENUM} argument may be, in declaration order. */
    public List<String> enumNames() {
        List<String> out = new ArrayList<>();
        for (Class<?> t : enumTypes) {
            for (Object e : t.getEnumConstants()) {
                out.add(((Enum<?>) e).name());
            }
        }
        return List.copyOf(out);
    }

    /** Whether every violation of the code carries it (else only some do). */
    public boolean isRequired() {
        return required;
    }

    @Override
    public String toString() {
        return name + ": " + type + (required ? "" : " (optional)");
    }
}
