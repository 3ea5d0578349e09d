// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatThrownBy;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.RuleCode;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GenTest {

    private final Gen<Integer> dice = Gen.of(r -> 1 + r.nextInt(6), List.of(1, 6));

    @Test
    void samplesListTheEdgeCasesFirstThenRandomValuesOfTheSeed() {
        List<Integer> s = dice.samples(42, 10).toList();
        assertThat(s).hasSize(10).startsWith(1, 6);
        assertThat(dice.samples(42, 10).toList()).isEqualTo(s);
        assertThat(dice.samples(42, 1).toList()).containsExactly(1);
        assertThat(dice.samples(42, 0).toList()).isEmpty();
        RandomGenerator r = Seeds.random(42);
        assertThat(s.subList(2, 10))
                .containsExactly(
                        dice.next(r),
                        dice.next(r),
                        dice.next(r),
                        dice.next(r),
                        dice.next(r),
                        dice.next(r),
                        dice.next(r),
                        dice.next(r));
        assertThatThrownBy(() -> dice.samples(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampleIsTheValueOfASeed() {
        assertThat(dice.sample(7)).isEqualTo(dice.next(Seeds.random(7)));
        assertThat(Identifiers.niks().sample(7)).isEqualTo(Identifiers.niks().sample(7));
    }

    @Test
    void mapKeepsEdgeCasesAndDoesNotShrink() {
        Gen<String> texts = Identifiers.niks().map(Nik::digits);
        assertThat(texts.edgeCases()).hasSameSizeAs(Identifiers.niks().edgeCases());
        assertThat(texts.sample(3)).isEqualTo(Identifiers.niks().sample(3).digits());
        assertThat(texts.shrink("3174015708990001")).isEmpty();
        assertThat(Gen.of(RandomGenerator::nextBoolean).edgeCases()).isEmpty();
        assertThat(dice.shrink(3)).isEmpty();
    }

    @Test
    void oneOfDrawsFromEachGeneratorListsTheirEdgeCasesAndShrinksWithThem() {
        ApplicantGenerator<RawApplicant> eligible = Applicants.valid().atWave(18);
        ApplicantGenerator<RawApplicant> tooOld = eligible.breaking(RuleCode.ELIGIBILITY_MAX_AGE);
        Gen<RawApplicant> both = Gen.oneOf(List.of(eligible, tooOld));
        assertThat(both.edgeCases())
                .hasSize(eligible.edgeCases().size() + tooOld.edgeCases().size());
        List<RawApplicant> values = both.samples(1, 200).toList();
        assertThat(values).anyMatch(eligible::meetsContract).anyMatch(tooOld::meetsContract);
        assertThat(values).allMatch(v -> eligible.meetsContract(v) || tooOld.meetsContract(v));
        RawApplicant old = tooOld.sample(5);
        assertThat(both.shrink(old)).containsAll(tooOld.shrink(old));
        assertThat(Gen.oneOf(List.of(dice, dice)).sample(3)).isBetween(1, 6);
        assertThatThrownBy(() -> Gen.oneOf(List.<Gen<Integer>>of())).isInstanceOf(IllegalArgumentException.class);
    }
}
