// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.Domicile;
import id.prakerja.core.program.SocialAssistance;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a typed {@link Applicant} in the applicant-record format, fields in the order of the wire-format
 * table. The defaults are written out ({@code occupation}, {@code socialAssistance} as an array, possibly
 * empty, {@code priorParticipation}, {@code otherFamilyRecipients}); {@code domicile} (with its
 * {@code regencyCode} when known), {@code workforceCategory} and {@code wave} only when present. NIK and
 * family-card number are written in full: an applicant record is input data, not a report.
 *
 * <p>The record requires a {@code workforceCategory}; an {@code Applicant} built in Java without one (which
 * the eligibility rules reject) is written without it, and that record reads back as {@code FIELD_REQUIRED}:
 * the one typed value the wire format does not carry.
 */
final class ApplicantSerializer extends StdSerializer<Applicant> {

    static final ApplicantSerializer INSTANCE = new ApplicantSerializer();

    private ApplicantSerializer() {
        super(Applicant.class);
    }

    @Override
    public void serialize(Applicant a, JsonGenerator g, SerializationContext ctxt) {
        g.writeStartObject(a);
        g.writeStringProperty("nik", a.nik().digits());
        g.writeStringProperty("familyCardNumber", a.familyCardNumber().digits());
        g.writeStringProperty("fullName", a.fullName());
        g.writeStringProperty("birthDate", a.birthDate().toString());
        g.writeStringProperty("sex", a.sex().name());
        g.writeStringProperty("citizenship", a.citizenship().name());
        if (a.domicile().isPresent()) {
            Domicile d = a.domicile().get();
            g.writeObjectPropertyStart("domicile");
            g.writeStringProperty("provinceCode", d.province().code());
            if (d.regencyCode().isPresent()) {
                g.writeStringProperty("regencyCode", d.regencyCode().get());
            }
            g.writeEndObject();
        }
        if (a.workforceCategory().isPresent()) {
            g.writeStringProperty(
                    "workforceCategory", a.workforceCategory().get().name());
        }
        g.writeBooleanProperty("inFormalEducation", a.inFormalEducation());
        g.writeStringProperty("occupation", a.occupation().name());
        g.writeArrayPropertyStart("socialAssistance");
        for (SocialAssistance s : a.socialAssistance()) {
            g.writeString(s.name());
        }
        g.writeEndArray();
        if (!a.familySocialAssistance().isEmpty()) {
            // written only when some is known, so that records without it read and write as before
            g.writeArrayPropertyStart("familySocialAssistance");
            for (SocialAssistance s : a.familySocialAssistance()) {
                g.writeString(s.name());
            }
            g.writeEndArray();
        }
        g.writeStringProperty("priorParticipation", a.priorParticipation().name());
        g.writeNumberProperty("otherFamilyRecipients", a.otherFamilyRecipients());
        if (a.wave().isPresent()) {
            g.writeNumberProperty("wave", a.wave().getAsInt());
        }
        g.writeEndObject();
    }
}
