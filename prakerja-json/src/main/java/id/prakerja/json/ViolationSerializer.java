// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Violation}: {@code code}, {@code field} ({@code ""} for the record as a whole),
 * {@code severity}, {@code arguments} (numbers, strings, booleans; dates as ISO strings, amounts as whole
 * rupiah, enums by name), {@code legalReference} (the citation, when there is one) and {@code message} in
 * the module's language.
 */
final class ViolationSerializer extends StdSerializer<Violation> {

    static final ViolationSerializer INSTANCE = new ViolationSerializer(Messages.indonesian());

    private final Messages messages;

    private ViolationSerializer(Messages messages) {
        super(Violation.class);
        this.messages = messages;
    }

    static ViolationSerializer of(Messages messages) {
        return messages == Messages.indonesian() ? INSTANCE : new ViolationSerializer(messages);
    }

    @Override
    public void serialize(Violation v, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(v);
        write(v, g, PrakerjaModule.messages(ctxt, messages));
        g.writeEndObject();
    }

    /** The properties of {@code v}, without the enclosing object (reports add their own). */
    static void write(Violation v, JsonGenerator g, Messages messages) {
        g.writeStringProperty("code", v.code().name());
        g.writeStringProperty("field", v.field());
        g.writeStringProperty("severity", v.severity().name());
        g.writeName("arguments");
        writeArguments(v.arguments(), g);
        if (v.legalReference().isPresent()) {
            g.writeStringProperty("legalReference", v.legalReference().get().citation());
        }
        g.writeStringProperty("message", messages.format(v));
    }

    static void writeArguments(Map<String, Object> arguments, JsonGenerator g) {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : arguments.entrySet()) {
            g.writeName(e.getKey());
            writeValue(e.getValue(), g);
        }
        g.writeEndObject();
    }

    static void writeValue(Object value, JsonGenerator g) {
        if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Rupiah r) {
            g.writeNumber(r.amount());
        } else if (value instanceof LocalDate d) {
            g.writeString(d.toString());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else {
            g.writeString(String.valueOf(value));
        }
    }
}
