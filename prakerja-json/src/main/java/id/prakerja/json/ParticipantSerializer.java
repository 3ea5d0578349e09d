// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.participation.Accepted;
import id.prakerja.core.participation.IncentivePaid;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutAccountLinked;
import id.prakerja.core.participation.Revoked;
import id.prakerja.core.participation.SurveyIncentivePaid;
import id.prakerja.core.participation.TrainingCompleted;
import id.prakerja.core.participation.TrainingPurchased;
import id.prakerja.core.participation.TrainingReviewed;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link Participant} in the wire format: {@code nik} (the full NIK: a participant record is input
 * data, not a report) and {@code events} in list order, each as {@link EventSerializer} writes it.
 */
final class ParticipantSerializer extends StdSerializer<Participant> {

    static final ParticipantSerializer INSTANCE = new ParticipantSerializer();

    private ParticipantSerializer() {
        super(Participant.class);
    }

    @Override
    public void serialize(Participant p, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(p);
        g.writeStringProperty("nik", p.nik().digits());
        g.writeName("events");
        List<ParticipantEvent> events = p.events();
        g.writeStartArray(events, events.size());
        for (ParticipantEvent e : events) {
            EventSerializer.write(e, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a {@link ParticipantEvent}: {@code type}, {@code date}, then the fields of its type in the order
     * of the wire-format table ({@code wave}; {@code courseId}, {@code price}; {@code courseId};
     * {@code courseId}, {@code rating}; {@code channel}, {@code provider}, {@code accountNik}; {@code amount};
     * {@code amount}; {@code reason}). Amounts are whole rupiah.
     */
    static final class EventSerializer extends StdSerializer<ParticipantEvent> {

        static final EventSerializer INSTANCE = new EventSerializer();

        private EventSerializer() {
            super(ParticipantEvent.class);
        }

        @Override
        public void serialize(ParticipantEvent e, JsonGenerator g, SerializationContext ctxt) {
            write(e, g);
        }

        static void write(ParticipantEvent e, JsonGenerator g) {
            g.writeStartObject(e);
            g.writeStringProperty("type", e.type().name());
            g.writeStringProperty("date", e.date().toString());
            if (e instanceof Accepted a) {
                g.writeNumberProperty("wave", a.wave());
            } else if (e instanceof TrainingPurchased t) {
                g.writeStringProperty("courseId", t.courseId());
                g.writeNumberProperty("price", t.price().amount());
            } else if (e instanceof TrainingCompleted t) {
                g.writeStringProperty("courseId", t.courseId());
            } else if (e instanceof TrainingReviewed t) {
                g.writeStringProperty("courseId", t.courseId());
                g.writeNumberProperty("rating", t.rating());
            } else if (e instanceof PayoutAccountLinked l) {
                g.writeStringProperty("channel", l.channel().name());
                g.writeStringProperty("provider", l.provider());
                g.writeStringProperty("accountNik", l.accountNik().digits());
            } else if (e instanceof IncentivePaid i) {
                g.writeNumberProperty("amount", i.amount().amount());
            } else if (e instanceof SurveyIncentivePaid s) {
                g.writeNumberProperty("amount", s.amount().amount());
            } else if (e instanceof Revoked r) {
                g.writeStringProperty("reason", r.reason().name());
            } else {
                throw new IllegalArgumentException("not an event of the wire format: " + e.getClass());
            }
            g.writeEndObject();
        }
    }
}
