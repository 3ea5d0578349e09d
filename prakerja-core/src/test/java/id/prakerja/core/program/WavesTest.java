// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WavesTest {

    private static final Waves WAVES = Waves.standard();

    @Test
    void hasWavesOneToSeventyOneInProgrammeYears() {
        assertThat(WAVES.size()).isEqualTo(71);
        assertThat(WAVES.first().number()).isEqualTo(1);
        assertThat(WAVES.latest().number()).isEqualTo(71);
        assertThat(WAVES.wave(11).programmeYear()).isEqualTo(2020);
        assertThat(WAVES.wave(12).programmeYear()).isEqualTo(2021);
        assertThat(WAVES.wave(47).programmeYear()).isEqualTo(2022);
        assertThat(WAVES.wave(48).programmeYear()).isEqualTo(2023);
        assertThat(WAVES.wave(63).programmeYear()).isEqualTo(2024);
        assertThat(WAVES.all().stream().filter(Wave::isOpeningDateKnown)).hasSize(48);
    }

    @ParameterizedTest
    @CsvSource({
        "1, 2020-04-11",
        "4, 2020-08-08",
        "10, 2020-09-26",
        "12, 2021-02-23",
        "18, 2021-08-16",
        // the programme's Instagram post of Sunday 23 October 2022 (was approximated as 20 October)
        "47, 2022-10-23",
        "48, 2023-02-17",
        "65, 2024-03-22"
    })
    void knowsTheSourcedOpeningDays(int wave, LocalDate opened) {
        Wave w = WAVES.wave(wave);
        assertThat(w.openingDate()).contains(opened);
        assertThat(w.evaluationDate()).isEqualTo(opened);
        assertThat(w.isOpeningDateKnown()).isTrue();
        assertThat(w.confidence()).isNotEqualTo(Wave.Confidence.UNCERTAIN);
        assertThat(w.sources()).isNotBlank();
    }

    @Test
    void confidenceFollowsTheSources() {
        // wave 10: opening and close reported by two outlets (26 and 28 Sep 2020), results on 2 Oct 2020
        assertThat(WAVES.wave(10).confidence()).isEqualTo(Wave.Confidence.CERTAIN);
        assertThat(WAVES.wave(10).closingDate()).contains(LocalDate.of(2020, 9, 28));
        // wave 47: one regional outlet quoting the programme's post of the day
        assertThat(WAVES.wave(47).confidence()).isEqualTo(Wave.Confidence.LIKELY);
        assertThat(WAVES.wave(47).sources()).contains("2022/10/23");
    }

    @ParameterizedTest(name = "wave {0} assumed {1}")
    @CsvSource({
        // between 24 and 29 April 2020 (closed 30 April): interpolation would give June, clamped to the window
        "3, 2020-04-29",
        // interpolated between 25 (29 Mar) and 27 (20 Apr)
        "26, 2022-04-09",
        // interpolated between 58 (28 Jul 2023) and 61 (22 Sep 2023)
        "59, 2023-08-15",
        // interpolation gives 3 Sep 2023, but an 8 Sep 2023 forecast names 61 and 62 as the September waves:
        // clamped to 31 August
        "60, 2023-08-31",
        // the last wave of 2023: two weeks after 61 (22 Sep 2023)
        "62, 2023-10-06",
        // two weeks after wave 68 (17 May 2024), before the 5 June close
        "69, 2024-05-31",
        // not open on 26 June 2024: clamped to the window
        "70, 2024-06-27",
        "71, 2024-07-12"
    })
    void approximatesUnknownOpeningDaysAsDocumented(int wave, LocalDate assumed) {
        Wave w = WAVES.wave(wave);
        assertThat(w.openingDate()).isEmpty();
        assertThat(w.isOpeningDateKnown()).isFalse();
        assertThat(w.confidence()).isEqualTo(Wave.Confidence.UNCERTAIN);
        assertThat(w.evaluationDate()).isEqualTo(assumed);
        assertThat(w.toString()).contains("assumed");
    }

    @Test
    void evaluationDatesRiseStrictlyAndStayInTheProgrammeYear() {
        List<Wave> all = WAVES.all();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).evaluationDate()).isAfter(all.get(i - 1).evaluationDate());
        }
        for (Wave w : all) {
            assertThat(w.evaluationDate().getYear()).isEqualTo(w.programmeYear());
            w.closingDate().ifPresent(c -> assertThat(c).isAfterOrEqualTo(w.evaluationDate()));
        }
    }

    @ParameterizedTest(name = "{0} -> wave {1}")
    @CsvSource({
        "2020-04-11, 1",
        "2020-04-19, 1",
        "2020-04-20, 2",
        "2021-02-22, 11",
        "2021-02-23, 12",
        "2021-07-01, 17",
        "2021-08-15, 17",
        "2021-08-16, 18",
        "2023-02-17, 48",
        "2026-11-28, 71"
    })
    void findsTheWaveInForceOnADate(LocalDate date, int wave) {
        assertThat(WAVES.at(date)).map(Wave::number).contains(wave);
    }

    @Test
    void hasNoWaveBeforeTheFirstOpened() {
        assertThat(WAVES.at(LocalDate.of(2020, 4, 10))).isEmpty();
    }

    @Test
    void unknownNumbersAreExplained() {
        assertThatThrownBy(() -> WAVES.wave(72))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no wave 72; the known waves are 1 to 71");
        assertThatThrownBy(() -> WAVES.wave(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(WAVES.contains(71)).isTrue();
        assertThat(WAVES.contains(72)).isFalse();
    }

    private static final String HEADER =
            "wave,year,opened,closed,opened_not_before,opened_not_after,confidence,source\n";

    private static Waves load(String csv) {
        return Waves.load(new StringReader(csv), "test-waves.csv");
    }

    @Test
    void loadsACustomTable() {
        Waves w = load(HEADER + "1,2025,2025-03-01,,,,C,https://example\n2,2025,,,,,U,\n3,2025,2025-03-29,,,,L,x\n");
        assertThat(w.size()).isEqualTo(3);
        assertThat(w.wave(2).evaluationDate()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void rejectsBadTablesWithTheLine() {
        assertThatThrownBy(() -> load("wave,year\n1,2020\n"))
                .isInstanceOf(ProgramDataException.class)
                .hasMessageContaining("test-waves.csv:1")
                .hasMessageContaining("expected the header");
        assertThatThrownBy(() -> load(HEADER + "2,2020,2020-01-01,,,,C,x\n"))
                .hasMessageContaining("test-waves.csv:2 [wave 2]")
                .hasMessageContaining("without gaps");
        assertThatThrownBy(() -> load(HEADER + "1,2020,2020-13-01,,,,C,x\n"))
                .hasMessageContaining("expected a date as YYYY-MM-DD");
        assertThatThrownBy(() -> load(HEADER + "1,2020,2020-01-01,,,,X,x\n")).hasMessageContaining("C, L or U");
        assertThatThrownBy(() -> load(HEADER + "1,2020,,,,,C,x\n")).hasMessageContaining("confidence U");
        assertThatThrownBy(() -> load(HEADER + "1,2020,2020-02-01,,,,C,x\n2,2020,2020-01-01,,,,C,x\n"))
                .isInstanceOf(ProgramDataException.class)
                .hasMessageContaining(":3 [wave 2]")
                .hasMessageContaining("is not after the previous wave's 2020-02-01")
                .satisfies(e -> {
                    ProgramDataException p = (ProgramDataException) e;
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.key()).isEqualTo("wave 2");
                    assertThat(p.source()).isEqualTo("test-waves.csv");
                });
        assertThatThrownBy(() -> load(HEADER + "1,2020,2020-01-01,,,,C\n")).hasMessageContaining("expected 8 columns");
        assertThatThrownBy(() -> load(HEADER + "1,2021,2020-01-01,,,,C,x\n")).hasMessageContaining("programme year");
        assertThatThrownBy(() -> load(HEADER)).hasMessageContaining("no waves");
    }
}
