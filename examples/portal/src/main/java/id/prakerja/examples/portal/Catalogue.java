// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import id.prakerja.core.eligibility.Citizenship;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityRule;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PriorParticipation;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.Occupation;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.SocialAssistance;
import id.prakerja.core.program.Wave;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The JSON of {@code /rules}, {@code /waves} and {@code /inputs}, built from the library's own declarations. */
final class Catalogue {
    private Catalogue() {}

    /** The rules of the wave of {@code at}: each with its code, meaning, fields, cure and parameters in force. */
    static Map<String, Object> rules(EligibilityChecker checker, Evaluation.Resolved at, Locale locale) {
        ParametersInForce p = checker.programme().inForce(at.wave());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (EligibilityRule r : EligibilityRule.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", r.name());
            m.put("code", r.code().name());
            m.put("meaning", Messages.forLocale(locale).meaning(r.code()));
            m.put("fields", r.fields());
            m.put("inForce", r.isInForce(p));
            m.put("cure", r.cureDescription());
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (ParameterKey<?> key : r.parameters()) {
                DatedValue<?> v = p.get(key);
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", key.name());
                pm.put("value", value(v.value()));
                pm.put("fromWave", v.fromWave());
                pm.put("reference", v.reference().citation());
                parameters.add(pm);
            }
            m.put("parameters", parameters);
            rules.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("wave", at.wave());
        out.put("evaluationDate", at.date().toString());
        out.put("language", Messages.forLocale(locale).locale().getLanguage());
        out.put("rules", rules);
        return out;
    }

    /** Every wave, first to latest. */
    static Map<String, Object> waves(Programme programme) {
        List<Map<String, Object>> waves = new ArrayList<>();
        for (Wave w : programme.waves().all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("wave", w.number());
            m.put("programmeYear", w.programmeYear());
            w.openingDate().ifPresent(d -> m.put("openingDate", d.toString()));
            w.closingDate().ifPresent(d -> m.put("closingDate", d.toString()));
            m.put("evaluationDate", w.evaluationDate().toString());
            m.put("confidence", w.confidence().name());
            m.put("sources", w.sources());
            waves.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("latest", programme.waves().latest().number());
        out.put("waves", waves);
        return out;
    }

    /** The inputs {@code fields} with the choices of each, labelled in {@code locale}'s language. */
    static Map<String, Object> inputs(List<String> fields, Locale locale) {
        Messages messages = Messages.forLocale(locale);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String field : fields) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field);
            m.put("type", type(field));
            List<? extends Enum<?>> choices = choices(field);
            if (!choices.isEmpty()) {
                List<Map<String, String>> cs = new ArrayList<>();
                for (Enum<?> e : choices) {
                    cs.add(Map.of("value", e.name(), "label", messages.label(e)));
                }
                m.put("choices", cs);
            }
            out.add(m);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("language", messages.locale().getLanguage());
        result.put("inputs", out);
        return result;
    }

    private static String type(String field) {
        switch (field) {
            case "birthDate":
                return "date";
            case "inFormalEducation":
                return "boolean";
            case "otherFamilyRecipients":
                return "integer";
            case "socialAssistance":
            case "familySocialAssistance":
                return "choices";
            case "sex":
            case "citizenship":
            case "workforceCategory":
            case "occupation":
            case "priorParticipation":
                return "choice";
            default:
                return "text";
        }
    }

    private static List<? extends Enum<?>> choices(String field) {
        switch (field) {
            case "sex":
                return List.of(Sex.values());
            case "citizenship":
                return List.of(Citizenship.values());
            case "workforceCategory":
                return List.of(WorkforceCategory.values());
            case "occupation":
                return List.of(Occupation.values());
            case "socialAssistance":
            case "familySocialAssistance":
                return List.of(SocialAssistance.values());
            case "priorParticipation":
                return List.of(PriorParticipation.values());
            default:
                return List.of();
        }
    }

    /** A parameter's value as JSON: numbers, booleans, names, lists of names, or null for none. */
    private static Object value(Object v) {
        if (v instanceof Optional<?> o) {
            return o.map(Catalogue::value).orElse(null);
        }
        if (v instanceof Rupiah r) {
            return r.amount();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(value(x)));
            out.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            return out;
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return String.valueOf(v);
    }
}
