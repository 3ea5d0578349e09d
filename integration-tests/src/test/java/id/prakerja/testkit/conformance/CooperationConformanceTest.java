// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.AgreementPeriod;
import id.prakerja.core.cooperation.AgreementRegion;
import id.prakerja.core.cooperation.AgreementType;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.Objective;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.Party;
import id.prakerja.core.cooperation.PartyKind;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Signatory;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.cooperation.Witness;
import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
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
 * Runs {@code docs/conformance/cooperation/*.json} through the Java API: the agreement is validated, then
 * each activity against it, and the codes must be exactly the expected ones in that order.
 *
 * <p>The JSON-to-model mapping here is test-only and strict (an unknown or mistyped field fails the case
 * file, not the rules): it keeps the files clean for the JSON module, which binds the same files for real.
 */
class CooperationConformanceTest {

    private static final CooperationRules RULES = CooperationRules.standard();

    static List<ConformanceFiles.Case> cases() {
        return ConformanceFiles.cases("cooperation");
    }

    @Test
    void thereAreEnoughCasesAndTheyCoverEveryCooperationCode() {
        List<ConformanceFiles.Case> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(15);
        Set<String> seen = new java.util.HashSet<>();
        for (ConformanceFiles.Case c : all) {
            seen.addAll(ConformanceFiles.expectedCodes(c.node()));
        }
        for (id.prakerja.core.validation.RuleCode code : id.prakerja.core.validation.RuleCode.values()) {
            if (code.family() == id.prakerja.core.validation.RuleCode.Family.COOPERATION) {
                assertThat(seen).as("a case expecting %s", code).contains(code.name());
            }
        }
    }

    @Test
    void theDkiAgreementOnTheWireIsTheLibrarysReadyData() {
        ConformanceFiles.Case first = cases().stream()
                .filter(c -> c.file().getFileName().toString().equals("dki-jakarta-2021.json"))
                .findFirst()
                .orElseThrow();
        assertThat(agreement(first.node().path("input").path("agreement")))
                .isEqualTo(id.prakerja.core.cooperation.Agreements.dkiJakarta2021());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseYieldsExactlyTheExpectedCodesInOrder() {
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
                    JsonNode input = c.node().path("input");
                    only(input, "input", "agreement", "activities");
                    CooperationAgreement agreement = agreement(input.path("agreement"));
                    List<String> codes = new ArrayList<>();
                    RULES.validate(agreement)
                            .violations()
                            .forEach(v -> codes.add(v.code().name()));
                    for (JsonNode a : input.path("activities")) {
                        for (Violation v :
                                RULES.validate(agreement, activity(a)).violations()) {
                            codes.add(v.code().name());
                        }
                    }
                    assertThat(codes).as(c.toString()).isEqualTo(ConformanceFiles.expectedCodes(c.node()));
                }));
    }

    // ---- test-only mapping of the wire format (docs/wire-formats.md) ----

    static CooperationAgreement agreement(JsonNode n) {
        only(
                n,
                "agreement",
                "identifier",
                "type",
                "documentNumber",
                "title",
                "scope",
                "parties",
                "signatories",
                "witnesses",
                "signingDate",
                "signingPlace",
                "period",
                "region",
                "objectives",
                "audience");
        CooperationAgreement.Builder b = CooperationAgreement.builder()
                .identifier(text(n, "identifier"))
                .type(AgreementType.valueOf(text(n, "type")))
                .title(text(n, "title"))
                .signingDate(date(n, "signingDate"))
                .region(agreementRegion(n.path("region")))
                .audience(audience(n.path("audience")));
        optionalText(n, "documentNumber").ifPresent(b::documentNumber);
        optionalText(n, "scope").ifPresent(b::scope);
        optionalText(n, "signingPlace").ifPresent(b::signingPlace);
        for (JsonNode p : n.path("parties")) {
            only(p, "party", "name", "kind", "region");
            PartyKind kind = PartyKind.valueOf(text(p, "kind"));
            b.addParties(
                    p.has("region")
                            ? Party.of(text(p, "name"), kind, region(p.path("region")))
                            : Party.of(text(p, "name"), kind));
        }
        for (JsonNode s : n.path("signatories")) {
            only(s, "signatory", "name", "position", "party");
            b.addSignatories(Signatory.of(text(s, "name"), text(s, "position"), text(s, "party")));
        }
        for (JsonNode w : n.path("witnesses")) {
            only(w, "witness", "name", "position", "onBehalfOf");
            b.addWitnesses(
                    w.has("onBehalfOf")
                            ? Witness.of(text(w, "name"), text(w, "position"), text(w, "onBehalfOf"))
                            : Witness.of(text(w, "name"), text(w, "position")));
        }
        if (n.has("period")) {
            JsonNode p = n.path("period");
            only(p, "period", "start", "end");
            b.period(AgreementPeriod.of(date(p, "start"), date(p, "end")));
        }
        for (JsonNode o : n.path("objectives")) {
            only(o, "objective", "code", "indonesian", "english");
            String code = text(o, "code");
            var builtIn = BuiltInObjective.find(code);
            if (builtIn.isPresent()) {
                assertThat(o.has("indonesian") || o.has("english"))
                        .as("a built-in objective carries no wording: %s", code)
                        .isFalse();
                b.addObjectives(builtIn.get());
            } else {
                b.addObjectives(
                        o.has("english")
                                ? Objective.custom(code, text(o, "indonesian"), text(o, "english"))
                                : Objective.custom(code, text(o, "indonesian")));
            }
        }
        return b.build();
    }

    static OutreachActivity activity(JsonNode n) {
        only(
                n,
                "activity",
                "agreement",
                "date",
                "region",
                "objectives",
                "audience",
                "channel",
                "peopleReached",
                "description");
        OutreachActivity.Builder b = OutreachActivity.builder()
                .agreement(text(n, "agreement"))
                .date(date(n, "date"))
                .region(region(n.path("region")))
                .audience(audience(n.path("audience")))
                .channel(Channel.valueOf(text(n, "channel")));
        for (JsonNode o : n.path("objectives")) {
            b.addObjectives(o.asString());
        }
        if (n.has("peopleReached")) {
            assertThat(n.path("peopleReached").isIntegralNumber())
                    .as("peopleReached is an integer")
                    .isTrue();
            b.peopleReached(n.path("peopleReached").longValue());
        }
        optionalText(n, "description").ifPresent(b::description);
        return b.build();
    }

    private static Region region(JsonNode n) {
        only(n, "region", "provinceCode", "regencyCode");
        Province p = province(text(n, "provinceCode"));
        return n.has("regencyCode") ? Region.of(p, text(n, "regencyCode")) : Region.of(p);
    }

    private static AgreementRegion agreementRegion(JsonNode n) {
        only(n, "region", "provinceCode", "regencyCodes");
        List<String> codes = new ArrayList<>();
        for (JsonNode c : n.path("regencyCodes")) {
            codes.add(c.asString());
        }
        return AgreementRegion.of(province(text(n, "provinceCode")), codes);
    }

    private static TargetAudience audience(JsonNode n) {
        only(n, "audience", "workforceCategories", "recipientGroups");
        EnumSet<WorkforceCategory> categories = EnumSet.noneOf(WorkforceCategory.class);
        for (JsonNode c : n.path("workforceCategories")) {
            categories.add(WorkforceCategory.valueOf(c.asString()));
        }
        EnumSet<RecipientGroup> groups = EnumSet.noneOf(RecipientGroup.class);
        for (JsonNode g : n.path("recipientGroups")) {
            groups.add(RecipientGroup.valueOf(g.asString()));
        }
        return TargetAudience.of(categories, groups);
    }

    private static Province province(String code) {
        return Province.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown province " + code));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isString()) {
            throw new IllegalStateException("'" + field + "' must be a string in " + n);
        }
        return v.asString();
    }

    private static java.util.Optional<String> optionalText(JsonNode n, String field) {
        return n.has(field) ? java.util.Optional.of(text(n, field)) : java.util.Optional.empty();
    }

    private static LocalDate date(JsonNode n, String field) {
        return LocalDate.parse(text(n, field));
    }

    private static void only(JsonNode n, String what, String... fields) {
        if (n.isMissingNode()) {
            throw new IllegalStateException(what + " is missing");
        }
        List<String> allowed = List.of(fields);
        for (String name : n.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new IllegalStateException("unknown field '" + name + "' in " + what);
            }
        }
    }
}
