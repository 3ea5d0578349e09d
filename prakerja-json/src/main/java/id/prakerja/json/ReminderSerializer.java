// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.participation.Reminder;
import id.prakerja.core.participation.ReminderChannel;
import id.prakerja.core.validation.Languages;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Reminder} in the wire format: {@code code}, {@code participant} (masked),
 * {@code participantIndex}, {@code date}, {@code dueDate}, {@code channels} (enum order), {@code arguments}
 * (dates ISO, amounts in whole rupiah) and {@code text} with both languages, {@code id} then {@code en}.
 */
final class ReminderSerializer extends StdSerializer<Reminder> {

    static final ReminderSerializer INSTANCE = new ReminderSerializer();

    private ReminderSerializer() {
        super(Reminder.class);
    }

    @Override
    public void serialize(Reminder r, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(r);
        g.writeStringProperty("code", r.code().name());
        g.writeStringProperty("participant", r.participant());
        g.writeNumberProperty("participantIndex", r.participantIndex());
        g.writeStringProperty("date", r.date().toString());
        g.writeStringProperty("dueDate", r.dueDate().toString());
        g.writeArrayPropertyStart("channels");
        for (ReminderChannel c : r.channels()) {
            g.writeString(c.name());
        }
        g.writeEndArray();
        g.writeName("arguments");
        ViolationSerializer.writeArguments(r.arguments(), g);
        g.writeObjectPropertyStart("text");
        g.writeStringProperty("id", r.text(Languages.INDONESIAN));
        g.writeStringProperty("en", r.text(Languages.ENGLISH));
        g.writeEndObject();
        g.writeEndObject();
    }
}
