// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {

    private static final String SITI = "3174015708990001"; // female, 17 Aug 1999, Jakarta Selatan

    private static List<RuleCode> codes(String text) {
        return Nik.validate(text).violations().stream().map(Violation::code).toList();
    }

    @Nested
    class Accessors {
        @Test
        void readsEveryPart() {
            Nik nik = Nik.parse(SITI);
            assertThat(nik.province()).isEqualTo(Province.DKI_JAKARTA);
            assertThat(nik.regencyCode()).isEqualTo("3174");
            assertThat(nik.districtCode()).isEqualTo("317401");
            assertThat(nik.serial()).isEqualTo(1);
            assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
            assertThat(nik.birthDay()).isEqualTo(17);
            assertThat(nik.birthMonth()).isEqualTo(8);
            assertThat(nik.birthYearOfCentury()).isEqualTo(99);
            assertThat(nik.birthDate(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(1999, 8, 17));
            assertThat(nik.digits()).isEqualTo(SITI);
            assertThat(nik.asLong()).isEqualTo(3174015708990001L);
        }

        @Test
        void maleDayIsTheDayItself() {
            Nik nik = Nik.parse("3174011708990001");
            assertThat(nik.sex()).isEqualTo(Sex.MALE);
            assertThat(nik.birthDay()).isEqualTo(17);
        }

        @Test
        void matchesBirthDateComparesDayMonthAndTwoDigitYear() {
            Nik nik = Nik.parse(SITI);
            assertThat(nik.matchesBirthDate(LocalDate.of(1999, 8, 17))).isTrue();
            assertThat(nik.matchesBirthDate(LocalDate.of(2099, 8, 17))).isTrue();
            assertThat(nik.matchesBirthDate(LocalDate.of(1999, 8, 18))).isFalse();
            assertThat(nik.matchesBirthDate(LocalDate.of(1999, 9, 17))).isFalse();
            assertThat(nik.matchesBirthDate(LocalDate.of(1998, 8, 17))).isFalse();
        }
    }

    @Nested
    class Century {
        @Test
        void takesTheLatestCenturyNotAfterTheReferenceDate() {
            Nik nik = Nik.parse("3174011708250001"); // 17-08-25
            assertThat(nik.birthDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2025, 8, 17));
            assertThat(nik.birthDate(LocalDate.of(2025, 8, 17))).isEqualTo(LocalDate.of(2025, 8, 17));
            assertThat(nik.birthDate(LocalDate.of(2025, 8, 16))).isEqualTo(LocalDate.of(1925, 8, 17));
        }

        @Test
        void leapDayOf2000ExistsButNotOf1900() {
            Nik nik = Nik.parse("3174012902000001");
            assertThat(nik.birthDate(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThatThrownBy(() -> nik.birthDate(LocalDate.of(1999, 12, 31)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3174********0001")
                    .hasMessageNotContaining("3174012902000001");
            assertThat(Nik.validate("3174012902000001", LocalDate.of(1999, 12, 31))
                            .violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.NIK_BIRTH_DATE);
            assertThat(Nik.validate("3174012902000001", LocalDate.of(2000, 2, 29))
                            .isValid())
                    .isTrue();
        }

        @Test
        void referenceDateCheckAddsToOtherProblems() {
            assertThat(Nik.validate("2074012902000000", LocalDate.of(1999, 1, 1))
                            .violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.NIK_REGION, RuleCode.NIK_BIRTH_DATE, RuleCode.NIK_SERIAL);
        }
    }

    @Nested
    class BirthDateDigits {
        @ParameterizedTest(name = "{0} valid")
        @ValueSource(
                strings = {
                    "3174010101000001", // male day 01
                    "3174013101000001", // male day 31
                    "3174014101000001", // female day 41 = 1
                    "3174017101000001", // female day 71 = 31
                    "3174012902000001", // 29 Feb 2000 (leap)
                    "3174012902040001", // 29 Feb 2004
                    "3174016902960001", // female 29 Feb 1996
                    "3174013012990001", // 30 Dec
                })
        void accepts(String nik) {
            assertThat(Nik.isValid(nik)).isTrue();
            assertThat(Nik.validate(nik).isValid()).isTrue();
        }

        @ParameterizedTest(name = "{0} rejected")
        @ValueSource(
                strings = {
                    "3174010001000001", // day 00
                    "3174013201000001", // male day 32
                    "3174014001000001", // day 40 (neither male nor female)
                    "3174017201000001", // female day 72
                    "3174012902010001", // 29 Feb 2001 / 1901: neither is leap
                    "3174016902010001", // female 29 Feb 2001
                    "3174013102990001", // 31 Feb
                    "3174013104990001", // 31 Apr
                    "3174011513990001", // month 13
                    "3174011500990001", // month 00
                })
        void rejectsImpossibleDates(String nik) {
            assertThat(codes(nik)).containsExactly(RuleCode.NIK_BIRTH_DATE);
            assertThat(Nik.isValid(nik)).isFalse();
        }
    }

    @Nested
    class Format {
        @ParameterizedTest(name = "[{0}] length {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "317401570899000|15",
                    "31740157089900011|17",
                    "' 317401570899000'|16",
                    "'3174015708990001 '|17",
                    "'3174 015708990001'|17",
                    "٣174015708990001|16",
                    "３174015708990001|16",
                    "317401570899000A|16",
                    "-174015708990001|16",
                    "+174015708990001|16",
                    "''|0"
                })
        void rejectsAnythingButSixteenAsciiDigits(String text, int length) {
            Validated<Nik> r = Nik.validate(text);
            assertThat(r.isValid()).isFalse();
            assertThat(r.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(RuleCode.NIK_FORMAT);
                assertThat(v.field()).isEqualTo("nik");
                assertThat(v.arguments()).containsEntry("length", length);
            });
        }

        @Test
        void countsTheLengthInCodePointsNotUtf16Units() {
            // fifteen digits and one emoji outside the BMP: 17 UTF-16 units, 16 characters
            String text = "317401570899000\uD83D\uDE00";
            assertThat(text).hasSize(17);
            assertThat(Nik.validate(text).violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.arguments()).containsEntry("length", 16));
            assertThat(FamilyCardNumber.validate(text).violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.arguments()).containsEntry("length", 16));
        }

        @ParameterizedTest(name = "{0}: {2} {1} at {3}")
        @CsvSource(
                delimiter = '|',
                value = {
                    // a letter O for a zero: "letter O at position 16" (issue 14 §4)
                    "317401570899000O|O|LETTER|16|16",
                    "3174 01570899000|U+0020|SPACE|5|16",
                    "３174015708990001|３|OTHER_DIGIT|1|16",
                    "31740157089900-1|-|SYMBOL|15|16",
                    // the emoji is one character at position 16, after fifteen digits
                    "317401570899000\uD83D\uDE00|\uD83D\uDE00|SYMBOL|16|16",
                    "3174015708990001\u200B|U+200B|INVISIBLE|17|17"
                })
        void namesTheFirstCharacterThatIsNotADigitAndItsPosition(
                String text, String character, CharacterKind kind, int position, int length) {
            String t = unescape(text);
            for (Validated<?> r : List.of(Nik.validate(t), FamilyCardNumber.validate(t))) {
                assertThat(r.violations()).singleElement().satisfies(v -> {
                    assertThat(v.arguments())
                            .containsEntry("character", unescape(character))
                            .containsEntry("characterKind", kind)
                            .containsEntry("position", position)
                            .containsEntry("length", length);
                });
            }
            Violation o = Nik.validate("317401570899000O").violations().get(0);
            assertThat(id.prakerja.core.validation.Messages.english().format(o))
                    .contains("the letter O at position 16 is not one")
                    .contains("16 characters long");
            assertThat(id.prakerja.core.validation.Messages.indonesian().format(o))
                    .contains("huruf O pada posisi ke-16 bukan angka");
            Violation kk =
                    FamilyCardNumber.validate("317401 203150007").violations().get(0);
            assertThat(id.prakerja.core.validation.Messages.indonesian().format(kk))
                    .startsWith("Nomor Kartu Keluarga")
                    .contains("spasi U+0020 pada posisi ke-7 bukan angka");
        }

        @Test
        void aWrongLengthOfDigitsHasNoCharacter() {
            Violation v = Nik.validate("317401570899").violations().get(0);
            assertThat(v.arguments()).containsEntry("length", 12).doesNotContainKeys("character", "position");
            assertThat(id.prakerja.core.validation.Messages.indonesian().format(v))
                    .isEqualTo(
                            "NIK harus terdiri dari tepat 16 angka (0-9); nilai yang diterima panjangnya 12 karakter.");
        }

        private static String unescape(String s) {
            return s.replace("\\uD83D\\uDE00", "\uD83D\uDE00").replace("\\u200B", "\u200B");
        }

        @Test
        void nullIsNotValidButParseNullIsAProgrammerError() {
            assertThat(Nik.isValid(null)).isFalse();
            assertThat(codes(null)).containsExactly(RuleCode.NIK_FORMAT);
            assertThatThrownBy(() -> Nik.parse(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class RegionAndSerial {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "00", "10", "20", "22", "30", "37", "41", "50", "54", "60", "66", "77", "80", "83", "90", "97", "99"
                })
        void rejectsUnknownProvinceCodes(String province) {
            String nik = province + "74011708990001";
            assertThat(Nik.validate(nik).violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(RuleCode.NIK_REGION);
                assertThat(v.arguments()).containsEntry("provinceCode", province);
            });
        }

        @ParameterizedTest
        @CsvSource({
            "3100011708990001, regency, 3100", // regency 00 is never a code
            "3169011708990001, regency, 3169", // DKI has no regency 69 in any edition
            "3174001708990001, district, 317400", // district 00 is never a code
            "3174991708990001, district, 317499" // Jakarta Selatan has no district 99 in any edition
        })
        void rejectsRegencyAndDistrictCodesOfNoEdition(String nik, String level, String code) {
            assertThat(Nik.validate(nik).violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(RuleCode.NIK_REGION);
                assertThat(v.arguments())
                        .containsEntry("level", level)
                        .containsEntry("code", code)
                        .containsEntry("provinceCode", "31");
            });
        }

        @Test
        void namesTheProvinceLevelWhenTheProvinceIsUnknown() {
            assertThat(Nik.validate("2074011708990001").violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.arguments())
                            .containsEntry("level", "province")
                            .containsEntry("code", "20"));
        }

        @Test
        void acceptsARetiredPapuaDistrictCode() {
            // 910101 (Merauke, Papua) is listed by the editions 2016-2022, not by 2023 and 2025 (re-coded to 9301..)
            assertThat(Nik.isValid("9101011708990001")).isTrue();
        }

        @Test
        void acceptsEveryCurrentProvince() {
            RegionTable table = RegionTable.get();
            for (Province p : Province.values()) {
                int first = table.range(
                                RegionTable.DISTRICT,
                                Integer.parseInt(p.code()) * 10_000,
                                Integer.parseInt(p.code()) * 10_000 + 9999)[0];
                String district = Integer.toString(table.code(RegionTable.DISTRICT, first));
                assertThat(district).startsWith(p.code());
                assertThat(Nik.parse(district + "1708990001").province()).isEqualTo(p);
            }
        }

        @Test
        void acceptsLegacyPapuaPrefixesCarriedByLifelongNiks() {
            // Merauke was 9101 (Papua) before the 2022 split; it is 9301 (Papua Selatan) now.
            Nik old = Nik.parse("9101011708990001");
            assertThat(old.province()).isEqualTo(Province.PAPUA);
            assertThat(RegionDirectory.builtIn().current(old.regencyCode()))
                    .map(Regency::code)
                    .contains("9301");
            assertThat(Nik.parse("9301011708990001").province()).isEqualTo(Province.PAPUA_SELATAN);
            assertThat(Nik.parse("9271011708990001").province()).isEqualTo(Province.PAPUA_BARAT);
        }

        @Test
        void rejectsSerialZero() {
            assertThat(codes("3174015708990000")).containsExactly(RuleCode.NIK_SERIAL);
            assertThat(Nik.isValid("3174015708999999")).isTrue();
        }

        @Test
        void reportsEveryProblemAtOnce() {
            assertThat(codes("0000000000000000"))
                    .containsExactly(RuleCode.NIK_REGION, RuleCode.NIK_BIRTH_DATE, RuleCode.NIK_SERIAL);
        }

        @Test
        void violationsGoOnTheRequestedField() {
            assertThat(Nik.validate("123", "applicants[3].nik").violations())
                    .singleElement()
                    .extracting(Violation::field)
                    .isEqualTo("applicants[3].nik");
        }
    }

    @Nested
    class Privacy {
        @Test
        void toStringIsMasked() {
            Nik nik = Nik.parse(SITI);
            assertThat(nik).hasToString("3174********0001");
            assertThat(nik.masked()).isEqualTo("3174********0001");
        }

        @Test
        void parseExceptionCarriesViolationsAndMasksTheInput() {
            assertThatThrownBy(() -> Nik.parse("3174015708990000"))
                    .isInstanceOf(InvalidNikException.class)
                    .hasMessageContaining("3174********0000")
                    .hasMessageContaining("NIK_SERIAL")
                    .hasMessageNotContaining("3174015708990000")
                    .satisfies(e -> assertThat(((InvalidNikException) e).violations())
                            .extracting(Violation::code)
                            .containsExactly(RuleCode.NIK_SERIAL));
        }

        @Test
        void maskHidesShortInputsEntirely() {
            assertThat(Nik.mask("12345678901")).isEqualTo("***********");
            assertThat(Nik.mask("317401570899000")).isEqualTo("3174*******9000");
            assertThat(Nik.mask(null)).isEqualTo("null");
        }

        @Test
        void masksLongDigitRunsInAnyText() {
            assertThat(Nik.maskNumbersIn("Unexpected token 3174015708990001x at 12345678"))
                    .isEqualTo("Unexpected token 3174********0001x at 12345678");
            assertThat(Nik.maskNumbersIn("a 123456789 b")).isEqualTo("a ********* b");
            assertThat(Nik.maskNumbersIn("")).isEmpty();
        }

        @Test
        void masksRunsOfAnyUnicodeDigitsIncludingMixedOnes() {
            // issue 13 item 1: full-width (U+FF10..), Arabic-Indic and mixed runs are numbers too
            String fullWidth = "\uFF13\uFF11\uFF17\uFF14\uFF10\uFF11\uFF11\uFF17\uFF10\uFF18\uFF10\uFF13"
                    + "\uFF10\uFF10\uFF10\uFF11";
            assertThat(Nik.maskNumbersIn("nik_" + fullWidth))
                    .isEqualTo("nik_\uFF13\uFF11\uFF17\uFF14********\uFF10\uFF10\uFF10\uFF11");
            String arabic = "\u0663\u0661\u0667\u0664\u0660\u0661\u0661\u0667\u0660\u0668\u0660\u0663"
                    + "\u0660\u0660\u0660\u0661";
            assertThat(Nik.maskNumbersIn("/" + arabic + "/x"))
                    .doesNotContain(arabic)
                    .contains("********");
            assertThat(Nik.maskNumbersIn("31740117\uFF10\uFF18\uFF10\uFF13\uFF10\uFF10\uFF10\uFF11"))
                    .isEqualTo("3174********\uFF10\uFF10\uFF10\uFF11");
            assertThat(Nik.maskNumbersIn("domicile.3174011504190003")).isEqualTo("domicile.3174********0003");
        }

        @Test
        void maskingWorksOnCodePointsAndNeverSplitsASurrogatePair() {
            // issue 13 item 2: four UTF-16 units of emoji are two halves of pairs
            String emoji = "\uD83D\uDE00".repeat(16);
            String masked = Nik.mask(emoji);
            assertThat(masked).isEqualTo("\uD83D\uDE00".repeat(4) + "********" + "\uD83D\uDE00".repeat(4));
            assertWellFormed(masked);
            assertWellFormed(Nik.mask("a\uD83D\uDE00bc3174015708990001"));
            assertWellFormed(Nik.mask("\uDE00bcd3174015708990001\uD800"));
            assertThat(Nik.mask("\uDE00bcd3174015708990001\uD800"))
                    .startsWith("\uFFFDbcd")
                    .endsWith("001\uFFFD");
            assertThat(Nik.maskNumbersIn("key \uD800 3174015708990001")).isEqualTo("key \uFFFD 3174********0001");
            assertThat(Nik.mask("\uD83D\uDE00".repeat(11))).isEqualTo("*".repeat(11));
        }

        private void assertWellFormed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                            .as("high surrogate at %d of %s is followed by its low half", i, s)
                            .isTrue();
                    i++;
                } else {
                    assertThat(Character.isLowSurrogate(c))
                            .as("lone low surrogate at %d", i)
                            .isFalse();
                }
            }
        }

        @Test
        void aViolationMasksNumbersInItsFieldAndTextArguments() {
            // issue 13 item 1: one rule for every text that comes from the input
            Violation v = Violation.of(RuleCode.FIELD_UNKNOWN, "nik_3174015708990001")
                    .argument("pointer", "/nik_3174015708990001")
                    .build();
            assertThat(v.field()).isEqualTo("nik_3174********0001");
            assertThat(v.arguments().get("pointer")).isEqualTo("/nik_3174********0001");
            assertThat(v.nestedUnder("3174011504190003").field()).isEqualTo("3174********0003.nik_3174********0001");
            assertThat(v.onField("x3174011504190003").field()).isEqualTo("x3174********0003");
            assertThat(v.toString()).doesNotContain("3174015708990001");
        }

        @Test
        void violationsNeverCarryTheNumber() {
            for (String bad : List.of("3174015708990000", "2074015708990001", "3174019908990001")) {
                assertThat(Nik.validate(bad).violations().toString()).doesNotContain(bad);
            }
        }
    }

    @Nested
    class Equality {
        @Test
        void isByValue() {
            assertThat(Nik.parse(SITI)).isEqualTo(Nik.parse(SITI)).hasSameHashCodeAs(Nik.parse(SITI));
            assertThat(Nik.parse(SITI)).isNotEqualTo(Nik.parse("3174015708990002"));
            assertThat(Nik.parse(SITI).compareTo(Nik.parse("3174015708990002"))).isNegative();
        }

        @Test
        void ofLongRoundTrips() {
            assertThat(Nik.ofLong(3174015708990001L).value()).isEqualTo(Nik.parse(SITI));
            assertThat(Nik.ofLong(-1).violations()).extracting(Violation::code).containsExactly(RuleCode.NIK_FORMAT);
            assertThat(Nik.ofLong(10_000_000_000_000_000L).violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.NIK_FORMAT);
            // a leading zero is kept: province 01 is unknown
            assertThat(Nik.ofLong(174015708990001L).violations())
                    .extracting(Violation::code)
                    .containsExactly(RuleCode.NIK_REGION);
        }
    }
}
