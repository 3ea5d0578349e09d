// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Shared test data: the wire-format sample, a mapper, and feed helpers. */
final class Samples {

    private Samples() {}

    /** A date at which the sample applicant is valid. */
    static final LocalDate DATE = LocalDate.of(2021, 8, 16);

    /** The applicant record of {@code wire-formats.md}, verbatim. */
    static final String WIRE_SAMPLE = """
            {
              "nik": "3174015708990001",
              "familyCardNumber": "3174011203150007",
              "fullName": "Siti Aminah",
              "birthDate": "1999-08-17",
              "sex": "FEMALE",
              "citizenship": "WNI",
              "domicile": { "provinceCode": "31", "regencyCode": "3174" },
              "workforceCategory": "JOB_SEEKER",
              "inFormalEducation": false,
              "occupation": "PRIVATE_EMPLOYEE",
              "socialAssistance": ["BSU"],
              "priorParticipation": "NONE",
              "otherFamilyRecipients": 0,
              "wave": 18
            }
            """;

    /** The sample on one line, for NDJSON feeds. */
    static final String LINE = WIRE_SAMPLE.replace("\n", "");

    /** The sample as a raw record. */
    static final RawApplicant RAW = RawApplicant.builder()
            .nik("3174015708990001")
            .familyCardNumber("3174011203150007")
            .fullName("Siti Aminah")
            .birthDate("1999-08-17")
            .sex("FEMALE")
            .citizenship("WNI")
            .domicileProvinceCode("31")
            .domicileRegencyCode("3174")
            .workforceCategory("JOB_SEEKER")
            .inFormalEducation("false")
            .occupation("PRIVATE_EMPLOYEE")
            .socialAssistance(List.of("BSU"))
            .priorParticipation("NONE")
            .otherFamilyRecipients("0")
            .wave("18")
            .build();

    /** {@link #RAW} without {@code field} (both codes for {@code domicile}). */
    static RawApplicant rawWithout(String field) {
        RawApplicant.Builder b = RawApplicant.builder().from(RAW);
        switch (field) {
            case "nik" -> b.nik(null);
            case "familyCardNumber" -> b.familyCardNumber(null);
            case "fullName" -> b.fullName(null);
            case "birthDate" -> b.birthDate(null);
            case "sex" -> b.sex(null);
            case "citizenship" -> b.citizenship(null);
            case "domicile" -> b.domicileProvinceCode(null).domicileRegencyCode(null);
            case "workforceCategory" -> b.workforceCategory(null);
            case "inFormalEducation" -> b.inFormalEducation(null);
            case "occupation" -> b.occupation(null);
            case "socialAssistance" -> b.socialAssistance(null);
            case "priorParticipation" -> b.priorParticipation(null);
            case "otherFamilyRecipients" -> b.otherFamilyRecipients(null);
            case "wave" -> b.wave(null);
            default -> throw new IllegalArgumentException(field);
        }
        return b.build();
    }

    /** The fields of the sample as JSON text, in wire order. */
    static final Map<String, String> FIELDS = fields();

    private static Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("nik", "\"3174015708990001\"");
        m.put("familyCardNumber", "\"3174011203150007\"");
        m.put("fullName", "\"Siti Aminah\"");
        m.put("birthDate", "\"1999-08-17\"");
        m.put("sex", "\"FEMALE\"");
        m.put("citizenship", "\"WNI\"");
        m.put("domicile", "{\"provinceCode\":\"31\",\"regencyCode\":\"3174\"}");
        m.put("workforceCategory", "\"JOB_SEEKER\"");
        m.put("inFormalEducation", "false");
        m.put("occupation", "\"PRIVATE_EMPLOYEE\"");
        m.put("socialAssistance", "[\"BSU\"]");
        m.put("priorParticipation", "\"NONE\"");
        m.put("otherFamilyRecipients", "0");
        m.put("wave", "18");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The sample on one line with {@code field} set to the JSON text {@code json} (added last if new). */
    static String sampleWith(String field, String json) {
        Map<String, String> m = new LinkedHashMap<>(FIELDS);
        m.put(field, json);
        return join(m);
    }

    /** The sample on one line without {@code field}. */
    static String sampleWithout(String field) {
        Map<String, String> m = new LinkedHashMap<>(FIELDS);
        m.remove(field);
        return join(m);
    }

    private static String join(Map<String, String> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return sb.append('}').toString();
    }

    static JsonMapper mapper() {
        return JsonMapper.builder().addModule(new PrakerjaModule()).build();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Every record of {@code feed} read with {@code options}. */
    static List<FeedRecord<RawApplicant>> readAll(byte[] feed, ReadOptions options) {
        List<FeedRecord<RawApplicant>> out = new ArrayList<>();
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(new ByteArrayInputStream(feed), options)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    static List<FeedRecord<RawApplicant>> readNdjson(String feed) {
        return readAll(utf8(feed), ReadOptions.defaults());
    }

    static List<FeedRecord<RawApplicant>> readArray(String feed) {
        return readAll(utf8(feed), ReadOptions.defaults().withFormat(FeedFormat.JSON_ARRAY));
    }
}
