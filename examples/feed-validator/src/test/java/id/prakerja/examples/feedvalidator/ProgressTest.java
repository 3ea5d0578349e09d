// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The progress line: its language, the time left while a file of known size is read, and its end at 100%. */
class ProgressTest {

    static String drawn(String language, long total, long bytesRead, boolean finish) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Progress p = new Progress(
                new PrintStream(err, true, StandardCharsets.UTF_8),
                true,
                total,
                ReportTexts.of(Locale.forLanguageTag(language)));
        p.update(1500, bytesRead);
        if (finish) {
            p.finish(total, 1500);
        }
        p.done();
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void halfWayThroughAFileOfKnownSizeTheLineShowsTheTimeLeftInTheReportsLanguage() {
        assertThat(drawn("en", 1000, 500, false))
                .contains("] 50%")
                .contains("1,500 records")
                .contains("records/s")
                .contains("about ")
                .contains(" left");
        assertThat(drawn("id", 1000, 500, false))
                .contains("1.500 rekaman")
                .contains("rekaman/detik")
                .contains("sisa sekitar ");
    }

    @Test
    void theLastStateIsOneHundredPercentWithoutATimeLeft() {
        String out = drawn("en", 1000, 500, true);
        String last = out.substring(out.lastIndexOf('\r') + 1);
        assertThat(last)
                .contains("[####################] 100%")
                .doesNotContain("left")
                .endsWith("\n");
    }

    @Test
    void withoutASizeThereIsNoPercentageNorTimeLeft() {
        assertThat(drawn("en", -1, 500, true))
                .doesNotContain("%")
                .doesNotContain("left")
                .contains("1,500 records");
    }

    @Test
    void durationsReadAsAClock() {
        assertThat(Progress.duration(7)).isEqualTo("0:07");
        assertThat(Progress.duration(750)).isEqualTo("12:30");
        assertThat(Progress.duration(3723)).isEqualTo("1:02:03");
    }
}
