// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.ObjectiveProgress;
import id.prakerja.core.cooperation.ProgressSummary;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Tally;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link ProgressSummary}: {@code total}, {@code excludedActivities} and {@code byObjective} (by
 * code, in code order), each objective with {@code total}, {@code byRegion} (keyed by the region's code: the
 * two-digit province code for activities recorded for the province as a whole, else the four-digit regency
 * code; in code order) and {@code byChannel} (in enum order). A tally is
 * {@code { "activities", "peopleReached" }}.
 */
final class ProgressSummarySerializer extends StdSerializer<ProgressSummary> {

    static final ProgressSummarySerializer INSTANCE = new ProgressSummarySerializer();

    private ProgressSummarySerializer() {
        super(ProgressSummary.class);
    }

    @Override
    public void serialize(ProgressSummary s, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(s);
        g.writeName("total");
        tally(s.total(), g);
        g.writeNumberProperty("excludedActivities", s.excludedActivities());
        g.writeObjectPropertyStart("byObjective");
        for (Map.Entry<String, ObjectiveProgress> e : new TreeMap<>(s.byObjective()).entrySet()) {
            ObjectiveProgress p = e.getValue();
            g.writeObjectPropertyStart(e.getKey());
            g.writeName("total");
            tally(p.total(), g);
            g.writeObjectPropertyStart("byRegion");
            Map<String, Tally> byRegion = new TreeMap<>();
            p.byRegion().forEach((region, tally) -> byRegion.put(key(region), tally));
            for (Map.Entry<String, Tally> r : byRegion.entrySet()) {
                g.writeName(r.getKey());
                tally(r.getValue(), g);
            }
            g.writeEndObject();
            g.writeObjectPropertyStart("byChannel");
            Map<Channel, Tally> byChannel = new EnumMap<>(Channel.class);
            byChannel.putAll(p.byChannel());
            for (Map.Entry<Channel, Tally> c : byChannel.entrySet()) {
                g.writeName(c.getKey().name());
                tally(c.getValue(), g);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code "31"} for a province as a whole, {@code "3174"} for a regency. */
    static String key(Region r) {
        return r.regencyCode().orElse(r.province().code());
    }

    private static void tally(Tally t, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("activities", t.activities());
        g.writeNumberProperty("peopleReached", t.peopleReached());
        g.writeEndObject();
    }
}
