package id.prakerja.core.internal;

import id.prakerja.core.eligibility.EligibilityRule;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Wave;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleArgument;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Generates the rule catalogue ({@code docs/rules.md}) from the rules' declarations ({@link RuleCode},
 * {@link EligibilityRule}): every code with its meaning, the waves it is in force, where its legal
 * reference comes from, the dated parameters it reads, its arguments with their types, the fields an
 * eligibility rule reads and how it is cured, and both messages; then every dated parameter. A test compares the committed file with this output.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {}

    /** The catalogue as Markdown, for {@code programme}. */
    public static String markdown(Programme programme) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule catalogue\n\n")
                .append(
                        "<!-- Generated from the code by id.prakerja.core.internal.RuleCatalogue: do not edit by hand.\n")
                .append(
                        "     Regenerate: ./mvnw -B -ntp -pl prakerja-core test -Dtest=RuleCatalogueTest -Dprakerja.updateDocs=true -->\n\n")
                .append(
                        "Every code the library reports (the contract: [rule-codes.md](rule-codes.md)), the waves in which it\n")
                .append(
                        "is in force, the legal reference a violation cites, the arguments it carries and its message in\n")
                .append(
                        "Bahasa Indonesia and English (`{field}` is the field path). Then every dated programme parameter\n")
                .append("and every wave.\n");
        RuleCode.Family family = null;
        for (RuleCode code : RuleCode.values()) {
            if (code.family() != family) {
                family = code.family();
                md.append("\n## ").append(title(family)).append("\n");
            }
            md.append("\n### `").append(code.name()).append("`\n\n");
            md.append(capitalise(code.meaning())).append(".\n\n");
            md.append("- **Waves:** ").append(waves(programme, code)).append('\n');
            md.append("- **Legal reference:** ")
                    .append(references(programme, code))
                    .append('\n');
            md.append("- **Parameters:** ")
                    .append(code.parameters().isEmpty() ? "none" : names(code.parameters()))
                    .append('\n');
            md.append("- **Arguments:** ").append(arguments(code, true)).append('\n');
            if (code.arguments().stream().anyMatch(a -> !a.isRequired())) {
                md.append("- **Optional arguments:** ")
                        .append(arguments(code, false))
                        .append('\n');
            }
            Optional<EligibilityRule> rule = EligibilityRule.forCode(code);
            if (rule.isPresent()) {
                md.append("- **Reads:** `")
                        .append(String.join("`, `", rule.get().fields()))
                        .append("`\n");
                md.append("- **Cure:** ").append(rule.get().cureDescription()).append('\n');
            }
            md.append("- **id:** ").append(Messages.indonesian().template(code)).append('\n');
            md.append("- **en:** ").append(Messages.english().template(code)).append('\n');
        }
        md.append("\n## Dated parameters\n\n")
                .append("Each value applies from its wave until the next value of the same parameter.\n");
        for (ParameterKey<?> key : ParameterKey.all()) {
            md.append("\n### `").append(key.name()).append("`\n\n");
            md.append("| from wave | value | legal reference |\n|---|---|---|\n");
            for (DatedValue<?> v : programme.parameters().history(key)) {
                md.append("| ")
                        .append(v.fromWave())
                        .append(" | ")
                        .append(show(v.value()))
                        .append(" | ")
                        .append(v.reference().citation())
                        .append(" — ")
                        .append(v.reference().title())
                        .append(" |\n");
            }
        }
        md.append("\n## Waves\n\n")
                .append("Opening days from public sources (in `waves.csv`). Where the day was not found, the\n")
                .append("evaluation date is an approximation (see `Waves`): interpolated between known waves and\n")
                .append("clamped to the window the sources give; it is marked *assumed*.\n\n")
                .append("| wave | year | evaluation date | opening day | confidence |\n|---|---|---|---|---|\n");
        for (Wave w : programme.waves().all()) {
            md.append("| ")
                    .append(w.number())
                    .append(" | ")
                    .append(w.programmeYear())
                    .append(" | ")
                    .append(w.evaluationDate())
                    .append(" | ")
                    .append(w.isOpeningDateKnown() ? "known" : "*assumed*")
                    .append(" | ")
                    .append(w.confidence())
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String title(RuleCode.Family family) {
        switch (family) {
            case RECORD:
                return "Records and fields";
            case IDENTIFIER:
                return "Identifiers";
            case ELIGIBILITY:
                return "Eligibility";
            case FEED:
                return "Feeds";
            case PARTICIPATION:
                return "Participation";
            default:
                return "Cooperation";
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String waves(Programme programme, RuleCode code) {
        Optional<EligibilityRule> rule = EligibilityRule.forCode(code);
        if (rule.isEmpty() || code.family() != RuleCode.Family.ELIGIBILITY) {
            return "all";
        }
        return ranges(programme, w -> rule.get().isInForce(programme.inForce(w)));
    }

    private static String names(List<ParameterKey<?>> keys) {
        List<String> out = new ArrayList<>();
        for (ParameterKey<?> k : keys) {
            out.add("[`" + k.name() + "`](#" + k.name().toLowerCase(Locale.ROOT) + ")");
        }
        return String.join(", ", out);
    }

    private static String arguments(RuleCode code, boolean required) {
        List<String> out = new ArrayList<>();
        for (RuleArgument a : code.arguments()) {
            if (a.isRequired() == required) {
                out.add("`" + a.name() + "` (" + typeName(a) + ")");
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String typeName(RuleArgument a) {
        if (a.type() == RuleArgument.Type.ENUM) {
            List<String> types = new ArrayList<>();
            for (Class<?> t : a.enumTypes()) {
                types.add(t.getSimpleName());
            }
            return String.join(" or ", types);
        }
        return a.type().name().toLowerCase(Locale.ROOT);
    }

    private static String references(Programme programme, RuleCode code) {
        switch (code.referenceSource()) {
            case AGREEMENT:
                return "the agreement's own legal basis, known at run time (`CooperationAgreement.reference()`):"
                        + " every violation cites the reference of the agreement it is about";
            case NONE:
                return "—";
            default:
                break;
        }
        ParameterKey<?> key = code.parameters().get(0);
        Optional<EligibilityRule> rule = EligibilityRule.forCode(code);
        Map<String, List<Integer>> byCitation = new LinkedHashMap<>();
        for (Wave w : programme.waves().all()) {
            int n = w.number();
            if (rule.isPresent()
                    && code.family() == RuleCode.Family.ELIGIBILITY
                    && !rule.get().isInForce(programme.inForce(n))) {
                continue;
            }
            DatedValue<?> v = programme.parameters().at(key, n);
            byCitation
                    .computeIfAbsent(v.reference().citation(), c -> new ArrayList<>())
                    .add(n);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byCitation.entrySet()) {
            List<Integer> ws = e.getValue();
            parts.add(e.getKey() + " (waves " + ranges(programme, ws::contains) + ")");
        }
        return String.join("; ", parts);
    }

    private static String ranges(Programme programme, IntPredicate inForce) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int last = programme.waves().size();
        for (int w = 1; w <= last + 1; w++) {
            boolean on = w <= last && inForce.test(w);
            if (on && start < 0) {
                start = w;
            } else if (!on && start > 0) {
                out.add(start == w - 1 ? Integer.toString(start) : start + "–" + (w - 1));
                start = -1;
            }
        }
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String show(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(RuleCatalogue::show).orElse("none");
        }
        if (value instanceof java.util.Collection<?> c) {
            if (c.isEmpty()) {
                return "none";
            }
            List<String> names = new ArrayList<>();
            for (Object x : c) {
                names.add(x instanceof Enum<?> e ? e.name() : String.valueOf(x));
            }
            return "`" + String.join("`, `", names) + "`";
        }
        return "`" + value + "`";
    }
}
