// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link RawApplicant} in the wire format: fields in the order of the wire-format table, absent
 * ({@code null}) fields omitted, {@code domicile} as a nested object (written when either code is present).
 * {@code inFormalEducation} is written as a boolean and {@code otherFamilyRecipients} and {@code wave} as
 * numbers when their text is a JSON boolean or integer; other text is written as a string, so nothing is
 * lost (reading it back reports {@code FIELD_INVALID}).
 */
final class RawApplicantSerializer extends StdSerializer<RawApplicant> {

    static final RawApplicantSerializer INSTANCE = new RawApplicantSerializer();

    private RawApplicantSerializer() {
        super(RawApplicant.class);
    }

    @Override
    public void serialize(RawApplicant a, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(a);
        string(g, "nik", a.nik());
        string(g, "familyCardNumber", a.familyCardNumber());
        string(g, "fullName", a.fullName());
        string(g, "birthDate", a.birthDate());
        string(g, "sex", a.sex());
        string(g, "citizenship", a.citizenship());
        if (a.domicileProvinceCode() != null || a.domicileRegencyCode() != null) {
            g.writeName("domicile");
            g.writeStartObject();
            string(g, "provinceCode", a.domicileProvinceCode());
            string(g, "regencyCode", a.domicileRegencyCode());
            g.writeEndObject();
        }
        string(g, "workforceCategory", a.workforceCategory());
        String edu = a.inFormalEducation();
        if (edu != null) {
            g.writeName("inFormalEducation");
            if (edu.equals("true") || edu.equals("false")) {
                g.writeBoolean(edu.equals("true"));
            } else {
                g.writeString(edu);
            }
        }
        string(g, "occupation", a.occupation());
        List<String> assistance = a.socialAssistance();
        if (assistance != null) {
            g.writeName("socialAssistance");
            g.writeStartArray(assistance, assistance.size());
            for (String s : assistance) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        List<String> family = a.familySocialAssistance();
        if (family != null) {
            g.writeName("familySocialAssistance");
            g.writeStartArray(family, family.size());
            for (String s : family) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        string(g, "priorParticipation", a.priorParticipation());
        integer(g, "otherFamilyRecipients", a.otherFamilyRecipients());
        integer(g, "wave", a.wave());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void integer(JsonGenerator g, String name, String value) {
        if (value == null) {
            return;
        }
        g.writeName(name);
        if (isJsonInteger(value)) {
            g.writeNumber(value);
        } else {
            g.writeString(value);
        }
    }

    /** Whether {@code s} is a JSON integer literal: {@code -?(0|[1-9][0-9]*)}. */
    static boolean isJsonInteger(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int n = s.length();
        if (i == n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            return i + 1 == n;
        }
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
