// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.RawApplicant;
import java.util.List;

/**
 * A tiny JSON writer for the applicant record of the wire format: one object per line, fields in the order
 * of the format, absent fields left out. Booleans and whole numbers that the format carries as JSON
 * literals are written as literals when their text is one, and as strings otherwise (which a reader
 * reports as FIELD_INVALID, as it should).
 */
public final class Json {
    private Json() {}

    /** {@code s} as a JSON string literal: quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !pairedAt(s, i)) {
                        // control characters must be escaped; U+2028/9 break JavaScript; a lone surrogate is not UTF-8
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** {@code text} as a JSON boolean literal when it is {@code true}/{@code false}, else as a string. */
    static String bool(String text) {
        return "true".equals(text) || "false".equals(text) ? text : quote(text);
    }

    /** {@code text} as a JSON integer literal when it is one ({@code -?(0|[1-9][0-9]*)}), else as a string. */
    static String integer(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        boolean ok = text.length() > start && text.length() - start <= 18;
        for (int i = start; ok && i < text.length(); i++) {
            char c = text.charAt(i);
            ok = c >= '0' && c <= '9' && !(c == '0' && i == start && text.length() > start + 1);
        }
        return ok ? text : quote(text);
    }

    /** The applicant record as one line of JSON (no line break). */
    public static String applicant(RawApplicant a) {
        StringBuilder sb = new StringBuilder(400).append('{');
        field(sb, "nik", a.nik() == null ? null : quote(a.nik()));
        field(sb, "familyCardNumber", a.familyCardNumber() == null ? null : quote(a.familyCardNumber()));
        field(sb, "fullName", a.fullName() == null ? null : quote(a.fullName()));
        field(sb, "birthDate", a.birthDate() == null ? null : quote(a.birthDate()));
        field(sb, "sex", a.sex() == null ? null : quote(a.sex()));
        field(sb, "citizenship", a.citizenship() == null ? null : quote(a.citizenship()));
        if (a.domicileProvinceCode() != null || a.domicileRegencyCode() != null) {
            StringBuilder d = new StringBuilder("{");
            field(d, "provinceCode", a.domicileProvinceCode() == null ? null : quote(a.domicileProvinceCode()));
            field(d, "regencyCode", a.domicileRegencyCode() == null ? null : quote(a.domicileRegencyCode()));
            field(sb, "domicile", d.append('}').toString());
        }
        field(sb, "workforceCategory", a.workforceCategory() == null ? null : quote(a.workforceCategory()));
        field(sb, "inFormalEducation", a.inFormalEducation() == null ? null : bool(a.inFormalEducation()));
        field(sb, "occupation", a.occupation() == null ? null : quote(a.occupation()));
        List<String> sa = a.socialAssistance();
        if (sa != null) {
            StringBuilder arr = new StringBuilder("[");
            for (int i = 0; i < sa.size(); i++) {
                arr.append(i == 0 ? "" : ",").append(quote(sa.get(i)));
            }
            field(sb, "socialAssistance", arr.append(']').toString());
        }
        List<String> fa = a.familySocialAssistance();
        if (fa != null) {
            StringBuilder arr = new StringBuilder("[");
            for (int i = 0; i < fa.size(); i++) {
                arr.append(i == 0 ? "" : ",").append(quote(fa.get(i)));
            }
            field(sb, "familySocialAssistance", arr.append(']').toString());
        }
        field(sb, "priorParticipation", a.priorParticipation() == null ? null : quote(a.priorParticipation()));
        field(
                sb,
                "otherFamilyRecipients",
                a.otherFamilyRecipients() == null ? null : integer(a.otherFamilyRecipients()));
        field(sb, "wave", a.wave() == null ? null : integer(a.wave()));
        return sb.append('}').toString();
    }

    /** {@code line} (a JSON object) with one more field {@code name: value} (value already JSON) at the end. */
    static String withField(String line, String name, String value) {
        String body = line.substring(0, line.length() - 1);
        return body + (body.endsWith("{") ? "" : ",") + quote(name) + ":" + value + "}";
    }

    private static void field(StringBuilder sb, String name, String json) {
        if (json == null) {
            return;
        }
        if (sb.length() > 1) {
            sb.append(',');
        }
        sb.append(quote(name)).append(':').append(json);
    }
}
