package id.prakerja.json;

import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
import java.util.List;
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
        g.writeBooleanProperty("eligible", d.isEligible());
        g.writeNumberProperty("wave", d.wave());
        g.writeStringProperty("evaluationDate", d.evaluationDate().toString());
        g.writeName("violations");
        List<Violation> violations = d.violations();
        g.writeStartArray(violations, violations.size());
        for (Violation v : violations) {
            g.writeStartObject(v);
            ViolationSerializer.write(v, g, m);
            g.writeEndObject();
        }
        g.writeEndArray();
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
        if (d.trace().isPresent()) {
            g.writeName("trace");
            DecisionSerializer.writeTree(d.trace().get().toMap(), g);
        }
        g.writeEndObject();
    }
}
