// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.RawApplicant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the testkit's NDJSON lines with plain Jackson (no prakerja binding): a strict RFC 8259 parse
 * (trailing text fails) and the applicant record of the wire format mapped field by field, as the JSON
 * module would read it into a {@link RawApplicant}.
 */
final class WireJson {

    /** The fields of the applicant record of the wire format. */
    static final Set<String> APPLICANT_FIELDS = Set.of(
            "nik",
            "familyCardNumber",
            "fullName",
            "birthDate",
            "sex",
            "citizenship",
            "domicile",
            "workforceCategory",
            "inFormalEducation",
            "occupation",
            "socialAssistance",
            "familySocialAssistance",
            "priorParticipation",
            "otherFamilyRecipients",
            "wave");

    private static final JsonMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private WireJson() {}

    /** The JSON value of {@code text}; throws (a {@code JacksonException}) if it is not exactly one value. */
    static JsonNode parse(String text) {
        return PLAIN.readTree(text);
    }

    /** The applicant record of a JSON object. */
    static RawApplicant toRaw(JsonNode o) {
        RawApplicant.Builder b = RawApplicant.builder()
                .nik(text(o.get("nik")))
                .familyCardNumber(text(o.get("familyCardNumber")))
                .fullName(text(o.get("fullName")))
                .birthDate(text(o.get("birthDate")))
                .sex(text(o.get("sex")))
                .citizenship(text(o.get("citizenship")))
                .workforceCategory(text(o.get("workforceCategory")))
                .inFormalEducation(text(o.get("inFormalEducation")))
                .occupation(text(o.get("occupation")))
                .priorParticipation(text(o.get("priorParticipation")))
                .otherFamilyRecipients(text(o.get("otherFamilyRecipients")))
                .wave(text(o.get("wave")));
        JsonNode d = o.get("domicile");
        if (d != null && d.isObject()) {
            b.domicileProvinceCode(text(d.get("provinceCode"))).domicileRegencyCode(text(d.get("regencyCode")));
        }
        JsonNode assistance = o.get("socialAssistance");
        if (assistance != null) {
            List<String> list = new ArrayList<>();
            assistance.forEach(x -> list.add(text(x)));
            b.socialAssistance(list);
        }
        JsonNode family = o.get("familySocialAssistance");
        if (family != null) {
            List<String> list = new ArrayList<>();
            family.forEach(x -> list.add(text(x)));
            b.familySocialAssistance(list);
        }
        return b.build();
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.stringValue();
        }
        if (v.isNumber()) {
            return v.decimalValue().toPlainString();
        }
        return v.isBoolean() ? String.valueOf(v.booleanValue()) : v.toString();
    }
}
