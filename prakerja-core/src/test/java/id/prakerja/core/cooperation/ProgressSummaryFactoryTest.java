// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.Province;
import id.prakerja.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ProgressSummary#of} and {@link ObjectiveProgress#of} reassemble summaries read back from JSON. */
class ProgressSummaryFactoryTest {

    @Test
    void reassemblesASummaryThatEqualsTheOriginal() {
        OutreachActivity a = OutreachActivity.builder()
                .agreement("A")
                .date(LocalDate.of(2021, 10, 5))
                .region(Region.of(Province.DKI_JAKARTA, "3174"))
                .addObjective(BuiltInObjective.DIGITAL_LITERACY)
                .audience(TargetAudience.currentRecipients())
                .channel(Channel.EVENT)
                .peopleReached(250)
                .build();
        ProgressSummary original = ProgressSummary.of(a);
        ObjectiveProgress p = original.objective(BuiltInObjective.DIGITAL_LITERACY);
        ProgressSummary copy = ProgressSummary.of(
                original.total(),
                Map.of("DIGITAL_LITERACY", ObjectiveProgress.of(p.total(), p.byRegion(), p.byChannel())),
                original.excludedActivities());
        assertThat(copy).isEqualTo(original);
        assertThat(ProgressSummary.of(Tally.ZERO, Map.of(), 0)).isEqualTo(ProgressSummary.empty());
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> ProgressSummary.of(Tally.ZERO, Map.of(), -1))
                .isInstanceOf(InvalidValueException.class);
    }
}
