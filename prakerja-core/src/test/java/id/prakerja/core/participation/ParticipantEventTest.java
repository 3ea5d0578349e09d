// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.InvalidNikException;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event and participant values: structure, equality, masking. */
class ParticipantEventTest {

    @Test
    void eventsAreValuesNamedByTheirType() {
        assertThat(ParticipantEvent.accepted(d("2021-08-20"), 18)).isEqualTo(Accepted.of(d("2021-08-20"), 18));
        assertThat(ParticipantEvent.accepted(d("2021-08-20"), 18).type()).isEqualTo(EventType.ACCEPTED);
        assertThat(ParticipantEvent.trainingPurchased(d("2021-08-20"), "C", Rupiah.of(1))
                        .type())
                .isEqualTo(EventType.TRAINING_PURCHASED);
        assertThat(ParticipantEvent.trainingCompleted(d("2021-08-20"), "C").type())
                .isEqualTo(EventType.TRAINING_COMPLETED);
        assertThat(ParticipantEvent.trainingReviewed(d("2021-08-20"), "C", 4).type())
                .isEqualTo(EventType.TRAINING_REVIEWED);
        assertThat(Histories.linked("2021-08-20").type()).isEqualTo(EventType.PAYOUT_ACCOUNT_LINKED);
        assertThat(ParticipantEvent.incentivePaid(d("2021-08-20"), Rupiah.of(1)).type())
                .isEqualTo(EventType.INCENTIVE_PAID);
        assertThat(ParticipantEvent.surveyIncentivePaid(d("2021-08-20"), Rupiah.of(1))
                        .type())
                .isEqualTo(EventType.SURVEY_INCENTIVE_PAID);
        assertThat(ParticipantEvent.revoked(d("2021-08-20"), RevocationReason.OTHER)
                        .type())
                .isEqualTo(EventType.REVOKED);
    }

    @Test
    void rejectsStructurallyImpossibleEvents() {
        assertThatThrownBy(() -> ParticipantEvent.accepted(d("2021-08-20"), 0))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("waves are numbered from 1");
        assertThatThrownBy(() -> ParticipantEvent.trainingPurchased(d("2021-08-20"), " ", Rupiah.of(1)))
                .hasMessageContaining("courseId must not be blank");
        assertThatThrownBy(() -> ParticipantEvent.trainingPurchased(d("2021-08-20"), "C", Rupiah.of(-1)))
                .hasMessageContaining("price must not be negative");
        assertThatThrownBy(() -> ParticipantEvent.trainingCompleted(d("2021-08-20"), "x".repeat(101)))
                .hasMessageContaining("longer than 100");
        assertThatThrownBy(() -> ParticipantEvent.trainingReviewed(d("2021-08-20"), "C", 6))
                .hasMessageContaining("rating must be 1-5");
        assertThatThrownBy(() -> ParticipantEvent.trainingReviewed(d("2021-08-20"), "C", 0))
                .hasMessageContaining("rating must be 1-5");
        assertThatThrownBy(() -> ParticipantEvent.incentivePaid(d("2021-08-20"), Rupiah.ZERO))
                .hasMessageContaining("amount must be positive");
        assertThatThrownBy(() -> ParticipantEvent.surveyIncentivePaid(d("2021-08-20"), Rupiah.of(-5)))
                .hasMessageContaining("amount must be positive");
        assertThatThrownBy(() ->
                        ParticipantEvent.payoutAccountLinked(d("2021-08-20"), PayoutChannel.BANK, "", Histories.NIK))
                .hasMessageContaining("provider must not be blank");
        assertThatThrownBy(() -> ParticipantEvent.incentivePaid(null, Rupiah.of(1)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringMasksEveryNik() {
        Participant p = Participant.builder()
                .nik(Histories.NIK_DIGITS)
                .addEvents(Histories.linkedOther("2021-08-21"))
                .build();
        assertThat(p.toString())
                .contains("3174********0001", "3173********0002")
                .doesNotContain(Histories.NIK_DIGITS)
                .doesNotContain(Histories.OTHER_DIGITS);
        assertThatThrownBy(() -> Participant.builder().nik("3174015708990000")).isInstanceOf(InvalidNikException.class);
    }

    @Test
    void aParticipantKeepsItsEventsInTheGivenOrder() {
        List<ParticipantEvent> events =
                List.of(Histories.bought("2021-09-01", "C-1", 1), Histories.accepted("2021-08-20", 18));
        assertThat(Participant.of(Histories.NIK, events).events()).containsExactlyElementsOf(events);
        assertThat(Participant.of(Histories.NIK, events)).isEqualTo(Participant.of(Histories.NIK, events));
    }
}
