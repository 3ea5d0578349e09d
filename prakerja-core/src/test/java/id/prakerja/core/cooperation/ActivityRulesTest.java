// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static id.prakerja.core.cooperation.Fixtures.DKI;
import static id.prakerja.core.cooperation.Fixtures.FIRST_DAY;
import static id.prakerja.core.cooperation.Fixtures.LAST_DAY;
import static id.prakerja.core.cooperation.Fixtures.activity;
import static id.prakerja.core.cooperation.Fixtures.agreement;
import static id.prakerja.core.cooperation.Fixtures.args;
import static id.prakerja.core.cooperation.Fixtures.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {

    private static final CooperationRules RULES = CooperationRules.standard();
    private static final String DKI_REF = "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta – Manajemen Pelaksana"
            + " Program Kartu Prakerja, 2021-09-17";

    private static List<Violation> violations(CooperationAgreement agreement, OutreachActivity activity) {
        return RULES.validate(agreement, activity).violations();
    }

    private static List<Violation> violations(OutreachActivity activity) {
        return violations(DKI, activity);
    }

    @Test
    void acceptsAnActivityInsideEverythingTheAgreementSets() {
        OutreachActivity a = activity().build();
        Validated<OutreachActivity> result = RULES.validate(DKI, a);
        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).isSameAs(a);
    }

    @Test
    void acceptsActivitiesOnTheFirstAndLastDayOfThePeriod() {
        assertThat(violations(activity().date(FIRST_DAY).build())).isEmpty();
        assertThat(violations(activity().date(LAST_DAY).build())).isEmpty();
    }

    @Test
    void rejectsAnActivityTheDayBeforeThePeriodStarts() {
        LocalDate day = FIRST_DAY.minusDays(1);
        assertOnly(
                violations(activity().date(day).build()),
                RuleCode.COOPERATION_ACTIVITY_PERIOD,
                "date",
                args("date", day, "start", FIRST_DAY, "end", LAST_DAY),
                DKI_REF);
    }

    @Test
    void rejectsAnActivityTheDayAfterThePeriodEnds() {
        LocalDate day = LAST_DAY.plusDays(1);
        assertOnly(
                violations(activity().date(day).build()),
                RuleCode.COOPERATION_ACTIVITY_PERIOD,
                "date",
                args("date", day, "start", FIRST_DAY, "end", LAST_DAY),
                DKI_REF);
    }

    @Test
    void anAgreementWithoutAKnownPeriodAcceptsAnyDate() {
        CooperationAgreement noPeriod = CooperationAgreement.builder()
                .from(DKI)
                .period(Optional.empty())
                .build();
        assertThat(violations(
                        noPeriod, activity().date(LocalDate.of(2030, 1, 1)).build()))
                .isEmpty();
    }

    @Test
    void rejectsAnActivityInAnotherProvince() {
        OutreachActivity a =
                activity().region(Region.of(Province.JAWA_BARAT, "3273")).build();
        assertOnly(
                violations(a),
                RuleCode.COOPERATION_ACTIVITY_REGION,
                "region.provinceCode",
                args("region", "3273, Jawa Barat", "agreementRegion", "DKI Jakarta"),
                DKI_REF);
        assertOnly(
                violations(activity().region(Region.of(Province.BANTEN)).build()),
                RuleCode.COOPERATION_ACTIVITY_REGION,
                "region.provinceCode",
                args("region", "Banten", "agreementRegion", "DKI Jakarta"),
                DKI_REF);
    }

    @Test
    void acceptsEveryDkiRegencyAndTheWholeProvinceUnderTheDkiAgreement() {
        for (var regency : id.prakerja.core.identity.RegionDirectory.builtIn().regencies(Province.DKI_JAKARTA)) {
            assertThat(violations(activity()
                            .region(Region.of(Province.DKI_JAKARTA, regency.code()))
                            .build()))
                    .as(regency.toString())
                    .isEmpty();
        }
        assertThat(violations(activity().region(Region.of(Province.DKI_JAKARTA)).build()))
                .isEmpty();
    }

    @Test
    void underARestrictedAgreementRejectsAnUnlistedRegencyAndAnActivityWithoutRegency() {
        CooperationAgreement north = CooperationAgreement.builder()
                .from(DKI)
                .region(AgreementRegion.of(Province.DKI_JAKARTA, List.of("3101", "3172")))
                .build();
        String ref = DKI_REF;
        String area = "DKI Jakarta: Kabupaten Administrasi Kepulauan Seribu (3101), Kota Administrasi Jakarta Utara"
                + " (3172)";
        OutreachActivity base = activity().agreement(north).build();
        assertThat(violations(
                        north,
                        OutreachActivity.builder()
                                .from(base)
                                .region(Region.of(Province.DKI_JAKARTA, "3172"))
                                .build()))
                .isEmpty();
        assertOnly(
                violations(north, base),
                RuleCode.COOPERATION_ACTIVITY_REGION,
                "region.regencyCode",
                args("region", "Kota Administrasi Jakarta Selatan (3174), DKI Jakarta", "agreementRegion", area),
                ref);
        assertOnly(
                violations(
                        north,
                        OutreachActivity.builder()
                                .from(base)
                                .region(Region.of(Province.DKI_JAKARTA))
                                .build()),
                RuleCode.COOPERATION_ACTIVITY_REGION,
                "region.regencyCode",
                args("region", "DKI Jakarta", "agreementRegion", area),
                ref);
    }

    @Test
    void rejectsAnObjectiveTheAgreementDoesNotHaveNamingBuiltInsByTheirEnum() {
        CooperationAgreement infoOnly = agreement().build();
        OutreachActivity a = activity()
                .agreement(infoOnly)
                .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER))
                .addObjective(BuiltInObjective.INFORMATION_DISSEMINATION)
                .addObjectives("JOB_FAIR_REFERRALS")
                .build();
        List<Violation> v = violations(infoOnly, a);
        assertThat(v).hasSize(2);
        Fixtures.assertViolation(
                v.get(0),
                RuleCode.COOPERATION_ACTIVITY_OBJECTIVE,
                "objectives",
                args("objective", BuiltInObjective.DIGITAL_LITERACY),
                DKI_REF);
        Fixtures.assertViolation(
                v.get(1),
                RuleCode.COOPERATION_ACTIVITY_OBJECTIVE,
                "objectives",
                args("objective", "JOB_FAIR_REFERRALS"),
                DKI_REF);
        assertThat(Messages.english().format(v.get(0)))
                .isEqualTo(
                        "The activity serves the objective \"digital literacy\", which the agreement does not have.");
        assertThat(Messages.indonesian().format(v.get(1)))
                .isEqualTo("Kegiatan melayani tujuan \"JOB_FAIR_REFERRALS\" yang tidak termasuk dalam kesepakatan.");
    }

    @Test
    void acceptsACustomObjectiveTheAgreementHas() {
        CustomObjective fairs = Objective.custom("JOB_FAIR_REFERRALS", "Merujuk peserta bursa kerja");
        CooperationAgreement withFairs =
                CooperationAgreement.builder().from(DKI).addObjectives(fairs).build();
        assertThat(violations(
                        withFairs,
                        activity().objectives(Set.of()).addObjective(fairs).build()))
                .isEmpty();
    }

    @Test
    void rejectsAnActivityServingNoObjective() {
        assertOnly(
                violations(activity().objectives(Set.of()).build()),
                RuleCode.COOPERATION_OBJECTIVES,
                "objectives",
                args(),
                DKI_REF);
    }

    @Test
    void rejectsAudienceGroupsOutsideTheAgreementsAudience() {
        CooperationAgreement jobSeekers = agreement().build();
        OutreachActivity a = activity()
                .agreement(jobSeekers)
                .objectives(Set.of(BuiltInObjective.INFORMATION_DISSEMINATION.code()))
                .audience(TargetAudience.of(
                        Set.of(WorkforceCategory.LAID_OFF, WorkforceCategory.JOB_SEEKER, WorkforceCategory.FURLOUGHED),
                        Set.of(RecipientGroup.CURRENT_RECIPIENTS)))
                .build();
        List<Violation> v = violations(jobSeekers, a);
        assertThat(v).hasSize(3);
        Fixtures.assertViolation(
                v.get(0),
                RuleCode.COOPERATION_ACTIVITY_AUDIENCE,
                "audience.workforceCategories",
                args("audience", WorkforceCategory.LAID_OFF),
                DKI_REF);
        Fixtures.assertViolation(
                v.get(1),
                RuleCode.COOPERATION_ACTIVITY_AUDIENCE,
                "audience.workforceCategories",
                args("audience", WorkforceCategory.FURLOUGHED),
                DKI_REF);
        Fixtures.assertViolation(
                v.get(2),
                RuleCode.COOPERATION_ACTIVITY_AUDIENCE,
                "audience.recipientGroups",
                args("audience", RecipientGroup.CURRENT_RECIPIENTS),
                DKI_REF);
        assertThat(Messages.english().format(v.get(2)))
                .isEqualTo("The activity is aimed at current card recipients, who are outside the agreement's target"
                        + " audience.");
    }

    @Test
    void rejectsAnActivityAimedAtNobody() {
        assertOnly(
                violations(activity().audience(TargetAudience.none()).build()),
                RuleCode.COOPERATION_AUDIENCE,
                "audience",
                args(),
                DKI_REF);
    }

    @Test
    void rejectsAMissingReach() {
        OutreachActivity a = OutreachActivity.builder()
                .from(activity().build())
                .peopleReached(java.util.OptionalLong.empty())
                .build();
        assertOnly(violations(a), RuleCode.COOPERATION_ACTIVITY_REACH, "peopleReached", args(), DKI_REF);
    }

    @Test
    void rejectsANegativeReachAndAcceptsZero() {
        assertOnly(
                violations(activity().peopleReached(-1).build()),
                RuleCode.COOPERATION_ACTIVITY_REACH,
                "peopleReached",
                args("peopleReached", -1L),
                DKI_REF);
        assertThat(violations(activity().peopleReached(0).build())).isEmpty();
    }

    @Test
    void collectsEveryViolationOfAnActivityInFieldOrder() {
        OutreachActivity a = activity()
                .date(LocalDate.of(2022, 1, 1))
                .region(Region.of(Province.BANTEN))
                .objectives(Set.of())
                .audience(TargetAudience.none())
                .peopleReached(-5)
                .build();
        assertThat(violations(a))
                .extracting(Violation::code)
                .containsExactly(
                        RuleCode.COOPERATION_ACTIVITY_PERIOD,
                        RuleCode.COOPERATION_ACTIVITY_REGION,
                        RuleCode.COOPERATION_OBJECTIVES,
                        RuleCode.COOPERATION_AUDIENCE,
                        RuleCode.COOPERATION_ACTIVITY_REACH);
        assertThat(RULES.failFast().validate(DKI, a).violations())
                .extracting(Violation::code)
                .containsExactly(RuleCode.COOPERATION_ACTIVITY_PERIOD);
    }

    @Test
    void explainsAnActivityOutsideThePeriodInBothLanguages() {
        Violation v =
                violations(activity().date(LocalDate.of(2022, 1, 3)).build()).get(0);
        assertThat(Messages.indonesian().format(v))
                .isEqualTo("Kegiatan pada 3 Januari 2022 berada di luar jangka waktu kesepakatan"
                        + " (17 September 2021 sampai 31 Desember 2021).");
        assertThat(Messages.english().format(v))
                .isEqualTo("The activity on 3 January 2022 lies outside the agreement's period"
                        + " (17 September 2021 to 31 December 2021).");
    }

    @Test
    void refusesAnActivityOfAnotherAgreement() {
        OutreachActivity other = activity().agreement("OTHER").build();
        assertThatThrownBy(() -> RULES.validate(DKI, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OTHER")
                .hasMessageContaining(Agreements.DKI_JAKARTA_2021);
    }
}
