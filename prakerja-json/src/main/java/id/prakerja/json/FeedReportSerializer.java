// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import java.util.Map;
import java.util.SortedSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link FeedReport} in the wire format (the output of {@code validate --report json}), in this
 * order: {@code records}, {@code valid}, {@code invalid}, {@code violationsByCode} (code order),
 * {@code recordsByProvince} and {@code invalidByProvince} (by Kemendagri code, {@code "UNKNOWN"} last),
 * {@code legalReferences} (citations per code), {@code maxSamples} and {@code samples}: each with
 * {@code line}, {@code nik} (masked; absent when the record had none), {@code code}, {@code field},
 * {@code severity}, {@code arguments}, {@code legalReference} (when the violation cites one) and
 * {@code message}. A full NIK never appears.
 */
final class FeedReportSerializer extends StdSerializer<FeedReport> {

    static final FeedReportSerializer INSTANCE = new FeedReportSerializer(Messages.indonesian());

    private final Messages messages;

    private FeedReportSerializer(Messages messages) {
        super(FeedReport.class);
        this.messages = messages;
    }

    static FeedReportSerializer of(Messages messages) {
        return messages == Messages.indonesian() ? INSTANCE : new FeedReportSerializer(messages);
    }

    @Override
    public void serialize(FeedReport r, JsonGenerator g, SerializationContext ctxt) {
        Messages messages = PrakerjaModule.messages(ctxt, this.messages);
        g.writeStartObject(r);
        g.writeNumberProperty("records", r.records());
        g.writeNumberProperty("valid", r.valid());
        g.writeNumberProperty("invalid", r.invalid());
        g.writeName("violationsByCode");
        g.writeStartObject();
        for (Map.Entry<RuleCode, Long> e : r.violationsByCode().entrySet()) {
            g.writeNumberProperty(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        writeCounts("recordsByProvince", r.recordsByProvince(), g);
        writeCounts("invalidByProvince", r.invalidByProvince(), g);
        g.writeName("legalReferences");
        g.writeStartObject();
        for (Map.Entry<RuleCode, SortedSet<String>> e : r.legalReferences().entrySet()) {
            g.writeName(e.getKey().name());
            g.writeStartArray();
            for (String citation : e.getValue()) {
                g.writeString(citation);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeNumberProperty("maxSamples", r.maxSamples());
        g.writeName("samples");
        g.writeStartArray();
        for (FeedSample s : r.samples()) {
            g.writeStartObject();
            g.writeNumberProperty("line", s.line());
            if (s.maskedNik().isPresent()) {
                g.writeStringProperty("nik", s.maskedNik().get());
            }
            g.writeStringProperty("code", s.violation().code().name());
            g.writeStringProperty("field", s.violation().field());
            g.writeStringProperty("severity", s.violation().severity().name());
            g.writeName("arguments");
            ViolationSerializer.writeArguments(s.violation().arguments(), g);
            if (s.violation().legalReference().isPresent()) {
                g.writeStringProperty(
                        "legalReference", s.violation().legalReference().get().citation());
            }
            g.writeStringProperty("message", messages.format(s.violation()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeCounts(String name, Map<String, Long> counts, JsonGenerator g) {
        g.writeName(name);
        g.writeStartObject();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (!e.getKey().equals(FeedReport.UNKNOWN_PROVINCE)) {
                g.writeNumberProperty(e.getKey(), e.getValue());
            }
        }
        Long unknown = counts.get(FeedReport.UNKNOWN_PROVINCE);
        if (unknown != null) {
            g.writeNumberProperty(FeedReport.UNKNOWN_PROVINCE, unknown);
        }
        g.writeEndObject();
    }
}
