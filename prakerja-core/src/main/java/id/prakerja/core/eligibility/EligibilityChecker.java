// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.internal.ViolationSink;
import id.prakerja.core.program.ParametersInForce;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Decides whether an applicant may receive the Kartu Prakerja at a wave or on a date, explains why not,
 * says what would cure each reason, and lists the inputs a form still needs.
 *
 * <pre>{@code
 * EligibilityChecker checker = EligibilityChecker.standard();
 * EligibilityDecision d = checker.decide(applicant, Evaluation.atWave(18));
 * if (!d.isEligible()) {
 *     d.explain(Languages.INDONESIAN).forEach(this::show);
 *     checker.whatIf(applicant, d).forEach(c -> show(c.describe(Languages.INDONESIAN)));
 * }
 * // a record as received (feed line, form): field problems are violations too
 * EligibilityDecision fromForm = checker.decide(rawApplicant, Evaluation.latest());
 * }</pre>
 *
 * <p>Collect-all by default: every rule runs and every violation is reported, in the order of
 * {@link EligibilityRule}. {@link Builder#failFast(boolean)} stops at the first. {@link Builder#trace(boolean)}
 * records every rule's parameters and outcome. Instances are immutable and thread-safe; build one and
 * share it.
 */
public final class EligibilityChecker {

    private static final EligibilityChecker STANDARD = builder().build();
    private static final EligibilityRule[] RULES = EligibilityRule.values();
    private static final String WAVE = "wave";

    private final Programme programme;
    private final ApplicantParser parser;
    private final boolean failFast;
    private final boolean trace;
    private final AtomicReferenceArray<List<List<EligibilityTrace.Reading>>> readings;

    private EligibilityChecker(Builder b) {
        this.programme = b.programme;
        this.parser = ApplicantParser.of(b.programme);
        this.failFast = b.failFast;
        this.trace = b.trace;
        this.readings = new AtomicReferenceArray<>(b.programme.waves().size() + 1);
    }

    /** The checker for the standard programme: collect-all, no trace. */
    public static EligibilityChecker standard() {
        return STANDARD;
    }

    /** A builder for a checker with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /** The programme whose rules this checker applies. */
    public Programme programme() {
        return programme;
    }

    /** The parser this checker uses for raw records. */
    public ApplicantParser parser() {
        return parser;
    }

    /**
     * Decides for a typed applicant. The applicant's own {@link Applicant#wave()}, if any, takes precedence
     * over the evaluation's wave.
     *
     * @throws IllegalArgumentException if the wave is unknown or a date lies before the first wave
     */
    public EligibilityDecision decide(Applicant applicant, Evaluation evaluation) {
        Objects.requireNonNull(applicant, "applicant");
        Evaluation.Resolved at = evaluation.resolve(programme, applicant.wave());
        return decide(applicant, at.wave(), at.date());
    }

    /**
     * Decides for a typed applicant at wave {@code wave}, computing ages on {@code date} (the applicant's
     * own wave is ignored here).
     *
     * @throws IllegalArgumentException if the wave is unknown
     */
    public EligibilityDecision decide(Applicant applicant, int wave, LocalDate date) {
        ParametersInForce p = programme.inForce(wave);
        ViolationSink out = new ViolationSink(failFast);
        byte[] outcomes = trace ? new byte[RULES.length] : null;
        for (int i = 0; i < RULES.length; i++) {
            EligibilityRule rule = RULES[i];
            if (out.isFull()) {
                record(outcomes, i, EligibilityTrace.Outcome.NOT_EVALUATED);
                continue;
            }
            if (!rule.inForce(p)) {
                record(outcomes, i, EligibilityTrace.Outcome.NOT_IN_FORCE);
                continue;
            }
            Violation v = rule.check(applicant, p, date);
            if (v == null) {
                record(outcomes, i, EligibilityTrace.Outcome.PASSED);
            } else {
                record(outcomes, i, EligibilityTrace.Outcome.FAILED);
                out.add(v);
            }
        }
        return new EligibilityDecision(
                wave,
                date,
                out.violations(), // a read-only view of a list kept nowhere else
                trace ? trace(wave, date, outcomes) : null,
                applicant);
    }

    /**
     * Parses {@code raw} and decides: the record's own {@code wave} takes precedence over the evaluation's;
     * field problems ({@code FIELD_*}, {@code NIK_*}, {@code KK_*}) make the decision "not eligible" with
     * those violations, and the eligibility rules are then not evaluated.
     */
    public EligibilityDecision decide(RawApplicant raw, Evaluation evaluation) {
        Objects.requireNonNull(raw, "raw");
        Evaluation.Resolved at = evaluation.resolve(programme, parser.recordWave(raw));
        Validated<Applicant> parsed = parser.parse(raw, at.date());
        if (parsed.isValid()) {
            return decide(parsed.value(), at.wave(), at.date());
        }
        return notEvaluated(at, parsed.violations());
    }

    /** A decision on violations found before the rules could run (field or record problems). */
    private EligibilityDecision notEvaluated(Evaluation.Resolved at, List<Violation> violations) {
        byte[] outcomes = null;
        if (trace) {
            outcomes = new byte[RULES.length];
            java.util.Arrays.fill(outcomes, (byte) EligibilityTrace.Outcome.NOT_EVALUATED.ordinal());
        }
        return new EligibilityDecision(
                at.wave(),
                at.date(),
                List.copyOf(violations),
                trace ? trace(at.wave(), at.date(), outcomes) : null,
                null);
    }

    /**
     * Decides for a record together with the problems its reader found while binding it (a NIK sent as a
     * JSON number, an unknown field…): the reader's violations come first, then the decision's, each problem
     * reported once ({@link Violation#reportedOnce(List, List)}: a NIK sent as a number is
     * {@code FIELD_INVALID}, not also {@code FIELD_REQUIRED}). A record the reader could not read at all is
     * decided by {@link #decideUnreadable(Evaluation, List)}.
     *
     * <p>A {@code wave} the reader reported (not an integer: {@code "x"}, {@code 1.5}) is treated like one the
     * parser refuses (an unknown wave, {@code 99}): {@code FIELD_INVALID} at {@code wave}, no eligibility rule
     * evaluated (which wave's rules apply is unknown), the decision at the evaluation's wave and date.
     *
     * @throws NullPointerException if {@code raw} is {@code null}
     */
    public EligibilityDecision decide(RawApplicant raw, Evaluation evaluation, List<Violation> readViolations) {
        if (readViolations.isEmpty()) {
            return decide(raw, evaluation);
        }
        for (Violation v : readViolations) {
            if (v.field().equals(WAVE)) {
                // a wave the reader could not read ("x", 1.5) is treated as one the parser refuses (99):
                // which rules apply is unknown, so none is evaluated; the decision is at the evaluation's wave
                Evaluation.Resolved at = evaluation.resolve(programme, OptionalInt.empty());
                List<Violation> parsed = parser.parse(raw, at.date()).violations();
                return notEvaluated(at, Violation.reportedOnce(readViolations, parsed));
            }
        }
        EligibilityDecision d = decide(raw, evaluation);
        return new EligibilityDecision(
                d.wave(),
                d.evaluationDate(),
                Violation.reportedOnce(readViolations, d.violations()),
                d.trace().orElse(null),
                d.applicant().orElse(null));
    }

    /**
     * The decision for a record its reader could not read at all: it holds only the reader's violations (e.g.
     * {@code RECORD_MALFORMED}), of which there must be at least one; no rule is evaluated.
     *
     * @throws IllegalArgumentException if {@code readViolations} is empty
     */
    public EligibilityDecision decideUnreadable(Evaluation evaluation, List<Violation> readViolations) {
        if (readViolations.isEmpty()) {
            throw new IllegalArgumentException("an unreadable record needs the violation that says why");
        }
        return notEvaluated(evaluation.resolve(programme, OptionalInt.empty()), readViolations);
    }

    private static void record(byte[] outcomes, int i, EligibilityTrace.Outcome o) {
        if (outcomes != null) {
            outcomes[i] = (byte) o.ordinal();
        }
    }

    private EligibilityTrace trace(int wave, LocalDate date, byte[] outcomes) {
        List<List<EligibilityTrace.Reading>> r = readings.get(wave);
        if (r == null) {
            r = EligibilityTrace.readings(programme.inForce(wave));
            readings.compareAndSet(wave, null, r);
        }
        return new EligibilityTrace(wave, date, r, outcomes);
    }

    /**
     * What would cure each violation of {@code decision}, in the same order. Use the applicant the decision
     * was made for.
     */
    public List<Cure> whatIf(Applicant applicant, EligibilityDecision decision) {
        List<Cure> out = new ArrayList<>(decision.violations().size());
        for (Violation v : decision.violations()) {
            out.add(cure(applicant, decision, v));
        }
        return out;
    }

    /**
     * What would cure each violation of {@code decision}, using the applicant it was made for
     * ({@link EligibilityDecision#applicant()}): for a record that parsed, the same as
     * {@link #whatIf(Applicant, EligibilityDecision)}; for field and record problems, correcting the data.
     *
     * @throws IllegalArgumentException if the decision has eligibility violations but no applicant (a decision
     *     read back from JSON): use {@link #whatIf(Applicant, EligibilityDecision)} then
     */
    public List<Cure> whatIf(EligibilityDecision decision) {
        if (decision.applicant().isPresent()) {
            return whatIf(decision.applicant().get(), decision);
        }
        List<Cure> out = new ArrayList<>(decision.violations().size());
        for (Violation v : decision.violations()) {
            if (v.code().family() == RuleCode.Family.ELIGIBILITY) {
                throw new IllegalArgumentException("the decision does not hold the applicant its " + v.code()
                        + " is about; use whatIf(applicant, decision)");
            }
            out.add(correctData(v));
        }
        return out;
    }

    /**
     * The cure of {@code v}: its rule's own {@link WhatIf} (a code of the eligibility family always has a
     * rule); a field or record problem is cured by correcting the data.
     */
    private Cure cure(Applicant a, EligibilityDecision d, Violation v) {
        Optional<EligibilityRule> rule = EligibilityRule.forCode(v.code());
        if (rule.isEmpty()) {
            if (v.code().family() == RuleCode.Family.ELIGIBILITY) {
                throw new IllegalStateException(v.code() + " has no eligibility rule, so no cure");
            }
            return correctData(v);
        }
        return rule.get().whatIf().cure(rule.get(), programme, a, d, v);
    }

    private static Cure correctData(Violation v) {
        return WhatIf.correctData(v);
    }

    /**
     * The fields a form still needs before a complete decision at {@code evaluation}, in the order a form
     * should ask them: those the parser always needs and those the rules in force read
     * ({@link EligibilityRule#fields()}). Fields the rules of that wave do not read are left out (e.g.
     * {@code socialAssistance} from wave 48, {@code familySocialAssistance} outside waves 16 to 47,
     * {@code otherFamilyRecipients} before wave 12,
     * {@code occupation} before wave 4); optional fields with a default are listed while they matter,
     * because the default may not be true of the applicant. Fields present but invalid are not listed:
     * {@link #decide(RawApplicant, Evaluation)} reports them.
     */
    public List<String> missingInputs(RawApplicant raw, Evaluation evaluation) {
        Evaluation.Resolved at = evaluation.resolve(programme, parser.recordWave(raw));
        ParametersInForce p = programme.inForce(at.wave());
        EnumSet<ApplicantInput> asked = EnumSet.noneOf(ApplicantInput.class);
        for (ApplicantInput in : ApplicantInput.values()) {
            if (in.isRequiredByParser()) {
                asked.add(in);
            }
        }
        for (EligibilityRule r : RULES) {
            if (r.inForce(p)) {
                for (ApplicantInput in : r.inputs()) {
                    if (r.reads(in, p)) {
                        asked.add(in);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (ApplicantInput in : asked) { // in asking order
            if (in.isMissing(raw)) {
                out.add(in.field());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The whole answer for a record as received (a form, a request): the decision, what would cure each
     * violation and the inputs still missing, in asking order. Never throws for bad data: every problem of the
     * record is a violation. The same as {@link #preCheck(RawApplicant, Evaluation, List)} with no reader
     * violations.
     *
     * @throws IllegalArgumentException only for an evaluation this checker's programme cannot place (a date
     *     before the first wave, a wave of another programme): the caller's mistake, not the record's
     */
    public PreCheck preCheck(RawApplicant raw, Evaluation evaluation) {
        return preCheck(raw, evaluation, List.of());
    }

    /**
     * The whole answer for a record together with the problems its reader found while binding it
     * ({@link #decide(RawApplicant, Evaluation, List)}): the decision, {@link #whatIf(EligibilityDecision)} and
     * {@link #missingInputs(RawApplicant, Evaluation)}, leaving out of the missing inputs a field the reader
     * already reported (it is in the violations, to be corrected). The wave is the record's own when it names
     * a known one; a record whose {@code wave} is unknown ({@code 99}) or not a number ({@code "x"}) has
     * {@code FIELD_INVALID} at {@code wave}, and the answer is then at the evaluation's wave, like any record
     * with a field problem, with no eligibility rule evaluated.
     *
     * @throws IllegalArgumentException only for an evaluation this checker's programme cannot place
     */
    public PreCheck preCheck(RawApplicant raw, Evaluation evaluation, List<Violation> readViolations) {
        Objects.requireNonNull(raw, "raw");
        EligibilityDecision d = decide(raw, evaluation, readViolations);
        List<String> missing = missingInputs(raw, evaluation);
        if (!readViolations.isEmpty()) {
            List<String> keep = new ArrayList<>(missing.size());
            for (String field : missing) {
                boolean reported = false;
                for (Violation v : readViolations) {
                    reported |= v.field().equals(field);
                }
                if (!reported) {
                    keep.add(field);
                }
            }
            missing = keep;
        }
        return PreCheck.of(d, whatIf(d), missing);
    }

    /**
     * The answer for a record its reader could not read at all ({@link #decideUnreadable(Evaluation, List)}):
     * the reader's violations, each cured by correcting the data, and every input still to ask.
     *
     * @throws IllegalArgumentException if {@code readViolations} is empty
     */
    public PreCheck preCheckUnreadable(Evaluation evaluation, List<Violation> readViolations) {
        EligibilityDecision d = decideUnreadable(evaluation, readViolations);
        return PreCheck.of(d, whatIf(d), missingInputs(RawApplicant.builder().build(), evaluation));
    }

    /** The rules in force at {@code wave}, in order. */
    public List<EligibilityRule> rulesInForce(int wave) {
        ParametersInForce p = programme.inForce(wave);
        EnumSet<EligibilityRule> set = EnumSet.noneOf(EligibilityRule.class);
        for (EligibilityRule r : RULES) {
            if (r.inForce(p)) {
                set.add(r);
            }
        }
        return List.copyOf(set);
    }

    /** The family-quota violation for the {@code familyMembers}-th member of one family card at {@code wave}; for feeds. */
    public Optional<Violation> familyQuotaViolation(int wave, int familyMembers) {
        ParametersInForce p = programme.inForce(wave);
        Optional<Integer> quota = p.familyQuota().value();
        if (quota.isEmpty() || familyMembers <= quota.get()) {
            return Optional.empty();
        }
        return Optional.of(EligibilityRule.quotaViolation(p.familyQuota(), familyMembers));
    }

    @Override
    public String toString() {
        return "EligibilityChecker[" + programme + (failFast ? ", fail-fast" : "") + (trace ? ", trace" : "") + "]";
    }

    /** Options for an {@link EligibilityChecker}. */
    public static final class Builder {
        private Programme programme = Programme.standard();
        private boolean failFast;
        private boolean trace;

        private Builder() {}

        /** The programme whose rules apply; {@link Programme#standard()} unless set. */
        public Builder programme(Programme programme) {
            this.programme = Objects.requireNonNull(programme, "programme");
            return this;
        }

        /** Stop at the first violation instead of collecting all (off by default). */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /** Record a {@link EligibilityTrace} with every decision (off by default). */
        public Builder trace(boolean trace) {
            this.trace = trace;
            return this;
        }

        /** The checker. */
        public EligibilityChecker build() {
            return new EligibilityChecker(this);
        }
    }
}
