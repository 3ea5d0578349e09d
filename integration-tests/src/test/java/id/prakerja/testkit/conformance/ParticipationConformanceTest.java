// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.EventType;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs the language-neutral cases of {@code docs/conformance/participation} through the Java API. The JSON
 * participant record is mapped to a {@link Participant} by the small test-only mapping below; prakerja-json
 * will run the same files through its binding.
 */
class ParticipationConformanceTest {

    private static final ParticipationChecker CHECKER = ParticipationChecker.standard();

    static Participant participant(JsonNode in) {
        List<ParticipantEvent> events = new ArrayList<>();
        for (JsonNode e : in.get("events")) {
            events.add(event(e));
        }
        return Participant.of(Nik.parse(in.get("nik").asString()), events);
    }

    static ParticipantEvent event(JsonNode e) {
        LocalDate date = LocalDate.parse(e.get("date").asString());
        switch (EventType.valueOf(e.get("type").asString())) {
            case ACCEPTED:
                return ParticipantEvent.accepted(date, e.get("wave").asInt());
            case TRAINING_PURCHASED:
                return ParticipantEvent.trainingPurchased(
                        date,
                        e.get("courseId").asString(),
                        Rupiah.of(e.get("price").asLong()));
            case TRAINING_COMPLETED:
                return ParticipantEvent.trainingCompleted(
                        date, e.get("courseId").asString());
            case TRAINING_REVIEWED:
                return ParticipantEvent.trainingReviewed(
                        date, e.get("courseId").asString(), e.get("rating").asInt());
            case PAYOUT_ACCOUNT_LINKED:
                return ParticipantEvent.payoutAccountLinked(
                        date,
                        PayoutChannel.valueOf(e.get("channel").asString()),
                        e.get("provider").asString(),
                        Nik.parse(e.get("accountNik").asString()));
            case INCENTIVE_PAID:
                return ParticipantEvent.incentivePaid(
                        date, Rupiah.of(e.get("amount").asLong()));
            case SURVEY_INCENTIVE_PAID:
                return ParticipantEvent.surveyIncentivePaid(
                        date, Rupiah.of(e.get("amount").asLong()));
            default:
                return ParticipantEvent.revoked(
                        date, RevocationReason.valueOf(e.get("reason").asString()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyParticipationCaseGivesItsCodesInOrder() {
        return ConformanceFiles.cases("participation").stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    LocalDate date = LocalDate.parse(c.node().get("date").asString());
                    List<Violation> v = CHECKER.violations(participant(c.node().get("input")), date);
                    assertThat(v.stream().map(x -> x.code().name()).toList())
                            .as("%s -> %s", c, v)
                            .isEqualTo(ConformanceFiles.expectedCodes(c.node()));
                }));
    }

    @Test
    void theCasesAreEnoughCoverBothSchemesAndEveryParticipationCode() {
        List<ConformanceFiles.Case> cases = ConformanceFiles.cases("participation");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        Set<RuleCode> covered = EnumSet.noneOf(RuleCode.class);
        int semi = 0;
        int normal = 0;
        for (ConformanceFiles.Case c : cases) {
            assertThat(c.node().has("date"))
                    .as("%s needs its evaluation date", c)
                    .isTrue();
            ConformanceFiles.expectedCodes(c.node()).forEach(code -> covered.add(RuleCode.valueOf(code)));
            for (JsonNode e : c.node().get("input").get("events")) {
                if (e.get("type").asString().equals("ACCEPTED")) {
                    if (e.get("wave").asInt() < 48) {
                        semi++;
                    } else {
                        normal++;
                    }
                    break;
                }
            }
        }
        assertThat(semi).isGreaterThanOrEqualTo(10);
        assertThat(normal).isGreaterThanOrEqualTo(10);
        for (RuleCode code : RuleCode.values()) {
            if (code.family() == RuleCode.Family.PARTICIPATION) {
                assertThat(covered).contains(code);
            }
        }
        assertThat(cases.stream().map(ConformanceFiles.Case::name)).doesNotHaveDuplicates();
    }
}
