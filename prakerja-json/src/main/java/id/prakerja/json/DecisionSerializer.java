// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.EligibilityTrace;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link EligibilityDecision} in the wire format: {@code eligible}, {@code wave},
 * {@code evaluationDate}, {@code violations} (see {@link ViolationSerializer}), and {@code trace} (the
 * {@code prakerja.trace.v1} structure) when the decision has one.
 */
final class DecisionSerializer extends StdSerializer<EligibilityDecision> {

    static final DecisionSerializer INSTANCE = new DecisionSerializer(Messages.indonesian());

    private final Messages messages;

    private DecisionSerializer(Messages messages) {
        super(EligibilityDecision.class);
        this.messages = messages;
    }

    static DecisionSerializer of(Messages messages) {
        return messages == Messages.indonesian() ? INSTANCE : new DecisionSerializer(messages);
    }

    @Override
    public void serialize(EligibilityDecision d, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(d);
        writeVerdict(d, g, PrakerjaModule.messages(ctxt, this.messages));
        writeTrace(d, g);
        g.writeEndObject();
    }

    /** Writes {@code eligible}, {@code wave}, {@code evaluationDate} and {@code violations} of {@code d}. */
    static void writeVerdict(EligibilityDecision d, JsonGenerator g, Messages messages) {
        g.writeBooleanProperty("eligible", d.isEligible());
        g.writeNumberProperty("wave", d.wave());
        g.writeStringProperty("evaluationDate", d.evaluationDate().toString());
        g.writeName("violations");
        List<Violation> violations = d.violations();
        g.writeStartArray(violations, violations.size());
        for (Violation v : violations) {
            g.writeStartObject(v);
            ViolationSerializer.write(v, g, messages);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes {@code trace} when {@code d} has one. */
    static void writeTrace(EligibilityDecision d, JsonGenerator g) {
        if (d.trace().isPresent()) {
            g.writeName("trace");
            writeTree(d.trace().get().toMap(), g);
        }
    }

    /** Writes the maps, lists, strings, numbers, booleans and nulls of {@link EligibilityTrace#toMap()}. */
    static void writeTree(Object node, JsonGenerator g) {
        if (node instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                writeTree(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (node instanceof List<?> list) {
            g.writeStartArray();
            for (Object x : list) {
                writeTree(x, g);
            }
            g.writeEndArray();
        } else if (node == null) {
            g.writeNull();
        } else {
            ViolationSerializer.writeValue(node, g);
        }
    }
}
