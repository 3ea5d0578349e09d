// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static id.prakerja.core.cooperation.Fixtures.DKI;
import static id.prakerja.core.cooperation.Fixtures.FIRST_DAY;
import static id.prakerja.core.cooperation.Fixtures.LAST_DAY;
import static id.prakerja.core.cooperation.Fixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementProgressTest {

    private static final CooperationRules RULES = CooperationRules.standard();
    private static final Region SELATAN = Region.of(Province.DKI_JAKARTA, "3174");
    private static final Region TIMUR = Region.of(Province.DKI_JAKARTA, "3175");
    private static final Region JAKARTA = Region.of(Province.DKI_JAKARTA);

    private final OutreachActivity literacyEvent = activity().build(); // 250, Selatan, EVENT
    private final OutreachActivity twoObjectives = activity()
            .date(LocalDate.of(2021, 11, 2))
            .region(JAKARTA)
            .addObjective(BuiltInObjective.INFORMATION_DISSEMINATION)
            .channel(Channel.SOCIAL_MEDIA)
            .peopleReached(10_000)
            .build();
    private final OutreachActivity reminders =
            OutreachActivity.reminder(DKI, LocalDate.of(2021, 12, 1), TIMUR, Channel.PORTAL, 1_200);

    @Test
    void countsActivitiesAndReachPerObjectiveByRegionAndChannel() {
        ProgressSummary s = RULES.progress(DKI, FIRST_DAY, LAST_DAY, List.of(literacyEvent, twoObjectives, reminders));
        assertThat(s.total()).isEqualTo(Tally.of(3, 11_450));
        assertThat(s.excludedActivities()).isZero();
        assertThat(s.byObjective().keySet())
                .containsExactly("DIGITAL_LITERACY", "INFORMATION_DISSEMINATION", "RECIPIENT_REMINDERS");

        ObjectiveProgress literacy = s.objective(BuiltInObjective.DIGITAL_LITERACY);
        assertThat(literacy.total()).isEqualTo(Tally.of(2, 10_250));
        assertThat(literacy.byRegion()).isEqualTo(Map.of(SELATAN, Tally.of(1, 250), JAKARTA, Tally.of(1, 10_000)));
        assertThat(literacy.byChannel())
                .isEqualTo(Map.of(Channel.EVENT, Tally.of(1, 250), Channel.SOCIAL_MEDIA, Tally.of(1, 10_000)));

        ObjectiveProgress info = s.objective("INFORMATION_DISSEMINATION");
        assertThat(info.total()).isEqualTo(Tally.of(1, 10_000));
        assertThat(info.byRegion()).isEqualTo(Map.of(JAKARTA, Tally.of(1, 10_000)));

        assertThat(s.objective("UNKNOWN")).isEqualTo(ObjectiveProgress.EMPTY);
    }

    @Test
    void countsPortalRemindersUnderTheReminderObjective() {
        ProgressSummary s = RULES.progress(DKI, List.of(reminders));
        ObjectiveProgress r = s.objective(BuiltInObjective.RECIPIENT_REMINDERS);
        assertThat(r.total()).isEqualTo(Tally.of(1, 1_200));
        assertThat(r.byRegion()).isEqualTo(Map.of(TIMUR, Tally.of(1, 1_200)));
        assertThat(r.byChannel()).isEqualTo(Map.of(Channel.PORTAL, Tally.of(1, 1_200)));
        assertThat(s.byObjective()).containsOnlyKeys("RECIPIENT_REMINDERS");
    }

    @Test
    void includesTheFirstAndLastDayOfTheReportingPeriodAndIgnoresOtherDays() {
        OutreachActivity first = activity().date(LocalDate.of(2021, 10, 1)).build();
        OutreachActivity last = activity().date(LocalDate.of(2021, 10, 31)).build();
        OutreachActivity before = activity().date(LocalDate.of(2021, 9, 30)).build();
        OutreachActivity after = activity().date(LocalDate.of(2021, 11, 1)).build();
        ProgressSummary october = RULES.progress(
                DKI, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 31), List.of(before, first, last, after));
        assertThat(october.total()).isEqualTo(Tally.of(2, 500));
        assertThat(october.excludedActivities()).isZero();
    }

    @Test
    void excludesActivitiesThatBreakARuleAndIgnoresOtherAgreements() {
        OutreachActivity outsidePeriod =
                activity().date(LocalDate.of(2022, 1, 1)).build();
        OutreachActivity elsewhere =
                activity().region(Region.of(Province.BANTEN)).build();
        OutreachActivity noReach = OutreachActivity.builder()
                .from(literacyEvent)
                .peopleReached(java.util.OptionalLong.empty())
                .build();
        OutreachActivity negative = activity().peopleReached(-3).build();
        OutreachActivity otherAgreement = activity().agreement("OTHER").build();
        ProgressSummary s = RULES.progress(
                DKI,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2022, 12, 31),
                List.of(literacyEvent, outsidePeriod, elsewhere, noReach, negative, otherAgreement));
        assertThat(s.total()).isEqualTo(Tally.of(1, 250));
        assertThat(s.excludedActivities()).isEqualTo(4);
    }

    @Test
    void mergesTwoHalvesIntoTheWhole() {
        List<OutreachActivity> all = List.of(literacyEvent, twoObjectives, reminders);
        ProgressSummary whole = RULES.progress(DKI, all);
        ProgressSummary merged = RULES.progress(DKI, all.subList(0, 1)).merge(RULES.progress(DKI, all.subList(1, 3)));
        assertThat(merged).isEqualTo(whole);
        assertThat(ProgressSummary.empty()
                        .plus(literacyEvent)
                        .plus(twoObjectives)
                        .plus(reminders))
                .isEqualTo(whole);
        assertThat(whole.merge(ProgressSummary.empty())).isSameAs(whole);
        assertThat(ProgressSummary.empty().merge(whole)).isSameAs(whole);
    }

    @Test
    void aSingleActivityWithoutReachAddsNobody() {
        OutreachActivity noReach = activity().peopleReached(-1).build();
        assertThat(ProgressSummary.of(noReach).total()).isEqualTo(Tally.of(1, 0));
        assertThat(ProgressSummary.of(noReach).byObjective()).containsOnlyKeys("DIGITAL_LITERACY");
    }

    @Test
    void refusesAReportingPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> RULES.progress(DKI, LAST_DAY, FIRST_DAY, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void talliesAreNeverNegativeAndAdd() {
        assertThat(Tally.of(1, 2).plus(Tally.of(3, 4))).isEqualTo(Tally.of(4, 6));
        assertThat(Tally.ZERO.plus(Tally.of(1, 1))).isEqualTo(Tally.of(1, 1));
        assertThatThrownBy(() -> Tally.of(-1, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Tally.of(Long.MAX_VALUE, 0).plus(Tally.of(1, 0)))
                .isInstanceOf(ArithmeticException.class);
    }
}
