// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.program.BenefitPackage;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples in the Javadoc of the participation package, kept true. */
class JavadocExamplesTest {

    @Test
    void participantCheckerAndStatus() {
        Participant siti = Participant.builder()
                .nik("3174015708990001")
                .addEvents(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18))
                .addEvents(ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 1), "C-101", Rupiah.of(700_000)))
                .build();
        ParticipationChecker checker = ParticipationChecker.standard();
        Validated<Participant> result = checker.validate(siti, LocalDate.of(2021, 12, 31));
        assertThat(result.isValid()).isTrue();
        ParticipantStatus status =
                checker.status(siti, LocalDate.of(2021, 9, 5)).orElseThrow();
        assertThat(status.remainingBalance()).isEqualTo(Rupiah.of(300_000));
        assertThat(status.firstPurchaseDeadline()).isEqualTo(LocalDate.of(2021, 9, 18));
        assertThat(status.incentivePaymentsDue()).isEqualTo(4);

        Participant late = Participant.of(
                siti.nik(),
                List.of(
                        ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18),
                        ParticipantEvent.trainingPurchased(LocalDate.of(2021, 9, 21), "C-101", Rupiah.of(700_000))));
        Validated<Participant> invalid = checker.validate(late, LocalDate.of(2021, 12, 31));
        assertThat(invalid.violations().get(0).code()).isEqualTo(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        assertThat(Messages.indonesian().format(invalid.violations().get(0)))
                .startsWith("Pelatihan pertama dibeli pada 21 September 2021, melewati batas 30 hari"
                        + " (18 September 2021);");
    }

    @Test
    void benefitPackage() {
        BenefitPackage semi = BenefitPackage.of(Programme.standard().inForce(18));
        assertThat(semi.trainingAid().value()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(semi.incentiveTotal()).isEqualTo(Rupiah.of(2_400_000));
        assertThat(semi.total()).isEqualTo(Rupiah.of(3_550_000));
        assertThat(semi.trainingAid().reference().citation()).isEqualTo("Permenko Perekonomian 11/2020");
        assertThat(BenefitPackage.of(Programme.standard().inForce(48))
                        .incentivePayments()
                        .value())
                .isEqualTo(1);
    }

    @Test
    void reminders() {
        Nik nik = Nik.parse("3174015708990001");
        Participant budi = Participant.of(nik, List.of(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18)));
        List<Reminder> reminders = ReminderPlanner.standard().remind(budi, LocalDate.of(2021, 9, 11));
        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReminderCode.FIRST_PURCHASE_DUE);
            assertThat(r.participant()).isEqualTo("3174********0001");
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2021, 9, 18));
            assertThat(r.text(Languages.INDONESIAN)).startsWith("Segera beli pelatihan pertama Anda");
        });
        ReminderSettings settings = ReminderSettings.builder()
                .firstPurchaseDaysBefore(10)
                .channels(EnumSet.of(ReminderChannel.SMS, ReminderChannel.WHATSAPP))
                .build();
        ReminderBatch batch = ReminderPlanner.of(settings).remind(List.of(budi), LocalDate.of(2021, 9, 9));
        assertThat(batch.count(ReminderCode.FIRST_PURCHASE_DUE, ReminderChannel.WHATSAPP))
                .isEqualTo(1);
        assertThat(batch.tallies()).hasSize(2);
    }
}
