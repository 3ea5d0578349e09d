// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.validation.Messages;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Cure} (what would cure a violation): {@code code}, {@code kind}, {@code curable},
 * {@code date} and {@code wave} when known, and {@code message} in the language of the call
 * ({@link PrakerjaModule#LANGUAGE}), else the module's.
 */
final class CureSerializer extends StdSerializer<Cure> {

    static final CureSerializer INSTANCE = new CureSerializer(Messages.indonesian());

    private final Messages messages;

    private CureSerializer(Messages messages) {
        super(Cure.class);
        this.messages = messages;
    }

    static CureSerializer of(Messages messages) {
        return messages == Messages.indonesian() ? INSTANCE : new CureSerializer(messages);
    }

    @Override
    public void serialize(Cure c, JsonGenerator g, SerializationContext ctxt) {
        write(c, g, PrakerjaModule.messages(ctxt, messages));
    }

    /** Writes {@code c} as one object, its message in {@code messages}' language. */
    static void write(Cure c, JsonGenerator g, Messages messages) {
        g.writeStartObject(c);
        g.writeStringProperty("code", c.code().name());
        g.writeStringProperty("kind", c.kind().name());
        g.writeBooleanProperty("curable", c.isCurable());
        if (c.date().isPresent()) {
            g.writeStringProperty("date", c.date().get().toString());
        }
        if (c.wave().isPresent()) {
            g.writeNumberProperty("wave", c.wave().getAsInt());
        }
        g.writeStringProperty("message", c.describe(messages.locale()));
        g.writeEndObject();
    }
}
