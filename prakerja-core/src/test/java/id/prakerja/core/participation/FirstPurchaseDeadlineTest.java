// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.codes;
import static id.prakerja.core.participation.Histories.d;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code PARTICIPATION_FIRST_PURCHASE_LATE}: the day of the acceptance is day 1 (facts §11 K2), so to wave 47
 * D + 29 is on time and D + 30 late; from wave 48 D + 14 and D + 15.
 */
class FirstPurchaseDeadlineTest {

    @Test
    void acceptsTheFirstPurchaseOnDPlus29ToWave47() {
        // accepted 20 August 2021 (day 1): day 30 is 18 September
        assertThat(codes("2021-12-01", accepted("2021-08-20", 18), bought("2021-09-18", "C-1", 500_000)))
                .isEmpty();
    }

    @Test
    void theProgrammesOwnExamplesOfWaves19And21() {
        // wave 19: announced 1 September 2021, last day 30 September 2021
        assertThat(codes("2021-12-01", accepted("2021-09-01", 19), bought("2021-09-30", "C-1", 1)))
                .isEmpty();
        assertThat(codes("2021-12-01", accepted("2021-09-01", 19), bought("2021-10-01", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        // wave 21: announced 22 September 2021, last day 21 October 2021
        assertThat(codes("2021-12-01", accepted("2021-09-22", 21), bought("2021-10-21", "C-1", 1)))
                .isEmpty();
        assertThat(codes("2021-12-01", accepted("2021-09-22", 21), bought("2021-10-22", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
    }

    @Test
    void theDayCountIsANamedParameterWithItsSource() {
        var p = id.prakerja.core.program.Programme.standard().inForce(21).deadlineDayCount();
        assertThat(p.value()).isEqualTo(id.prakerja.core.program.DayCount.START_IS_DAY_ONE);
        assertThat(p.reference().kind()).isEqualTo(id.prakerja.core.validation.LegalReference.Kind.ANNOUNCEMENT);
        assertThat(id.prakerja.core.program.Programme.standard()
                        .inForce(48)
                        .deadlineDayCount()
                        .reference()
                        .confidence())
                .isEqualTo(id.prakerja.core.validation.LegalReference.Confidence.UNCERTAIN);
    }

    @Test
    void rejectsTheFirstPurchaseOnDPlus30ToWave47() {
        List<Violation> v = violations("2021-12-01", accepted("2021-08-20", 18), bought("2021-09-19", "C-1", 500_000));
        assertThat(v).hasSize(1);
        Violation late = v.get(0);
        assertThat(late.code()).isEqualTo(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        assertThat(late.field()).isEqualTo("events[1].date");
        assertThat(late.arguments())
                .containsEntry("purchaseDate", d("2021-09-19"))
                .containsEntry("deadline", d("2021-09-18"))
                .containsEntry("deadlineDays", 30)
                .containsEntry("acceptanceDate", d("2021-08-20"));
        assertThat(late.legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 11/2020 Pasal 20");
        assertThat(Messages.indonesian().format(late))
                .isEqualTo("Pelatihan pertama dibeli pada 19 September 2021, melewati batas 30 hari"
                        + " (18 September 2021); kepesertaan seharusnya dicabut.");
    }

    @Test
    void wave47StillHas30Days() {
        assertThat(codes("2022-12-31", accepted("2022-10-25", 47), bought("2022-11-23", "C-1", 1)))
                .isEmpty();
        assertThat(codes("2022-12-31", accepted("2022-10-25", 47), bought("2022-11-24", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
    }

    @Test
    void acceptsTheFirstPurchaseOnDPlus14FromWave48() {
        // accepted 20 February 2023 (day 1): day 15 is 6 March
        assertThat(codes("2023-06-01", accepted("2023-02-20", 48), bought("2023-03-06", "C-1", 3_500_000)))
                .isEmpty();
    }

    @Test
    void rejectsTheFirstPurchaseOnDPlus15FromWave48() {
        List<Violation> v =
                violations("2023-06-01", accepted("2023-02-20", 48), bought("2023-03-07", "C-1", 3_500_000));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        assertThat(v.get(0).arguments())
                .containsEntry("deadline", d("2023-03-06"))
                .containsEntry("deadlineDays", 15);
        assertThat(v.get(0).legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 17/2022");
    }

    @Test
    void aPurchaseOnTheDayOfAcceptanceIsOnTime() {
        assertThat(codes("2023-06-01", accepted("2023-02-20", 48), bought("2023-02-20", "C-1", 100_000)))
                .isEmpty();
    }

    @Test
    void onlyTheFirstPurchaseHasTheDeadline() {
        assertThat(codes(
                        "2021-12-01",
                        accepted("2021-08-20", 18),
                        bought("2021-09-01", "C-1", 100_000),
                        bought("2021-11-01", "C-2", 100_000)))
                .isEmpty();
    }

    @Test
    void theDeadlineCountsFromTheAcceptanceDateNotTheWaveOpening() {
        // wave 18 opened 16 August 2021; accepted 10 September: day 30 is 9 October
        assertThat(codes("2021-12-01", accepted("2021-09-10", 18), bought("2021-10-09", "C-1", 1)))
                .isEmpty();
        assertThat(codes("2021-12-01", accepted("2021-09-10", 18), bought("2021-10-10", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
    }
}
