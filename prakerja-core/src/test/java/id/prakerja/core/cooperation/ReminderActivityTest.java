package id.prakerja.core.cooperation;

import static id.prakerja.core.cooperation.Fixtures.DKI;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hook by which reminders sent to recipients become outreach activities. */
class ReminderActivityTest {

    private static final Region TIMUR = Region.of(Province.DKI_JAKARTA, "3175");

    @Test
    void aReminderServesTheReminderObjectiveForCurrentRecipients() {
        OutreachActivity r = OutreachActivity.reminder(DKI, LocalDate.of(2021, 11, 1), TIMUR, Channel.SMS, 1_200);
        assertThat(r.agreement()).isEqualTo(Agreements.DKI_JAKARTA_2021);
        assertThat(r.date()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(r.region()).isEqualTo(TIMUR);
        assertThat(r.objectives()).containsExactly("RECIPIENT_REMINDERS");
        assertThat(r.audience()).isEqualTo(TargetAudience.currentRecipients());
        assertThat(r.channel()).isEqualTo(Channel.SMS);
        assertThat(r.peopleReached()).hasValue(1_200);
        assertThat(CooperationRules.standard().validate(DKI, r).isValid()).isTrue();
    }

    @Test
    void aReminderUnderAnAgreementWithoutTheReminderObjectiveOrRecipientsIsReported() {
        CooperationAgreement infoOnly = Fixtures.agreement()
                .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER))
                .build();
        OutreachActivity r = OutreachActivity.reminder(infoOnly, LocalDate.of(2021, 11, 1), TIMUR, Channel.PORTAL, 3);
        assertThat(CooperationRules.standard().validate(infoOnly, r).violations())
                .extracting(Violation::code, Violation::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleCode.COOPERATION_ACTIVITY_OBJECTIVE, "objectives"),
                        org.assertj.core.groups.Tuple.tuple(
                                RuleCode.COOPERATION_ACTIVITY_AUDIENCE, "audience.recipientGroups"));
    }

    @Test
    void aNegativeCountIsKeptAndReported() {
        OutreachActivity r = OutreachActivity.reminder(DKI, LocalDate.of(2021, 11, 1), TIMUR, Channel.PORTAL, -1);
        assertThat(CooperationRules.standard().validate(DKI, r).violations())
                .extracting(Violation::code)
                .containsExactly(RuleCode.COOPERATION_ACTIVITY_REACH);
        assertThat(Set.copyOf(r.objectives())).containsExactly(BuiltInObjective.RECIPIENT_REMINDERS.code());
    }
}
