// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import static id.prakerja.testkit.PrakerjaAssertions.assertThat;
import static id.prakerja.testkit.PrakerjaAssertions.assertThatViolations;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Validated;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Each assertion passes on a good value and fails with the expected message on a bad one. */
class PrakerjaAssertionsTest {

    private static final EligibilityChecker CHECKER = EligibilityChecker.standard();
    private static final String NIK = "3174015708990001";
    private static final String MASKED = "3174********0001";

    private final RawApplicant siti = RawApplicant.builder()
            .nik(NIK)
            .familyCardNumber("3174011203150007")
            .fullName("Siti Aminah")
            .birthDate("1999-08-17")
            .sex("FEMALE")
            .citizenship("WNI")
            .workforceCategory("JOB_SEEKER")
            .inFormalEducation("false")
            .build();
    private final EligibilityDecision eligible = CHECKER.decide(siti, Evaluation.atWave(18));
    private final EligibilityDecision badSex =
            CHECKER.decide(RawApplicant.builder().from(siti).sex("MALE").build(), Evaluation.atWave(18));
    private final EligibilityDecision tooYoung = CHECKER.decide(
            RawApplicant.builder()
                    .from(siti)
                    .birthDate("2003-08-17")
                    .nik("3174015708030001")
                    .build(),
            Evaluation.atWave(18));

    private static void fails(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(AssertionError.class).hasMessage(message);
    }

    @Test
    void decisions() {
        assertThat(eligible).isEligible().isAtWave(18).doesNotHaveViolations(RuleCode.NIK_SEX_MISMATCH);
        assertThat(badSex)
                .isNotEligible()
                .hasViolations(RuleCode.NIK_SEX_MISMATCH)
                .hasOnlyViolations(RuleCode.NIK_SEX_MISMATCH)
                .hasViolationOn("sex")
                .hasViolationOn("sex", RuleCode.NIK_SEX_MISMATCH);
        fails(
                () -> assertThat(badSex).isEligible(),
                "Expected eligible at wave 18 but was not eligible: [NIK_SEX_MISMATCH at sex {sex=MALE}]");
        fails(() -> assertThat(eligible).isNotEligible(), "Expected not eligible at wave 18 but was eligible");
        fails(() -> assertThat(eligible).isAtWave(17), "Expected a decision at wave 17 but was at wave 18");
        fails(
                () -> assertThat(tooYoung).hasViolations(RuleCode.NIK_SEX_MISMATCH),
                "Expected violations [NIK_SEX_MISMATCH] at wave 18 but [NIK_SEX_MISMATCH] missing; was "
                        + tooYoung.violations());
        fails(
                () -> assertThat(tooYoung).hasOnlyViolations(RuleCode.ELIGIBILITY_MAX_AGE),
                "Expected only violations [ELIGIBILITY_MAX_AGE] at wave 18 but was " + tooYoung.violations());
        fails(
                () -> assertThat(badSex).doesNotHaveViolations(RuleCode.NIK_SEX_MISMATCH),
                "Expected no violation NIK_SEX_MISMATCH at wave 18 but was [NIK_SEX_MISMATCH at sex {sex=MALE}]");
        fails(
                () -> assertThat(eligible).hasViolationOn("nik"),
                "Expected a violation on field 'nik' at wave 18 but was no violation");
        fails(
                () -> assertThat(badSex).hasViolationOn("sex", RuleCode.FIELD_INVALID),
                "Expected a violation FIELD_INVALID on field 'sex' at wave 18 but was [NIK_SEX_MISMATCH at sex {sex=MALE}]");
        fails(() -> assertThat((EligibilityDecision) null).isEligible(), "\nExpecting actual not to be null");
        assertThat(tooYoung.violations().get(0).toString()).contains("age=17");
    }

    @Test
    void violations() {
        List<Violation> serial = Nik.validate("3174015708990000").violations();
        assertThatViolations(serial)
                .hasViolations(RuleCode.NIK_SERIAL)
                .hasOnlyViolations(RuleCode.NIK_SERIAL)
                .doesNotHaveViolations(RuleCode.NIK_REGION)
                .hasViolationOn("nik")
                .hasViolationOn("nik", RuleCode.NIK_SERIAL);
        assertThatViolations(List.of()).isEmpty();
        fails(() -> assertThatViolations(serial).isEmpty(), "Expected no violation but was [NIK_SERIAL at nik]");
        fails(
                () -> assertThatViolations(serial).hasViolations(RuleCode.NIK_REGION),
                "Expected violations [NIK_REGION] but [NIK_REGION] missing; was [NIK_SERIAL at nik]");
        fails(
                () -> assertThatViolations(serial).hasOnlyViolations(RuleCode.NIK_SERIAL, RuleCode.NIK_SERIAL),
                "Expected only violations [NIK_SERIAL, NIK_SERIAL] but was [NIK_SERIAL at nik]");
        fails(
                () -> assertThatViolations(serial).doesNotHaveViolations(RuleCode.NIK_SERIAL),
                "Expected no violation [NIK_SERIAL] but was [NIK_SERIAL at nik]");
        fails(
                () -> assertThatViolations(serial).hasViolationOn("birthDate"),
                "Expected a violation on field 'birthDate' but was [NIK_SERIAL at nik]");
        fails(
                () -> assertThatViolations(serial).hasViolationOn("nik", RuleCode.NIK_FORMAT),
                "Expected a violation NIK_FORMAT on field 'nik' but was [NIK_SERIAL at nik]");

        Violation young = tooYoung.violations().get(0);
        assertThat(young)
                .hasCode(RuleCode.ELIGIBILITY_MIN_AGE)
                .isOnField("birthDate")
                .hasArgument("age", 17)
                .hasLegalReference();
        fails(
                () -> assertThat(young).hasCode(RuleCode.ELIGIBILITY_MAX_AGE),
                "Expected a violation ELIGIBILITY_MAX_AGE but was " + young);
        fails(
                () -> assertThat(young).isOnField("nik"),
                "Expected ELIGIBILITY_MIN_AGE on field 'nik' but was on field 'birthDate'");
        fails(
                () -> assertThat(young).hasArgument("age", 18),
                "Expected ELIGIBILITY_MIN_AGE to have age=18 but was age=17");
        fails(
                () -> assertThat(young).hasArgument("wave", 18),
                "Expected ELIGIBILITY_MIN_AGE to have the argument 'wave' but its arguments were " + young.arguments());
        fails(
                () -> assertThat(serial.get(0)).hasLegalReference(),
                "Expected NIK_SERIAL to carry a legal reference but it had none");
    }

    @Test
    void validationResults() {
        assertThat(Nik.validate(NIK)).isValid();
        assertThat(Nik.validate(""))
                .isInvalid()
                .hasOnlyViolations(RuleCode.NIK_FORMAT)
                .hasViolations(RuleCode.NIK_FORMAT);
        assertThat(Nik.validate("")).violations().hasViolationOn("nik");
        fails(
                () -> assertThat(Nik.validate("")).isValid(),
                "Expected a valid result but was invalid: [NIK_FORMAT at nik {length=0}]");
        fails(() -> assertThat(Nik.validate(NIK)).isInvalid(), "Expected an invalid result but was valid: " + MASKED);
        Validated<Nik> both = Nik.validate("0074015708990000");
        fails(
                () -> assertThat(both).hasOnlyViolations(RuleCode.NIK_SERIAL),
                "Expected only violations [NIK_SERIAL] but was [NIK_REGION at nik {provinceCode=00, level=province, code=00}, NIK_SERIAL at nik]");
    }

    @Test
    void niksAreMaskedInEveryMessage() {
        Nik nik = Nik.parse(NIK);
        assertThat(nik)
                .hasProvince(Province.DKI_JAKARTA)
                .hasRegencyCode("3174")
                .hasSex(Sex.FEMALE)
                .encodesBirthDate(LocalDate.of(1999, 8, 17))
                .hasSerial(1)
                .isNotShownIn("NIK " + nik);
        fails(
                () -> assertThat(nik).hasProvince(Province.BALI),
                "Expected NIK " + MASKED + " to have province BALI but was DKI_JAKARTA");
        fails(
                () -> assertThat(nik).hasRegencyCode("3171"),
                "Expected NIK " + MASKED + " to have regency code 3171 but was 3174");
        fails(() -> assertThat(nik).hasSex(Sex.MALE), "Expected NIK " + MASKED + " to encode sex MALE but was FEMALE");
        fails(
                () -> assertThat(nik).encodesBirthDate(LocalDate.of(1999, 8, 18)),
                "Expected NIK " + MASKED
                        + " to encode the birth date 1999-08-18 but it encodes day 17, month 8, year ..'99");
        fails(() -> assertThat(nik).hasSerial(2), "Expected NIK " + MASKED + " to have serial 2 but was 1");
        fails(
                () -> assertThat(nik).isNotShownIn("log: nik=" + NIK),
                "Expected the text not to show NIK " + MASKED + " in full but it does, at index 9");
        fails(
                () -> assertThat(nik).isEqualTo(Nik.parse("3174015708990002")),
                "\nexpected: 3174********0002\n but was: 3174********0001");
    }

    @Test
    void aDescriptionIsKeptAndAssertJsOwnAssertionsComeThroughTheSameEntryPoint() {
        fails(
                () -> assertThat(badSex).as("Siti at wave 18").isEligible(),
                "[Siti at wave 18] Expected eligible at wave 18 but was not eligible: [NIK_SEX_MISMATCH at sex {sex=MALE}]");
        assertThat(List.of(1, 2)).hasSize(2);
        assertThat("prakerja").startsWith("pra");
    }
}
