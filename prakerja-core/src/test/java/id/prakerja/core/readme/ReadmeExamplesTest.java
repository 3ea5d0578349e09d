// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.Agreements;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Tally;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.participation.Reminder;
import id.prakerja.core.participation.ReminderCode;
import id.prakerja.core.participation.ReminderPlanner;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The participation and cooperation examples of README.md, kept true by running them. */
class ReadmeExamplesTest {

    @Test
    void participation() {
        Participant siti = Participant.of(
                Nik.parse("3174015708990001"),
                List.of(
                        ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18),
                        ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 21), "C-1", Rupiah.of(700_000))));
        ParticipationChecker checker = ParticipationChecker.standard();
        List<Violation> violations = checker.violations(siti, LocalDate.of(2021, 12, 1));
        assertThat(violations).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        assertThat(Messages.english().format(violations.get(0)))
                .isEqualTo("The first training was bought on 21 September 2021, after the 30-day deadline"
                        + " (18 September 2021); the card should have been revoked.");
        assertThat(checker.status(siti, LocalDate.of(2021, 10, 1)).orElseThrow().remainingBalance())
                .isEqualTo(Rupiah.of(300_000));

        Participant budi = Participant.of(
                Nik.parse("3174011208950003"), List.of(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18)));
        List<Reminder> due = ReminderPlanner.standard().remind(budi, LocalDate.of(2021, 9, 11));
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReminderCode.FIRST_PURCHASE_DUE);
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2021, 9, 18));
            assertThat(r.participant()).isEqualTo("3174********0003");
        });
    }

    @Test
    void cooperation() {
        CooperationAgreement dki = Agreements.dkiJakarta2021();
        OutreachActivity webinar = OutreachActivity.builder()
                .agreement(dki.identifier())
                .date(LocalDate.of(2021, 10, 5))
                .region(Region.of(Province.DKI_JAKARTA, "3174"))
                .addObjective(BuiltInObjective.DIGITAL_LITERACY)
                .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER))
                .channel(Channel.SOCIAL_MEDIA)
                .peopleReached(450)
                .build();
        CooperationRules rules = CooperationRules.standard();
        assertThat(rules.validate(dki, webinar).isValid()).isTrue();
        assertThat(rules.progress(dki, List.of(webinar))
                        .objective(BuiltInObjective.DIGITAL_LITERACY)
                        .total())
                .isEqualTo(Tally.of(1, 450));
        OutreachActivity inBandung = OutreachActivity.builder()
                .from(webinar)
                .region(Region.of(Province.JAWA_BARAT, "3273"))
                .build();
        assertThat(rules.validate(dki, inBandung).violations())
                .extracting(Violation::code)
                .containsExactly(RuleCode.COOPERATION_ACTIVITY_REGION);
    }
}
