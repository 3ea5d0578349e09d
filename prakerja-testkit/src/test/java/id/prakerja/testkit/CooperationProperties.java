// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;

import id.prakerja.core.cooperation.Agreements;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated agreements and activities: valid ones break no rule of {@code CooperationRules}; for every
 * {@code COOPERATION_*} code an agreement or an activity can break, the generated values yield exactly that
 * code — agreement codes with edge cases and many seeds, activity codes under the DKI Jakarta agreement of
 * 2021, the agreement edge cases and many synthetic agreements.
 */
class CooperationProperties {

    private static final CooperationRules RULES = CooperationRules.standard();
    private static final int MANY = 200;

    /** Codes checked on an agreement alone, from the rule catalogue (not from the testkit). */
    private static final Set<RuleCode> AGREEMENT = EnumSet.of(
            RuleCode.COOPERATION_PARTIES,
            RuleCode.COOPERATION_SIGNATORY,
            RuleCode.COOPERATION_PERIOD,
            RuleCode.COOPERATION_OBJECTIVES,
            RuleCode.COOPERATION_AUDIENCE);

    static Set<RuleCode> cooperationCodes() {
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (RuleCode c : RuleCode.values()) {
            if (c.name().startsWith("COOPERATION_")) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * What an activity under {@code a} can break, derived from the rules: every activity code, and an
     * activity without objective or audience; not the period when the agreement has none, not the audience
     * when the agreement's audience already has every group.
     */
    static Set<RuleCode> derivedActivityCodes(CooperationAgreement a) {
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        for (RuleCode c : cooperationCodes()) {
            if (c.name().startsWith("COOPERATION_ACTIVITY_")) {
                out.add(c);
            }
        }
        out.add(RuleCode.COOPERATION_OBJECTIVES);
        out.add(RuleCode.COOPERATION_AUDIENCE);
        if (a.period().isEmpty()) {
            out.remove(RuleCode.COOPERATION_ACTIVITY_PERIOD);
        }
        if (a.audience()
                .includes(TargetAudience.of(
                        EnumSet.allOf(WorkforceCategory.class), EnumSet.allOf(RecipientGroup.class)))) {
            out.remove(RuleCode.COOPERATION_ACTIVITY_AUDIENCE);
        }
        return out;
    }

    /** DKI 2021, every valid agreement edge case, and synthetic agreements of many seeds. */
    static List<CooperationAgreement> agreements() {
        List<CooperationAgreement> out =
                new ArrayList<>(Cooperation.agreements().edgeCases());
        Cooperation.agreements().samples(11, 40).forEach(out::add);
        Cooperation.agreements().province(Province.PAPUA).samples(12, 5).forEach(out::add);
        return out;
    }

    @Test
    void theAgreementCodesAreEveryCooperationCodeThatIsNotAboutActivities() {
        Set<RuleCode> expected = cooperationCodes();
        expected.removeIf(c -> c.name().startsWith("COOPERATION_ACTIVITY_"));
        assertThat(expected).isEqualTo(AGREEMENT);
        assertThat(Cooperation.agreementCodes()).isEqualTo(expected);
        Set<RuleCode> covered = EnumSet.copyOf(AGREEMENT);
        covered.addAll(
                Cooperation.activities(Cooperation.agreements().sample(3)).breakableCodes());
        assertThat(covered).isEqualTo(cooperationCodes());
    }

    @TestFactory
    Stream<DynamicTest> validAgreementsBreakNoRule() {
        return Stream.of(null, Province.DKI_JAKARTA, Province.JAWA_TIMUR, Province.PAPUA_SELATAN)
                .map(p -> DynamicTest.dynamicTest(String.valueOf(p), () -> {
                    AgreementGenerator gen = p == null
                            ? Cooperation.agreements()
                            : Cooperation.agreements().province(p);
                    assertThat(gen.edgeCases()).hasSizeGreaterThanOrEqualTo(8);
                    PropertyCheck.forAll(gen).tries(MANY).verify(a -> {
                        assertThat(RULES.validate(a)).isValid();
                        if (p != null) {
                            assertThat(a.region().province()).isEqualTo(p);
                        }
                    });
                }));
    }

    @Test
    void theDkiAgreementOf2021IsTheFirstEdgeCase() {
        assertThat(Cooperation.agreements().edgeCases().get(0)).isSameAs(Agreements.dkiJakarta2021());
    }

    @TestFactory
    Stream<DynamicTest> everyAgreementCodeIsTheOnlyCodeOfItsAgreements() {
        return AGREEMENT.stream()
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> {
                    AgreementGenerator gen = Cooperation.agreements().breaking(code);
                    assertThat(gen.edgeCases()).isNotEmpty();
                    PropertyCheck.forAll(gen)
                            .tries(MANY)
                            .verify(a ->
                                    assertThat(RULES.validate(a)).as("%s", code).hasOnlyViolations(code));
                    PropertyCheck.forAll(gen.province(Province.BALI))
                            .tries(MANY / 4)
                            .verify(a ->
                                    assertThat(RULES.validate(a)).as("%s", code).hasOnlyViolations(code));
                }));
    }

    @TestFactory
    Stream<DynamicTest> validActivitiesBreakNoRuleOfTheirAgreement() {
        return agreements().stream()
                .map(a -> DynamicTest.dynamicTest(a.identifier(), () -> {
                    ActivityGenerator gen = Cooperation.activities(a);
                    assertThat(gen.edgeCases()).hasSizeGreaterThanOrEqualTo(4);
                    PropertyCheck.forAll(gen)
                            .tries(30)
                            .verify(x -> assertThat(RULES.validate(a, x)).isValid());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyActivityCodeIsTheOnlyCodeOfItsActivities() {
        return cooperationCodes().stream()
                .map(code -> DynamicTest.dynamicTest(code.name(), () -> {
                    int broken = 0;
                    for (CooperationAgreement a : agreements()) {
                        ActivityGenerator valid = Cooperation.activities(a);
                        assertThat(valid.breakableCodes()).as(a.identifier()).isEqualTo(derivedActivityCodes(a));
                        if (!derivedActivityCodes(a).contains(code)) {
                            assertThatThrownBy(() -> valid.breaking(code))
                                    .isInstanceOf(IllegalArgumentException.class)
                                    .hasMessageStartingWith(code.name());
                            continue;
                        }
                        broken++;
                        ActivityGenerator gen = valid.breaking(code);
                        assertThat(gen.edgeCases()).isNotEmpty();
                        PropertyCheck.forAll(gen)
                                .tries(a == Agreements.dkiJakarta2021() ? MANY : 15)
                                .verify(x -> assertThat(RULES.validate(a, x))
                                        .as("%s under %s", code, a.identifier())
                                        .hasOnlyViolations(code));
                    }
                    if (!AGREEMENT.contains(code)
                            || code == RuleCode.COOPERATION_OBJECTIVES
                            || code == RuleCode.COOPERATION_AUDIENCE) {
                        assertThat(broken)
                                .as("agreements under which %s was broken", code)
                                .isGreaterThan(10);
                    } else {
                        assertThat(broken).isZero();
                    }
                }));
    }

    @Test
    void whatCannotBeBrokenSaysWhy() {
        ActivityGenerator dki = Cooperation.activities(Agreements.dkiJakarta2021());
        assertThatThrownBy(() -> dki.breaking(RuleCode.COOPERATION_ACTIVITY_AUDIENCE))
                .hasMessageContaining("every workforce category and every recipient group");
        assertThatThrownBy(() -> dki.breaking(RuleCode.COOPERATION_SIGNATORY))
                .hasMessageContaining("Cooperation.agreements().breaking(COOPERATION_SIGNATORY)");
        assertThatThrownBy(() -> Cooperation.agreements().breaking(RuleCode.COOPERATION_ACTIVITY_REACH))
                .hasMessageContaining("Cooperation.activities(agreement)");
        for (RuleCode code : RuleCode.values()) {
            if (!cooperationCodes().contains(code)) {
                assertThatThrownBy(() -> Cooperation.agreements().breaking(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(code.name())
                        .hasMessageContaining("use ");
                assertThatThrownBy(() -> dki.breaking(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(code.name());
            }
        }
        CooperationAgreement inverted = Cooperation.agreements()
                .breaking(RuleCode.COOPERATION_PERIOD)
                .edgeCases()
                .get(0);
        assertThatThrownBy(() -> Cooperation.activities(inverted))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void theEdgeCasesOfTheDkiActivitiesAreTheFirstAndLastDayAndOneDayOutside() {
        ActivityGenerator dki = Cooperation.activities(Agreements.dkiJakarta2021());
        assertThat(dki.edgeCases().get(0).date()).hasToString("2021-09-17");
        assertThat(dki.edgeCases().get(1).date()).hasToString("2021-12-31");
        List<String> outside = dki.breaking(RuleCode.COOPERATION_ACTIVITY_PERIOD).edgeCases().stream()
                .map(x -> x.date().toString())
                .toList();
        assertThat(outside).containsExactly("2021-09-16", "2022-01-01");
    }

    @Test
    void valuesAreDeterministicAndShrinkWithinTheContract() {
        AgreementGenerator gen = Cooperation.agreements();
        assertThat(gen.sample(5)).isEqualTo(gen.sample(5));
        assertThat(gen.samples(9, 20).toList()).isEqualTo(gen.samples(9, 20).toList());
        for (CooperationAgreement a : gen.samples(1, 60).toList()) {
            assertThat(gen.shrink(a)).allMatch(gen::meetsContract).doesNotContain(a);
            ActivityGenerator activities = Cooperation.activities(a).breaking(RuleCode.COOPERATION_ACTIVITY_REGION);
            activities
                    .samples(2, 10)
                    .forEach(x -> assertThat(activities.shrink(x)).allMatch(activities::meetsContract));
        }
    }
}
