// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.internal.ViolationSink;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.LegalReference;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of cooperation agreements and their outreach activities (the {@code COOPERATION_*} codes), and
 * the progress of an agreement.
 *
 * <pre>{@code
 * CooperationRules rules = CooperationRules.standard();
 * CooperationAgreement dki = Agreements.dkiJakarta2021();
 * rules.validate(dki).isValid(); // true
 *
 * Validated<OutreachActivity> checked = rules.validate(dki, activity);
 * checked.violations().forEach(v -> show(Messages.english().format(v)));
 *
 * ProgressSummary progress = rules.progress(dki, LocalDate.of(2021, 9, 17), LocalDate.of(2021, 12, 31),
 *         activities);
 * }</pre>
 *
 * <p>An agreement is checked for, in this order (field paths as in the wire format):
 *
 * <ol>
 *   <li>{@link RuleCode#COOPERATION_PARTIES} at {@code parties}: fewer than two distinct party names
 *       (argument {@code parties}, the number of distinct names);
 *   <li>{@link RuleCode#COOPERATION_SIGNATORY} at {@code parties[i]}, for each distinct party (at its first
 *       position) that no signatory signs for (argument {@code party}, its name);
 *   <li>{@link RuleCode#COOPERATION_PERIOD} when there is a period and it ends before it starts (at
 *       {@code period.end}) or, failing that, the agreement was signed after it ended (at {@code
 *       signingDate}); arguments {@code start}, {@code end}, {@code signingDate}. An agreement whose term
 *       is unknown has no period and breaks no period rule;
 *   <li>{@link RuleCode#COOPERATION_OBJECTIVES} at {@code objectives}: no objective;
 *   <li>{@link RuleCode#COOPERATION_AUDIENCE} at {@code audience}: no audience group.
 * </ol>
 *
 * <p>An activity is checked against its agreement for, in this order:
 *
 * <ol>
 *   <li>{@link RuleCode#COOPERATION_ACTIVITY_PERIOD} at {@code date}: dated before the first or after the
 *       last day of the agreement's period (both days belong to it); arguments {@code date}, {@code start},
 *       {@code end}. Not checked when the agreement's period is unknown;
 *   <li>{@link RuleCode#COOPERATION_ACTIVITY_REGION}: in another province (at {@code region.provinceCode}),
 *       or, when the agreement lists regencies, in another regency or without a regency (at {@code
 *       region.regencyCode}); arguments {@code region} and {@code agreementRegion}, both in words;
 *   <li>{@link RuleCode#COOPERATION_OBJECTIVES} at {@code objectives} when the activity serves no objective,
 *       otherwise {@link RuleCode#COOPERATION_ACTIVITY_OBJECTIVE} at {@code objectives} for each code the
 *       agreement lacks (argument {@code objective}: the {@link BuiltInObjective} for a built-in code, so
 *       that messages show its label, otherwise the code);
 *   <li>{@link RuleCode#COOPERATION_AUDIENCE} at {@code audience} when the activity aims at nobody,
 *       otherwise {@link RuleCode#COOPERATION_ACTIVITY_AUDIENCE} for each group outside the agreement's
 *       audience, at {@code audience.workforceCategories} or {@code audience.recipientGroups} (argument
 *       {@code audience}: the {@link WorkforceCategory} or {@link RecipientGroup});
 *   <li>{@link RuleCode#COOPERATION_ACTIVITY_REACH} at {@code peopleReached}: reach missing or negative
 *       (with the argument {@code peopleReached} when negative).
 * </ol>
 *
 * <p>Set-valued fields (objectives, audience groups) are reported without an index: their argument names
 * the element. Every violation is an error and carries the agreement itself as its legal reference ({@link
 * CooperationAgreement#reference()}): no regulation prescribes these rules, the agreement's own terms do.
 *
 * <p>By default every violation is collected; {@link #failFast()} stops at the first. Instances are
 * immutable and thread-safe.
 */
public final class CooperationRules {

    private static final CooperationRules STANDARD = new CooperationRules(false);
    private static final CooperationRules FAIL_FAST = new CooperationRules(true);

    private final boolean failFast;

    private CooperationRules(boolean failFast) {
        this.failFast = failFast;
    }

    /** The rules, collecting every violation. */
    public static CooperationRules standard() {
        return STANDARD;
    }

    /** The same rules, stopping at the first violation. */
    public CooperationRules failFast() {
        return FAIL_FAST;
    }

    /** Whether these rules stop at the first violation. */
    public boolean isFailFast() {
        return failFast;
    }

    /** Checks {@code agreement} (see the class comment for the codes and their order). */
    public Validated<CooperationAgreement> validate(CooperationAgreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        Sink out = new Sink(failFast, agreement.reference());
        List<String> names = agreement.partyNames();
        if (names.size() < 2) {
            out.add(Violation.of(RuleCode.COOPERATION_PARTIES, "parties").argument("parties", names.size()));
        }
        if (!out.full()) {
            Set<String> signed = new HashSet<>();
            for (Signatory s : agreement.signatories()) {
                signed.add(s.party());
            }
            Set<String> seen = new HashSet<>();
            List<Party> parties = agreement.parties();
            for (int i = 0; i < parties.size() && !out.full(); i++) {
                String name = parties.get(i).name();
                if (seen.add(name) && !signed.contains(name)) {
                    out.add(Violation.of(RuleCode.COOPERATION_SIGNATORY, "parties[" + i + "]")
                            .argument("party", name));
                }
            }
        }
        Optional<AgreementPeriod> period = agreement.period();
        if (period.isPresent() && !out.full()) {
            AgreementPeriod p = period.get();
            String field =
                    p.isInverted() ? "period.end" : agreement.signingDate().isAfter(p.end()) ? "signingDate" : null;
            if (field != null) {
                out.add(Violation.of(RuleCode.COOPERATION_PERIOD, field)
                        .argument("start", p.start())
                        .argument("end", p.end())
                        .argument("signingDate", agreement.signingDate()));
            }
        }
        if (agreement.objectives().isEmpty()) {
            out.add(Violation.of(RuleCode.COOPERATION_OBJECTIVES, "objectives"));
        }
        if (agreement.audience().isEmpty()) {
            out.add(Violation.of(RuleCode.COOPERATION_AUDIENCE, "audience"));
        }
        return Validated.of(agreement, out.violations());
    }

    /**
     * Checks {@code activity} against {@code agreement} (see the class comment for the codes and their
     * order). The agreement itself is not checked here: see {@link #validate(CooperationAgreement)}.
     *
     * @throws IllegalArgumentException if the activity names another agreement (a caller's mistake: look
     *     the agreement up by {@link OutreachActivity#agreement()})
     */
    public Validated<OutreachActivity> validate(CooperationAgreement agreement, OutreachActivity activity) {
        requireSameAgreement(agreement, activity);
        Sink out = new Sink(failFast, agreement.reference());
        check(agreement, activity, out);
        return Validated.of(activity, out.violations());
    }

    /**
     * The progress of {@code agreement} from {@code from} to {@code to} (both days included): the activities
     * of {@code activities} that name this agreement and are dated within those days are counted when they
     * break no rule of the agreement, and counted as {@link ProgressSummary#excludedActivities() excluded}
     * otherwise. Activities of other agreements or other days are ignored.
     *
     * <p>Summaries of parts of a feed {@link ProgressSummary#merge merge} into the summary of the whole.
     *
     * @throws IllegalArgumentException if {@code to} lies before {@code from}
     */
    public ProgressSummary progress(
            CooperationAgreement agreement, LocalDate from, LocalDate to, Iterable<OutreachActivity> activities) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(activities, "activities");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "the reporting period ends (" + to + ") before it starts (" + from + ")");
        }
        ProgressSummary.Accumulator acc = new ProgressSummary.Accumulator();
        for (OutreachActivity a : activities) {
            if (!a.agreement().equals(agreement.identifier())
                    || a.date().isBefore(from)
                    || a.date().isAfter(to)) {
                continue;
            }
            Sink probe = new Sink(true, agreement.reference());
            check(agreement, a, probe);
            if (probe.violations().isEmpty()) {
                acc.add(a);
            } else {
                acc.exclude();
            }
        }
        return acc.summary();
    }

    /**
     * The progress of {@code agreement} over all the days of {@code activities}; see {@link
     * #progress(CooperationAgreement, LocalDate, LocalDate, Iterable)}.
     */
    public ProgressSummary progress(CooperationAgreement agreement, Iterable<OutreachActivity> activities) {
        return progress(agreement, LocalDate.MIN, LocalDate.MAX, activities);
    }

    private static void requireSameAgreement(CooperationAgreement agreement, OutreachActivity activity) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(activity, "activity");
        if (!activity.agreement().equals(agreement.identifier())) {
            throw new IllegalArgumentException("the activity belongs to agreement '" + activity.agreement()
                    + "', not to '" + agreement.identifier() + "'");
        }
    }

    private static void check(CooperationAgreement agreement, OutreachActivity activity, Sink out) {
        Optional<AgreementPeriod> period = agreement.period();
        if (period.isPresent() && !period.get().contains(activity.date())) {
            out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_PERIOD, "date")
                    .argument("date", activity.date())
                    .argument("start", period.get().start())
                    .argument("end", period.get().end()));
        }
        AgreementRegion area = agreement.region();
        Region region = activity.region();
        if (!out.full() && !area.covers(region)) {
            String field = region.province() != area.province() ? "region.provinceCode" : "region.regencyCode";
            out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_REGION, field)
                    .argument("region", region.describe())
                    .argument("agreementRegion", area.describe()));
        }
        if (activity.objectives().isEmpty()) {
            out.add(Violation.of(RuleCode.COOPERATION_OBJECTIVES, "objectives"));
        }
        for (String code : activity.objectives()) {
            if (out.full()) {
                break;
            }
            if (agreement.objective(code).isEmpty()) {
                Object shown = BuiltInObjective.find(code).<Object>map(o -> o).orElse(code);
                out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_OBJECTIVE, "objectives")
                        .argument("objective", shown));
            }
        }
        TargetAudience audience = activity.audience();
        TargetAudience allowed = agreement.audience();
        if (audience.isEmpty()) {
            out.add(Violation.of(RuleCode.COOPERATION_AUDIENCE, "audience"));
        }
        for (WorkforceCategory c : audience.workforceCategories()) {
            if (!out.full() && !allowed.workforceCategories().contains(c)) {
                out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_AUDIENCE, "audience.workforceCategories")
                        .argument("audience", c));
            }
        }
        for (RecipientGroup g : audience.recipientGroups()) {
            if (!out.full() && !allowed.recipientGroups().contains(g)) {
                out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_AUDIENCE, "audience.recipientGroups")
                        .argument("audience", g));
            }
        }
        if (activity.peopleReached().isEmpty()) {
            out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_REACH, "peopleReached"));
        } else if (activity.peopleReached().getAsLong() < 0) {
            out.add(Violation.of(RuleCode.COOPERATION_ACTIVITY_REACH, "peopleReached")
                    .argument("peopleReached", activity.peopleReached().getAsLong()));
        }
    }

    /** Collects violations, each with the agreement as its reference; in fail-fast mode keeps the first only. */
    private static final class Sink {
        private final ViolationSink sink;
        private final LegalReference reference;

        Sink(boolean failFast, LegalReference reference) {
            this.sink = new ViolationSink(failFast);
            this.reference = reference;
        }

        boolean full() {
            return sink.isFull();
        }

        void add(Violation.Builder violation) {
            if (!full()) {
                sink.add(violation.legalReference(reference).build());
            }
        }

        List<Violation> violations() {
            return sink.violations();
        }
    }
}
