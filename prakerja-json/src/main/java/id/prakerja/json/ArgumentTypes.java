// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.ReminderCode;
import id.prakerja.core.validation.RuleArgument;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.Node;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the arguments of a violation (or a reminder) read back from JSON, where JSON cannot say which Java
 * type was written: {@code 3} may have been an {@link Integer}, a {@link Long} or a {@link Rupiah};
 * {@code "2021-08-16"} a {@link LocalDate} or a {@link String}; {@code "FEMALE"} a {@link id.prakerja.core.identity.Sex} or a
 * {@link String}.
 *
 * <p>The rule: an argument its code declares ({@link RuleCode#arguments()}, the one declaration of its type) reads as the declared type when the JSON value
 * has that type's shape (a date: a {@code YYYY-MM-DD} string; an enum: one of its names; a number type: an
 * integer that fits). Otherwise, and for an argument the table does not know, the generic rule applies: a
 * JSON string reads as a {@link String}, an integer as an {@link Integer} when it fits one and else as a
 * {@link Long}, a boolean as a {@link Boolean}. Any other JSON value (a fraction, {@code null}, an object,
 * an array) cannot be an argument and is {@code FIELD_INVALID}.
 *
 * <p>So writing and reading back is the identity on the JSON side always, and on the Java side for every
 * argument the library itself produces (a test checks this for every violation of the conformance cases,
 * the JSON binding and the feed engine); an argument added by other code reads back by the generic rule.
 */
final class ArgumentTypes {

    /** One declared argument type: converts a JSON value of its shape, or answers {@code null}. */
    interface Type {
        Object read(Node value);
    }

    static final Type INT = n -> {
        Long v = n.isInteger() ? Located.parseLong(n.text()) : null;
        return v != null && v == v.intValue() ? Integer.valueOf(v.intValue()) : null;
    };

    static final Type LONG = n -> n.isInteger() ? Located.parseLong(n.text()) : null;

    static final Type RUPIAH = n -> {
        Long v = n.isInteger() ? Located.parseLong(n.text()) : null;
        return v == null ? null : Rupiah.of(v);
    };

    static final Type DATE = n -> n.isString() ? Located.parseDate(n.text()) : null;

    static final Type STRING = n -> n.isString() ? n.text() : null;

    /** A constant of one of the enum {@code types}, tried in order. */
    static Type enumOf(Class<?>... types) {
        List<Class<?>> list = List.of(types);
        return n -> {
            if (!n.isString()) {
                return null;
            }
            for (Class<?> type : list) {
                for (Object o : type.getEnumConstants()) {
                    Enum<?> e = (Enum<?>) o;
                    if (e.name().equals(n.text())) {
                        return e;
                    }
                }
            }
            return null;
        };
    }

    private static final Map<RuleCode, Map<String, Type>> VIOLATIONS = new EnumMap<>(RuleCode.class);
    private static final Map<ReminderCode, Map<String, Type>> REMINDERS = new EnumMap<>(ReminderCode.class);

    static {
        // the violation arguments: from each code's own declaration (RuleCode#arguments), never listed here
        for (RuleCode code : RuleCode.values()) {
            Map<String, Type> m = new HashMap<>();
            for (RuleArgument a : code.arguments()) {
                m.put(a.name(), typeOf(a));
            }
            VIOLATIONS.put(code, m);
        }

        reminder(ReminderCode.FIRST_PURCHASE_DUE, "dueDate", DATE, "daysLeft", INT, "balance", RUPIAH);
        REMINDERS.get(ReminderCode.FIRST_PURCHASE_DUE).put("deadlineDays", INT);
        reminder(ReminderCode.BALANCE_EXPIRING, "dueDate", DATE, "daysLeft", INT, "balance", RUPIAH);
        reminder(ReminderCode.REVIEW_PENDING, "dueDate", DATE, "courseId", STRING, "incentiveDue", RUPIAH);
        reminder(ReminderCode.PAYOUT_ACCOUNT_MISSING, "dueDate", DATE, "amountDue", RUPIAH);
        reminder(ReminderCode.SURVEY_INCENTIVE_PENDING, "dueDate", DATE, "surveysDue", INT, "surveyAmount", RUPIAH);
    }

    private ArgumentTypes() {}

    private static Type typeOf(RuleArgument a) {
        switch (a.type()) {
            case INTEGER:
                return INT;
            case LONG:
                return LONG;
            case RUPIAH:
                return RUPIAH;
            case DATE:
                return DATE;
            case STRING:
                return STRING;
            case ENUM:
                return enumOf(a.enumTypes().toArray(new Class<?>[0]));
            default:
                throw new AssertionError(a.type());
        }
    }

    private static void reminder(ReminderCode code, Object... nameAndType) {
        REMINDERS.put(code, pairs(nameAndType));
    }

    private static Map<String, Type> pairs(Object... nameAndType) {
        Map<String, Type> m = new HashMap<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            m.put((String) nameAndType[i], (Type) nameAndType[i + 1]);
        }
        return m;
    }

    /** The declared type of argument {@code name} of {@code code}'s violations, or {@code null}. */
    static Type of(RuleCode code, String name) {
        Map<String, Type> m = VIOLATIONS.get(code);
        return m == null ? null : m.get(name);
    }

    /** The declared type of argument {@code name} of {@code code}'s reminders, or {@code null}. */
    static Type of(ReminderCode code, String name) {
        Map<String, Type> m = REMINDERS.get(code);
        return m == null ? null : m.get(name);
    }

    /**
     * Reads one argument: by its declared type when the value has its shape, else by the generic rule;
     * reports {@code FIELD_INVALID} and answers {@code null} for a value no argument can be.
     */
    static Object read(Located value, Type declared) {
        Node n = value.node();
        if (declared != null) {
            Object v = declared.read(n);
            if (v != null) {
                return v;
            }
        }
        if (n.isString()) {
            return n.text();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isInteger()) {
            Long v = Located.parseLong(n.text());
            if (v != null) {
                return v == v.intValue() ? Integer.valueOf(v.intValue()) : v;
            }
            value.invalidValue("an integer that fits 64 bits");
            return null;
        }
        value.invalid("a JSON string, integer or boolean");
        return null;
    }

    /** Reads the arguments object of a violation or reminder; {@code null} after reporting a problem. */
    static Map<String, Object> readAll(Located arguments, java.util.function.Function<String, Type> types) {
        Map<String, Located> entries = arguments.entries();
        if (entries == null) {
            return null;
        }
        BindContext.Scope binding = arguments.context().scope();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Located> e : entries.entrySet()) {
            Object v = read(e.getValue(), types.apply(e.getKey()));
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return binding.failed() ? null : out;
    }
}
