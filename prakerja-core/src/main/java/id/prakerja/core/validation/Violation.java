package id.prakerja.core.validation;

import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

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
 * full NIK or family-card number.
 */
@Value.Immutable
public abstract class Violation {

    Violation() {}

    /** The stable rule code. */
    public abstract RuleCode code();

    /** The path of the field concerned, or {@code ""} for the record as a whole. */
    @Value.Default
    public String field() {
        return "";
    }

    /** The values the rule used, in insertion order, by name. */
    public abstract Map<String, Object> arguments();

    /** The regulation or announcement the rule comes from, where one applies. */
    public abstract Optional<LegalReference> legalReference();

    /** How serious the violation is; {@link Severity#ERROR} unless set. */
    @Value.Default
    public Severity severity() {
        return Severity.ERROR;
    }

    /** Whether this violation rejects the value ({@link Severity#ERROR}). */
    public final boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Value.Check
    protected void check() {
        for (String required : code().requiredArguments()) {
            if (!arguments().containsKey(required)) {
                throw new IllegalStateException(code() + " needs the argument '" + required + "'; it has "
                        + arguments().keySet());
            }
        }
        for (Map.Entry<String, Object> e : arguments().entrySet()) {
            Object value = e.getValue();
            if (!(value instanceof String
                    || value instanceof Integer
                    || value instanceof Long
                    || value instanceof Boolean
                    || value instanceof LocalDate
                    || value instanceof Rupiah
                    || value instanceof Enum)) {
                throw new IllegalStateException("argument '" + e.getKey() + "' of " + code()
                        + " has unsupported type " + value.getClass().getName()
                        + "; use String, Integer, Long, Boolean, LocalDate, Rupiah or an enum");
            }
        }
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

    /** A copy of this violation moved under {@code prefix} (e.g. {@code "nik"} → {@code "applicant.nik"}). */
    public final Violation nestedUnder(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String path = field().isEmpty() ? prefix : prefix + "." + field();
        return new Builder().from(this).field(path).build();
    }

    /** A copy of this violation on another field path. */
    public final Violation onField(String path) {
        return new Builder().from(this).field(path).build();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code().name());
        if (!field().isEmpty()) {
            sb.append(" at ").append(field());
        }
        if (!arguments().isEmpty()) {
            sb.append(' ').append(arguments());
        }
        if (severity() != Severity.ERROR) {
            sb.append(" (").append(severity()).append(')');
        }
        return sb.toString();
    }

    /** Builds a {@link Violation}. */
    public static final class Builder extends ImmutableViolation.Builder {
        /** A new, empty builder; prefer {@link Violation#of(RuleCode, String)}. */
        public Builder() {}

        /** Adds one argument; same as {@code putArguments(name, value)}. */
        public Builder argument(String name, Object value) {
            putArguments(name, value);
            return this;
        }
    }
}
