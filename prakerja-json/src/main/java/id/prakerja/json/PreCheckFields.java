// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.ObjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The binding of a {@link PreCheck} for reading it back: the decision's fields (as {@code decision} reads
 * them), {@code whatIf} (one cure per violation, same codes in the same order, each a cure the library gives
 * for that violation: {@link Cure#of}), {@code missingInputs} (distinct field names). What is derived is
 * accepted and not bound: every {@code message}, a cure's {@code curable} (checked against its kind), the
 * {@code trace}.
 */
final class PreCheckFields {

    static final TypedBinding.Pair<PreCheck> BINDINGS = TypedBinding.pair("pre-check answer", PreCheckFields::bind);

    private PreCheckFields() {}

    private static PreCheck bind(Located record) {
        BindContext.Scope binding = record.context().scope();
        ObjectFields o = record.object();
        Located eligibleField = o.required("eligible");
        Boolean eligible = eligibleField.bool();
        Long wave = o.required("wave").integer(1, Integer.MAX_VALUE);
        LocalDate date = o.required("evaluationDate").date();
        List<Violation> violations = OutputFields.Decisions.violations(o.required("violations"));
        Located whatIfField = o.required("whatIf");
        List<Located> cureElements = whatIfField.array();
        List<String> missing = missingInputs(o.required("missingInputs"));
        o.optional("trace").object(); // derived from the programme's parameters: accepted, not bound
        o.end();
        OutputFields.Decisions.checkEligible(eligibleField, eligible, violations, "an answer");
        List<Cure> cures = null;
        if (violations != null && cureElements != null) {
            if (cureElements.size() != violations.size()) {
                whatIfField.invalidValue("one cure per violation (" + violations.size() + ")");
            } else {
                cures = new ArrayList<>(cureElements.size());
                for (int i = 0; i < cureElements.size(); i++) {
                    cures.add(cure(cureElements.get(i), violations.get(i)));
                }
            }
        }
        if (binding.failed()) {
            return null;
        }
        return PreCheck.of(EligibilityDecision.of(wave.intValue(), date, violations), cures, missing);
    }

    /** Cure {@code e} of {@code v}, or {@code null} after reporting its problems. */
    private static Cure cure(Located e, Violation v) {
        ObjectFields o = e.object();
        if (o == null) {
            return null;
        }
        BindContext.Scope binding = e.context().scope();
        Located codeField = o.required("code");
        String code = codeField.string();
        if (code != null && !code.equals(v.code().name())) {
            codeField.invalidValue(v.code().name() + ", the code of the violation at the same place");
        }
        Located kindField = o.required("kind");
        Cure.Kind kind = kindField.enumValue(Cure.Kind.class);
        Located curableField = o.required("curable");
        Boolean curable = curableField.bool();
        LocalDate date = o.optional("date").date();
        Long wave = o.optional("wave").integer(1, Integer.MAX_VALUE);
        o.optional("message").string(); // derived
        o.end();
        if (kind != null && curable != null && curable != (kind != Cure.Kind.NOT_CURABLE)) {
            curableField.invalidValue((kind != Cure.Kind.NOT_CURABLE) + ": a cure is curable unless NOT_CURABLE");
        }
        if (binding.failed()) {
            return null;
        }
        try {
            return Cure.of(
                    v,
                    kind,
                    Optional.ofNullable(date),
                    wave == null ? OptionalInt.empty() : OptionalInt.of(wave.intValue()));
        } catch (IllegalArgumentException x) {
            kindField.invalidValue("a cure the library gives for " + v.code() + ": " + x.getMessage());
            return null;
        }
    }

    private static List<String> missingInputs(Located f) {
        List<Located> elements = f.array();
        if (elements == null) {
            return null;
        }
        List<String> out = new ArrayList<>(elements.size());
        Set<String> seen = new HashSet<>();
        for (Located e : elements) {
            String name = e.text();
            if (name != null && !seen.add(name)) {
                e.invalidValue("each field once");
            } else if (name != null) {
                out.add(name);
            }
        }
        return out;
    }
}
