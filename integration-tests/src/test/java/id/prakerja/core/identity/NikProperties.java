// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.testkit.Seeds;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded generated checks of {@link Nik} and {@link FamilyCardNumber}. Each case is named by its seed;
 * rerun one with {@code -Dprakerja.seed=<seed>}.
 */
class NikProperties {

    private static final int CASES = 500;

    /** The seeds of the testkit ({@code -Dprakerja.seed} reruns one, {@code -Dprakerja.baseSeed} moves them). */
    static Stream<Long> seeds() {
        return Seeds.of(CASES).stream().boxed();
    }

    /** A NIK with known parts, drawn from {@code random}. */
    record Parts(Province province, int regency, int district, LocalDate birthDate, Sex sex, int serial) {
        String text() {
            int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
            return String.format(
                    "%s%02d%02d%02d%02d%02d%04d",
                    province.code(),
                    regency,
                    district,
                    day,
                    birthDate.getMonthValue(),
                    birthDate.getYear() % 100,
                    serial);
        }

        static Parts draw(SplittableRandom random) {
            Province[] provinces = Province.values();
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(0, 365 * 90));
            // a real district: NIK_REGION checks digits 1-6 against the Kemendagri editions
            Province province = provinces[random.nextInt(provinces.length)];
            List<String> regencies = RegionDirectory.builtIn().currentRegencyCodes(province);
            String regency = regencies.get(random.nextInt(regencies.size()));
            List<String> districts = RegionDirectory.builtIn().districtCodes(regency);
            String district = districts.get(random.nextInt(districts.size()));
            return new Parts(
                    province,
                    Integer.parseInt(district.substring(2, 4)),
                    Integer.parseInt(district.substring(4, 6)),
                    birth,
                    random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    random.nextInt(1, 10_000));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGeneratedValidNikParsesBackToTheSameFields() {
        LocalDate reference = LocalDate.of(2024, 12, 31);
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            Parts p = Parts.draw(new SplittableRandom(seed));
            Nik nik = Nik.validate(p.text(), reference).value();
            assertThat(nik.province()).isEqualTo(p.province());
            assertThat(nik.regencyCode()).isEqualTo(p.text().substring(0, 4));
            assertThat(nik.districtCode()).isEqualTo(p.text().substring(0, 6));
            assertThat(nik.sex()).isEqualTo(p.sex());
            assertThat(nik.serial()).isEqualTo(p.serial());
            assertThat(nik.matchesBirthDate(p.birthDate())).isTrue();
            // born 1930-2019: the century resolves correctly against a reference within 100 years
            if (p.birthDate().isAfter(reference.minusYears(100))) {
                assertThat(nik.birthDate(reference)).isEqualTo(p.birthDate());
            }
            assertThat(Nik.parse(nik.digits())).isEqualTo(nik);
        }));
    }

    @TestFactory
    Stream<DynamicTest> toStringNeverShowsTheFullNumber() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            SplittableRandom random = new SplittableRandom(seed);
            String text = Parts.draw(random).text();
            Nik nik = Nik.parse(text);
            String shown = nik.toString();
            assertThat(shown).doesNotContain(text).hasSize(16).matches("\\d{4}\\*{8}\\d{4}");
            assertThat(shown).doesNotContain(text.substring(4, 12));
            // the same for family-card numbers built from the same digits with a plausible recording date
            String kk = text.substring(0, 6) + "010120" + text.substring(12);
            assertThat(FamilyCardNumber.parse(kk).toString()).doesNotContain(kk).matches("\\d{4}\\*{8}\\d{4}");
        }));
    }

    @TestFactory
    Stream<DynamicTest> changingOneDigitNeverThrowsAndIsValidOrNamesAReason() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            SplittableRandom random = new SplittableRandom(seed);
            char[] chars = Parts.draw(random).text().toCharArray();
            int pos = random.nextInt(16);
            chars[pos] = (char) ('0' + random.nextInt(10));
            String mutated = new String(chars);
            var result = Nik.validate(mutated);
            assertThat(result.isValid()).isEqualTo(Nik.isValid(mutated));
            assertThat(result.isValid() || !result.violations().isEmpty()).isTrue();
        }));
    }
}
