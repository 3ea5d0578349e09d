// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.cooperation.AgreementPeriod;
import id.prakerja.core.cooperation.AgreementRegion;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.Objective;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.testkit.ActivityGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The implementation of {@link ActivityGenerator}. */
public final class ActivityGen implements ActivityGenerator {

    private static final List<String> DESCRIPTIONS = List.of(
            "Sosialisasi Program Kartu Prakerja bagi pencari kerja",
            "Webinar literasi digital: cara mendaftar dan memilih pelatihan",
            "Pojok Prakerja di bursa kerja daerah",
            "Pengingat pemanfaatan saldo pelatihan",
            "Siaran radio tentang manfaat Kartu Prakerja");

    private final CooperationAgreement agreement;
    private final RuleCode defect;

    private ActivityGen(CooperationAgreement agreement, RuleCode defect) {
        this.agreement = agreement;
        this.defect = defect;
        if (defect != null && !breakable(agreement).contains(defect)) {
            throw new IllegalArgumentException(defect + " " + whyNot(defect));
        }
    }

    /**
     * Valid activities under {@code agreement}.
     *
     * @throws IllegalArgumentException if the agreement's period is inverted or it has no objective or audience
     */
    public static ActivityGen of(CooperationAgreement agreement) {
        List<String> problems = new ArrayList<>();
        if (agreement.period().isPresent() && agreement.period().get().isInverted()) {
            problems.add("its period " + agreement.period().get() + " ends before it starts");
        }
        if (agreement.objectives().isEmpty()) {
            problems.add("it has no objective");
        }
        if (agreement.audience().isEmpty()) {
            problems.add("it has no audience");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("no activity under agreement " + agreement.identifier()
                    + " can be valid: " + String.join(", ", problems));
        }
        return new ActivityGen(agreement, null);
    }

    private static Set<RuleCode> breakable(CooperationAgreement a) {
        Set<RuleCode> out = EnumSet.of(
                RuleCode.COOPERATION_ACTIVITY_REGION,
                RuleCode.COOPERATION_ACTIVITY_OBJECTIVE,
                RuleCode.COOPERATION_ACTIVITY_REACH,
                RuleCode.COOPERATION_OBJECTIVES,
                RuleCode.COOPERATION_AUDIENCE);
        if (a.period().isPresent()) {
            out.add(RuleCode.COOPERATION_ACTIVITY_PERIOD);
        }
        if (!outside(a.audience()).isEmpty()) {
            out.add(RuleCode.COOPERATION_ACTIVITY_AUDIENCE);
        }
        return Collections.unmodifiableSet(out);
    }

    private String whyNot(RuleCode code) {
        switch (code) {
            case COOPERATION_ACTIVITY_PERIOD:
                return "cannot be broken under agreement " + agreement.identifier()
                        + ": its term is unknown (no period), so no activity date lies outside it";
            case COOPERATION_ACTIVITY_AUDIENCE:
                return "cannot be broken under agreement " + agreement.identifier()
                        + ": its audience has every workforce category and every recipient group";
            case COOPERATION_PARTIES:
            case COOPERATION_SIGNATORY:
            case COOPERATION_PERIOD:
                return "is a rule of the agreement itself: use Cooperation.agreements().breaking(" + code + ")";
            default:
                return AgreementGen.whyNot(code);
        }
    }

    /** The audience groups outside {@code audience}: categories first, then recipient groups. */
    private static TargetAudience outside(TargetAudience audience) {
        Set<WorkforceCategory> categories = EnumSet.allOf(WorkforceCategory.class);
        categories.removeAll(audience.workforceCategories());
        Set<RecipientGroup> groups = EnumSet.allOf(RecipientGroup.class);
        groups.removeAll(audience.recipientGroups());
        return TargetAudience.of(categories, groups);
    }

    @Override
    public CooperationAgreement agreement() {
        return agreement;
    }

    @Override
    public ActivityGenerator breaking(RuleCode code) {
        return new ActivityGen(agreement, Objects.requireNonNull(code, "code"));
    }

    @Override
    public ActivityGenerator withoutDefect() {
        return new ActivityGen(agreement, null);
    }

    @Override
    public Optional<RuleCode> defect() {
        return Optional.ofNullable(defect);
    }

    @Override
    public List<RuleCode> expectedCodes() {
        return defect == null ? List.of() : List.of(defect);
    }

    @Override
    public Set<RuleCode> breakableCodes() {
        return breakable(agreement);
    }

    @Override
    public boolean meetsContract(OutreachActivity activity) {
        return AgreementGen.codes(
                        AgreementGen.RULES.validate(agreement, activity).violations())
                .equals(expectedCodes());
    }

    // ---------------------------------------------------------------- random values

    @Override
    public OutreachActivity next(RandomGenerator r) {
        OutreachActivity valid = valid(r);
        return defect == null ? valid : breakRandomly(valid, r);
    }

    private LocalDate firstDay() {
        return agreement.period().map(AgreementPeriod::start).orElse(agreement.signingDate());
    }

    private LocalDate lastDay() {
        return agreement
                .period()
                .map(AgreementPeriod::end)
                .orElse(agreement.signingDate().plusYears(1));
    }

    private OutreachActivity valid(RandomGenerator r) {
        LocalDate date = r.nextInt(5) == 0
                ? (r.nextBoolean() ? firstDay() : lastDay())
                : Dates.between(r, firstDay(), lastDay());
        AgreementRegion area = agreement.region();
        Province p = area.province();
        Region region;
        if (area.restrictsRegencies()) {
            region = Region.of(p, Names.pick(r, new ArrayList<>(area.regencyCodes())));
        } else if (r.nextInt(10) < 3) {
            region = Region.of(p);
        } else {
            region = Region.of(p, Regions.drawRegency(r, p, date));
        }
        List<String> objectives = new ArrayList<>();
        for (Objective o : agreement.objectives()) {
            if (r.nextBoolean()) {
                objectives.add(o.code());
            }
        }
        if (objectives.isEmpty()) {
            objectives.add(Names.pick(r, agreement.objectives()).code());
        }
        Set<WorkforceCategory> categories = EnumSet.noneOf(WorkforceCategory.class);
        for (WorkforceCategory c : agreement.audience().workforceCategories()) {
            if (r.nextBoolean()) {
                categories.add(c);
            }
        }
        Set<RecipientGroup> groups = EnumSet.noneOf(RecipientGroup.class);
        for (RecipientGroup g : agreement.audience().recipientGroups()) {
            if (r.nextBoolean() || objectives.equals(List.of(BuiltInObjective.RECIPIENT_REMINDERS.code()))) {
                groups.add(g);
            }
        }
        if (categories.isEmpty() && groups.isEmpty()) {
            if (agreement.audience().workforceCategories().isEmpty()) {
                groups.addAll(agreement.audience().recipientGroups());
            } else {
                categories.add(
                        agreement.audience().workforceCategories().iterator().next());
            }
        }
        Channel[] channels = Channel.values();
        OutreachActivity.Builder b = OutreachActivity.builder()
                .agreement(agreement)
                .date(date)
                .region(region)
                .objectives(objectives)
                .audience(TargetAudience.of(categories, groups))
                .channel(channels[r.nextInt(channels.length)])
                .peopleReached(r.nextInt(20) == 0 ? 0 : r.nextLong(1, 51) * (long) Math.pow(10, r.nextInt(0, 3)));
        if (r.nextBoolean()) {
            b.description(Names.pick(r, DESCRIPTIONS));
        }
        return b.build();
    }

    private OutreachActivity breakRandomly(OutreachActivity a, RandomGenerator r) {
        switch (defect) {
            case COOPERATION_ACTIVITY_PERIOD:
                return copy(a).date(
                                r.nextBoolean()
                                        ? firstDay().minusDays(r.nextInt(1, 91))
                                        : lastDay().plusDays(r.nextInt(1, 91)))
                        .build();
            case COOPERATION_ACTIVITY_REGION:
                return copy(a).region(outsideRegions(r).get(0)).build();
            case COOPERATION_ACTIVITY_OBJECTIVE: {
                List<String> objectives = new ArrayList<>(a.objectives());
                List<String> unknown = unknownObjectives();
                objectives.add(r.nextInt(objectives.size() + 1), unknown.get(r.nextInt(unknown.size())));
                return copy(a).objectives(objectives).build();
            }
            case COOPERATION_ACTIVITY_AUDIENCE: {
                TargetAudience extra = outside(agreement.audience());
                List<Object> groups = new ArrayList<>(extra.workforceCategories());
                groups.addAll(extra.recipientGroups());
                Object group = groups.get(r.nextInt(groups.size()));
                return copy(a).audience(plus(a.audience(), group)).build();
            }
            case COOPERATION_ACTIVITY_REACH:
                return r.nextInt(3) == 0
                        ? copy(a).peopleReached(OptionalLong.empty()).build()
                        : copy(a).peopleReached(-r.nextLong(1, 10_001)).build();
            case COOPERATION_OBJECTIVES:
                return copy(a).objectives(List.of()).build();
            default:
                return copy(a).audience(TargetAudience.none()).build();
        }
    }

    /**
     * Regions outside the agreement: another province (the next one by code, and one drawn at random when
     * {@code r} is given), and under an agreement that lists regencies the province as a whole and a regency
     * it does not list.
     */
    private List<Region> outsideRegions(RandomGenerator r) {
        AgreementRegion area = agreement.region();
        Province p = area.province();
        List<Region> out = new ArrayList<>();
        if (area.restrictsRegencies()) {
            List<String> others = new ArrayList<>(Regions.regencies(p, lastDay()));
            others.removeAll(area.regencyCodes());
            if (!others.isEmpty()) {
                out.add(Region.of(p, r == null ? others.get(0) : Names.pick(r, others)));
            }
            out.add(Region.of(p));
        }
        List<Province> provinces = new ArrayList<>(List.of(Province.values()));
        provinces.remove(p);
        Province other = r == null
                ? provinces.get(Math.min(p.ordinal(), provinces.size() - 1))
                : provinces.get(r.nextInt(provinces.size()));
        out.add(
                r != null && r.nextBoolean()
                        ? Region.of(other)
                        : Region.of(other, Regions.regencies(other, lastDay()).get(0)));
        if (r != null) {
            Collections.shuffle(out, new java.util.Random(r.nextLong()));
        }
        return out;
    }

    /** Objective codes the agreement lacks: the built-in ones it does not have, then custom ones. */
    private List<String> unknownObjectives() {
        List<String> out = new ArrayList<>();
        for (BuiltInObjective o : BuiltInObjective.values()) {
            if (agreement.objective(o.code()).isEmpty()) {
                out.add(o.code());
            }
        }
        for (Objective o : AgreementGen.CUSTOM_OBJECTIVES) {
            if (agreement.objective(o.code()).isEmpty()) {
                out.add(o.code());
            }
        }
        out.add("BURSA_KERJA_VIRTUAL");
        return out;
    }

    private static TargetAudience plus(TargetAudience audience, Object group) {
        Set<WorkforceCategory> categories = EnumSet.noneOf(WorkforceCategory.class);
        categories.addAll(audience.workforceCategories());
        Set<RecipientGroup> groups = EnumSet.noneOf(RecipientGroup.class);
        groups.addAll(audience.recipientGroups());
        if (group instanceof WorkforceCategory c) {
            categories.add(c);
        } else {
            groups.add((RecipientGroup) group);
        }
        return TargetAudience.of(categories, groups);
    }

    // ---------------------------------------------------------------- edge cases

    @Override
    public List<OutreachActivity> edgeCases() {
        OutreachActivity base = base();
        List<OutreachActivity> out = new ArrayList<>();
        if (defect == null) {
            out.add(copy(base).date(firstDay()).build());
            out.add(copy(base).date(lastDay()).build());
            out.add(copy(base).peopleReached(0).build());
            if (!agreement.region().restrictsRegencies()) {
                out.add(copy(base)
                        .region(Region.of(agreement.region().province()))
                        .build());
            }
            List<String> every = new ArrayList<>();
            for (Objective o : agreement.objectives()) {
                every.add(o.code());
            }
            out.add(copy(base).objectives(every).audience(agreement.audience()).build());
            out.add(copy(base)
                    .objectives(every.subList(0, 1))
                    .audience(oneGroup())
                    .build());
            if (agreement.objective(BuiltInObjective.RECIPIENT_REMINDERS.code()).isPresent()
                    && agreement.audience().recipientGroups().contains(RecipientGroup.CURRENT_RECIPIENTS)) {
                out.add(OutreachActivity.reminder(agreement, lastDay(), base.region(), Channel.SMS, 1_200));
            }
            return List.copyOf(out);
        }
        switch (defect) {
            case COOPERATION_ACTIVITY_PERIOD:
                out.add(copy(base).date(firstDay().minusDays(1)).build());
                out.add(copy(base).date(lastDay().plusDays(1)).build());
                break;
            case COOPERATION_ACTIVITY_REGION:
                for (Region outside : outsideRegions(null)) {
                    out.add(copy(base).region(outside).build());
                }
                break;
            case COOPERATION_ACTIVITY_OBJECTIVE:
                List<String> unknown = unknownObjectives();
                out.add(copy(base).objectives(List.of(unknown.get(0))).build());
                out.add(copy(base)
                        .objectives(List.of(base.objectives().iterator().next(), unknown.get(unknown.size() - 1)))
                        .build());
                break;
            case COOPERATION_ACTIVITY_AUDIENCE: {
                TargetAudience extra = outside(agreement.audience());
                if (!extra.workforceCategories().isEmpty()) {
                    out.add(copy(base)
                            .audience(plus(
                                    base.audience(),
                                    extra.workforceCategories().iterator().next()))
                            .build());
                }
                if (!extra.recipientGroups().isEmpty()) {
                    out.add(copy(base)
                            .audience(plus(
                                    base.audience(),
                                    extra.recipientGroups().iterator().next()))
                            .build());
                }
                break;
            }
            case COOPERATION_ACTIVITY_REACH:
                out.add(copy(base).peopleReached(OptionalLong.empty()).build());
                out.add(copy(base).peopleReached(-1).build());
                break;
            case COOPERATION_OBJECTIVES:
                out.add(copy(base).objectives(List.of()).build());
                break;
            default:
                out.add(copy(base).audience(TargetAudience.none()).build());
        }
        return List.copyOf(out);
    }

    /** A plain valid activity: on the first day, in the first region covered, first objective, one group. */
    private OutreachActivity base() {
        AgreementRegion area = agreement.region();
        Region region = area.restrictsRegencies()
                ? Region.of(area.province(), area.regencyCodes().iterator().next())
                : Region.of(
                        area.province(),
                        Regions.regencies(area.province(), firstDay()).get(0));
        return OutreachActivity.builder()
                .agreement(agreement)
                .date(firstDay())
                .region(region)
                .addObjectives(agreement.objectives().get(0).code())
                .audience(oneGroup())
                .channel(Channel.EVENT)
                .peopleReached(250)
                .build();
    }

    private TargetAudience oneGroup() {
        TargetAudience a = agreement.audience();
        return a.workforceCategories().isEmpty()
                ? TargetAudience.of(
                        Set.of(), EnumSet.of(a.recipientGroups().iterator().next()))
                : TargetAudience.of(a.workforceCategories().iterator().next());
    }

    // ---------------------------------------------------------------- shrinking

    @Override
    public List<OutreachActivity> shrink(OutreachActivity failing) {
        List<OutreachActivity> candidates = new ArrayList<>();
        if (failing.description().isPresent()) {
            candidates.add(copy(failing).description(Optional.empty()).build());
        }
        if (failing.objectives().size() > 1) {
            candidates.add(copy(failing)
                    .objectives(List.of(failing.objectives().iterator().next()))
                    .build());
        }
        TargetAudience audience = failing.audience();
        if (audience.workforceCategories().size() + audience.recipientGroups().size() > 1) {
            candidates.add(copy(failing)
                    .audience(
                            audience.workforceCategories().isEmpty()
                                    ? TargetAudience.of(
                                            Set.of(),
                                            EnumSet.of(audience.recipientGroups()
                                                    .iterator()
                                                    .next()))
                                    : TargetAudience.of(audience.workforceCategories()
                                            .iterator()
                                            .next()))
                    .build());
        }
        if (failing.peopleReached().isPresent() && failing.peopleReached().getAsLong() > 0) {
            candidates.add(copy(failing).peopleReached(0).build());
        }
        if (!failing.date().equals(firstDay())) {
            candidates.add(copy(failing).date(firstDay()).build());
        }
        if (failing.region().regencyCode().isPresent()) {
            candidates.add(
                    copy(failing).region(Region.of(failing.region().province())).build());
        }
        List<OutreachActivity> out = new ArrayList<>();
        for (OutreachActivity c : candidates) {
            if (!c.equals(failing) && !out.contains(c) && meetsContract(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static OutreachActivity.Builder copy(OutreachActivity a) {
        OutreachActivity.Builder b = OutreachActivity.builder();
        b.from(a);
        return b;
    }

    @Override
    public String toString() {
        return "ActivityGenerator[" + agreement.identifier() + (defect == null ? "" : ", breaking " + defect) + "]";
    }
}
