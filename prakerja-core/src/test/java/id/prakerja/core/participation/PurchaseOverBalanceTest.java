// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.codes;
import static id.prakerja.core.participation.Histories.status;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PARTICIPATION_PURCHASE_OVER_BALANCE} and the balance in the status. */
class PurchaseOverBalanceTest {

    @Test
    void spendingExactlyTheWholeAidIsAllowed() {
        assertThat(codes(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        bought("2021-08-25", "C-1", 600_000),
                        bought("2021-09-25", "C-2", 400_000)))
                .isEmpty();
    }

    @Test
    void rejectsATrainingPricedAboveTheRemainingBalance() {
        List<Violation> v = violations(
                "2021-12-01",
                accepted("2021-08-20", 18),
                bought("2021-08-25", "C-1", 600_000),
                bought("2021-09-25", "C-2", 400_001));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE);
        assertThat(v.get(0).field()).isEqualTo("events[2].price");
        assertThat(v.get(0).arguments())
                .containsEntry("price", Rupiah.of(400_001))
                .containsEntry("balance", Rupiah.of(400_000));
        assertThat(v.get(0).legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 11/2020");
    }

    @Test
    void theAidComesFromTheWaveOfAcceptance() {
        assertThat(codes("2023-06-01", accepted("2023-02-20", 48), bought("2023-02-25", "C-1", 3_500_000)))
                .isEmpty();
        assertThat(codes("2021-12-01", accepted("2021-08-20", 18), bought("2021-08-25", "C-1", 3_500_000)))
                .containsExactly(RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE);
    }

    @Test
    void anOverBalancePurchaseEmptiesTheBalanceWhichNeverGoesNegative() {
        ParticipantEvent[] events = {
            accepted("2021-08-20", 18), bought("2021-08-25", "C-1", 1_200_000), bought("2021-08-26", "C-2", 100_000)
        };
        assertThat(codes("2021-12-01", events))
                .containsExactly(
                        RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE, RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE);
        ParticipantStatus s = status("2021-09-01", events);
        assertThat(s.remainingBalance()).isEqualTo(Rupiah.ZERO);
        assertThat(s.usableBalance()).isEqualTo(Rupiah.ZERO);
        assertThat(s.spent()).isEqualTo(Rupiah.of(1_300_000));
        assertThat(s.overspent()).isEqualTo(Rupiah.of(300_000));
    }

    @Test
    void aFreeTrainingCostsNothing() {
        ParticipantStatus s = status("2021-09-01", accepted("2021-08-20", 18), bought("2021-08-25", "C-1", 0));
        assertThat(s.remainingBalance()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(s.trainingsPurchased()).isEqualTo(1);
    }
}
