// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Sex;
import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Nik}; failure messages show the NIK masked ({@code 3174********0001}), never in
 * full. Obtain one from {@link PrakerjaAssertions#assertThat(Nik)}.
 *
 * <pre>{@code
 * assertThat(Nik.parse("3174015708990001"))
 *         .hasProvince(Province.DKI_JAKARTA)
 *         .hasSex(Sex.FEMALE)
 *         .encodesBirthDate(LocalDate.of(1999, 8, 17))
 *         .isNotShownIn(report);          // a report or log line must not contain the full number
 * }</pre>
 */
public final class NikAssert extends AbstractAssert<NikAssert, Nik> {

    NikAssert(Nik actual) {
        super(actual, NikAssert.class);
    }

    /**
     * Verifies the province of the first two digits (where the NIK was first registered).
     *
     * <pre>{@code
     * assertThat(nik).hasProvince(Province.PAPUA); // a legacy 9101 NIK of someone now in Papua Selatan
     * }</pre>
     */
    public NikAssert hasProvince(Province province) {
        isNotNull();
        if (actual.province() != province) {
            failWithMessage(
                    "%s", "Expected NIK " + actual + " to have province " + province + " but was " + actual.province());
        }
        return this;
    }

    /**
     * Verifies the four-digit regency code.
     *
     * <pre>{@code
     * assertThat(nik).hasRegencyCode("3174");
     * }</pre>
     */
    public NikAssert hasRegencyCode(String regencyCode) {
        isNotNull();
        if (!actual.regencyCode().equals(regencyCode)) {
            failWithMessage(
                    "%s",
                    "Expected NIK " + actual + " to have regency code " + regencyCode + " but was "
                            + actual.regencyCode());
        }
        return this;
    }

    /**
     * Verifies the sex the NIK encodes (day of birth + 40 for women).
     *
     * <pre>{@code
     * assertThat(nik).hasSex(Sex.FEMALE);
     * }</pre>
     */
    public NikAssert hasSex(Sex sex) {
        isNotNull();
        if (actual.sex() != sex) {
            failWithMessage("%s", "Expected NIK " + actual + " to encode sex " + sex + " but was " + actual.sex());
        }
        return this;
    }

    /**
     * Verifies that the NIK encodes the day, month and two-digit year of {@code birthDate}.
     *
     * <pre>{@code
     * assertThat(nik).encodesBirthDate(LocalDate.of(1999, 8, 17));
     * }</pre>
     */
    public NikAssert encodesBirthDate(LocalDate birthDate) {
        isNotNull();
        if (!actual.matchesBirthDate(birthDate)) {
            failWithMessage(
                    "%s",
                    "Expected NIK " + actual + " to encode the birth date " + birthDate + " but it encodes day "
                            + actual.birthDay() + ", month " + actual.birthMonth() + ", year ..'"
                            + (actual.birthYearOfCentury() < 10 ? "0" : "") + actual.birthYearOfCentury());
        }
        return this;
    }

    /**
     * Verifies the serial (last four digits).
     *
     * <pre>{@code
     * assertThat(nik).hasSerial(1);
     * }</pre>
     */
    public NikAssert hasSerial(int serial) {
        isNotNull();
        if (actual.serial() != serial) {
            failWithMessage(
                    "%s", "Expected NIK " + actual + " to have serial " + serial + " but was " + actual.serial());
        }
        return this;
    }

    /**
     * Verifies that {@code text} (a report, a log line, an exception message) does not contain this NIK's
     * full 16 digits.
     *
     * <pre>{@code
     * assertThat(nik).isNotShownIn(feedReport.toString());
     * }</pre>
     */
    public NikAssert isNotShownIn(String text) {
        isNotNull();
        int at = text == null ? -1 : text.indexOf(actual.digits());
        if (at >= 0) {
            failWithMessage(
                    "%s", "Expected the text not to show NIK " + actual + " in full but it does, at index " + at);
        }
        return this;
    }
}
