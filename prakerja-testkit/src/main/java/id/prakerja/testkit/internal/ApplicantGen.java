// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.testkit.ApplicantGenerator;
import id.prakerja.testkit.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The implementation of {@link ApplicantGenerator}: draws an eligible applicant, then (when breaking a code)
 * applies one of the code's variants; typed values are the parsed records, or for the typed-only variants
 * the parsed eligible record with one typed change.
 *
 * @param <T> {@link RawApplicant} or {@link Applicant}
 */
public final class ApplicantGen<T> implements ApplicantGenerator<T> {

    /** The seed of the first edge case's base applicant; edge case {@code i} uses {@code EDGE_SEED + i}. */
    static final long EDGE_SEED = 0x5EED_0000L;

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();

    private final ApplicantSpec spec;

    private ApplicantGen(ApplicantSpec spec) {
        this.spec = spec;
    }

    /** Eligible raw records at the latest wave. */
    public static ApplicantGen<RawApplicant> raw(ApplicantSpec spec) {
        return new ApplicantGen<>(spec.withTyped(false));
    }

    /** Eligible typed applicants at the latest wave. */
    public static ApplicantGen<Applicant> typed(ApplicantSpec spec) {
        return new ApplicantGen<>(spec.withTyped(true));
    }

    /** The configuration. */
    public ApplicantSpec spec() {
        return spec;
    }

    private ApplicantGen<T> with(ApplicantSpec s) {
        return new ApplicantGen<>(s);
    }

    @Override
    public ApplicantGenerator<T> atWave(int wave) {
        return with(spec.withWave(wave));
    }

    @Override
    public ApplicantGenerator<T> province(Province province) {
        return with(spec.withProvince(province));
    }

    @Override
    public ApplicantGenerator<T> category(WorkforceCategory category) {
        return with(spec.withCategory(category));
    }

    @Override
    public ApplicantGenerator<T> ageBetween(int minimum, int maximum) {
        return with(spec.withAges(minimum, maximum));
    }

    @Override
    public ApplicantGenerator<T> sex(Sex sex) {
        return with(spec.withSex(sex));
    }

    @Override
    public ApplicantGenerator<T> withWaveField(boolean include) {
        return with(spec.withWaveField(include));
    }

    /** With or without {@code otherFamilyRecipients} (feeds count the family quota across records). */
    public ApplicantGen<T> withFamilyCountField(boolean include) {
        return with(spec.withFamilyCountField(include));
    }

    @Override
    public ApplicantGenerator<T> breaking(RuleCode code) {
        return with(spec.withDefect(Objects.requireNonNull(code, "code")));
    }

    @Override
    public ApplicantGenerator<T> eligible() {
        return with(spec.withDefect(null));
    }

    @Override
    public ApplicantGenerator<RawApplicant> raw() {
        return new ApplicantGen<>(spec.withTyped(false));
    }

    @Override
    public ApplicantGenerator<Applicant> typed() {
        return new ApplicantGen<>(spec.withTyped(true));
    }

    @Override
    public int wave() {
        return spec.wave;
    }

    @Override
    public Evaluation evaluation() {
        return spec.evaluation();
    }

    @Override
    public LocalDate evaluationDate() {
        return spec.date();
    }

    @Override
    public Optional<RuleCode> defect() {
        return Optional.ofNullable(spec.defect);
    }

    @Override
    public List<RuleCode> expectedCodes() {
        return spec.defect == null ? List.of() : List.of(spec.defect);
    }

    @Override
    public Set<RuleCode> breakableCodes() {
        return Defects.breakableCodes(spec);
    }

    @Override
    public boolean meetsContract(T value) {
        return codes(value).equals(expectedCodes());
    }

    /** The codes {@code value} yields at the wave. */
    List<RuleCode> codes(T value) {
        if (value instanceof RawApplicant raw) {
            return CHECKER.decide(raw, spec.evaluation()).codes();
        }
        return CHECKER.decide((Applicant) value, spec.evaluation()).codes();
    }

    // ---------------------------------------------------------------------------------------------------

    @Override
    public T next(RandomGenerator random) {
        if (spec.defect == null) {
            return output(Drafts.valid(spec, random), null, random);
        }
        List<Defects.Variant> variants = compatible(Defects.applicable(spec, spec.defect), false);
        Defects.Variant v = variants.get(random.nextInt(variants.size()));
        Draft base = Drafts.valid(baseSpec(v), random);
        return output(base, v, random);
    }

    @Override
    public List<T> edgeCases() {
        List<T> out = new ArrayList<>();
        int i = 0;
        if (spec.defect == null) {
            for (Drafts.Tweak t : Drafts.edgeTweaks()) {
                if (t.sex() != null && spec.sex != null && t.sex() != spec.sex) {
                    continue;
                }
                ApplicantSpec s = t.sex() != null ? spec.withSex(t.sex()) : spec;
                Draft a = Drafts.valid(s, Seeds.random(EDGE_SEED + i++));
                if (t.apply().test(a, spec)) {
                    out.add(output(a, null, Seeds.random(EDGE_SEED)));
                }
            }
            return List.copyOf(out);
        }
        for (Defects.Variant v : compatible(Defects.applicable(spec, spec.defect), true)) {
            Draft base = Drafts.valid(baseSpec(v), Seeds.random(EDGE_SEED + i++));
            out.add(output(base, v, Seeds.random(EDGE_SEED + i)));
        }
        return List.copyOf(out);
    }

    private List<Defects.Variant> compatible(List<Defects.Variant> variants, boolean edgesOnly) {
        List<Defects.Variant> out = new ArrayList<>();
        for (Defects.Variant v : variants) {
            if ((!edgesOnly || v.edge()) && (v.sex() == null || spec.sex == null || v.sex() == spec.sex)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The spec of the eligible applicant a variant starts from. */
    private ApplicantSpec baseSpec(Defects.Variant v) {
        ApplicantSpec s = spec.withDefect(null);
        if (v.code() == RuleCode.ELIGIBILITY_CATEGORY && spec.category != null) {
            s = ApplicantSpec.standard()
                    .withWave(spec.wave)
                    .withWaveField(spec.waveField)
                    .withFamilyCountField(spec.familyCountField)
                    .withAges(spec.minAge, spec.maxAge);
            if (spec.province != null) {
                s = s.withProvince(spec.province);
            }
            if (spec.sex != null) {
                s = s.withSex(spec.sex);
            }
        }
        return v.sex() != null ? s.withSex(v.sex()) : s;
    }

    @SuppressWarnings("unchecked")
    private T output(Draft base, Defects.Variant v, RandomGenerator random) {
        RawApplicant eligible = base.toRaw();
        RawApplicant raw = v == null ? eligible : v.mutator().apply(base, spec, random);
        if (!spec.typed) {
            return (T) raw;
        }
        Defects.Typed mode = v == null ? Defects.Typed.PARSE : v.typed();
        switch (mode) {
            case PARSE:
                return (T) parse(raw);
            case NIK:
                return (T) Applicant.builder()
                        .from(parse(eligible))
                        .nik(Nik.parse(raw.nik()))
                        .build();
            case NO_CATEGORY:
                return (T) Applicant.builder()
                        .from(parse(eligible))
                        .workforceCategory(Optional.empty())
                        .build();
            default:
                throw new IllegalStateException(v.code() + " has no typed form");
        }
    }

    private Applicant parse(RawApplicant raw) {
        Validated<Applicant> parsed = ApplicantParser.standard().parse(raw, spec.date());
        if (!parsed.isValid()) {
            throw new IllegalStateException("generated record does not parse: " + parsed.violations() + " " + raw);
        }
        return parsed.value();
    }

    // ---------------------------------------------------------------------------------------------------

    @Override
    @SuppressWarnings("unchecked")
    public List<T> shrink(T failing) {
        List<T> candidates = new ArrayList<>();
        if (failing instanceof RawApplicant raw) {
            for (RawApplicant c : Shrinks.raw(raw, spec)) {
                candidates.add((T) c);
            }
        } else {
            for (Applicant c : Shrinks.typed((Applicant) failing, spec)) {
                candidates.add((T) c);
            }
        }
        List<T> out = new ArrayList<>();
        for (T c : candidates) {
            if (!c.equals(failing) && !out.contains(c) && meetsContract(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "ApplicantGenerator[" + spec + "]";
    }
}
