// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.ProgressSummary;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.Reminder;
import id.prakerja.core.participation.ReminderPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON examples of {@code docs/wire-formats.md} read, write back unchanged and match their schema. */
class WireSamplesTest {

    private static final JsonMapper MAPPER = Samples.mapper();

    /** The {@code ```json} blocks of wire-formats.md that follow {@code heading}. */
    static JsonNode example(String heading) throws IOException {
        String md = Files.readString(Path.of("../docs/wire-formats.md"));
        int at = md.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        int start = md.indexOf("```json\n", at) + "```json\n".length();
        return MAPPER.readTree(md.substring(start, md.indexOf("```", start)));
    }

    @Test
    void theProgressSummaryExample() throws IOException {
        JsonNode json = example("## Progress summary (output)");
        ProgressSummary s = MAPPER.treeToValue(json, ProgressSummary.class);
        assertThat(s.total().peopleReached()).isEqualTo(550);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(s));
        assertThat(written).isEqualTo(json);
        assertThat(Schemas.errors("progress-summary", json)).isEmpty();
    }

    @Test
    void theReminderExampleIsWhatThePlannerWrites() throws IOException {
        JsonNode json = example("## Reminder (output)");
        Participant p = Participant.of(
                ParticipantBinderTest.NIK, List.of(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18)));
        List<Reminder> planned = ReminderPlanner.standard().remind(p, LocalDate.of(2021, 9, 11));
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(planned.get(0)));
        assertThat(written).isEqualTo(json);
        assertThat(MAPPER.treeToValue(json, Reminder.class)).isEqualTo(planned.get(0));
        assertThat(Schemas.errors("reminder", json)).isEmpty();
    }

    @Test
    void theInputExamplesMatchTheirSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        check("## Applicant record", "applicant", problems);
        check("## Participant record", "participant", problems);
        check("ships the DKI Jakarta agreement", "agreement", problems);
        check("An outreach activity:", "activity", problems);
        assertThat(problems).isEmpty();
    }

    private static void check(String heading, String schema, List<String> problems) throws IOException {
        Schemas.errors(schema, example(heading)).forEach(e -> problems.add(schema + ": " + e));
    }
}
