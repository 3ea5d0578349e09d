// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FamilyCardNumberTest {

    private static final String KK = "3174011203150007"; // recorded 12 Mar 2015

    private static List<RuleCode> codes(String text, LocalDate ref) {
        return (ref == null ? FamilyCardNumber.validate(text) : FamilyCardNumber.validate(text, ref))
                .violations().stream().map(Violation::code).toList();
    }

    @Test
    void readsEveryPart() {
        FamilyCardNumber kk = FamilyCardNumber.parse(KK);
        assertThat(kk.province()).isEqualTo(Province.DKI_JAKARTA);
        assertThat(kk.regencyCode()).isEqualTo("3174");
        assertThat(kk.districtCode()).isEqualTo("317401");
        assertThat(kk.issueDate()).isEqualTo(LocalDate.of(2015, 3, 12));
        assertThat(kk.serial()).isEqualTo(7);
        assertThat(kk.digits()).isEqualTo(KK);
        assertThat(kk.asLong()).isEqualTo(3174011203150007L);
    }

    @Test
    void toStringAndExceptionsAreMasked() {
        assertThat(FamilyCardNumber.parse(KK)).hasToString("3174********0007");
        assertThatThrownBy(() -> FamilyCardNumber.parse("3174011203150000"))
                .isInstanceOf(InvalidFamilyCardNumberException.class)
                .hasMessageContaining("3174********0000")
                .hasMessageContaining("KK_SERIAL")
                .hasMessageNotContaining("3174011203150000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"317401120315000", "31740112031500071", " 174011203150007", "٣174011203150007", ""})
    void rejectsAnythingButSixteenAsciiDigits(String text) {
        assertThat(codes(text, null)).containsExactly(RuleCode.KK_FORMAT);
        assertThat(FamilyCardNumber.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2074011203150007, province, 20",
        "3100011203150007, regency, 3100",
        "3174991203150007, district, 317499"
    })
    void rejectsRegionCodesOfNoEditionNamingTheLevel(String kk, String level, String code) {
        assertThat(FamilyCardNumber.validate(kk).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.KK_REGION);
            assertThat(v.arguments()).containsEntry("level", level).containsEntry("code", code);
        });
    }

    @Test
    void acceptsARetiredPapuaDistrictCode() {
        assertThat(FamilyCardNumber.isValid("9101011203150007")).isTrue();
    }

    @Test
    void rejectsUnknownProvince() {
        assertThat(codes("2074011203150007", null)).containsExactly(RuleCode.KK_REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3174013102150007", "3174010013150007", "3174014103150007", "3174012902230007"})
    void rejectsRecordingDatesThatAreNotCalendarDates(String text) {
        // 31 Feb, month 00, day 41 (no +40 rule on a KK), 29 Feb 2023
        assertThat(codes(text, null)).containsExactly(RuleCode.KK_ISSUE_DATE);
    }

    @Test
    void acceptsLeapDayOfALeapYear() {
        assertThat(FamilyCardNumber.parse("3174012902240007").issueDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void rejectsRecordingDateAfterTheReferenceDate() {
        LocalDate ref = LocalDate.of(2015, 3, 12);
        assertThat(codes(KK, ref)).isEmpty();
        assertThat(codes(KK, ref.minusDays(1))).containsExactly(RuleCode.KK_ISSUE_DATE);
        Violation v =
                FamilyCardNumber.validate(KK, ref.minusDays(1)).violations().get(0);
        assertThat(v.arguments()).containsEntry("referenceDate", ref.minusDays(1));
        assertThat(v.field()).isEqualTo("familyCardNumber");
    }

    @Test
    void rejectsSerialZeroAndReportsEveryProblem() {
        assertThat(codes("3174011203150000", null)).containsExactly(RuleCode.KK_SERIAL);
        assertThat(codes("0000000000000000", null))
                .containsExactly(RuleCode.KK_REGION, RuleCode.KK_ISSUE_DATE, RuleCode.KK_SERIAL);
    }

    @Test
    void equalityIsByValue() {
        assertThat(FamilyCardNumber.parse(KK))
                .isEqualTo(FamilyCardNumber.parse(KK))
                .hasSameHashCodeAs(FamilyCardNumber.parse(KK))
                .isNotEqualTo(FamilyCardNumber.parse("3174011203150008"));
    }
}
