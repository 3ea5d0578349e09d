// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Regency;
import id.prakerja.core.identity.RegionDirectory;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.testkit.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded generated checks that progress summaries merge: the summary of any split of a set of activities,
 * merged, is the summary of the whole. Each case is named by its seed; rerun one with {@code
 * -Dprakerja.seed=<seed>}.
 */
class ProgressSummaryProperties {

    private static final int CASES = 300;
    private static final CooperationRules RULES = CooperationRules.standard();
    private static final CooperationAgreement DKI = Agreements.dkiJakarta2021();
    private static final List<Regency> DKI_REGENCIES = RegionDirectory.builtIn().regencies(Province.DKI_JAKARTA);
    private static final LocalDate EARLIEST = LocalDate.of(2021, 8, 1);
    private static final int DAYS = 200; // to mid-February 2022: inside and outside the agreement's period

    /** The seeds of the testkit ({@code -Dprakerja.seed} reruns one, {@code -Dprakerja.baseSeed} moves them). */
    static Stream<Long> seeds() {
        return Seeds.of(CASES).stream().boxed();
    }

    /** A mix of activities: mostly valid under the DKI agreement, some breaking each rule, some of another. */
    static List<OutreachActivity> activities(SplittableRandom random) {
        int n = random.nextInt(0, 80);
        List<OutreachActivity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(activity(random));
        }
        return out;
    }

    static OutreachActivity activity(SplittableRandom random) {
        OutreachActivity.Builder b = OutreachActivity.builder()
                .agreement(random.nextInt(10) == 0 ? "OTHER-AGREEMENT" : Agreements.DKI_JAKARTA_2021)
                .date(EARLIEST.plusDays(random.nextInt(DAYS)))
                .region(region(random))
                .channel(pick(random, Channel.values()));
        for (BuiltInObjective o : BuiltInObjective.values()) {
            if (random.nextInt(3) == 0) {
                b.addObjective(o);
            }
        }
        if (random.nextInt(15) == 0) {
            b.addObjectives("JOB_FAIR_REFERRALS");
        }
        EnumSet<WorkforceCategory> categories = EnumSet.noneOf(WorkforceCategory.class);
        for (WorkforceCategory c : WorkforceCategory.values()) {
            if (random.nextInt(3) == 0) {
                categories.add(c);
            }
        }
        EnumSet<RecipientGroup> groups = random.nextBoolean()
                ? EnumSet.of(RecipientGroup.CURRENT_RECIPIENTS)
                : EnumSet.noneOf(RecipientGroup.class);
        b.audience(TargetAudience.of(categories, groups));
        int reach = random.nextInt(20);
        if (reach == 0) {
            b.peopleReached(-random.nextLong(1, 100));
        } else if (reach > 1) {
            b.peopleReached(random.nextLong(0, 20_000));
        } // reach == 1: not reported
        return b.build();
    }

    private static Region region(SplittableRandom random) {
        int r = random.nextInt(10);
        if (r == 0) {
            return Region.of(pick(random, Province.values()));
        }
        if (r == 1) {
            return Region.of(Province.DKI_JAKARTA);
        }
        return Region.of(
                Province.DKI_JAKARTA,
                DKI_REGENCIES.get(random.nextInt(DKI_REGENCIES.size())).code());
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate[] window(SplittableRandom random) {
        LocalDate from = EARLIEST.plusDays(random.nextInt(DAYS));
        LocalDate to = from.plusDays(random.nextInt(DAYS));
        return new LocalDate[] {from, to};
    }

    @TestFactory
    Stream<DynamicTest> mergingTheSummariesOfAnySplitGivesTheSummaryOfAll() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<OutreachActivity> all = activities(random);
            LocalDate[] w = window(random);
            ProgressSummary whole = RULES.progress(DKI, w[0], w[1], all);

            int cut = random.nextInt(all.size() + 1);
            ProgressSummary firstPart = RULES.progress(DKI, w[0], w[1], all.subList(0, cut));
            ProgressSummary secondPart = RULES.progress(DKI, w[0], w[1], all.subList(cut, all.size()));
            assertThat(firstPart.merge(secondPart))
                    .as("halves at %d of %d", cut, all.size())
                    .isEqualTo(whole);
            assertThat(secondPart.merge(firstPart)).isEqualTo(whole);

            List<OutreachActivity> left = new ArrayList<>();
            List<OutreachActivity> right = new ArrayList<>();
            for (OutreachActivity a : all) {
                (random.nextBoolean() ? left : right).add(a);
            }
            assertThat(RULES.progress(DKI, w[0], w[1], left).merge(RULES.progress(DKI, w[0], w[1], right)))
                    .as("scattered split")
                    .isEqualTo(whole);
        }));
    }

    @TestFactory
    Stream<DynamicTest> mergeIsAssociativeWithTheEmptySummaryAsIdentity() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<List<OutreachActivity>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (OutreachActivity a : activities(random)) {
                parts.get(random.nextInt(3)).add(a);
            }
            ProgressSummary a = RULES.progress(DKI, parts.get(0));
            ProgressSummary b = RULES.progress(DKI, parts.get(1));
            ProgressSummary c = RULES.progress(DKI, parts.get(2));
            assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
            assertThat(a.merge(ProgressSummary.empty())).isEqualTo(a);
            assertThat(ProgressSummary.empty().merge(a)).isEqualTo(a);
            List<OutreachActivity> all = new ArrayList<>(parts.get(0));
            all.addAll(parts.get(1));
            all.addAll(parts.get(2));
            assertThat(a.merge(b).merge(c)).isEqualTo(RULES.progress(DKI, all));
        }));
    }

    @TestFactory
    Stream<DynamicTest> countsExactlyTheValidActivitiesAndTheirReachEverywayItSlicesThem() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<OutreachActivity> all = activities(random);
            LocalDate[] w = window(random);
            long valid = 0;
            long reached = 0;
            long excluded = 0;
            for (OutreachActivity a : all) {
                if (!a.agreement().equals(DKI.identifier())
                        || a.date().isBefore(w[0])
                        || a.date().isAfter(w[1])) {
                    continue;
                }
                if (RULES.validate(DKI, a).isValid()) {
                    valid++;
                    reached += a.peopleReached().getAsLong();
                } else {
                    excluded++;
                }
            }
            ProgressSummary s = RULES.progress(DKI, w[0], w[1], all);
            assertThat(s.total()).isEqualTo(Tally.of(valid, reached));
            assertThat(s.excludedActivities()).isEqualTo(excluded);
            assertThat(s.byObjective().keySet())
                    .allMatch(code -> DKI.objective(code).isPresent());
            for (ObjectiveProgress p : s.byObjective().values()) {
                assertThat(p.byRegion().values().stream().reduce(Tally.ZERO, Tally::plus))
                        .isEqualTo(p.total());
                assertThat(p.byChannel().values().stream().reduce(Tally.ZERO, Tally::plus))
                        .isEqualTo(p.total());
                assertThat(p.total().activities()).isBetween(1L, s.total().activities());
            }
        }));
    }
}
