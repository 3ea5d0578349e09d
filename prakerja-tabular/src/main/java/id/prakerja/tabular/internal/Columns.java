// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.FieldExpectation;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.BoundRecord;
import id.prakerja.tabular.TabularException;
import id.prakerja.tabular.TabularException.Problem;
import id.prakerja.tabular.TabularException.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of a tabular feed, checked once from its header row, and the binding of each row to a
 * {@link RawApplicant}: the tabular counterpart of prakerja-json's applicant binding. Only the mapping of
 * cells to the raw record lives here; every value rule (NIK, dates, enum names, waves) stays in core's
 * {@code ApplicantParser}.
 */
public final class Columns {

    /** Expected text of a NIK or family-card number that arrived as a number. */
    public static final String IDENTIFIER_AS_TEXT =
            "16 digits as text (format the column as Text: a NIK or family-card number stored as a number loses"
                    + " its last digits)";

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+");

    /** The columns of the applicant wire format, by header name. */
    enum Field {
        NIK("nik", true),
        FAMILY_CARD_NUMBER("familyCardNumber", true),
        FULL_NAME("fullName", true),
        BIRTH_DATE("birthDate", true),
        SEX("sex", true),
        CITIZENSHIP("citizenship", true),
        DOMICILE_PROVINCE_CODE("domicile.provinceCode", false),
        DOMICILE_REGENCY_CODE("domicile.regencyCode", false),
        WORKFORCE_CATEGORY("workforceCategory", true),
        IN_FORMAL_EDUCATION("inFormalEducation", true),
        OCCUPATION("occupation", false),
        SOCIAL_ASSISTANCE("socialAssistance", false),
        FAMILY_SOCIAL_ASSISTANCE("familySocialAssistance", false),
        PRIOR_PARTICIPATION("priorParticipation", false),
        OTHER_FAMILY_RECIPIENTS("otherFamilyRecipients", false),
        WAVE("wave", false);

        final String header;
        final boolean required;

        Field(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        private static final Map<String, Field> BY_HEADER = new HashMap<>();

        static {
            for (Field f : values()) {
                BY_HEADER.put(f.header, f);
            }
        }

        boolean identifier() {
            return this == NIK || this == FAMILY_CARD_NUMBER;
        }
    }

    /** The documented header names, in wire order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Field f : Field.values()) {
            out.add(f.header);
        }
        return out;
    }

    private final List<String> header;
    private final Field[] fields; // null for an unknown column
    private final boolean strict;

    private Columns(List<String> header, Field[] fields, boolean strict) {
        this.header = header;
        this.fields = fields;
        this.strict = strict;
    }

    /**
     * Checks a header row: every required column present, no column twice, every column named.
     *
     * @param cells the header cells as read (a leading byte-order mark and surrounding white space are dropped)
     * @throws TabularException naming every problem at once, and the documented column names
     */
    public static Columns of(List<String> cells, boolean strict, int maxColumns) {
        if (cells.size() > maxColumns) {
            throw Refused.of(
                    "the header (row 1) has " + cells.size() + " columns, more than the " + maxColumns
                            + " allowed: is it a header row?",
                    Reason.TOO_MANY_COLUMNS,
                    "row",
                    1L,
                    "limit",
                    maxColumns,
                    "columns",
                    cells.size());
        }
        List<String> header = new ArrayList<>(cells.size());
        Field[] fields = new Field[cells.size()];
        Map<String, Integer> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<Problem> reasons = new ArrayList<>();
        boolean[] present = new boolean[Field.values().length];
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            name = name.strip();
            header.add(name);
            if (name.isEmpty()) {
                problems.add("column " + letter(i) + " has no name");
                reasons.add(Problem.of(Reason.UNNAMED_COLUMN, "letter", letter(i)));
                continue;
            }
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                problems.add("column '" + shorten(name) + "' appears twice (columns " + letter(before) + " and "
                        + letter(i) + ")");
                reasons.add(Problem.of(
                        Reason.DUPLICATE_COLUMN,
                        "column",
                        shorten(name),
                        "first",
                        letter(before),
                        "second",
                        letter(i)));
                continue;
            }
            Field f = Field.BY_HEADER.get(name);
            fields[i] = f;
            if (f != null) {
                present[f.ordinal()] = true;
            }
        }
        List<String> missing = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f.required && !present[f.ordinal()]) {
                missing.add(f.header);
            }
        }
        if (!missing.isEmpty()) {
            List<Problem> hints = caseHints(header, missing);
            problems.add(
                    0,
                    "required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + (missing.size() > 1 ? " are" : " is") + " missing" + caseHint(hints));
            reasons.addAll(0, hints);
            reasons.add(0, Problem.of(Reason.MISSING_COLUMNS, "columns", List.copyOf(missing)));
        }
        if (!problems.isEmpty()) {
            throw new TabularException(
                    "the header (row 1) cannot be used: " + String.join("; ", problems)
                            + ". Columns are named as the applicant wire format: " + String.join(", ", names())
                            + " (docs/wire-formats.md)",
                    reasons);
        }
        return new Columns(List.copyOf(header), fields, strict);
    }

    /** The header names that differ from a missing required column only in case. */
    private static List<Problem> caseHints(List<String> header, List<String> missing) {
        List<Problem> hints = new ArrayList<>();
        for (String m : missing) {
            for (String h : header) {
                if (!h.equals(m) && h.toLowerCase(Locale.ROOT).equals(m.toLowerCase(Locale.ROOT))) {
                    hints.add(Problem.of(Reason.COLUMN_CASE, "column", shorten(h), "expected", m));
                }
            }
        }
        return hints;
    }

    private static String caseHint(List<Problem> hints) {
        List<String> texts = new ArrayList<>();
        for (Problem p : hints) {
            texts.add("'" + p.arguments().get("column") + "' should be '"
                    + p.arguments().get("expected") + "'");
        }
        return texts.isEmpty() ? "" : " (names are case-sensitive: " + String.join(", ", texts) + ")";
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** The spreadsheet letter of a 0-based column: A, B, …, Z, AA, AB, … */
    public static String letter(int column) {
        StringBuilder b = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.append((char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.reverse().toString();
    }

    /** The header names, as read (trimmed). */
    public List<String> header() {
        return header;
    }

    /** The number of columns. */
    public int size() {
        return fields.length;
    }

    /** Whether column {@code i} holds a NIK or family-card number. */
    public boolean isIdentifier(int i) {
        return i < fields.length && fields[i] != null && fields[i].identifier();
    }

    /** Whether column {@code i} is a known column of the wire format. */
    public boolean isKnown(int i) {
        return i < fields.length && fields[i] != null;
    }

    /** The field path of column {@code i}: its header name. */
    public String path(int i) {
        return header.get(i);
    }

    /** Binds one row; never throws for bad data. */
    public BoundRecord<RawApplicant> bind(Row row) {
        if (row.problem != null) {
            return BoundRecord.unreadable(row.problem);
        }
        if (row.cellCount != fields.length) {
            return BoundRecord.unreadable(cellCount(row));
        }
        RawApplicant.Builder b = RawApplicant.builder();
        List<Violation> out = new ArrayList<>(0);
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            if (row.cellProblems != null && row.cellProblems[i] != null) {
                if (f != null || strict) {
                    out.add(row.cellProblems[i]);
                }
                continue;
            }
            if (f == null) {
                if (strict) {
                    out.add(Violation.of(RuleCode.FIELD_UNKNOWN, header.get(i)).build());
                }
                continue;
            }
            String value = row.cells[i];
            if (value == null || value.isEmpty()) {
                continue;
            }
            set(b, f, value, out);
        }
        return BoundRecord.bound(b.build(), out);
    }

    private Violation cellCount(Row row) {
        String detail = "row " + row.number + " has " + row.cellCount + (row.cellCount == 1 ? " cell" : " cells")
                + ", the header " + fields.length;
        int last = Math.min(row.cellCount, row.cells.length) - 1;
        MalformedProblem problem =
                row.cellCount < fields.length ? MalformedProblem.TOO_FEW_CELLS : MalformedProblem.TOO_MANY_CELLS;
        if (row.cellCount < fields.length
                && last >= 0
                && row.cells[last] != null
                && (row.cells[last].indexOf('\n') >= 0 || row.cells[last].indexOf('\r') >= 0)) {
            detail += " (a quoted cell spans several lines: is a closing quote missing?)";
            problem = MalformedProblem.UNTERMINATED_QUOTE;
        }
        return Violation.of(RuleCode.RECORD_MALFORMED, "")
                .argument("detail", detail)
                .argument("line", row.number)
                .argument("problem", problem)
                .build();
    }

    private static void set(RawApplicant.Builder b, Field f, String value, List<Violation> out) {
        switch (f) {
            case NIK:
            case FAMILY_CARD_NUMBER:
                if (SCIENTIFIC.matcher(value).matches()) {
                    out.add(Violation.of(RuleCode.FIELD_INVALID, f.header)
                            .argument("expected", IDENTIFIER_AS_TEXT)
                            .argument("expectation", FieldExpectation.IDENTIFIER_AS_TEXT)
                            .argument("found", "a number in scientific notation")
                            .build());
                    return;
                }
                if (f == Field.NIK) {
                    b.nik(value);
                } else {
                    b.familyCardNumber(value);
                }
                return;
            case FULL_NAME:
                b.fullName(value);
                return;
            case BIRTH_DATE:
                b.birthDate(value);
                return;
            case SEX:
                b.sex(value);
                return;
            case CITIZENSHIP:
                b.citizenship(value);
                return;
            case DOMICILE_PROVINCE_CODE:
                b.domicileProvinceCode(value);
                return;
            case DOMICILE_REGENCY_CODE:
                b.domicileRegencyCode(value);
                return;
            case WORKFORCE_CATEGORY:
                b.workforceCategory(value);
                return;
            case IN_FORMAL_EDUCATION:
                // spreadsheets write booleans as TRUE / FALSE
                b.inFormalEducation(
                        value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                                ? value.toLowerCase(Locale.ROOT)
                                : value);
                return;
            case OCCUPATION:
                b.occupation(value);
                return;
            case SOCIAL_ASSISTANCE:
                b.socialAssistance(list(value));
                return;
            case FAMILY_SOCIAL_ASSISTANCE:
                b.familySocialAssistance(list(value));
                return;
            case PRIOR_PARTICIPATION:
                b.priorParticipation(value);
                return;
            case OTHER_FAMILY_RECIPIENTS:
                b.otherFamilyRecipients(value);
                return;
            case WAVE:
                b.wave(value);
                return;
            default:
                throw new AssertionError(f);
        }
    }

    /** {@code "PKH;BSU"} → {@code [PKH, BSU]}; each element stripped of surrounding white space. */
    static List<String> list(String value) {
        if (value.indexOf(';') < 0) {
            return List.of(value.strip());
        }
        String[] parts = value.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return Arrays.asList(parts);
    }
}
