// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatedTest {

    private static final Violation ERROR =
            Violation.of(RuleCode.NIK_SERIAL, "nik").build();
    private static final Violation WARNING =
            Violation.of(RuleCode.NIK_SERIAL, "nik").severity(Severity.WARNING).build();

    @Test
    void aValidResultHoldsItsValue() {
        Validated<String> r = Validated.valid("x");
        assertThat(r.isValid()).isTrue();
        assertThat(r.value()).isEqualTo("x");
        assertThat(r.toOptional()).contains("x");
        assertThat(r.violations()).isEmpty();
        assertThat(r.map(String::length).value()).isEqualTo(1);
        assertThat(r.orElseThrow(v -> new IllegalArgumentException(v.toString())))
                .isEqualTo("x");
        assertThat(r).hasToString("Valid[x]");
    }

    @Test
    void anInvalidResultHoldsItsViolations() {
        Validated<String> r = Validated.invalid(ERROR);
        assertThat(r.isValid()).isFalse();
        assertThat(r.toOptional()).isEmpty();
        assertThat(r.violations()).containsExactly(ERROR);
        assertThat(r.map(String::length).violations()).containsExactly(ERROR);
        assertThatThrownBy(r::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("NIK_SERIAL");
        assertThatThrownBy(() -> r.orElseThrow(v -> new InvalidInputException("thing", v)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid thing: NIK_SERIAL (the last four digits of the NIK are 0000)");
    }

    @Test
    void warningsDoNotInvalidate() {
        Validated<String> r = Validated.of("x", List.of(WARNING));
        assertThat(r.isValid()).isTrue();
        assertThat(r.violations()).containsExactly(WARNING);
        assertThat(Validated.of("x", List.of(WARNING, ERROR)).isValid()).isFalse();
        assertThat(Validated.of("x", List.of()).isValid()).isTrue();
        assertThatThrownBy(() -> Validated.valid("x", List.of(ERROR))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validated.invalid(List.of(WARNING))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Validated.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreViolationsCanBeAdded() {
        assertThat(Validated.valid("x").withViolations(List.of(WARNING)).isValid())
                .isTrue();
        assertThat(Validated.valid("x").withViolations(List.of(ERROR)).isValid())
                .isFalse();
        assertThat(Validated.<String>invalid(ERROR)
                        .withViolations(List.of(WARNING))
                        .violations())
                .containsExactly(ERROR, WARNING);
    }

    @Test
    void equalityIsByValueAndViolations() {
        assertThat(Validated.valid("x")).isEqualTo(Validated.valid("x")).hasSameHashCodeAs(Validated.valid("x"));
        assertThat(Validated.<String>invalid(ERROR)).isEqualTo(Validated.<String>invalid(ERROR));
        assertThat(Validated.valid("x")).isNotEqualTo(Validated.valid("y"));
    }
}
