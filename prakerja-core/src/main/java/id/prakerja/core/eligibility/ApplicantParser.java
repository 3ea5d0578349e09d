// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.identity.FamilyCardNumber;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.internal.Dates;
import id.prakerja.core.internal.Lookup;
import id.prakerja.core.internal.Text;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.FieldExpectation;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Turns a {@link RawApplicant} into an {@link Applicant}, reporting every field problem at once.
 *
 * <pre>{@code
 * Validated<Applicant> result = ApplicantParser.standard().parse(raw, LocalDate.of(2021, 8, 16));
 * result.violations(); // e.g. [FIELD_REQUIRED at sex, NIK_SERIAL at nik]
 * }</pre>
 *
 * <p>Codes reported: {@link RuleCode#FIELD_REQUIRED} (a required field missing or blank),
 * {@link RuleCode#FIELD_INVALID} (an unparseable value, with what was expected), the {@code NIK_*} and
 * {@code KK_*} codes of {@link Nik} and {@link FamilyCardNumber} (checked against the reference date), and
 * the cross-field checks {@link RuleCode#NIK_BIRTH_DATE_MISMATCH} and {@link RuleCode#NIK_SEX_MISMATCH}
 * (those of {@link EligibilityRule#BIRTH_DATE_MATCHES_NIK} and {@link EligibilityRule#SEX_MATCHES_NIK}, made
 * only when both fields are valid). Values are matched exactly: enum names in upper case, dates as
 * {@code YYYY-MM-DD}, booleans as {@code true}/{@code false}; whitespace is not trimmed.
 *
 * <p>The reference date (usually the evaluation date) bounds the birth date, the NIK's encoded birth date
 * and the family card's recording date: none may lie after it. Thread-safe; no exceptions or regular
 * expressions on the way.
 */
public final class ApplicantParser {

    private static final ApplicantParser STANDARD = new ApplicantParser(Programme.standard());

    private static final Lookup<Sex> SEX = Lookup.of(Sex.class);
    private static final Lookup<Citizenship> CITIZENSHIP = Lookup.of(Citizenship.class);
    private static final Lookup<WorkforceCategory> CATEGORY = Lookup.of(WorkforceCategory.class);
    private static final Lookup<Occupation> OCCUPATION = Lookup.of(Occupation.class);
    private static final Lookup<SocialAssistance> ASSISTANCE = Lookup.of(SocialAssistance.class);
    private static final Lookup<PriorParticipation> PRIOR = Lookup.of(PriorParticipation.class);

    /** The earliest birth date accepted. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final Programme programme;

    private ApplicantParser(Programme programme) {
        this.programme = programme;
    }

    /** A parser for the standard programme (waves 1–71). */
    public static ApplicantParser standard() {
        return STANDARD;
    }

    /** A parser that accepts the waves of {@code programme}. */
    public static ApplicantParser of(Programme programme) {
        return new ApplicantParser(Objects.requireNonNull(programme, "programme"));
    }

    /**
     * The wave the record names, if it names a known one. An invalid wave is reported by {@link #parse};
     * here it reads as absent.
     */
    public OptionalInt recordWave(RawApplicant raw) {
        String w = raw.wave();
        if (w == null) {
            return OptionalInt.empty();
        }
        int n = Dates.parseSmallNonNegative(w);
        return programme.waves().contains(n) ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** Parses {@code raw}, checking dates against {@code referenceDate}. */
    public Validated<Applicant> parse(RawApplicant raw, LocalDate referenceDate) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(referenceDate, "referenceDate");
        List<Violation> out = new ArrayList<>(0);
        Applicant.Builder b = new Applicant.Builder();

        Nik nik = null;
        if (raw.nik() == null) {
            out.add(required("nik"));
        } else {
            Validated<Nik> v = Nik.validate(raw.nik(), "nik", referenceDate);
            if (v.isValid()) {
                nik = v.value();
                b.nik(nik);
            } else {
                out.addAll(v.violations());
            }
        }
        if (raw.familyCardNumber() == null) {
            out.add(required("familyCardNumber"));
        } else {
            Validated<FamilyCardNumber> v =
                    FamilyCardNumber.validate(raw.familyCardNumber(), "familyCardNumber", referenceDate);
            if (v.isValid()) {
                b.familyCardNumber(v.value());
            } else {
                out.addAll(v.violations());
            }
        }
        String name = raw.fullName();
        if (name == null || Text.isBlank(name)) {
            out.add(required("fullName"));
        } else if (Text.length(name) > Applicant.MAX_NAME_LENGTH) {
            out.add(invalid(
                    "fullName",
                    "non-blank text of at most " + Applicant.MAX_NAME_LENGTH + " characters",
                    FieldExpectation.NAME));
        } else {
            b.fullName(name);
        }
        LocalDate birth = null;
        if (raw.birthDate() == null) {
            out.add(required("birthDate"));
        } else {
            birth = Dates.parseIsoDate(raw.birthDate());
            if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(referenceDate)) {
                out.add(invalid(
                        "birthDate",
                        "a date YYYY-MM-DD from 1900-01-01 to " + referenceDate,
                        FieldExpectation.BIRTH_DATE));
                birth = null;
            } else {
                b.birthDate(birth);
            }
        }
        Sex sex = null;
        if (raw.sex() == null) {
            out.add(required("sex"));
        } else if ((sex = SEX.find(raw.sex())) == null) {
            out.add(oneOf("sex", SEX.names()));
        } else {
            b.sex(sex);
        }
        if (raw.citizenship() == null) {
            out.add(required("citizenship"));
        } else {
            Citizenship c = CITIZENSHIP.find(raw.citizenship());
            if (c == null) {
                out.add(oneOf("citizenship", CITIZENSHIP.names()));
            } else {
                b.citizenship(c);
            }
        }
        parseDomicile(raw, b, out);
        if (raw.workforceCategory() == null) {
            out.add(required("workforceCategory"));
        } else {
            WorkforceCategory c = CATEGORY.find(raw.workforceCategory());
            if (c == null) {
                out.add(oneOf("workforceCategory", CATEGORY.names()));
            } else {
                b.workforceCategory(c);
            }
        }
        String edu = raw.inFormalEducation();
        if (edu == null) {
            out.add(required("inFormalEducation"));
        } else if (edu.equals("true") || edu.equals("false")) {
            b.inFormalEducation(edu.equals("true"));
        } else {
            out.add(invalid("inFormalEducation", "true or false", FieldExpectation.BOOLEAN));
        }
        if (raw.occupation() != null) {
            Occupation o = OCCUPATION.find(raw.occupation());
            if (o == null) {
                out.add(oneOf("occupation", OCCUPATION.names()));
            } else {
                b.occupation(o);
            }
        }
        List<String> assistance = raw.socialAssistance();
        if (assistance != null) {
            // straight into the builder's set (it starts empty): no set of our own to copy
            for (int i = 0; i < assistance.size(); i++) {
                SocialAssistance s = ASSISTANCE.find(assistance.get(i));
                if (s == null) {
                    out.add(oneOf("socialAssistance[" + i + "]", ASSISTANCE.names()));
                } else {
                    b.addSocialAssistance(s);
                }
            }
        }
        List<String> family = raw.familySocialAssistance();
        if (family != null) {
            for (int i = 0; i < family.size(); i++) {
                SocialAssistance s = ASSISTANCE.find(family.get(i));
                if (s == null) {
                    out.add(oneOf("familySocialAssistance[" + i + "]", ASSISTANCE.names()));
                } else {
                    b.addFamilySocialAssistance(s);
                }
            }
        }
        if (raw.priorParticipation() != null) {
            PriorParticipation p = PRIOR.find(raw.priorParticipation());
            if (p == null) {
                out.add(oneOf("priorParticipation", PRIOR.names()));
            } else {
                b.priorParticipation(p);
            }
        }
        if (raw.otherFamilyRecipients() != null) {
            int n = Dates.parseSmallNonNegative(raw.otherFamilyRecipients());
            if (n < 0) {
                out.add(invalid("otherFamilyRecipients", "a whole number from 0", FieldExpectation.COUNT));
            } else {
                b.otherFamilyRecipients(n);
            }
        }
        if (raw.wave() != null) {
            int n = Dates.parseSmallNonNegative(raw.wave());
            if (!programme.waves().contains(n)) {
                out.add(invalid(
                        "wave", "a wave number from 1 to " + programme.waves().size(), FieldExpectation.WAVE));
            } else {
                b.wave(n);
            }
        }
        if (nik != null && birth != null) {
            addIfBroken(out, EligibilityRule.birthDateMismatch(nik, birth));
        }
        if (nik != null && sex != null) {
            addIfBroken(out, EligibilityRule.sexMismatch(nik, sex));
        }
        if (!out.isEmpty()) {
            return Validated.invalid(out);
        }
        return Validated.valid(b.build());
    }

    private static void parseDomicile(RawApplicant raw, Applicant.Builder b, List<Violation> out) {
        String p = raw.domicileProvinceCode();
        String r = raw.domicileRegencyCode();
        if (p == null) {
            if (r != null) {
                out.add(required("domicile.provinceCode"));
            }
            return;
        }
        Province province = Province.ofCode(p).orElse(null);
        if (province == null) {
            out.add(invalid(
                    "domicile.provinceCode",
                    "a two-digit Kemendagri province code, e.g. 31",
                    FieldExpectation.PROVINCE_CODE));
            return;
        }
        if (r == null) {
            b.domicile(Domicile.of(province));
        } else if (r.length() == 4 && r.startsWith(p) && Dates.parseSmallNonNegative(r) >= 0) {
            b.domicile(Domicile.of(province, r));
        } else {
            out.add(invalid(
                    "domicile.regencyCode",
                    "a four-digit Kemendagri regency code starting with " + p,
                    FieldExpectation.REGENCY_CODE));
        }
    }

    private static void addIfBroken(List<Violation> out, Violation v) {
        if (v != null) {
            out.add(v);
        }
    }

    private static Violation required(String field) {
        return Violation.of(RuleCode.FIELD_REQUIRED, field).build();
    }

    private static Violation invalid(String field, String expected, FieldExpectation expectation) {
        return Violation.of(RuleCode.FIELD_INVALID, field)
                .argument("expected", expected)
                .argument("expectation", expectation)
                .build();
    }

    /** {@code FIELD_INVALID} of a value not among {@code names} (the codes, language-neutral). */
    private static Violation oneOf(String field, String names) {
        return Violation.of(RuleCode.FIELD_INVALID, field)
                .argument("expected", names)
                .argument("expectation", FieldExpectation.ONE_OF)
                .argument("allowed", names)
                .build();
    }
}
