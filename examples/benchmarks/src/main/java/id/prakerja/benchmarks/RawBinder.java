// SPDX-License-Identifier: Apache-2.0
package id.prakerja.benchmarks;

import id.prakerja.core.eligibility.RawApplicant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A minimal Jackson 3 streaming binder from one applicant line to prakerja's {@link RawApplicant}: a
 * stand-in for the prakerja-json NDJSON reader until that lands, used to build the inputs of the engine
 * benchmark and in the "streaming bind + engine" variant.
 *
 * <p>It is deliberately lenient and <b>not</b> the wire-format reader: no {@code FIELD_UNKNOWN}, no type
 * checks (a NIK sent as a number is taken as its text), no size limits, no {@code RECORD_MALFORMED}
 * recovery (malformed JSON throws). It reads each scalar as text, as {@link RawApplicant} holds it.
 */
public final class RawBinder {
    private final JsonFactory factory;

    /** A binder over {@code factory}. */
    public RawBinder(JsonFactory factory) {
        this.factory = factory;
    }

    /** The record in {@code bytes[offset, offset + length)}. */
    public RawApplicant bind(byte[] bytes, int offset, int length) {
        RawApplicant.Builder b = RawApplicant.builder();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an object");
            }
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "nik":
                        b.nik(text(p, t));
                        break;
                    case "familyCardNumber":
                        b.familyCardNumber(text(p, t));
                        break;
                    case "fullName":
                        b.fullName(text(p, t));
                        break;
                    case "birthDate":
                        b.birthDate(text(p, t));
                        break;
                    case "sex":
                        b.sex(text(p, t));
                        break;
                    case "citizenship":
                        b.citizenship(text(p, t));
                        break;
                    case "domicile":
                        domicile(p, t, b);
                        break;
                    case "workforceCategory":
                        b.workforceCategory(text(p, t));
                        break;
                    case "inFormalEducation":
                        b.inFormalEducation(text(p, t));
                        break;
                    case "occupation":
                        b.occupation(text(p, t));
                        break;
                    case "socialAssistance":
                        b.socialAssistance(list(p, t));
                        break;
                    case "priorParticipation":
                        b.priorParticipation(text(p, t));
                        break;
                    case "otherFamilyRecipients":
                        b.otherFamilyRecipients(text(p, t));
                        break;
                    case "wave":
                        b.wave(text(p, t));
                        break;
                    default:
                        p.skipChildren();
                }
            }
        }
        return b.build();
    }

    private static String text(JsonParser p, JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isStructStart()) {
            p.skipChildren();
            return null;
        }
        return p.getString();
    }

    private static void domicile(JsonParser p, JsonToken t, RawApplicant.Builder b) {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken v = p.nextToken();
            if (name.equals("provinceCode")) {
                b.domicileProvinceCode(text(p, v));
            } else if (name.equals("regencyCode")) {
                b.domicileRegencyCode(text(p, v));
            } else {
                p.skipChildren();
            }
        }
    }

    private static List<String> list(JsonParser p, JsonToken t) {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        List<String> out = new ArrayList<>(2);
        JsonToken v;
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
            out.add(text(p, v));
        }
        return out;
    }
}
