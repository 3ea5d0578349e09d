// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import id.prakerja.core.eligibility.EligibilityRule;
import id.prakerja.core.program.DatedValue;
import id.prakerja.core.program.ParameterKey;
import id.prakerja.core.program.Programme;
import id.prakerja.core.program.Wave;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.LegalReference;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleArgument;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Generates the rule catalogue ({@code docs/rules.md}) from the rules' declarations ({@link RuleCode},
 * {@link EligibilityRule}): every code with its meaning, the waves it is in force, where its legal
 * reference comes from, the dated parameters it reads, its arguments with their types, the fields an
 * eligibility rule reads and how it is cured, and both messages with the variants {@link Messages} uses when
 * optional arguments are present (and when each is used); then every dated parameter. A test compares the committed file with this output.
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
                .append("is in force, the reference a violation cites, the arguments it carries and its message in\n")
                .append(
                        "Bahasa Indonesia and English (`{field}` is the field path), with the variants of the message used\n")
                .append(
                        "when a violation carries optional arguments and when each is used. Then every dated programme\n")
                .append("parameter, every wave, the facts known but not yet checked, and what is not known.\n\n")
                .append(
                        "Every reference says its kind and confidence. A *regulation* is law (instrument and article);\n")
                .append(
                        "an *announcement* is an official statement of the programme or a minister (who, where, when);\n")
                .append(
                        "a *secondary* source (a statistical manual, a news report) is neither. Confidence: *certain*\n")
                .append("(the text was read, or two or more independent sources agree), *likely* (one good source),\n")
                .append("*uncertain* (sources disagree, or the value is inferred from them).\n");
        RuleCode.Family family = null;
        for (RuleCode code : RuleCode.values()) {
            if (code.family() != family) {
                family = code.family();
                md.append("\n## ").append(title(family)).append("\n");
            }
            md.append("\n### `").append(code.name()).append("`\n\n");
            md.append(capitalise(code.meaning())).append(".\n\n");
            md.append("- **Waves:** ").append(waves(programme, code)).append('\n');
            md.append("- **Reference:** ").append(references(programme, code)).append('\n');
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
            variants(md, code);
        }
        md.append("\n## Dated parameters\n\n")
                .append("Each value applies from its wave until the next value of the same parameter.\n");
        for (ParameterKey<?> key : ParameterKey.all()) {
            md.append("\n### `").append(key.name()).append("`\n\n");
            md.append("| from wave | value | kind | confidence | reference |\n|---|---|---|---|---|\n");
            for (DatedValue<?> v : programme.parameters().history(key)) {
                md.append("| ")
                        .append(v.fromWave())
                        .append(" | ")
                        .append(show(v.value()))
                        .append(" | ")
                        .append(lower(v.reference().kind()))
                        .append(" | ")
                        .append(lower(v.reference().confidence()))
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
        md.append("\n## Known, not yet checked\n\n")
                .append("Facts the sources give for which the model has no event or rule yet (facts §11 K12); the\n")
                .append("library does not check them.\n\n")
                .append("| fact | value | kind | confidence |\n|---|---|---|---|\n")
                .append("| survey-filling deadline, 2020 | 15 December 2020 | announcement | likely |\n")
                .append("| survey-filling deadline, 2021 | 10 December 2021 | announcement | likely |\n")
                .append("| survey-filling deadline, waves 63–71 (2024) | 3 December 2024 | announcement | likely |\n")
                .append("| training-completion deadline, 2022 | 4 December 2022 | announcement | likely |\n")
                .append("\nThe participant events record survey *payments* and completions, not the filling of a\n")
                .append("survey, and no rule bounds a completion date; a new event or rule would check these.\n");
        md.append("\n## What is not known\n\n")
                .append("- The article text of **Permenko Perekonomian 3/2020** (the first implementing rules, waves\n")
                .append("  1–3) and its date: its values are cited by instrument only, confidence *likely*.\n")
                .append("- The text of **Permenko Perekonomian 3/2021**: not found; no value cites it.\n")
                .append("- The article text of **Permenko Perekonomian 17/2022** (the normal scheme from wave 48):\n")
                .append("  cited by instrument only, confidence *likely*.\n")
                .append("- The signing date of **Perpres 113/2022** (in force by 20 December 2022).\n")
                .append("- The exact date of Permenko Perekonomian 11/2020 (after 7 July 2020).\n")
                .append("- The regulation that set the **maximum age of 64**: the value cites the BPS survey manual\n")
                .append("  (secondary) from wave 18 and the minister's announcement at wave 23; whether the cap\n")
                .append("  starts at wave 18 or 23 is uncertain.\n")
                .append("- The text of **Perpres 76/2020 Pasal 12A**: not cited. The social-assistance bar of waves\n")
                .append("  4–47 cites the programme's announcements; the regulations only give priority to people\n")
                .append("  not yet on social assistance.\n")
                .append("- The **2021 balance cut-off**: 15 December by the regulation, 30 November in a later\n")
                .append("  reminder; the regulation's day is applied, marked *uncertain*.\n")
                .append("- Whether the **15 days** of the normal scheme count the starting day as day 1, as the\n")
                .append("  30 days of 2021 did: assumed, marked *uncertain*.\n")
                .append("- The family's social assistance before wave 16: no source; the bar applies from wave 16.\n")
                .append("- The dates of the announcements of the 2022 cut-off and of wave 16's family rule.\n");
        return md.toString();
    }

    /**
     * The table of one family of codes in {@code docs/rule-codes.md} (the contract's own document): each code
     * with its meaning, the waves it is in force and the values of the dated parameters it reads, from the
     * wave each applies. The document keeps its prose; only the tables between its
     * {@code <!-- generated:FAMILY -->} markers come from here, so that a new code is documented by its
     * declaration. {@code RuleCodesDocumentTest} compares the committed file with this output.
     */
    public static String contractTable(Programme programme, RuleCode.Family family) {
        StringBuilder md =
                new StringBuilder("| code | meaning | waves | parameters (value from wave) |\n|---|---|---|---|\n");
        for (RuleCode code : RuleCode.values()) {
            if (code.family() != family) {
                continue;
            }
            md.append("| `")
                    .append(code.name())
                    .append("` | ")
                    .append(code.meaning())
                    .append(" | ")
                    .append(waves(programme, code))
                    .append(" | ")
                    .append(parameterValues(programme, code))
                    .append(" |\n");
        }
        return md.toString();
    }

    /**
     * The variants of {@code code}'s template (bundle keys {@code CODE.arg1.arg2}, see
     * {@link Messages#format(id.prakerja.core.validation.Violation)}): when the code's own template is used, then
     * each variant, fewest arguments first, with when it is used and its text in both languages.
     */
    private static void variants(StringBuilder md, RuleCode code) {
        List<String> keys = new ArrayList<>(Messages.english().variants(code));
        if (keys.isEmpty()) {
            return;
        }
        keys.sort(Comparator.comparingInt((String k) -> names(k).size()).thenComparing(Comparator.naturalOrder()));
        List<Set<String>> all = new ArrayList<>();
        for (String key : keys) {
            all.add(names(key));
        }
        md.append("- **Variants:** of the variants whose arguments a violation all carries, the one needing the")
                .append(" most explains it. The template above is used ")
                .append(when(Set.of(), all))
                .append(".\n");
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            md.append("  - `")
                    .append(key)
                    .append("`, used ")
                    .append(when(all.get(i), all))
                    .append(":\n");
            md.append("    - **id:** ")
                    .append(Templates.text(Languages.INDONESIAN, key))
                    .append('\n');
            md.append("    - **en:** ")
                    .append(Templates.text(Languages.ENGLISH, key))
                    .append('\n');
        }
    }

    /** The argument names a variant key needs: {@code RECORD_MALFORMED.problem.line} → problem, line. */
    static Set<String> names(String variantKey) {
        return new LinkedHashSet<>(
                Arrays.asList(variantKey.substring(variantKey.indexOf('.') + 1).split("\\.")));
    }

    /**
     * What else must be absent for the template needing {@code needs} to be used among the variants {@code all}
     * (the code's own template needs nothing): a violation carrying every argument of one of these sets is
     * explained by a variant needing more. Only the smallest sets are kept (carrying a larger one means
     * carrying a smaller one too).
     *
     * @throws IllegalStateException if two variants need as many arguments (which of them applies would
     *     depend on the bundle's key order)
     */
    static List<Set<String>> excluding(Set<String> needs, List<Set<String>> all) {
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                // a tie is decided only between a variant of the whole record and one that is not
                if (all.get(i).size() == all.get(j).size()
                        && all.get(i).contains(RECORD) == all.get(j).contains(RECORD)) {
                    throw new IllegalStateException("the variants needing " + all.get(i) + " and " + all.get(j)
                            + " need as many arguments: which one applies to a violation carrying both is"
                            + " undefined");
                }
            }
        }
        Set<Set<String>> extra = new LinkedHashSet<>();
        for (Set<String> w : all) {
            if (w.size() > needs.size()
                    || (w.size() == needs.size() && w.contains(RECORD) && !needs.contains(RECORD))) {
                Set<String> more = new LinkedHashSet<>(w);
                more.removeAll(needs);
                extra.add(more);
            }
        }
        List<Set<String>> smallest = new ArrayList<>();
        for (Set<String> e : extra) {
            boolean implied = false;
            for (Set<String> f : extra) {
                implied |= !f.equals(e) && e.containsAll(f);
            }
            if (!implied) {
                smallest.add(e);
            }
        }
        return smallest;
    }

    /**
     * Whether the template needing {@code needs} (among the variants {@code all}; nothing for the code's own
     * template) is the one {@link Messages} uses for a violation carrying {@code carried}: what
     * {@link #when} says in words.
     */
    static boolean isUsed(Set<String> needs, List<Set<String>> all, Set<String> carried) {
        if (!carried.containsAll(needs)) {
            return false;
        }
        for (Set<String> e : excluding(needs, all)) {
            if (carried.containsAll(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name in a variant's key that is no argument: the variant needs a violation of the whole record (an
     * empty field), and wins a tie ({@link Messages#format}). A violation "carries" it when its field is empty.
     */
    static final String RECORD = "record";

    /**
     * When the template needing {@code needs} is used, in words: "when the violation carries `problem` but not
     * `line`", "unless the violation carries `expectation`".
     */
    static String when(Set<String> needs, List<Set<String>> all) {
        List<String> not = new ArrayList<>();
        for (Set<String> e : excluding(needs, all)) {
            not.add(e.size() == 1 ? quoted(e) : (e.size() == 2 ? "both " : "all of ") + quoted(e));
        }
        if (needs.isEmpty()) {
            return not.isEmpty() ? "always" : "unless the violation carries " + String.join(", or ", not);
        }
        return "when the violation carries " + quoted(needs)
                + (not.isEmpty() ? "" : " but not " + String.join(", nor ", not));
    }

    /** {@code `a`}, {@code `a` and `b`}, {@code `a`, `b` and `c`}. */
    private static String quoted(Set<String> names) {
        List<String> q = new ArrayList<>();
        for (String n : names) {
            q.add(n.equals(RECORD) ? "`record` (an empty field: the whole record)" : "`" + n + "`");
        }
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }

    private static String parameterValues(Programme programme, RuleCode code) {
        if (code.parameters().isEmpty()) {
            return "—";
        }
        List<String> out = new ArrayList<>();
        for (ParameterKey<?> key : code.parameters()) {
            List<String> values = new ArrayList<>();
            Object previous = null;
            for (DatedValue<?> v : programme.parameters().history(key)) {
                // a value restated by a later reference is shown once, from the wave it first applies
                if (previous == null || !previous.equals(v.value())) {
                    values.add(show(v.value()) + " from " + v.fromWave());
                }
                previous = v.value();
            }
            out.add("[`" + key.name() + "`](rules.md#" + key.name().toLowerCase(Locale.ROOT) + "): "
                    + String.join(", ", values));
        }
        return String.join("; ", out).replace("|", "\\|");
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
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
            LegalReference ref = programme.parameters().cited(e.getKey()).orElseThrow();
            parts.add(lower(ref.kind()) + ", " + lower(ref.confidence()) + ": " + e.getKey() + " (waves "
                    + ranges(programme, ws::contains) + ")");
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
