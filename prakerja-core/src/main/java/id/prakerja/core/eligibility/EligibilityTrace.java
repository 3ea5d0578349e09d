// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.validation.RuleCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record of every eligibility rule evaluated for one decision: its code, the parameter values it read
 * (with the wave each value came from and its legal reference) and its outcome.
 *
 * <p>The structure is versioned ({@value #FORMAT}) and JSON-friendly: {@link #toMap()} gives nested maps
 * and lists of strings, numbers, booleans and nulls that any JSON writer can print.
 *
 * <pre>{@code
 * EligibilityChecker checker = EligibilityChecker.builder().trace(true).build();
 * EligibilityTrace trace = checker.decide(applicant, Evaluation.atWave(18)).trace().orElseThrow();
 * trace.entries().get(4);   // ELIGIBILITY_MAX_AGE FAILED, maximumAge=64 (from wave 18, …)
 * }</pre>
 *
 * <p>Cheap enough to leave on: the parameter readings of every rule are resolved once per wave and
 * shared; a decision stores only the outcome of each rule.
 */
public final class EligibilityTrace {

    /** The version tag of the structure. */
    public static final String FORMAT = "prakerja.trace.v1";

    /** What happened to one rule. */
    public enum Outcome {
        /** The rule was evaluated and satisfied. */
        PASSED,
        /** The rule was evaluated and broken. */
        FAILED,
        /** The rule is not in force at this wave (e.g. the age cap before wave 18). */
        NOT_IN_FORCE,
        /** Not evaluated: fail-fast stopped earlier, or the record's fields could not be parsed. */
        NOT_EVALUATED
    }

    /** One parameter value a rule read. */
    public static final class Reading {
        private final String name;
        private final Object value;
        private final int fromWave;
        private final String reference;

        Reading(ParameterKey<?> key, DatedValue<?> v) {
            this.name = key.name();
            this.value = jsonValue(v.value());
            this.fromWave = v.fromWave();
            this.reference = v.reference().citation();
        }

        /** The parameter's name, e.g. {@code "maximumAge"}. */
        public String name() {
            return name;
        }

        /**
         * The value as JSON would hold it: a number, boolean, string, list of names, or {@code null} for
         * "none".
         */
        public Object value() {
            return value;
        }

        /** The first wave of the value. */
        public int fromWave() {
            return fromWave;
        }

        /** The legal reference of the value, as a citation. */
        public String reference() {
            return reference;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("value", value);
            m.put("fromWave", fromWave);
            m.put("reference", reference);
            return m;
        }

        @Override
        public String toString() {
            return name + "=" + value + " (from wave " + fromWave + ", " + reference + ")";
        }
    }

    /** One rule's line of the trace. */
    public static final class Entry {
        private final EligibilityRule rule;
        private final Outcome outcome;
        private final List<Reading> readings;

        Entry(EligibilityRule rule, Outcome outcome, List<Reading> readings) {
            this.rule = rule;
            this.outcome = outcome;
            this.readings = readings;
        }

        /** The rule. */
        public EligibilityRule rule() {
            return rule;
        }

        /** The rule's code. */
        public RuleCode code() {
            return rule.code();
        }

        /** What happened. */
        public Outcome outcome() {
            return outcome;
        }

        /** The parameter values the rule read at this wave. */
        public List<Reading> readings() {
            return readings;
        }

        @Override
        public String toString() {
            return rule.code() + " " + outcome + (readings.isEmpty() ? "" : " " + readings);
        }
    }

    private final int wave;
    private final LocalDate date;
    private final List<List<Reading>> readingsByRule;
    private final byte[] outcomes;

    EligibilityTrace(int wave, LocalDate date, List<List<Reading>> readingsByRule, byte[] outcomes) {
        this.wave = wave;
        this.date = date;
        this.readingsByRule = readingsByRule;
        this.outcomes = outcomes;
    }

    /** The parameter readings of every rule at one wave, in rule order; computed once per wave. */
    static List<List<Reading>> readings(ParametersInForce p) {
        List<List<Reading>> all = new ArrayList<>();
        for (EligibilityRule r : EligibilityRule.values()) {
            List<Reading> list = new ArrayList<>(r.parameters().size());
            for (ParameterKey<?> k : r.parameters()) {
                list.add(new Reading(k, p.get(k)));
            }
            all.add(List.copyOf(list));
        }
        return List.copyOf(all);
    }

    /** The wave of the decision. */
    public int wave() {
        return wave;
    }

    /** The evaluation date of the decision. */
    public LocalDate evaluationDate() {
        return date;
    }

    /** One entry per rule, in rule order. */
    public List<Entry> entries() {
        EligibilityRule[] rules = EligibilityRule.values();
        List<Entry> out = new ArrayList<>(rules.length);
        for (int i = 0; i < rules.length; i++) {
            out.add(new Entry(rules[i], Outcome.values()[outcomes[i]], readingsByRule.get(i)));
        }
        return out;
    }

    /** The entry of {@code code}'s rule, if it is an eligibility rule. */
    public Optional<Entry> entry(RuleCode code) {
        return entries().stream().filter(e -> e.code() == code).findFirst();
    }

    /**
     * The trace as nested maps and lists:
     * {@code {"format":"prakerja.trace.v1","wave":18,"evaluationDate":"2021-08-16","rules":[{"code":…,
     * "outcome":…,"parameters":[{"name":…,"value":…,"fromWave":…,"reference":…}]}]}}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("wave", wave);
        m.put("evaluationDate", date.toString());
        List<Object> rules = new ArrayList<>();
        for (Entry e : entries()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("code", e.code().name());
            r.put("outcome", e.outcome().name());
            List<Object> params = new ArrayList<>();
            for (Reading reading : e.readings()) {
                params.add(reading.toMap());
            }
            r.put("parameters", params);
            rules.add(r);
        }
        m.put("rules", rules);
        return m;
    }

    @Override
    public String toString() {
        return FORMAT + " wave " + wave + " on " + date + " " + entries();
    }

    static Object jsonValue(Object v) {
        if (v instanceof Optional<?> o) {
            return o.map(EligibilityTrace::jsonValue).orElse(null);
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object x : c) {
                list.add(jsonValue(x));
            }
            return List.copyOf(list);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Rupiah r) {
            return r.amount();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return v.toString();
    }
}
