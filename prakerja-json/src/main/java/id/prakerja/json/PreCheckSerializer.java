// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.validation.Messages;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link PreCheck} ({@code pre-check.schema.json}): the decision's {@code eligible}, {@code wave},
 * {@code evaluationDate} and {@code violations}, then {@code whatIf} (one cure per violation, as
 * {@link CureSerializer} writes it), {@code missingInputs} (field names in asking order) and the decision's
 * {@code trace} when it has one. Messages are in the language of the call ({@link PrakerjaModule#LANGUAGE}),
 * else the module's.
 */
final class PreCheckSerializer extends StdSerializer<PreCheck> {

    static final PreCheckSerializer INSTANCE = new PreCheckSerializer(Messages.indonesian());

    private final Messages messages;

    private PreCheckSerializer(Messages messages) {
        super(PreCheck.class);
        this.messages = messages;
    }

    static PreCheckSerializer of(Messages messages) {
        return messages == Messages.indonesian() ? INSTANCE : new PreCheckSerializer(messages);
    }

    @Override
    public void serialize(PreCheck p, JsonGenerator g, SerializationContext ctxt) {
        Messages m = PrakerjaModule.messages(ctxt, messages);
        EligibilityDecision d = p.decision();
        g.writeStartObject(p);
        DecisionSerializer.writeVerdict(d, g, m);
        g.writeName("whatIf");
        g.writeStartArray(p.whatIf(), p.whatIf().size());
        for (Cure c : p.whatIf()) {
            CureSerializer.write(c, g, m);
        }
        g.writeEndArray();
        g.writeName("missingInputs");
        g.writeStartArray(p.missingInputs(), p.missingInputs().size());
        for (String field : p.missingInputs()) {
            g.writeString(field);
        }
        g.writeEndArray();
        DecisionSerializer.writeTrace(d, g);
        g.writeEndObject();
    }
}
