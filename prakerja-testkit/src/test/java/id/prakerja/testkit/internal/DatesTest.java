// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generators' birth-date bounds at literal dates, leap days included (the oracle is the table). */
class DatesTest {

    @ParameterizedTest(name = "on {0} aged {1}: born {2} .. {3}")
    @CsvSource({
        "2024-06-15, 18, 2006-06-15, 2005-06-16",
        "2024-06-15, 0, 2024-06-15, 2023-06-16",
        // a 29 February evaluation date: the child born on 29 February 2020 turns 4 that day
        "2024-02-29, 4, 2020-02-29, 2019-03-01",
        // in a common year: born 28 February 2023 is 1 on 29 February 2024, born 1 March 2023 is not
        "2024-02-29, 1, 2023-02-28, 2022-03-01",
        // 28 February of a common year: the leap-day child of 2024 is still 0, turning 1 on 1 March
        "2025-02-28, 1, 2024-02-28, 2023-03-01",
        "2025-02-28, 0, 2025-02-28, 2024-02-29",
        "2025-03-01, 1, 2024-03-01, 2023-03-02",
        "2021-12-31, 64, 1957-12-31, 1957-01-01"
    })
    void birthDateBoundsOfAnAge(LocalDate on, int years, LocalDate latest, LocalDate earliest) {
        assertThat(Dates.latestBirthAged(on, years)).isEqualTo(latest);
        assertThat(Dates.earliestBirthAged(on, years)).isEqualTo(earliest);
    }
}
