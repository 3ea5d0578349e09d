package id.prakerja.testkit;

import id.prakerja.core.eligibility.RawApplicant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict RFC 8259 JSON reader for tests (the testkit must not depend on Jackson): objects become maps,
 * arrays lists, numbers BigDecimal; anything else, including trailing text, throws.
 */
final class MiniJson {
    private final String s;
    private int i;

    private MiniJson(String s) {
        this.s = s;
    }

    /** The fields of the applicant record of the wire format (domicile's two flattened). */
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
            "priorParticipation",
            "otherFamilyRecipients",
            "wave");

    static Object parse(String text) {
        MiniJson p = new MiniJson(text);
        p.ws();
        Object v = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.i);
        }
        return v;
    }

    /** The applicant record of a JSON object, as the JSON module would read it into a RawApplicant. */
    @SuppressWarnings("unchecked")
    static RawApplicant toRaw(Map<String, Object> o) {
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
        if (o.get("domicile") instanceof Map<?, ?> d) {
            b.domicileProvinceCode(text(d.get("provinceCode"))).domicileRegencyCode(text(d.get("regencyCode")));
        }
        if (o.containsKey("socialAssistance")) {
            List<String> list = new ArrayList<>();
            for (Object x : (List<Object>) o.get("socialAssistance")) {
                list.add(text(x));
            }
            b.socialAssistance(list);
        }
        return b.build();
    }

    private static String text(Object v) {
        return v == null ? null : v instanceof BigDecimal n ? n.toPlainString() : v.toString();
    }

    private void ws() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + i);
    }

    private Object value() {
        if (i >= s.length()) {
            throw error("end of input");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, i)) {
            throw error("bad literal");
        }
        i += word.length();
        return v;
    }

    private Map<String, Object> object() {
        Map<String, Object> out = new LinkedHashMap<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            return out;
        }
        while (true) {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') {
                throw error("expected a name");
            }
            String name = string();
            ws();
            expect(':');
            ws();
            if (out.put(name, value()) != null) {
                throw error("duplicate name " + name);
            }
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect('}');
            return out;
        }
    }

    private List<Object> array() {
        List<Object> out = new ArrayList<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            return out;
        }
        while (true) {
            ws();
            out.add(value());
            ws();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                continue;
            }
            expect(']');
            return out;
        }
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw error("expected " + c);
        }
        i++;
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
            if (i >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(i++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> throw error("bad escape");
            }
        }
    }

    private BigDecimal number() {
        int start = i;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
            throw error("expected a value");
        }
        if (s.charAt(i) == '0') {
            i++;
        } else {
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            int d = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == d) {
                throw error("digits expected");
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int d = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == d) {
                throw error("digits expected");
            }
        }
        return new BigDecimal(s.substring(start, i));
    }
}
