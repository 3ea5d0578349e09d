// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.Accepted;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.core.participation.TrainingPurchased;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ParticipantBinderTest {

    /** The participant record of {@code wire-formats.md}, verbatim. */
    static final String WIRE_SAMPLE = """
            {
              "nik": "3174015708990001",
              "events": [
                { "type": "ACCEPTED", "date": "2021-08-20", "wave": 18 },
                { "type": "PAYOUT_ACCOUNT_LINKED", "date": "2021-08-21", "channel": "E_WALLET", "provider": "OVO",
                  "accountNik": "3174015708990001" },
                { "type": "TRAINING_PURCHASED", "date": "2021-08-25", "courseId": "C-101", "price": 600000 },
                { "type": "TRAINING_COMPLETED", "date": "2021-09-01", "courseId": "C-101" },
                { "type": "TRAINING_REVIEWED", "date": "2021-09-02", "courseId": "C-101", "rating": 5 },
                { "type": "INCENTIVE_PAID", "date": "2021-09-10", "amount": 600000 },
                { "type": "SURVEY_INCENTIVE_PAID", "date": "2021-09-12", "amount": 50000 },
                { "type": "REVOKED", "date": "2021-12-20", "reason": "INELIGIBLE" }
              ]
            }
            """;

    static final Nik NIK = Nik.parse("3174015708990001");

    static final Participant SAMPLE = Participant.of(
            NIK,
            List.of(
                    ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18),
                    ParticipantEvent.payoutAccountLinked(LocalDate.of(2021, 8, 21), PayoutChannel.E_WALLET, "OVO", NIK),
                    ParticipantEvent.trainingPurchased(LocalDate.of(2021, 8, 25), "C-101", Rupiah.of(600_000)),
                    ParticipantEvent.trainingCompleted(LocalDate.of(2021, 9, 1), "C-101"),
                    ParticipantEvent.trainingReviewed(LocalDate.of(2021, 9, 2), "C-101", 5),
                    ParticipantEvent.incentivePaid(LocalDate.of(2021, 9, 10), Rupiah.of(600_000)),
                    ParticipantEvent.surveyIncentivePaid(LocalDate.of(2021, 9, 12), Rupiah.of(50_000)),
                    ParticipantEvent.revoked(LocalDate.of(2021, 12, 20), RevocationReason.INELIGIBLE)));

    private static final JsonMapper MAPPER = Samples.mapper();

    private static List<String> problems(String json) {
        BoundRecord<Participant> b = RecordBinder.participants().bind(json);
        assertThat(b.isBound()).as(json).isFalse();
        assertThat(b.isReadable()).isTrue();
        return b.violations().stream()
                .map(v -> v.code() + " " + v.field() + " " + v.arguments().get("pointer"))
                .toList();
    }

    @Test
    void bindsTheWireSample() {
        BoundRecord<Participant> b = RecordBinder.participants().bind(WIRE_SAMPLE);
        assertThat(b.violations()).isEmpty();
        assertThat(b.value()).contains(SAMPLE);
        assertThat(MAPPER.readValue(WIRE_SAMPLE, Participant.class)).isEqualTo(SAMPLE);
    }

    @Test
    void writesTheWireSample() {
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(SAMPLE))).isEqualTo(MAPPER.readTree(WIRE_SAMPLE));
        assertThat(MAPPER.writeValueAsString(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18)))
                .isEqualTo("{\"type\":\"ACCEPTED\",\"date\":\"2021-08-20\",\"wave\":18}");
    }

    @Test
    void reportsEveryProblemWithItsPointer() {
        assertThat(problems("{\"nik\": 3174015708990001, \"events\": [{\"type\": \"ACCEPTED\", \"date\": \"2021-8-20\","
                        + " \"wave\": 0}, {\"type\": \"TRAINING_PURCHASED\", \"date\": \"2021-08-25\", \"courseId\": \" \","
                        + " \"price\": -1, \"rating\": 5}, {\"type\": \"FINISHED\", \"date\": \"2021-08-25\"},"
                        + " {\"date\": null}, 7], \"x\": 1}"))
                .containsExactly(
                        "FIELD_INVALID nik /nik",
                        "FIELD_INVALID events[0].date /events/0/date",
                        "FIELD_INVALID events[0].wave /events/0/wave",
                        "FIELD_INVALID events[1].courseId /events/1/courseId",
                        "FIELD_INVALID events[1].price /events/1/price",
                        "FIELD_UNKNOWN events[1].rating /events/1/rating",
                        "FIELD_INVALID events[2].type /events/2/type",
                        "FIELD_REQUIRED events[3].type /events/3/type",
                        "FIELD_REQUIRED events[3].date /events/3/date",
                        "FIELD_INVALID events[4] /events/4",
                        "FIELD_UNKNOWN x /x");
    }

    @Test
    void anInvalidNikGivesItsNikCodeOnItsPath() {
        BoundRecord<Participant> b = RecordBinder.participants()
                .bind(
                        "{\"nik\": \"3174015708990000\", \"events\": [{\"type\": \"PAYOUT_ACCOUNT_LINKED\","
                                + " \"date\": \"2021-08-21\", \"channel\": \"BANK\", \"provider\": \"BNI\", \"accountNik\": \"12\"}]}");
        assertThat(b.violations().stream().map(v -> v.code() + " " + v.field()))
                .containsExactly("NIK_SERIAL nik", "NIK_FORMAT events[0].accountNik");
    }

    @Test
    void requiredFieldsDependOnTheEventType() {
        assertThat(problems("{\"nik\": \"3174015708990001\", \"events\": [{\"type\": \"PAYOUT_ACCOUNT_LINKED\","
                        + " \"date\": \"2021-08-21\"}]}"))
                .containsExactly(
                        "FIELD_REQUIRED events[0].channel /events/0/channel",
                        "FIELD_REQUIRED events[0].provider /events/0/provider",
                        "FIELD_REQUIRED events[0].accountNik /events/0/accountNik");
        assertThat(problems("{\"events\": []}")).containsExactly("FIELD_REQUIRED nik /nik");
    }

    @Test
    void aRepeatedKeyIsInvalidOnceAndNotAlsoMissing() {
        assertThat(problems("{\"nik\": \"3174015708990001\", \"nik\": \"3174015708990001\", \"events\": []}"))
                .containsExactly("FIELD_INVALID nik /nik");
    }

    @Test
    void lenientBindingIgnoresUnknownFields() {
        String json = "{\"nik\": \"3174015708990001\", \"events\": [{\"type\": \"ACCEPTED\", \"date\": \"2021-08-20\","
                + " \"wave\": 18, \"note\": \"x\"}], \"source\": \"portal\"}";
        assertThat(RecordBinder.participants(ReadOptions.defaults().withStrict(false))
                        .bind(json)
                        .value())
                .contains(Participant.of(NIK, List.of(ParticipantEvent.accepted(LocalDate.of(2021, 8, 20), 18))));
        JsonMapper lenient = JsonMapper.builder()
                .addModule(new PrakerjaModule().withStrict(false))
                .build();
        assertThat(lenient.readValue(json, Participant.class).events()).hasSize(1);
    }

    @Test
    void unreadableRecordsAreReportedLikeApplicants() {
        assertThat(RecordBinder.participants().bind("[1]").violations())
                .extracting(Violation::code)
                .containsExactly(RuleCode.RECORD_MALFORMED);
        assertThat(RecordBinder.participants().bind("{").isReadable()).isFalse();
    }

    @Test
    void aMapperFailsOnTheFirstBadRecordNamingItsViolations() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"nik\": \"3174015708990001\"}", Participant.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("FIELD_REQUIRED at events")
                .hasMessageContaining("RecordBinder.participants()");
    }

    @Test
    void aMapperReadsOneEventOfTheRightType() {
        String json =
                "{\"type\": \"TRAINING_PURCHASED\", \"date\": \"2021-08-25\", \"courseId\": \"C-1\", \"price\": 0}";
        assertThat(MAPPER.readValue(json, ParticipantEvent.class)).isInstanceOf(TrainingPurchased.class);
        assertThat(MAPPER.readValue(json, TrainingPurchased.class).price()).isEqualTo(Rupiah.ZERO);
        assertThatThrownBy(() -> MAPPER.readValue(json, Accepted.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("expected a Accepted");
    }

    @Test
    void readsAParticipantFeed() {
        String feed = WIRE_SAMPLE.replace("\n", "") + "\n\n{\"nik\": \"3174015708990001\"}\nnot json\n";
        try (FeedReader<Participant> reader = FeedReader.participants(new ByteArrayInputStream(Samples.utf8(feed)))) {
            List<FeedRecord<Participant>> records = reader.stream().toList();
            assertThat(records).extracting(FeedRecord::line).containsExactly(1L, 3L, 4L);
            assertThat(records.get(0).value()).contains(SAMPLE);
            assertThat(records.get(1).violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.FIELD_REQUIRED);
            assertThat(records.get(2).violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.RECORD_MALFORMED);
        }
    }
}
