// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.AgreementPeriod;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CustomObjective;
import id.prakerja.core.cooperation.Objective;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.Party;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Signatory;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.cooperation.Witness;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes the cooperation records in the wire format, fields in the order of the wire-format tables. */
final class CooperationSerializers {

    private CooperationSerializers() {}

    /**
     * Writes a {@link CooperationAgreement}: {@code identifier}, {@code type}, {@code documentNumber},
     * {@code title}, {@code scope}, {@code parties}, {@code signatories}, {@code witnesses} (always, may be
     * empty), {@code signingDate}, {@code signingPlace}, {@code period}, {@code region} (with
     * {@code regencyCodes} always), {@code objectives} (built-in ones by code only) and {@code audience} (both
     * arrays always); absent optional fields are omitted.
     */
    static final class AgreementSerializer extends StdSerializer<CooperationAgreement> {

        static final AgreementSerializer INSTANCE = new AgreementSerializer();

        private AgreementSerializer() {
            super(CooperationAgreement.class);
        }

        @Override
        public void serialize(CooperationAgreement a, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject(a);
            g.writeStringProperty("identifier", a.identifier());
            g.writeStringProperty("type", a.type().name());
            optional(g, "documentNumber", a.documentNumber());
            g.writeStringProperty("title", a.title());
            optional(g, "scope", a.scope());
            g.writeArrayPropertyStart("parties");
            for (Party p : a.parties()) {
                g.writeStartObject();
                g.writeStringProperty("name", p.name());
                g.writeStringProperty("kind", p.kind().name());
                if (p.region().isPresent()) {
                    g.writeName("region");
                    region(p.region().get(), g);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("signatories");
            for (Signatory s : a.signatories()) {
                g.writeStartObject();
                g.writeStringProperty("name", s.name());
                g.writeStringProperty("position", s.position());
                g.writeStringProperty("party", s.party());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("witnesses");
            for (Witness w : a.witnesses()) {
                g.writeStartObject();
                g.writeStringProperty("name", w.name());
                g.writeStringProperty("position", w.position());
                optional(g, "onBehalfOf", w.onBehalfOf());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringProperty("signingDate", a.signingDate().toString());
            optional(g, "signingPlace", a.signingPlace());
            if (a.period().isPresent()) {
                AgreementPeriod p = a.period().get();
                g.writeObjectPropertyStart("period");
                g.writeStringProperty("start", p.start().toString());
                g.writeStringProperty("end", p.end().toString());
                g.writeEndObject();
            }
            g.writeObjectPropertyStart("region");
            g.writeStringProperty("provinceCode", a.region().province().code());
            strings(g, "regencyCodes", a.region().regencyCodes());
            g.writeEndObject();
            g.writeArrayPropertyStart("objectives");
            for (Objective o : a.objectives()) {
                g.writeStartObject();
                g.writeStringProperty("code", o.code());
                if (o instanceof CustomObjective c) {
                    g.writeStringProperty("indonesian", c.indonesian());
                    optional(g, "english", c.english());
                } else if (!(o instanceof BuiltInObjective)) {
                    throw new IllegalArgumentException("not an objective of the wire format: " + o.getClass());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("audience");
            audience(a.audience(), g);
            g.writeEndObject();
        }
    }

    /**
     * Writes an {@link OutreachActivity}: {@code agreement}, {@code date}, {@code region}, {@code objectives},
     * {@code audience} (both arrays always), {@code channel}, {@code peopleReached} and {@code description}
     * when present.
     */
    static final class ActivitySerializer extends StdSerializer<OutreachActivity> {

        static final ActivitySerializer INSTANCE = new ActivitySerializer();

        private ActivitySerializer() {
            super(OutreachActivity.class);
        }

        @Override
        public void serialize(OutreachActivity a, JsonGenerator g, SerializationContext ctxt) {
            g.writeStartObject(a);
            g.writeStringProperty("agreement", a.agreement());
            g.writeStringProperty("date", a.date().toString());
            g.writeName("region");
            region(a.region(), g);
            strings(g, "objectives", a.objectives());
            g.writeName("audience");
            audience(a.audience(), g);
            g.writeStringProperty("channel", a.channel().name());
            if (a.peopleReached().isPresent()) {
                g.writeNumberProperty("peopleReached", a.peopleReached().getAsLong());
            }
            optional(g, "description", a.description());
            g.writeEndObject();
        }
    }

    static void region(Region r, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("provinceCode", r.province().code());
        optional(g, "regencyCode", r.regencyCode());
        g.writeEndObject();
    }

    static void audience(TargetAudience a, JsonGenerator g) {
        g.writeStartObject();
        g.writeArrayPropertyStart("workforceCategories");
        a.workforceCategories().forEach(c -> g.writeString(c.name()));
        g.writeEndArray();
        g.writeArrayPropertyStart("recipientGroups");
        a.recipientGroups().forEach(c -> g.writeString(c.name()));
        g.writeEndArray();
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String name, Collection<String> values) {
        g.writeArrayPropertyStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void optional(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }
}
