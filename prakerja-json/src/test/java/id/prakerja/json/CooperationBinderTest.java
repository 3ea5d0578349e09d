// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.Agreements;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CooperationBinderTest {

    private static final JsonMapper MAPPER = Samples.mapper();

    /** The activity record of {@code wire-formats.md}, verbatim. */
    static final String ACTIVITY = """
            {
              "agreement": "DKI-JAKARTA-PMO-2021",
              "date": "2021-10-05",
              "region": { "provinceCode": "31", "regencyCode": "3174" },
              "objectives": ["DIGITAL_LITERACY"],
              "audience": { "workforceCategories": ["JOB_SEEKER", "LAID_OFF"], "recipientGroups": [] },
              "channel": "EVENT",
              "peopleReached": 250,
              "description": "Sosialisasi dan literasi digital Kartu Prakerja"
            }
            """;

    static final OutreachActivity ACTIVITY_VALUE = OutreachActivity.builder()
            .agreement("DKI-JAKARTA-PMO-2021")
            .date(LocalDate.of(2021, 10, 5))
            .region(Region.of(Province.DKI_JAKARTA, "3174"))
            .addObjective(BuiltInObjective.DIGITAL_LITERACY)
            .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER, WorkforceCategory.LAID_OFF))
            .channel(Channel.EVENT)
            .peopleReached(250)
            .description("Sosialisasi dan literasi digital Kartu Prakerja")
            .build();

    /** The DKI agreement as the conformance file carries it. */
    static JsonNode dkiAgreement() throws IOException {
        JsonNode doc =
                MAPPER.readTree(Files.readString(Path.of("../docs/conformance/cooperation/dki-jakarta-2021.json")));
        return doc.get("cases").get(0).get("input").get("agreement");
    }

    private static List<String> problems(BoundRecord<?> b) {
        return b.violations().stream()
                .map(v -> v.code() + " " + v.field() + " " + v.arguments().get("pointer"))
                .toList();
    }

    @Test
    void theDkiAgreementOnTheWireIsTheLibrarysReadyDataBothWays() throws IOException {
        JsonNode wire = dkiAgreement();
        BoundRecord<CooperationAgreement> b = RecordBinder.agreements().bind(wire.toString());
        assertThat(b.violations()).isEmpty();
        assertThat(b.value()).contains(Agreements.dkiJakarta2021());
        assertThat(MAPPER.readValue(wire.toString(), CooperationAgreement.class))
                .isEqualTo(Agreements.dkiJakarta2021());
        ObjectNode written = (ObjectNode) MAPPER.valueToTree(Agreements.dkiJakarta2021());
        // the writer always writes the (empty) witnesses and regency lists; the file has them too
        assertThat(written).isEqualTo(wire);
    }

    @Test
    void bindsAndWritesTheActivitySample() {
        BoundRecord<OutreachActivity> b = RecordBinder.activities().bind(ACTIVITY);
        assertThat(b.violations()).isEmpty();
        assertThat(b.value()).contains(ACTIVITY_VALUE);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(ACTIVITY_VALUE))).isEqualTo(MAPPER.readTree(ACTIVITY));
    }

    @Test
    void reportsTheAgreementsFieldProblemsWithTheirPointers() throws IOException {
        ObjectNode a = (ObjectNode) dkiAgreement();
        a.put("type", "MOU");
        a.remove("title");
        ((ObjectNode) a.get("signatories").get(1)).put("party", "Kementerian X");
        ((ObjectNode) a.get("region")).putArray("regencyCodes").add("3274").add(3171);
        ((ObjectNode) a.get("objectives").get(0)).put("indonesian", "Sosialisasi");
        a.withArray("objectives").addObject().put("code", "digital").put("indonesian", "x");
        a.withArray("objectives").addObject().put("code", "SURVEY");
        a.withArray("objectives").addObject().put("code", "DIGITAL_LITERACY");
        a.putObject("period").put("start", "2021-09-17").put("end", "2021-02-30");
        a.put("extra", true);
        assertThat(problems(RecordBinder.agreements().bind(a.toString())))
                .containsExactly(
                        "FIELD_INVALID type /type",
                        "FIELD_REQUIRED title /title",
                        "FIELD_INVALID signatories[1].party /signatories/1/party",
                        "FIELD_INVALID period.end /period/end",
                        "FIELD_INVALID region.regencyCodes[0] /region/regencyCodes/0",
                        "FIELD_INVALID region.regencyCodes[1] /region/regencyCodes/1",
                        "FIELD_INVALID objectives[0].indonesian /objectives/0/indonesian",
                        "FIELD_INVALID objectives[3].code /objectives/3/code",
                        "FIELD_REQUIRED objectives[4].indonesian /objectives/4/indonesian",
                        "FIELD_INVALID objectives[5].code /objectives/5/code",
                        "FIELD_UNKNOWN extra /extra");
    }

    @Test
    void reportsTheActivitysFieldProblems() throws IOException {
        ObjectNode a = (ObjectNode) MAPPER.readTree(ACTIVITY);
        a.put("peopleReached", 2.5);
        a.put("channel", "TV");
        ((ObjectNode) a.get("region")).put("provinceCode", "99");
        ((ObjectNode) a.get("audience")).putArray("recipientGroups").add("ALL");
        a.putArray("objectives").add("").addNull();
        assertThat(problems(RecordBinder.activities().bind(a.toString())))
                .containsExactly(
                        "FIELD_INVALID region.provinceCode /region/provinceCode",
                        "FIELD_INVALID objectives[0] /objectives/0",
                        "FIELD_INVALID objectives[1] /objectives/1",
                        "FIELD_INVALID audience.recipientGroups[0] /audience/recipientGroups/0",
                        "FIELD_INVALID channel /channel",
                        "FIELD_INVALID peopleReached /peopleReached");
    }

    @Test
    void aNegativeReachBindsForTheRulesToReport() throws IOException {
        ObjectNode a = (ObjectNode) MAPPER.readTree(ACTIVITY);
        a.put("peopleReached", -5);
        assertThat(RecordBinder.activities()
                        .bind(a.toString())
                        .value()
                        .orElseThrow()
                        .peopleReached())
                .hasValue(-5);
    }

    @Test
    void readsAnActivityFeed() {
        String feed = ACTIVITY.replace("\n", "") + "\n{\"agreement\": \"X\"}\n";
        try (FeedReader<OutreachActivity> reader =
                FeedReader.activities(new ByteArrayInputStream(Samples.utf8(feed)))) {
            List<FeedRecord<OutreachActivity>> records = reader.stream().toList();
            assertThat(records.get(0).value()).contains(ACTIVITY_VALUE);
            assertThat(records.get(1).violations()).extracting(Violation::code).containsOnly(RuleCode.FIELD_REQUIRED);
        }
    }

    @Test
    void readsAnAgreementArray() throws IOException {
        String feed = "[" + dkiAgreement() + ", {}]";
        try (FeedReader<CooperationAgreement> reader = FeedReader.agreements(
                new ByteArrayInputStream(Samples.utf8(feed)),
                ReadOptions.defaults().withFormat(FeedFormat.JSON_ARRAY))) {
            List<FeedRecord<CooperationAgreement>> records = reader.stream().toList();
            assertThat(records.get(0).value()).contains(Agreements.dkiJakarta2021());
            assertThat(records.get(1).record().isReadable()).isTrue();
            assertThat(records.get(1).value()).isEmpty();
        }
    }
}
