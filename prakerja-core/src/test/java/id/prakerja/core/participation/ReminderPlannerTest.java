// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.d;
import static id.prakerja.core.participation.Histories.linked;
import static id.prakerja.core.participation.Histories.linkedOther;
import static id.prakerja.core.participation.Histories.participant;
import static id.prakerja.core.participation.Histories.reviewed;
import static id.prakerja.core.participation.Histories.revoked;
import static id.prakerja.core.participation.Histories.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.Languages;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link ReminderPlanner}: which reminders are due on a date, per code, with the configured thresholds. */
class ReminderPlannerTest {

    private static final ReminderPlanner PLANNER = ReminderPlanner.standard();

    private static List<ReminderCode> codes(String date, ParticipantEvent... events) {
        return PLANNER.remind(participant(events), d(date)).stream()
                .map(Reminder::code)
                .toList();
    }

    @Test
    void remindsOfTheFirstPurchaseFrom7DaysBeforeTheDeadline() {
        // accepted 20 August 2021: the deadline is 18 September (the day of acceptance is day 1)
        assertThat(codes("2021-09-10", accepted("2021-08-20", 18))).isEmpty();
        List<Reminder> r = PLANNER.remind(participant(accepted("2021-08-20", 18)), d("2021-09-11"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ReminderCode.FIRST_PURCHASE_DUE);
            assertThat(x.dueDate()).isEqualTo(d("2021-09-18"));
            assertThat(x.date()).isEqualTo(d("2021-09-11"));
            assertThat(x.participant()).isEqualTo("3174********0001");
            assertThat(x.channels()).containsExactly(ReminderChannel.SMS);
            assertThat(x.arguments())
                    .containsEntry("daysLeft", 7)
                    .containsEntry("balance", Rupiah.of(1_000_000))
                    .containsEntry("deadlineDays", 30);
            assertThat(x.text(Languages.INDONESIAN))
                    .isEqualTo("Segera beli pelatihan pertama Anda dengan saldo Rp1.000.000: batas waktunya"
                            + " 18 September 2021 (7 hari lagi dari batas 30 hari). Jika tidak, kepesertaan"
                            + " Kartu Prakerja Anda dicabut.");
            assertThat(x.text(Locale.ENGLISH))
                    .isEqualTo("Buy your first training with your balance of Rp1.000.000 by 18 September 2021"
                            + " (7 days left of the 30-day deadline), or your Kartu Prakerja will be revoked.");
        });
        assertThat(codes("2021-09-18", accepted("2021-08-20", 18))).containsExactly(ReminderCode.FIRST_PURCHASE_DUE);
        assertThat(codes("2021-09-19", accepted("2021-08-20", 18))).isEmpty();
        assertThat(codes("2021-09-11", accepted("2021-08-20", 18), bought("2021-09-01", "C-1", 1)))
                .isEmpty();
    }

    @Test
    void fromWave48TheFirstPurchaseReminderComesWithinTheShorterDeadline() {
        // accepted 20 February 2023: the deadline is 6 March; from 27 February
        assertThat(codes("2023-02-26", accepted("2023-02-20", 48))).isEmpty();
        assertThat(codes("2023-02-27", accepted("2023-02-20", 48))).containsExactly(ReminderCode.FIRST_PURCHASE_DUE);
    }

    @Test
    void remindsOfAnUnusedBalanceBefore15December() {
        ParticipantEvent[] events = {accepted("2020-11-05", 11), bought("2020-11-10", "C-1", 400_000)};
        assertThat(codes("2020-12-07", events)).isEmpty();
        List<Reminder> r = PLANNER.remind(participant(events), d("2020-12-08"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ReminderCode.BALANCE_EXPIRING);
            assertThat(x.dueDate()).isEqualTo(d("2020-12-15"));
            assertThat(x.arguments())
                    .containsEntry("balance", Rupiah.of(600_000))
                    .containsEntry("daysLeft", 7);
        });
        assertThat(codes("2020-12-15", events)).containsExactly(ReminderCode.BALANCE_EXPIRING);
        assertThat(codes("2020-12-16", events)).isEmpty();
        // nothing left to use: no reminder
        assertThat(codes("2020-12-10", accepted("2020-11-05", 11), bought("2020-11-10", "C-1", 1_000_000)))
                .isEmpty();
    }

    @Test
    void fromWave48RemindsOfTheNextPurchaseAfterACompletion() {
        ParticipantEvent[] events = {
            accepted("2023-02-20", 48),
            bought("2023-02-25", "C-1", 1_000_000),
            completed("2023-03-10", "C-1"),
            reviewed("2023-03-10", "C-1"),
            linked("2023-03-10"),
            Histories.incentive("2023-03-11", 600_000),
            survey("2023-03-11", 50_000),
            survey("2023-03-12", 50_000)
        };
        assertThat(codes("2023-03-16", events)).isEmpty();
        List<Reminder> r = PLANNER.remind(participant(events), d("2023-03-17"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ReminderCode.BALANCE_EXPIRING);
            assertThat(x.dueDate()).isEqualTo(d("2023-03-24"));
            assertThat(x.arguments()).containsEntry("balance", Rupiah.of(2_500_000));
        });
        assertThat(codes("2023-03-25", events)).isEmpty();
    }

    @Test
    void remindsOfAMissingReviewWhileTheIncentiveIsBlocked() {
        ParticipantEvent[] done = {
            accepted("2021-08-20", 18),
            bought("2021-08-25", "C-1", 1_000_000),
            completed("2021-09-01", "C-1"),
            linked("2021-08-21")
        };
        assertThat(codes("2021-09-01", done)).doesNotContain(ReminderCode.REVIEW_PENDING);
        List<Reminder> r = PLANNER.remind(participant(done), d("2021-09-02"));
        assertThat(r)
                .filteredOn(x -> x.code() == ReminderCode.REVIEW_PENDING)
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.dueDate()).isEqualTo(d("2021-09-01"));
                    assertThat(x.arguments())
                            .containsEntry("courseId", "C-1")
                            .containsEntry("incentiveDue", Rupiah.of(2_400_000));
                    assertThat(x.text(Locale.ENGLISH))
                            .isEqualTo("You completed the training C-1 on 1 September 2021. Rate and review it so that"
                                    + " your incentive of Rp2.400.000 can be paid.");
                });
        assertThat(codes(
                        "2021-09-10",
                        accepted("2021-08-20", 18),
                        bought("2021-08-25", "C-1", 1_000_000),
                        completed("2021-09-01", "C-1"),
                        reviewed("2021-09-03", "C-1"),
                        linked("2021-08-21")))
                .doesNotContain(ReminderCode.REVIEW_PENDING);
    }

    @Test
    void remindsOfAMissingPayoutAccountAfterTheFirstCompletion() {
        ParticipantEvent[] noAccount = {
            accepted("2021-08-20", 18),
            bought("2021-08-25", "C-1", 1_000_000),
            completed("2021-09-01", "C-1"),
            reviewed("2021-09-01", "C-1")
        };
        assertThat(codes("2021-09-01", noAccount)).doesNotContain(ReminderCode.PAYOUT_ACCOUNT_MISSING);
        List<Reminder> r = PLANNER.remind(participant(noAccount), d("2021-09-02"));
        assertThat(r)
                .filteredOn(x -> x.code() == ReminderCode.PAYOUT_ACCOUNT_MISSING)
                .singleElement()
                .satisfies(x -> assertThat(x.arguments()).containsEntry("amountDue", Rupiah.of(2_550_000)));
        assertThat(codes(
                        "2021-09-02",
                        accepted("2021-08-20", 18),
                        bought("2021-08-25", "C-1", 1_000_000),
                        completed("2021-09-01", "C-1"),
                        reviewed("2021-09-01", "C-1"),
                        linkedOther("2021-08-30")))
                .contains(ReminderCode.PAYOUT_ACCOUNT_MISSING);
        assertThat(codes(
                        "2021-09-02",
                        accepted("2021-08-20", 18),
                        bought("2021-08-25", "C-1", 1_000_000),
                        completed("2021-09-01", "C-1"),
                        reviewed("2021-09-01", "C-1"),
                        linked("2021-08-30")))
                .doesNotContain(ReminderCode.PAYOUT_ACCOUNT_MISSING);
    }

    @Test
    void remindsOfPendingSurveyIncentivesAWeekAfterTheFirstCompletion() {
        ParticipantEvent[] events = {
            accepted("2021-08-20", 18),
            bought("2021-08-25", "C-1", 1_000_000),
            completed("2021-09-01", "C-1"),
            reviewed("2021-09-01", "C-1"),
            linked("2021-08-21"),
            survey("2021-09-03", 50_000)
        };
        assertThat(codes("2021-09-07", events)).doesNotContain(ReminderCode.SURVEY_INCENTIVE_PENDING);
        List<Reminder> r = PLANNER.remind(participant(events), d("2021-09-08"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(ReminderCode.SURVEY_INCENTIVE_PENDING);
            assertThat(x.arguments()).containsEntry("surveysDue", 2).containsEntry("surveyAmount", Rupiah.of(50_000));
            assertThat(x.text(Languages.INDONESIAN)).contains("2 kali Rp50.000");
            assertThat(x.text(Locale.ENGLISH)).contains("2 × Rp50.000");
        });
    }

    @Test
    void revokedOrUnacceptedParticipantsGetNoReminder() {
        assertThat(codes(
                        "2021-09-25",
                        accepted("2021-08-20", 18),
                        revoked("2021-09-20", RevocationReason.NO_FIRST_PURCHASE)))
                .isEmpty();
        assertThat(codes("2021-09-12", bought("2021-09-01", "C-1", 1))).isEmpty();
        assertThat(codes("2021-08-19", accepted("2021-08-20", 18))).isEmpty();
    }

    @Test
    void thresholdsChannelsAndCodesAreConfiguration() {
        ReminderSettings settings = ReminderSettings.builder()
                .firstPurchaseDaysBefore(10)
                .channels(EnumSet.of(ReminderChannel.WHATSAPP, ReminderChannel.SMS))
                .build();
        ReminderPlanner planner = ReminderPlanner.of(settings);
        List<Reminder> r = planner.remind(participant(accepted("2021-08-20", 18)), d("2021-09-08"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.arguments()).containsEntry("daysLeft", 10);
            assertThat(x.channels()).containsExactly(ReminderChannel.SMS, ReminderChannel.WHATSAPP);
        });
        ReminderPlanner off = ReminderPlanner.of(ReminderSettings.builder()
                .codes(EnumSet.complementOf(EnumSet.of(ReminderCode.FIRST_PURCHASE_DUE)))
                .build());
        assertThat(off.remind(participant(accepted("2021-08-20", 18)), d("2021-09-18")))
                .isEmpty();
        assertThat(ReminderSettings.defaults().channels()).containsExactly(ReminderChannel.SMS);
        assertThat(ReminderSettings.defaults().codes()).containsExactlyInAnyOrder(ReminderCode.values());
        assertThat(ReminderSettings.defaults().firstPurchaseDaysBefore()).isEqualTo(7);
        assertThatThrownBy(() -> ReminderSettings.builder()
                        .channels(EnumSet.noneOf(ReminderChannel.class))
                        .build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one reminder channel");
        assertThatThrownBy(() ->
                        ReminderSettings.builder().balanceExpiryDaysBefore(-1).build())
                .hasMessageContaining("balanceExpiryDaysBefore must not be negative");
    }

    @Test
    void aBatchKeepsParticipantOrderAndTalliesPerChannelAndCode() {
        ReminderPlanner planner = ReminderPlanner.of(ReminderSettings.builder()
                .channels(EnumSet.of(ReminderChannel.SMS, ReminderChannel.APP_PUSH))
                .build());
        Participant a = participant(accepted("2021-08-20", 18));
        Participant b = Participant.of(Histories.OTHER, List.of(accepted("2021-08-16", 18)));
        Participant c = participant(accepted("2021-09-05", 18));
        ReminderBatch batch = planner.remind(List.of(a, b, c), d("2021-09-12"));
        assertThat(batch.date()).isEqualTo(d("2021-09-12"));
        assertThat(batch.reminders()).extracting(Reminder::participantIndex).containsExactly(0, 1);
        assertThat(batch.reminders())
                .extracting(Reminder::participant)
                .containsExactly("3174********0001", "3173********0002");
        assertThat(batch.count(ReminderCode.FIRST_PURCHASE_DUE, ReminderChannel.SMS))
                .isEqualTo(2);
        assertThat(batch.count(ReminderCode.FIRST_PURCHASE_DUE, ReminderChannel.EMAIL))
                .isZero();
        assertThat(batch.tallies()).hasSize(2).allSatisfy(t -> {
            assertThat(t.date()).isEqualTo(d("2021-09-12"));
            assertThat(t.code()).isEqualTo(ReminderCode.FIRST_PURCHASE_DUE);
            assertThat(t.count()).isEqualTo(2);
        });
        assertThat(batch.tallies())
                .extracting(ReminderTally::channel)
                .containsExactly(ReminderChannel.SMS, ReminderChannel.APP_PUSH);
    }

    @Test
    void aReminderCarriesTheMaskedNikOnly() {
        Reminder r = PLANNER.remind(participant(accepted("2021-08-20", 18)), d("2021-09-12"))
                .get(0);
        String all = r + r.text(Languages.INDONESIAN) + r.text(Locale.ENGLISH) + r.arguments();
        assertThat(all).doesNotContain(Histories.NIK_DIGITS).contains("3174********0001");
    }
}
