// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.codes;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.d;
import static id.prakerja.core.participation.Histories.status;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.LegalReference;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code PARTICIPATION_BALANCE_EXPIRED}: 15 December of the programme year in 2020 and 2021, 30 November in
 * 2022 (waves 23 to 47); from wave 48, 15 days after completing the previous training, the day of the
 * completion counting as day 1.
 */
class BalanceExpiryTest {

    @Test
    void aPurchaseOn15DecemberOfTheProgrammeYearIsAllowed() {
        assertThat(codes(
                        "2020-12-31",
                        accepted("2020-11-05", 11),
                        bought("2020-11-10", "C-1", 300_000),
                        bought("2020-12-15", "C-2", 300_000)))
                .isEmpty();
    }

    @Test
    void aPurchaseOn16DecemberIsAfterTheBalanceExpired() {
        List<Violation> v = violations(
                "2020-12-31",
                accepted("2020-11-05", 11),
                bought("2020-11-10", "C-1", 300_000),
                bought("2020-12-16", "C-2", 300_000));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED);
        assertThat(v.get(0).field()).isEqualTo("events[2].date");
        assertThat(v.get(0).arguments())
                .containsEntry("purchaseDate", d("2020-12-16"))
                .containsEntry("expiryDate", d("2020-12-15"));
        assertThat(v.get(0).legalReference().orElseThrow().citation())
                .isEqualTo("Permenko Perekonomian 11/2020 Pasal 19(1) huruf a");
        assertThat(Messages.english().format(v.get(0)))
                .isEqualTo("The training was bought on 16 December 2020, after the balance expired;"
                        + " it could be used until 15 December 2020.");
    }

    @Test
    void theYearIsTheWavesProgrammeYearNotTheYearOfThePurchase() {
        // wave 22 (2021) accepted late October: a purchase in January 2022 is after 15 December 2021
        assertThat(codes(
                        "2022-02-01",
                        accepted("2021-10-28", 22),
                        bought("2021-11-01", "C-1", 300_000),
                        bought("2022-01-05", "C-2", 300_000)))
                .containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED);
    }

    @Test
    void in2022TheCutOffIs30November() {
        assertThat(codes(
                        "2022-12-31",
                        accepted("2022-10-25", 47),
                        bought("2022-10-30", "C-1", 300_000),
                        bought("2022-11-30", "C-2", 300_000)))
                .isEmpty();
        List<Violation> v = violations(
                "2022-12-31",
                accepted("2022-10-25", 47),
                bought("2022-10-30", "C-1", 300_000),
                bought("2022-12-01", "C-2", 300_000));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED);
        assertThat(v.get(0).arguments()).containsEntry("expiryDate", d("2022-11-30"));
        LegalReference ref = v.get(0).legalReference().orElseThrow();
        assertThat(ref.kind()).isEqualTo(LegalReference.Kind.ANNOUNCEMENT);
        assertThat(ref.confidence()).isEqualTo(LegalReference.Confidence.CERTAIN);
        // wave 23 is the first of 2022
        assertThat(codes(
                        "2022-12-31",
                        accepted("2022-02-25", 23),
                        bought("2022-03-01", "C-1", 300_000),
                        bought("2022-12-01", "C-2", 300_000)))
                .containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED);
    }

    @Test
    void in2021TheRegulations15DecemberAppliesAndTheLaterAnnouncementIsRecordedAsUncertain() {
        List<Violation> v = violations(
                "2021-12-31",
                accepted("2021-10-28", 22),
                bought("2021-11-01", "C-1", 300_000),
                bought("2021-12-16", "C-2", 300_000));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED);
        assertThat(v.get(0).arguments()).containsEntry("expiryDate", d("2021-12-15"));
        LegalReference ref = v.get(0).legalReference().orElseThrow();
        assertThat(ref.kind()).isEqualTo(LegalReference.Kind.REGULATION);
        assertThat(ref.confidence()).isEqualTo(LegalReference.Confidence.UNCERTAIN);
        assertThat(ref.title()).contains("30 November 2021");
        assertThat(codes(
                        "2021-12-31",
                        accepted("2021-10-28", 22),
                        bought("2021-11-01", "C-1", 300_000),
                        bought("2021-12-15", "C-2", 300_000)))
                .isEmpty();
    }

    @Test
    void aFirstPurchaseAfter15DecemberIsBothLateAndExpired() {
        assertThat(codes("2020-12-31", accepted("2020-11-20", 11), bought("2020-12-21", "C-1", 300_000)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE, RuleCode.PARTICIPATION_BALANCE_EXPIRED);
    }

    @Test
    void fromWave48TheNextPurchaseOnCPlus14IsAllowed() {
        assertThat(codes(
                        "2023-06-01",
                        accepted("2023-02-20", 48),
                        bought("2023-02-25", "C-1", 1_000_000),
                        completed("2023-03-10", "C-1"),
                        bought("2023-03-24", "C-2", 1_000_000)))
                .isEmpty();
    }

    @Test
    void fromWave48TheNextPurchaseOnCPlus15IsExpired() {
        List<Violation> v = violations(
                "2023-06-01",
                accepted("2023-02-20", 48),
                bought("2023-02-25", "C-1", 1_000_000),
                completed("2023-03-10", "C-1"),
                bought("2023-03-25", "C-2", 1_000_000));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED);
        assertThat(v.get(0).arguments()).containsEntry("expiryDate", d("2023-03-24"));
        assertThat(v.get(0).legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 17/2022");
    }

    @Test
    void onceExpiredEveryLaterPurchaseIsExpired() {
        assertThat(codes(
                        "2023-06-01",
                        accepted("2023-02-20", 48),
                        bought("2023-02-25", "C-1", 1_000_000),
                        completed("2023-03-10", "C-1"),
                        bought("2023-04-01", "C-2", 500_000),
                        completed("2023-04-05", "C-2"),
                        bought("2023-04-06", "C-3", 500_000)))
                .containsExactly(RuleCode.PARTICIPATION_BALANCE_EXPIRED, RuleCode.PARTICIPATION_BALANCE_EXPIRED);
    }

    @Test
    void noClockRunsWhileAnotherTrainingIsInProgress() {
        assertThat(codes(
                        "2023-06-01",
                        accepted("2023-02-20", 48),
                        bought("2023-02-25", "C-1", 1_000_000),
                        bought("2023-02-26", "C-2", 1_000_000),
                        completed("2023-03-01", "C-1"),
                        completed("2023-04-01", "C-2"),
                        bought("2023-04-14", "C-3", 1_000_000)))
                .isEmpty();
    }

    @Test
    void beforeTheFirstCompletionOnlyTheFirstPurchaseDeadlineApplies() {
        assertThat(codes(
                        "2023-06-01",
                        accepted("2023-02-20", 48),
                        bought("2023-02-25", "C-1", 1_000_000),
                        bought("2023-05-25", "C-2", 1_000_000)))
                .isEmpty();
    }

    @Test
    void theStatusShowsTheLastUsableDayAndExpiry() {
        ParticipantStatus before = status(
                "2023-03-24",
                accepted("2023-02-20", 48),
                bought("2023-02-25", "C-1", 1_000_000),
                completed("2023-03-10", "C-1"));
        assertThat(before.balanceExpiryDate()).contains(d("2023-03-24"));
        assertThat(before.balanceExpired()).isFalse();
        assertThat(before.usableBalance()).isEqualTo(Rupiah.of(2_500_000));
        ParticipantStatus after = status(
                "2023-03-25",
                accepted("2023-02-20", 48),
                bought("2023-02-25", "C-1", 1_000_000),
                completed("2023-03-10", "C-1"));
        assertThat(after.balanceExpired()).isTrue();
        assertThat(after.remainingBalance()).isEqualTo(Rupiah.of(2_500_000));
        assertThat(after.usableBalance()).isEqualTo(Rupiah.ZERO);

        ParticipantStatus annual = status("2020-12-15", accepted("2020-11-05", 11), bought("2020-11-10", "C-1", 1));
        assertThat(annual.balanceExpiryDate()).contains(d("2020-12-15"));
        assertThat(annual.balanceExpired()).isFalse();
        assertThat(status("2020-12-16", accepted("2020-11-05", 11), bought("2020-11-10", "C-1", 1))
                        .balanceExpired())
                .isTrue();
    }
}
