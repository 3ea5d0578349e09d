// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static id.prakerja.core.cooperation.Fixtures.DKI;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.ReminderBatch;
import id.prakerja.core.participation.ReminderChannel;
import id.prakerja.core.participation.ReminderPlanner;
import id.prakerja.core.participation.ReminderSettings;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    void aBatchOfRemindersBecomesOneActivityPerDayAndChannel() {
        ReminderSettings smsAndApp = ReminderSettings.builder()
                .channels(EnumSet.of(ReminderChannel.SMS, ReminderChannel.APP_PUSH, ReminderChannel.EMAIL))
                .build();
        // three recipients accepted at wave 18 who have bought nothing: each is due a first purchase
        List<Participant> due = new ArrayList<>();
        for (int serial = 1; serial <= 3; serial++) {
            Nik nik = Nik.parse(String.format("317401570899%04d", serial));
            due.add(Participant.of(nik, List.of(ParticipantEvent.accepted(LocalDate.of(2021, 9, 1), 18))));
        }
        ReminderBatch batch = ReminderPlanner.of(smsAndApp).remind(due, LocalDate.of(2021, 9, 25));
        assertThat(batch.reminders()).hasSize(3);
        List<OutreachActivity> activities = OutreachActivity.reminders(DKI, TIMUR, batch);
        assertThat(activities)
                .extracting(OutreachActivity::channel, a -> a.peopleReached().getAsLong())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Channel.SMS, 3L),
                        org.assertj.core.groups.Tuple.tuple(Channel.PORTAL, 3L),
                        org.assertj.core.groups.Tuple.tuple(Channel.OTHER, 3L));
        assertThat(activities).allSatisfy(a -> {
            assertThat(a.date()).isEqualTo(LocalDate.of(2021, 9, 25));
            assertThat(a.objectives()).containsExactly("RECIPIENT_REMINDERS");
            assertThat(CooperationRules.standard().validate(DKI, a).isValid()).isTrue();
        });
        ProgressSummary progress = CooperationRules.standard()
                .progress(DKI, LocalDate.of(2021, 9, 17), LocalDate.of(2021, 12, 31), activities);
        ObjectiveProgress reminders = progress.objective(BuiltInObjective.RECIPIENT_REMINDERS);
        assertThat(reminders.total()).isEqualTo(Tally.of(3, 9));
        assertThat(reminders.byChannel()).containsEntry(Channel.SMS, Tally.of(1, 3));
        assertThat(reminders.byRegion()).containsEntry(TIMUR, Tally.of(3, 9));
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
