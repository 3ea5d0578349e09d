package id.prakerja.core.internal;

import id.prakerja.core.eligibility.EligibilityRule;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Wave;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Generates the rule catalogue ({@code docs/rules.md}) from the code: every code with its meaning, the
 * waves it is in force, its legal references, its arguments and both messages; then every dated
 * parameter. A test compares the committed file with this output.
 */
public final class RuleCatalogue {

    /** The parameter whose values (and references) a non-eligibility rule applies. */
    private static final Map<RuleCode, ParameterKey<?>> PARAMETER_OF = new EnumMap<>(RuleCode.class);

    static {
        PARAMETER_OF.put(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE, ParameterKey.FIRST_PURCHASE_DEADLINE_DAYS);
        PARAMETER_OF.put(RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE, ParameterKey.TRAINING_AID);
        PARAMETER_OF.put(RuleCode.PARTICIPATION_BALANCE_EXPIRED, ParameterKey.BALANCE_EXPIRY);
        PARAMETER_OF.put(RuleCode.PARTICIPATION_INCENTIVE_EXCESS, ParameterKey.INCENTIVE_PAYMENTS);
        PARAMETER_OF.put(RuleCode.PARTICIPATION_SURVEY_EXCESS, ParameterKey.SURVEY_PAYMENTS);
    }

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
            md.append("- **Arguments:** ")
                    .append(
                            code.requiredArguments().isEmpty()
                                    ? "none"
                                    : "`" + String.join("`, `", code.requiredArguments()) + "`")
                    .append('\n');
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

    private static String references(Programme programme, RuleCode code) {
        ParameterKey<?> key = null;
        Optional<EligibilityRule> rule = EligibilityRule.forCode(code);
        if (rule.isPresent() && !rule.get().parameters().isEmpty()) {
            key = rule.get().parameters().get(0);
        } else if (PARAMETER_OF.containsKey(code)) {
            key = PARAMETER_OF.get(code);
        }
        if (key == null) {
            return "—";
        }
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
