// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The immutable configuration of an applicant generator. Every {@code with} method returns a checked copy;
 * an inconsistent configuration (an unknown wave, an empty age range, a category the wave does not cover, a
 * code the wave cannot break) throws {@link IllegalArgumentException} naming the fix.
 */
public final class ApplicantSpec {

    /** The programme whose waves and rules the generators follow. */
    public static final Programme PROGRAMME = Programme.standard();

    /** The oldest age drawn where the wave has no maximum age. */
    static final int OLDEST_WITHOUT_CAP = 75;

    final int wave;
    final Province province;
    final WorkforceCategory category;
    final int minAge;
    final int maxAge;
    final Sex sex;
    final boolean waveField;
    final boolean familyCountField;
    final RuleCode defect;
    final boolean typed;

    private ApplicantSpec(
            int wave,
            Province province,
            WorkforceCategory category,
            int minAge,
            int maxAge,
            Sex sex,
            boolean waveField,
            boolean familyCountField,
            RuleCode defect,
            boolean typed) {
        this.wave = wave;
        this.province = province;
        this.category = category;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.sex = sex;
        this.waveField = waveField;
        this.familyCountField = familyCountField;
        this.defect = defect;
        this.typed = typed;
    }

    /** Eligible raw applicants at the latest wave, any age the wave allows, with the {@code wave} field. */
    public static ApplicantSpec standard() {
        return new ApplicantSpec(
                PROGRAMME.waves().latest().number(), null, null, 0, Integer.MAX_VALUE, null, true, true, null, false);
    }

    private ApplicantSpec copy(
            int wave,
            Province province,
            WorkforceCategory category,
            int minAge,
            int maxAge,
            Sex sex,
            boolean waveField,
            boolean familyCountField,
            RuleCode defect,
            boolean typed) {
        ApplicantSpec s = new ApplicantSpec(
                wave, province, category, minAge, maxAge, sex, waveField, familyCountField, defect, typed);
        s.check();
        return s;
    }

    /** At wave {@code w}. */
    public ApplicantSpec withWave(int w) {
        if (!PROGRAMME.waves().contains(w)) {
            throw new IllegalArgumentException("no wave " + w + "; the known waves are 1 to "
                    + PROGRAMME.waves().size());
        }
        return copy(w, province, category, minAge, maxAge, sex, waveField, familyCountField, defect, typed);
    }

    /** Living in {@code p}. */
    public ApplicantSpec withProvince(Province p) {
        return copy(
                wave,
                Objects.requireNonNull(p, "province"),
                category,
                minAge,
                maxAge,
                sex,
                waveField,
                familyCountField,
                defect,
                typed);
    }

    /** In category {@code c}. */
    public ApplicantSpec withCategory(WorkforceCategory c) {
        return copy(
                wave,
                province,
                Objects.requireNonNull(c, "category"),
                minAge,
                maxAge,
                sex,
                waveField,
                familyCountField,
                defect,
                typed);
    }

    /** Aged {@code min} to {@code max} on the evaluation date. */
    public ApplicantSpec withAges(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("ageBetween(" + min + ", " + max + "): need 0 <= minimum <= maximum");
        }
        return copy(wave, province, category, min, max, sex, waveField, familyCountField, defect, typed);
    }

    /** Of sex {@code s}. */
    public ApplicantSpec withSex(Sex s) {
        return copy(
                wave,
                province,
                category,
                minAge,
                maxAge,
                Objects.requireNonNull(s, "sex"),
                waveField,
                familyCountField,
                defect,
                typed);
    }

    /** With or without the record's {@code wave} field. */
    public ApplicantSpec withWaveField(boolean include) {
        return copy(wave, province, category, minAge, maxAge, sex, include, familyCountField, defect, typed);
    }

    /** With or without {@code otherFamilyRecipients} (feeds count the family quota across records instead). */
    public ApplicantSpec withFamilyCountField(boolean include) {
        return copy(wave, province, category, minAge, maxAge, sex, waveField, include, defect, typed);
    }

    /** Breaking {@code code}, or eligible when {@code null}. */
    public ApplicantSpec withDefect(RuleCode code) {
        return copy(wave, province, category, minAge, maxAge, sex, waveField, familyCountField, code, typed);
    }

    /** Typed ({@code Applicant}) or raw ({@code RawApplicant}) values. */
    public ApplicantSpec withTyped(boolean t) {
        return copy(wave, province, category, minAge, maxAge, sex, waveField, familyCountField, defect, t);
    }

    private void check() {
        if (defect != null) {
            if (!Defects.breakable(this, defect)) {
                throw new IllegalArgumentException(Defects.whyNotBreakable(this, defect));
            }
        }
        if (category != null
                && defect != RuleCode.ELIGIBILITY_CATEGORY
                && !params().coveredCategories().value().contains(category)) {
            throw new IllegalArgumentException(category + " is not covered at wave " + wave + " (covered: "
                    + params().coveredCategories().value() + "); records of it break ELIGIBILITY_CATEGORY:"
                    + " use breaking(RuleCode.ELIGIBILITY_CATEGORY), or choose another wave or category");
        }
        if (loAge() > hiAge()) {
            throw new IllegalArgumentException("no eligible age in ageBetween(" + minAge + ", " + maxAge + ") at wave "
                    + wave + ", where the eligible ages are "
                    + params().minimumAge().value() + " to "
                    + params().maximumAge().value().map(String::valueOf).orElse("any"));
        }
    }

    /** The wave. */
    public int wave() {
        return wave;
    }

    /** The defect, or {@code null}. */
    public RuleCode defect() {
        return defect;
    }

    /** Whether values are typed. */
    public boolean typed() {
        return typed;
    }

    /** The parameters in force at the wave. */
    public ParametersInForce params() {
        return PROGRAMME.inForce(wave);
    }

    /** The evaluation date: the wave's opening (or approximated) date. */
    public LocalDate date() {
        return PROGRAMME.waves().wave(wave).evaluationDate();
    }

    /** The evaluation at the wave. */
    public Evaluation evaluation() {
        return Evaluation.atWave(wave);
    }

    /** The youngest eligible age drawn. */
    int loAge() {
        return Math.max(minAge, params().minimumAge().value());
    }

    /** The oldest eligible age drawn. */
    int hiAge() {
        int cap = params().maximumAge().value().orElse(OLDEST_WITHOUT_CAP);
        return Math.min(maxAge, cap);
    }

    @Override
    public String toString() {
        return "wave " + wave + (province != null ? ", " + province : "") + (category != null ? ", " + category : "")
                + (minAge > 0 || maxAge < Integer.MAX_VALUE ? ", ages " + loAge() + "-" + hiAge() : "")
                + (sex != null ? ", " + sex : "") + (waveField ? "" : ", no wave field")
                + (defect != null ? ", breaking " + defect : ", eligible") + (typed ? ", typed" : ", raw");
    }
}
