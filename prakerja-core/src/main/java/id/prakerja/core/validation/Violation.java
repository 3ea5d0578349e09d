// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import id.prakerja.core.internal.Digits;
import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule: a stable {@link RuleCode}, the path of the field concerned, the arguments the rule
 * used (e.g. {@code age=17, minimumAge=18}), the legal reference and the severity.
 *
 * <pre>{@code
 * Violation v = Violation.of(RuleCode.ELIGIBILITY_MIN_AGE, "birthDate")
 *         .argument("age", 17)
 *         .argument("minimumAge", 18)
 *         .legalReference(LegalReference.regulation("Perpres 36/2020", "Pasal 4", "Syarat usia"))
 *         .build();
 * Messages.indonesian().format(v); // "Usia minimal 18 tahun; usia pemohon 17 tahun."
 * }</pre>
 *
 * <p>The field path names the field as it appears in the wire format, with nested fields joined by
 * dots and array elements indexed ({@code "domicile.provinceCode"}, {@code "socialAssistance[1]"}).
 * An empty path means the record as a whole. Argument values are limited to {@link String},
 * {@link Integer}, {@link Long}, {@link Boolean}, {@link LocalDate}, {@link Rupiah} and enum
 * constants, so that every violation can be written as JSON and read back. Arguments never hold a
 * full NIK or family-card number: the field path and every text argument pass through
 * {@link id.prakerja.core.identity.Nik#maskNumbersIn(CharSequence)} (runs of nine or more digits masked, lone
 * surrogates replaced) when they are set, so a number the input put in a field name is masked too.
 *
 * <p>Immutable; equality is by value. Hand-written rather than generated: violations are built on the hot
 * path of feed validation, so a violation is one object plus its small argument arrays.
 */
public final class Violation {

    private final RuleCode code;
    private final String field;
    private final Arguments arguments;
    private final Optional<LegalReference> legalReference;
    private final Severity severity;

    private Violation(
            RuleCode code,
            String field,
            Arguments arguments,
            Optional<LegalReference> legalReference,
            Severity severity) {
        this.code = code;
        this.field = field;
        this.arguments = arguments;
        this.legalReference = legalReference;
        this.severity = severity;
    }

    /** The stable rule code. */
    public RuleCode code() {
        return code;
    }

    /** The path of the field concerned, or {@code ""} for the record as a whole. */
    public String field() {
        return field;
    }

    /** The values the rule used, in insertion order, by name (unmodifiable). */
    public Map<String, Object> arguments() {
        return arguments;
    }

    /** The regulation or announcement the rule comes from, where one applies. */
    public Optional<LegalReference> legalReference() {
        return legalReference;
    }

    /** How serious the violation is; {@link Severity#ERROR} unless set. */
    public Severity severity() {
        return severity;
    }

    /** Whether this violation rejects the value ({@link Severity#ERROR}). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A violation of {@code code} on the record as a whole, with no arguments. */
    public static Violation of(RuleCode code) {
        return builder(code, "").build();
    }

    /** Starts a violation of {@code code} on {@code field}; add arguments, then {@code build()}. */
    public static Builder of(RuleCode code, String field) {
        return builder(code, field);
    }

    /** Starts a violation of {@code code} on {@code field}. */
    public static Builder builder(RuleCode code, String field) {
        return new Builder().code(code).field(field);
    }

    /**
     * Whether this violation is about {@code path} or a field inside it: its field is {@code path}, or
     * {@code path} lies under it ({@code "domicile"} covers {@code "domicile.provinceCode"},
     * {@code "socialAssistance"} covers {@code "socialAssistance[1]"}). A record-level violation (empty field)
     * covers nothing. Used to report a problem once when a reader and a parser both see it.
     */
    public boolean covers(String path) {
        if (field.isEmpty() || !path.startsWith(field)) {
            return false;
        }
        if (path.length() == field.length()) {
            return true;
        }
        char next = path.charAt(field.length());
        return next == '.' || next == '[';
    }

    /**
     * The problems a reader found, then those a later step (a parser, a checker) found, each reported once:
     * every later violation on a field that a reader's violation {@linkplain #covers(String) covers} is left
     * out (a NIK sent as a JSON number is {@code FIELD_INVALID} at {@code nik}, not also the
     * {@code FIELD_REQUIRED} the parser reports for the NIK the reader had to leave out).
     *
     * <pre>{@code
     * Violation.reportedOnce(List.of(nikNotAString), parsed.violations()); // [FIELD_INVALID nik, ...]
     * }</pre>
     *
     * @param reported what the reader reported, first
     * @param later what the later step found
     * @return an unmodifiable list: {@code reported}, then what of {@code later} it does not cover
     */
    public static List<Violation> reportedOnce(List<Violation> reported, List<Violation> later) {
        if (reported.isEmpty()) {
            return List.copyOf(later);
        }
        List<Violation> all = new ArrayList<>(reported.size() + later.size());
        all.addAll(reported);
        for (Violation v : later) {
            if (!coveredBy(reported, v.field)) {
                all.add(v);
            }
        }
        return List.copyOf(all);
    }

    private static boolean coveredBy(List<Violation> reported, String path) {
        for (Violation r : reported) {
            if (r.covers(path)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of this violation moved under {@code prefix} (e.g. {@code "nik"} → {@code "applicant.nik"}). */
    public Violation nestedUnder(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        return onField(field.isEmpty() ? prefix : prefix + "." + field);
    }

    /** A copy of this violation on another field path. */
    public Violation onField(String path) {
        return new Violation(
                code, Digits.maskNumbersIn(Objects.requireNonNull(path, "path")), arguments, legalReference, severity);
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof Violation v
                        && v.code == code
                        && v.severity == severity
                        && v.field.equals(field)
                        && v.arguments.equals(arguments)
                        && v.legalReference.equals(legalReference);
    }

    @Override
    public int hashCode() {
        int h = code.hashCode();
        h = h * 31 + field.hashCode();
        h = h * 31 + arguments.hashCode();
        h = h * 31 + legalReference.hashCode();
        return h * 31 + severity.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code.name());
        if (!field.isEmpty()) {
            sb.append(" at ").append(field);
        }
        if (!arguments.isEmpty()) {
            sb.append(' ').append(arguments);
        }
        if (severity != Severity.ERROR) {
            sb.append(" (").append(severity).append(')');
        }
        return sb.toString();
    }

    /**
     * Builds a {@link Violation}. {@link #build()} checks that the code's
     * {@linkplain RuleCode#requiredArguments() required arguments} are present and that every value has a
     * supported type, and throws {@link IllegalStateException} otherwise (a defect of the rule, not of the
     * data).
     */
    public static final class Builder {
        private RuleCode code;
        private String field = "";
        // allocated on the first argument and handed to the violation on build (no copy); a builder used
        // again after build() copies them before changing anything
        private String[] names;
        private Object[] values;
        private int size;
        private boolean shared;
        private Optional<LegalReference> legalReference = Optional.empty();
        private Severity severity = Severity.ERROR;

        /** A new, empty builder; prefer {@link Violation#of(RuleCode, String)}. */
        public Builder() {}

        /** Copies every attribute of {@code violation}. */
        public Builder from(Violation violation) {
            code = violation.code;
            field = violation.field;
            names = null;
            values = null;
            shared = false;
            size = 0;
            for (int i = 0; i < violation.arguments.size(); i++) {
                argument(violation.arguments.nameAt(i), violation.arguments.valueAt(i));
            }
            legalReference = violation.legalReference;
            severity = violation.severity;
            return this;
        }

        /** The code. */
        public Builder code(RuleCode code) {
            this.code = Objects.requireNonNull(code, "code");
            return this;
        }

        /** The field path; {@code ""} (the default) for the record as a whole. */
        public Builder field(String field) {
            this.field = Digits.maskNumbersIn(Objects.requireNonNull(field, "field"));
            return this;
        }

        /** Adds one argument (a later value for the same name replaces the earlier one). */
        public Builder argument(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value of argument " + name);
            if (value instanceof String text) {
                value = Digits.maskNumbersIn(text);
            }
            if (names == null) {
                names = new String[2];
                values = new Object[2];
            } else if (shared) {
                names = java.util.Arrays.copyOf(names, names.length);
                values = java.util.Arrays.copyOf(values, values.length);
                shared = false;
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        /** Same as {@link #argument(String, Object)}. */
        public Builder putArguments(String name, Object value) {
            return argument(name, value);
        }

        /** Adds every entry of {@code arguments}, in its iteration order. */
        public Builder putAllArguments(Map<String, ?> arguments) {
            for (Map.Entry<String, ?> e : arguments.entrySet()) {
                argument(e.getKey(), e.getValue());
            }
            return this;
        }

        /** The legal reference. */
        public Builder legalReference(LegalReference legalReference) {
            this.legalReference =
                    Objects.requireNonNull(legalReference, "legalReference").asOptional();
            return this;
        }

        /** The legal reference, or none. */
        public Builder legalReference(Optional<LegalReference> legalReference) {
            this.legalReference = Objects.requireNonNull(legalReference, "legalReference");
            return this;
        }

        /** The severity; {@link Severity#ERROR} unless set. */
        public Builder severity(Severity severity) {
            this.severity = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * The violation.
         *
         * @throws InvalidValueException if the code is unset, a required argument is missing or a value has
         *     an unsupported type
         */
        public Violation build() {
            if (code == null) {
                throw new InvalidValueException("a violation needs its code");
            }
            for (String required : code.requiredArguments()) {
                boolean found = false;
                for (int i = 0; i < size && !found; i++) {
                    found = names[i].equals(required);
                }
                if (!found) {
                    throw new InvalidValueException(code + " needs the argument '" + required + "'; it has "
                            + (size == 0
                                    ? "none"
                                    : java.util.Arrays.asList(names).subList(0, size)));
                }
            }
            for (int i = 0; i < size; i++) {
                Object value = values[i];
                if (!(value instanceof String
                        || value instanceof Integer
                        || value instanceof Long
                        || value instanceof Boolean
                        || value instanceof LocalDate
                        || value instanceof Rupiah
                        || value instanceof Enum)) {
                    throw new InvalidValueException("argument '" + names[i] + "' of " + code
                            + " has unsupported type " + value.getClass().getName()
                            + "; use String, Integer, Long, Boolean, LocalDate, Rupiah or an enum");
                }
            }
            Arguments arguments = size == 0 ? Arguments.EMPTY : new Arguments(names, values, size);
            shared = size > 0;
            return new Violation(code, field, arguments, legalReference, severity);
        }
    }
}
