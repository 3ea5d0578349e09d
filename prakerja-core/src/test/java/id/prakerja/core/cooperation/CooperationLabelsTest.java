// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CooperationLabelsTest {

    static Stream<Enum<?>> labelledValues() {
        List<Enum<?>> all = new ArrayList<>();
        all.addAll(List.of(PartyKind.values()));
        all.addAll(List.of(Channel.values()));
        all.addAll(List.of(RecipientGroup.values()));
        all.addAll(List.of(AgreementType.values()));
        all.addAll(List.of(BuiltInObjective.values()));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("labelledValues")
    void everyEnumValueHasALabelInBothLanguagesThatMessagesUse(Enum<?> value) {
        Labelled l = (Labelled) value;
        assertThat(l.label(Languages.INDONESIAN)).isNotBlank().isNotEqualTo(value.name());
        assertThat(l.label(Locale.ENGLISH)).isNotBlank().isNotEqualTo(value.name());
        assertThat(Messages.indonesian().label(value)).isEqualTo(l.label(Languages.INDONESIAN));
        assertThat(Messages.english().label(value)).isEqualTo(l.label(Locale.ENGLISH));
    }
}
