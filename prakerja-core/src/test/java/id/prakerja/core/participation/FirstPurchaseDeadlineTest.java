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

/** {@code PARTICIPATION_FIRST_PURCHASE_LATE}: day 30 vs 31 to wave 47, day 15 vs 16 from wave 48. */
class FirstPurchaseDeadlineTest {

    @Test
    void acceptsTheFirstPurchaseOnDay30ToWave47() {
        // accepted 20 August 2021: day 30 is 19 September
        assertThat(codes("2021-12-01", accepted("2021-08-20", 18), bought("2021-09-19", "C-1", 500_000)))
                .isEmpty();
    }

    @Test
    void rejectsTheFirstPurchaseOnDay31ToWave47() {
        List<Violation> v = violations("2021-12-01", accepted("2021-08-20", 18), bought("2021-09-20", "C-1", 500_000));
        assertThat(v).hasSize(1);
        Violation late = v.get(0);
        assertThat(late.code()).isEqualTo(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        assertThat(late.field()).isEqualTo("events[1].date");
        assertThat(late.arguments())
                .containsEntry("purchaseDate", d("2021-09-20"))
                .containsEntry("deadline", d("2021-09-19"))
                .containsEntry("deadlineDays", 30)
                .containsEntry("acceptanceDate", d("2021-08-20"));
        assertThat(late.legalReference().orElseThrow().citation()).isEqualTo("Permenko Perekonomian 11/2020 Pasal 20");
        assertThat(Messages.indonesian().format(late))
                .isEqualTo("Pelatihan pertama dibeli pada 20 September 2021, melewati batas 30 hari"
                        + " (19 September 2021); kepesertaan seharusnya dicabut.");
    }

    @Test
    void wave47StillHas30Days() {
        assertThat(codes("2022-12-31", accepted("2022-10-25", 47), bought("2022-11-24", "C-1", 1)))
                .isEmpty();
        assertThat(codes("2022-12-31", accepted("2022-10-25", 47), bought("2022-11-25", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
    }

    @Test
    void acceptsTheFirstPurchaseOnDay15FromWave48() {
        // accepted 20 February 2023: day 15 is 7 March
        assertThat(codes("2023-06-01", accepted("2023-02-20", 48), bought("2023-03-07", "C-1", 3_500_000)))
                .isEmpty();
    }

    @Test
    void rejectsTheFirstPurchaseOnDay16FromWave48() {
        List<Violation> v =
                violations("2023-06-01", accepted("2023-02-20", 48), bought("2023-03-08", "C-1", 3_500_000));
        assertThat(v).extracting(Violation::code).containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
        assertThat(v.get(0).arguments())
                .containsEntry("deadline", d("2023-03-07"))
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
        // wave 18 opened 16 August 2021; accepted 10 September: day 30 is 10 October
        assertThat(codes("2021-12-01", accepted("2021-09-10", 18), bought("2021-10-10", "C-1", 1)))
                .isEmpty();
        assertThat(codes("2021-12-01", accepted("2021-09-10", 18), bought("2021-10-11", "C-1", 1)))
                .containsExactly(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE);
    }
}
