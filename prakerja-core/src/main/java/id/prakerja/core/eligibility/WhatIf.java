// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Wave;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.Map;

/**
 * How one eligibility rule is cured: the answer of {@link EligibilityChecker#whatIf}. Every rule declares
 * one ({@link EligibilityRule#whatIf()}); there is no default.
 *
 * <p>The two searches are one generic question, "the first later wave, or date, at which this rule no
 * longer bites", asked of the rule itself ({@link EligibilityRule#bites}): no rule writes its own search.
 */
final class WhatIf {

    private enum Search {
        /** No search: the kind is the answer. */
        NONE,
        /** The first later wave whose parameters, on its evaluation date, the applicant satisfies. */
        LATER_WAVE,
        /** The first later date on which the applicant satisfies the decision wave's parameters. */
        LATER_DATE
    }

    /** How far ahead a date search looks. */
    private static final int YEARS_AHEAD = 200;

    private final Search search;
    private final Cure.Kind otherwise;

    private WhatIf(Search search, Cure.Kind otherwise) {
        this.search = search;
        this.otherwise = otherwise;
    }

    /** Cured only by correcting the record's data (the identity cross-checks). */
    static WhatIf correctData() {
        return new WhatIf(Search.NONE, Cure.Kind.CORRECT_DATA);
    }

    /** Nothing cures it. */
    static WhatIf notCurable() {
        return new WhatIf(Search.NONE, Cure.Kind.NOT_CURABLE);
    }

    /** Only a change of the applicant's circumstances cures it. */
    static WhatIf changeCircumstances() {
        return new WhatIf(Search.NONE, Cure.Kind.CHANGE_CIRCUMSTANCES);
    }

    /** Waiting for the first later wave at which the rule no longer bites; where none does, {@code otherwise}. */
    static WhatIf laterWave(Cure.Kind otherwise) {
        return new WhatIf(Search.LATER_WAVE, otherwise);
    }

    /** Waiting for the first later date at which the rule no longer bites; where none does, {@code otherwise}. */
    static WhatIf laterDate(Cure.Kind otherwise) {
        return new WhatIf(Search.LATER_DATE, otherwise);
    }

    /** The kind of cure when no later wave or date cures it (or no search is made). */
    Cure.Kind otherwise() {
        return otherwise;
    }

    /** In words, for the catalogue. */
    String describe() {
        switch (search) {
            case LATER_WAVE:
                return "`WAIT_UNTIL` the first later wave at which the rule no longer applies to the applicant, else `"
                        + otherwise + "`";
            case LATER_DATE:
                return "`WAIT_UNTIL` the first later date at which the rule no longer applies to the applicant, else `"
                        + otherwise + "`";
            default:
                return "`" + otherwise + "`";
        }
    }

    Cure cure(EligibilityRule rule, Programme programme, Applicant a, EligibilityDecision d, Violation v) {
        if (otherwise == Cure.Kind.CORRECT_DATA && search == Search.NONE) {
            return correctData(v);
        }
        String key = "cure." + v.code();
        Map<String, Object> args = v.arguments();
        if (search == Search.LATER_WAVE) {
            for (Wave w : programme.waves().all()) {
                if (w.number() > d.wave() && !rule.bites(a, programme.inForce(w.number()), w.evaluationDate())) {
                    return new Cure(
                            v.code(), Cure.Kind.WAIT_UNTIL, w.evaluationDate(), w.number(), key + ".wait", args);
                }
            }
        } else if (search == Search.LATER_DATE) {
            LocalDate from = firstDateNotBitten(rule, programme, a, d);
            if (from != null) {
                int wave = 0;
                for (Wave w : programme.waves().all()) {
                    if (w.number() >= d.wave() && !w.evaluationDate().isBefore(from)) {
                        wave = w.number();
                        break;
                    }
                }
                return new Cure(v.code(), Cure.Kind.WAIT_UNTIL, from, wave, key, args);
            }
        }
        return new Cure(v.code(), otherwise, null, 0, key, args);
    }

    /**
     * The first day after the decision's date on which the rule, under the decision wave's parameters, no
     * longer bites; {@code null} if it still bites {@value #YEARS_AHEAD} years ahead. A binary search: the
     * rules searched by date (an age reached) stop biting for good once they stop.
     */
    private static LocalDate firstDateNotBitten(
            EligibilityRule rule, Programme programme, Applicant a, EligibilityDecision d) {
        ParametersInForce p = programme.inForce(d.wave());
        long lo = d.evaluationDate().toEpochDay(); // bites
        long hi = d.evaluationDate().plusYears(YEARS_AHEAD).toEpochDay();
        if (rule.bites(a, p, LocalDate.ofEpochDay(hi))) {
            return null;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (rule.bites(a, p, LocalDate.ofEpochDay(mid))) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return LocalDate.ofEpochDay(hi);
    }

    /**
     * The cure {@link #cure} made for {@code v}, rebuilt from its written parts (kind, date, wave): for reading
     * an answer back.
     *
     * @throws IllegalArgumentException if no rule of the library cures {@code v} that way
     */
    static Cure readBack(Violation v, Cure.Kind kind, LocalDate date, int wave) {
        java.util.Optional<EligibilityRule> rule = EligibilityRule.forCode(v.code());
        WhatIf w = rule.map(EligibilityRule::whatIf).orElse(correctData());
        boolean byWaiting = w.search != Search.NONE && kind == Cure.Kind.WAIT_UNTIL;
        if (kind != w.otherwise && !byWaiting) {
            throw new IllegalArgumentException(v.code() + " is not cured by " + kind + " (" + w.describe() + ")");
        }
        if (byWaiting != (date != null)) {
            throw new IllegalArgumentException(
                    "a cure has a date exactly when it is " + Cure.Kind.WAIT_UNTIL + ": " + v.code() + " " + kind);
        }
        if (w.otherwise == Cure.Kind.CORRECT_DATA && w.search == Search.NONE) {
            if (wave > 0) {
                throw new IllegalArgumentException("correcting the data has no wave: " + v.code());
            }
            return correctData(v);
        }
        String key = "cure." + v.code() + (byWaiting && w.search == Search.LATER_WAVE ? ".wait" : "");
        return new Cure(v.code(), kind, date, wave, key, v.arguments());
    }

    /**
     * The cure of a field or record problem: correct the data of the field, or the record where the violation
     * has no field (a record that could not be read), so that no "-" stands for a field.
     */
    static Cure correctData(Violation v) {
        String key = v.field().isEmpty() ? "cure.CORRECT_DATA.record" : "cure.CORRECT_DATA";
        return new Cure(v.code(), Cure.Kind.CORRECT_DATA, null, 0, key, Map.of("field", v.field()));
    }
}
