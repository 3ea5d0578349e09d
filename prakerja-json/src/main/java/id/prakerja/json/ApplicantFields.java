// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.Problems;
import id.prakerja.json.internal.RecordBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The hand-written binding of the applicant record ({@code wire-formats.md}) to {@link RawApplicant}.
 *
 * <p>Each field must have its wire JSON type; a value of another type is {@code FIELD_INVALID} (argument
 * {@code expected}) and the field is left unset. JSON {@code null} reads as absent. A key repeated in one
 * object is {@code FIELD_INVALID} ({@code expected} = {@value #ONCE}) and the field is left unset, since
 * which occurrence was meant is unknown. Unknown keys are {@code FIELD_UNKNOWN} when strict. A
 * {@code socialAssistance} element that is not a string is {@code FIELD_INVALID} at its index and held as
 * {@code ""} so that later elements keep their index. Scalars become their raw text: {@code false} →
 * {@code "false"}, {@code 18} → {@code "18"} (as written). Value syntax (enum names, dates, ranges) is the
 * core parser's business.
 */
final class ApplicantFields implements RecordBinding<RawApplicant> {

    static final ApplicantFields STRICT = new ApplicantFields(true);
    static final ApplicantFields LENIENT = new ApplicantFields(false);

    static final String ONCE = "the field once";
    static final String STRING = "a JSON string";
    static final String IDENTIFIER = "a 16-digit string (numbers lose precision above 2^53)";
    static final String BOOLEAN = "a JSON boolean";
    static final String INTEGER = "a JSON integer";
    static final String OBJECT = "a JSON object";
    static final String ARRAY = "a JSON array of strings";

    private enum Kind {
        STRING,
        IDENTIFIER,
        BOOLEAN,
        INTEGER,
        DOMICILE,
        STRING_ARRAY
    }

    /** The fields in wire order. */
    private enum Field {
        NIK("nik", Kind.IDENTIFIER),
        FAMILY_CARD_NUMBER("familyCardNumber", Kind.IDENTIFIER),
        FULL_NAME("fullName", Kind.STRING),
        BIRTH_DATE("birthDate", Kind.STRING),
        SEX("sex", Kind.STRING),
        CITIZENSHIP("citizenship", Kind.STRING),
        DOMICILE("domicile", Kind.DOMICILE),
        WORKFORCE_CATEGORY("workforceCategory", Kind.STRING),
        IN_FORMAL_EDUCATION("inFormalEducation", Kind.BOOLEAN),
        OCCUPATION("occupation", Kind.STRING),
        SOCIAL_ASSISTANCE("socialAssistance", Kind.STRING_ARRAY),
        FAMILY_SOCIAL_ASSISTANCE("familySocialAssistance", Kind.STRING_ARRAY),
        PRIOR_PARTICIPATION("priorParticipation", Kind.STRING),
        OTHER_FAMILY_RECIPIENTS("otherFamilyRecipients", Kind.INTEGER),
        WAVE("wave", Kind.INTEGER);

        final String wire;
        final Kind kind;
        final String pointer;
        /** The name as Jackson matches it against the input's bytes. */
        final SerializableString serialized;
        /** The field after this one in wire order (the one a writer of the wire format puts next), or null. */
        Field next;

        Field(String wire, Kind kind) {
            this.wire = wire;
            this.kind = kind;
            this.pointer = "/" + wire;
            this.serialized = new SerializedString(wire);
        }

        static {
            Field[] all = values();
            for (int i = 0; i + 1 < all.length; i++) {
                all[i].next = all[i + 1];
            }
        }

        static Field of(String name) {
            switch (name) {
                case "nik":
                    return NIK;
                case "familyCardNumber":
                    return FAMILY_CARD_NUMBER;
                case "fullName":
                    return FULL_NAME;
                case "birthDate":
                    return BIRTH_DATE;
                case "sex":
                    return SEX;
                case "citizenship":
                    return CITIZENSHIP;
                case "domicile":
                    return DOMICILE;
                case "workforceCategory":
                    return WORKFORCE_CATEGORY;
                case "inFormalEducation":
                    return IN_FORMAL_EDUCATION;
                case "occupation":
                    return OCCUPATION;
                case "socialAssistance":
                    return SOCIAL_ASSISTANCE;
                case "familySocialAssistance":
                    return FAMILY_SOCIAL_ASSISTANCE;
                case "priorParticipation":
                    return PRIOR_PARTICIPATION;
                case "otherFamilyRecipients":
                    return OTHER_FAMILY_RECIPIENTS;
                case "wave":
                    return WAVE;
                default:
                    return null;
            }
        }
    }

    private static final String PROVINCE = "provinceCode";
    private static final String REGENCY = "regencyCode";
    private static final String PROVINCE_PATH = "domicile." + PROVINCE;
    private static final String REGENCY_PATH = "domicile." + REGENCY;
    private static final String PROVINCE_POINTER = "/domicile/" + PROVINCE;
    private static final String REGENCY_POINTER = "/domicile/" + REGENCY;

    private final boolean strict;

    private ApplicantFields(boolean strict) {
        this.strict = strict;
    }

    static ApplicantFields of(boolean strict) {
        return strict ? STRICT : LENIENT;
    }

    @Override
    public BoundRecord<RawApplicant> read(JsonParser p, RecordBudget budget) {
        RawApplicant.Builder b = RawApplicant.builder();
        List<Violation> out = new ArrayList<>(0);
        Unknown unknown = null; // created on the first unknown name only
        int seen = 0;
        int repeated = 0;
        // Records written in wire order (as PrakerjaModule and most producers write them) name the field that
        // follows the previous one: Jackson compares that name's bytes with the input instead of reading the
        // name and looking it up. Any other name is read and looked up as usual; the result is the same.
        Field expected = Field.values()[0];
        while (true) {
            Field f;
            String name;
            if (expected != null && p.nextName(expected.serialized)) {
                f = expected;
                name = f.wire;
            } else {
                JsonToken at = expected != null ? p.currentToken() : p.nextToken();
                if (at != JsonToken.PROPERTY_NAME) {
                    break;
                }
                name = p.currentName();
                f = Field.of(name);
            }
            expected = f == null ? null : f.next;
            budget.check(p);
            JsonToken t = p.nextToken();
            if (f == null) {
                if (unknown == null) {
                    unknown = new Unknown();
                }
                unknown.report(name, "", "/", out);
                p.skipChildren();
                continue;
            }
            int bit = 1 << f.ordinal();
            if ((seen & bit) != 0) {
                if ((repeated & bit) == 0) {
                    repeated |= bit;
                    out.add(Problems.invalid(f.wire, f.pointer, ONCE, null));
                    clear(b, f);
                }
                p.skipChildren();
                continue;
            }
            seen |= bit;
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (f.kind) {
                case STRING:
                case IDENTIFIER:
                    if (t == JsonToken.VALUE_STRING) {
                        set(b, f, p.getString());
                    } else {
                        boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
                        wrongType(p, f.wire, f.pointer, f.kind == Kind.IDENTIFIER && number ? IDENTIFIER : STRING, out);
                    }
                    break;
                case BOOLEAN:
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        set(b, f, t == JsonToken.VALUE_TRUE ? "true" : "false");
                    } else {
                        wrongType(p, f.wire, f.pointer, BOOLEAN, out);
                    }
                    break;
                case INTEGER:
                    if (t == JsonToken.VALUE_NUMBER_INT) {
                        set(b, f, p.getString());
                    } else {
                        wrongType(p, f.wire, f.pointer, INTEGER, out);
                    }
                    break;
                case DOMICILE:
                    if (t == JsonToken.START_OBJECT) {
                        readDomicile(p, b, out, budget);
                    } else {
                        wrongType(p, f.wire, f.pointer, OBJECT, out);
                    }
                    break;
                case STRING_ARRAY:
                    if (t == JsonToken.START_ARRAY) {
                        List<String> strings = readStrings(p, f, out, budget);
                        if (f == Field.SOCIAL_ASSISTANCE) {
                            b.socialAssistance(strings);
                        } else {
                            b.familySocialAssistance(strings);
                        }
                    } else {
                        wrongType(p, f.wire, f.pointer, ARRAY, out);
                    }
                    break;
                default:
                    throw new AssertionError(f.kind);
            }
        }
        return BoundRecord.bound(b.build(), out);
    }

    private void readDomicile(JsonParser p, RawApplicant.Builder b, List<Violation> out, RecordBudget budget) {
        Unknown unknown = null; // created on the first unknown name only
        boolean province = false;
        boolean regency = false;
        boolean provinceRepeated = false;
        boolean regencyRepeated = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            budget.check(p);
            String name = p.currentName();
            JsonToken t = p.nextToken();
            boolean isProvince = PROVINCE.equals(name);
            if (!isProvince && !REGENCY.equals(name)) {
                if (unknown == null) {
                    unknown = new Unknown();
                }
                unknown.report(name, "domicile.", "/domicile/", out);
                p.skipChildren();
                continue;
            }
            String path = isProvince ? PROVINCE_PATH : REGENCY_PATH;
            String pointer = isProvince ? PROVINCE_POINTER : REGENCY_POINTER;
            if (isProvince ? province : regency) {
                if (!(isProvince ? provinceRepeated : regencyRepeated)) {
                    out.add(Problems.invalid(path, pointer, ONCE, null));
                    if (isProvince) {
                        provinceRepeated = true;
                        b.domicileProvinceCode(null);
                    } else {
                        regencyRepeated = true;
                        b.domicileRegencyCode(null);
                    }
                }
                p.skipChildren();
                continue;
            }
            if (isProvince) {
                province = true;
            } else {
                regency = true;
            }
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            if (t != JsonToken.VALUE_STRING) {
                wrongType(p, path, pointer, STRING, out);
            } else if (isProvince) {
                b.domicileProvinceCode(p.getString());
            } else {
                b.domicileRegencyCode(p.getString());
            }
        }
    }

    private static List<String> readStrings(JsonParser p, Field f, List<Violation> out, RecordBudget budget) {
        List<String> values = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            budget.check(p);
            if (t == JsonToken.VALUE_STRING) {
                values.add(p.getString());
            } else {
                int i = values.size();
                wrongType(p, f.wire + "[" + i + "]", f.pointer + "/" + i, STRING, out);
                values.add("");
            }
        }
        return values;
    }

    private static void wrongType(JsonParser p, String path, String pointer, String expected, List<Violation> out) {
        out.add(Problems.invalid(path, pointer, expected, p.currentToken()));
        p.skipChildren();
    }

    /** Reports unknown keys of one object (strict mode): the first time as unknown, a repeat as repeated. */
    private final class Unknown {
        private Set<String> seen;
        private Set<String> repeated;

        void report(String name, String pathPrefix, String pointerPrefix, List<Violation> out) {
            if (!strict) {
                return;
            }
            if (seen == null) {
                seen = new HashSet<>();
            }
            String path = pathPrefix + name;
            String pointer = pointerPrefix + Problems.escapePointer(name);
            if (seen.add(name)) {
                out.add(Problems.unknown(path, pointer));
                return;
            }
            if (repeated == null) {
                repeated = new HashSet<>();
            }
            if (repeated.add(name)) {
                out.add(Problems.invalid(path, pointer, ONCE, null));
            }
        }
    }

    private static void set(RawApplicant.Builder b, Field f, String value) {
        switch (f) {
            case NIK:
                b.nik(value);
                break;
            case FAMILY_CARD_NUMBER:
                b.familyCardNumber(value);
                break;
            case FULL_NAME:
                b.fullName(value);
                break;
            case BIRTH_DATE:
                b.birthDate(value);
                break;
            case SEX:
                b.sex(value);
                break;
            case CITIZENSHIP:
                b.citizenship(value);
                break;
            case WORKFORCE_CATEGORY:
                b.workforceCategory(value);
                break;
            case IN_FORMAL_EDUCATION:
                b.inFormalEducation(value);
                break;
            case OCCUPATION:
                b.occupation(value);
                break;
            case PRIOR_PARTICIPATION:
                b.priorParticipation(value);
                break;
            case OTHER_FAMILY_RECIPIENTS:
                b.otherFamilyRecipients(value);
                break;
            case WAVE:
                b.wave(value);
                break;
            default:
                throw new AssertionError(f);
        }
    }

    private static void clear(RawApplicant.Builder b, Field f) {
        switch (f) {
            case DOMICILE:
                b.domicileProvinceCode(null);
                b.domicileRegencyCode(null);
                break;
            case SOCIAL_ASSISTANCE:
                b.socialAssistance(null);
                break;
            case FAMILY_SOCIAL_ASSISTANCE:
                b.familySocialAssistance(null);
                break;
            default:
                set(b, f, null);
        }
    }
}
