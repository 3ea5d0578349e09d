// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.money.Rupiah;
import org.junit.jupiter.api.Test;

/** {@link BenefitPackage}: the amounts per wave from the dated parameters, with their references. */
class BenefitPackageTest {

    private static BenefitPackage at(int wave) {
        return BenefitPackage.of(Programme.standard().inForce(wave));
    }

    @Test
    void givesTheSemiSocialAssistancePackageToWave47() {
        for (int wave : new int[] {1, 4, 12, 47}) {
            BenefitPackage p = at(wave);
            assertThat(p.wave()).isEqualTo(wave);
            assertThat(p.scheme().value()).isEqualTo(Scheme.SEMI_SOCIAL_ASSISTANCE);
            assertThat(p.trainingAid().value()).isEqualTo(Rupiah.of(1_000_000));
            assertThat(p.incentiveAmount().value()).isEqualTo(Rupiah.of(600_000));
            assertThat(p.incentivePayments().value()).isEqualTo(4);
            assertThat(p.surveyIncentiveAmount().value()).isEqualTo(Rupiah.of(50_000));
            assertThat(p.surveyPayments().value()).isEqualTo(3);
            assertThat(p.incentiveTotal()).isEqualTo(Rupiah.of(2_400_000));
            assertThat(p.surveyIncentiveTotal()).isEqualTo(Rupiah.of(150_000));
            assertThat(p.cashTotal()).isEqualTo(Rupiah.of(2_550_000));
            assertThat(p.total()).isEqualTo(Rupiah.of(3_550_000));
        }
    }

    @Test
    void givesTheNormalSchemePackageFromWave48() {
        for (int wave : new int[] {48, 62, 71}) {
            BenefitPackage p = at(wave);
            assertThat(p.scheme().value()).isEqualTo(Scheme.NORMAL);
            assertThat(p.trainingAid().value()).isEqualTo(Rupiah.of(3_500_000));
            assertThat(p.incentiveAmount().value()).isEqualTo(Rupiah.of(600_000));
            assertThat(p.incentivePayments().value()).isEqualTo(1);
            assertThat(p.surveyIncentiveAmount().value()).isEqualTo(Rupiah.of(50_000));
            assertThat(p.surveyPayments().value()).isEqualTo(2);
            assertThat(p.incentiveTotal()).isEqualTo(Rupiah.of(600_000));
            assertThat(p.surveyIncentiveTotal()).isEqualTo(Rupiah.of(100_000));
            // the programme's own total for 2023-2024 (see the note in parameters.txt)
            assertThat(p.total()).isEqualTo(Rupiah.of(4_200_000));
        }
    }

    @Test
    void citesTheReferenceOfEveryAmount() {
        assertThat(at(2).trainingAid().reference().citation()).isEqualTo("Permenko Perekonomian 3/2020");
        assertThat(at(18).trainingAid().reference().citation()).isEqualTo("Permenko Perekonomian 11/2020");
        assertThat(at(18).references()).extracting(r -> r.citation()).containsExactly("Permenko Perekonomian 11/2020");
        assertThat(at(48).incentivePayments().reference().citation()).isEqualTo("Permenko Perekonomian 17/2022");
        assertThat(at(48).incentivePayments().fromWave()).isEqualTo(48);
    }

    @Test
    void isAValue() {
        assertThat(at(18)).isEqualTo(at(18)).hasSameHashCodeAs(at(18)).isNotEqualTo(at(19));
        assertThat(at(18).toString())
                .isEqualTo("BenefitPackage[wave 18: aid Rp1.000.000, incentive 4 × Rp600.000, survey 3 × Rp50.000]");
    }
}
