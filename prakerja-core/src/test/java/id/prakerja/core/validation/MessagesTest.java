// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Sex;
import id.prakerja.core.internal.Templates;
import id.prakerja.core.money.Rupiah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    private static final Path PROJECT_RULE_CODES = Path.of("../docs/rule-codes.md");
    private static final Pattern CODE_CELL = Pattern.compile("^\\| `([A-Z][A-Z_]+)` \\|", Pattern.MULTILINE);

    static Set<String> codesDocumentedIn(Path file) throws IOException {
        Matcher m = CODE_CELL.matcher(Files.readString(file));
        Set<String> codes = new LinkedHashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    static Set<String> enumCodes() {
        return Arrays.stream(RuleCode.values()).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void theProjectsRuleCodeDocumentListsExactlyTheCodesOfTheLibrary() throws IOException {
        assertThat(codesDocumentedIn(PROJECT_RULE_CODES)).containsExactlyInAnyOrderElementsOf(enumCodes());
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyCodeHasBothMessagesAndEveryPlaceholderIsASuppliedArgument(RuleCode code) {
        for (Messages messages : new Messages[] {Messages.indonesian(), Messages.english()}) {
            String template = messages.template(code);
            assertThat(template).as("%s %s", messages.locale(), code).isNotBlank();
            Set<String> placeholders = Templates.placeholders(template);
            placeholders.remove("field");
            assertThat(code.requiredArguments())
                    .as("arguments of %s for the %s template %s", code, messages.locale(), template)
                    .containsAll(placeholders);
        }
        // both languages use the same arguments, so neither explains less than the other
        assertThat(Templates.placeholders(Messages.indonesian().template(code)))
                .containsExactlyInAnyOrderElementsOf(
                        Templates.placeholders(Messages.english().template(code)));
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyVariantIsInBothLanguagesAndNeedsOnlyTheArgumentsItNames(RuleCode code) {
        assertThat(Messages.indonesian().variants(code))
                .containsExactlyInAnyOrderElementsOf(Messages.english().variants(code));
        Set<String> declared = code.arguments().stream().map(RuleArgument::name).collect(Collectors.toSet());
        for (String key : Messages.english().variants(code)) {
            Set<String> names = new LinkedHashSet<>(
                    Arrays.asList(key.substring(key.indexOf('.') + 1).split("\\.")));
            names.remove("record"); // no argument: the variant of a violation of the whole record
            assertThat(declared).as("%s names arguments of %s", key, code).containsAll(names);
            for (Messages messages : new Messages[] {Messages.indonesian(), Messages.english()}) {
                Set<String> placeholders =
                        Templates.placeholders(java.util.ResourceBundle.getBundle(Templates.MESSAGES, messages.locale())
                                .getString(key));
                placeholders.remove("field");
                placeholders.removeAll(names);
                assertThat(code.requiredArguments())
                        .as("%s %s", messages.locale(), key)
                        .containsAll(placeholders);
            }
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsSummarisedInTheChosenLanguage() {
        Violation nik = Violation.of(RuleCode.FIELD_INVALID, "nik")
                .argument("expected", "a 16-digit string (numbers lose precision above 2^53)")
                .argument("found", "a JSON integer")
                .argument("expectation", FieldExpectation.IDENTIFIER)
                .build();
        assertThat(Messages.indonesian().format(nik))
                .isEqualTo("Kolom nik harus berupa teks 16 digit (angka JSON kehilangan ketelitian di atas 2^53).");
        assertThat(Messages.english().format(nik))
                .isEqualTo("The field nik must be a 16-digit string (a JSON number loses precision above 2^53).");
        Violation sex = Violation.of(RuleCode.FIELD_INVALID, "sex")
                .argument("expected", "MALE, FEMALE")
                .argument("expectation", FieldExpectation.ONE_OF)
                .argument("allowed", "MALE, FEMALE")
                .build();
        assertThat(Messages.indonesian().format(sex)).isEqualTo("Kolom sex harus salah satu dari: MALE, FEMALE.");
        // without the summary (a producer that does not give one), the developer's text as before
        Violation plain = Violation.of(RuleCode.FIELD_INVALID, "x")
                .argument("expected", "a value")
                .build();
        assertThat(Messages.indonesian().format(plain))
                .isEqualTo("Nilai kolom x tidak valid; yang diharapkan: a value.");
    }

    @Test
    void aWholeRecordThatIsInvalidIsCalledTheRecordNotAFieldNamedDash() {
        // what prakerja-json's typed bindings report for a record that is no object, or whose values core
        // refuses as a whole: FIELD_INVALID with an empty field
        Violation notAnObject = Violation.of(RuleCode.FIELD_INVALID, "")
                .argument("expected", "a JSON object")
                .argument("found", "a JSON array")
                .argument("pointer", "")
                .argument("expectation", FieldExpectation.OBJECT)
                .build();
        assertThat(Messages.indonesian().format(notAnObject)).isEqualTo("Rekaman harus berupa objek JSON.");
        assertThat(Messages.english().format(notAnObject)).isEqualTo("The record must be a JSON object.");
        Violation value = Violation.of(RuleCode.FIELD_INVALID, "")
                .argument("expected", "a valid participant record")
                .argument("pointer", "")
                .argument("expectation", FieldExpectation.VALUE)
                .build();
        assertThat(Messages.indonesian().format(value)).isEqualTo("Rekaman tidak berisi nilai yang valid.");
        assertThat(Messages.english().format(value)).isEqualTo("The record does not hold a valid value.");
        Violation oneOf = Violation.of(RuleCode.FIELD_INVALID, "")
                .argument("expected", "one of A, B")
                .argument("expectation", FieldExpectation.ONE_OF)
                .argument("allowed", "A, B")
                .build();
        assertThat(Messages.indonesian().format(oneOf)).isEqualTo("Rekaman harus salah satu dari: A, B.");
        assertThat(Messages.english().format(oneOf)).isEqualTo("The record must be one of: A, B.");
        Violation plain = Violation.of(RuleCode.FIELD_INVALID, "")
                .argument("expected", "a value")
                .build();
        assertThat(Messages.indonesian().format(plain)).isEqualTo("Rekaman tidak valid; yang diharapkan: a value.");
        assertThat(Messages.english().format(plain)).isEqualTo("The record is invalid; expected: a value.");
        // a field keeps its name: the record variants are only for the whole record
        Violation field = Violation.of(RuleCode.FIELD_INVALID, "events")
                .argument("expected", "a JSON array")
                .argument("expectation", FieldExpectation.ARRAY)
                .build();
        assertThat(Messages.indonesian().format(field)).isEqualTo("Kolom events harus berupa larik (array) JSON.");
        assertThat(Messages.english().format(field)).isEqualTo("The field events must be a JSON array.");
        for (Violation v : new Violation[] {notAnObject, value, oneOf, plain}) {
            for (Messages m : new Messages[] {Messages.indonesian(), Messages.english()}) {
                assertThat(m.format(v))
                        .doesNotContain(" - ")
                        .doesNotContainIgnoringCase("kolom")
                        .doesNotContain("field");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(FieldExpectation.class)
    void everyExpectationAndProblemHasALabelInBothLanguages(FieldExpectation e) {
        assertThat(Messages.indonesian().label(e))
                .isNotEqualTo(e.name())
                .isNotEqualTo(Messages.english().label(e));
        assertThat(Messages.english().label(e)).isNotEqualTo(e.name());
        for (MalformedProblem p : MalformedProblem.values()) {
            assertThat(Messages.indonesian().label(p))
                    .isNotEqualTo(p.name())
                    .isNotEqualTo(Messages.english().label(p));
            assertThat(Messages.english().label(p)).isNotEqualTo(p.name());
        }
    }

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyMessageRendersWithoutLeftOverPlaceholders(RuleCode code) {
        Violation.Builder b = Violation.of(code, "someField");
        for (String arg : code.requiredArguments()) {
            b.argument(arg, 7);
        }
        Violation v = b.build();
        for (Messages messages : new Messages[] {Messages.indonesian(), Messages.english()}) {
            String text = messages.format(v);
            assertThat(text).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void formatsArgumentsInTheChosenLanguage() {
        Violation v = Violation.of(RuleCode.PARTICIPATION_FIRST_PURCHASE_LATE, "events[2]")
                .argument("purchaseDate", LocalDate.of(2021, 8, 17))
                .argument("deadline", LocalDate.of(2021, 8, 16))
                .argument("deadlineDays", 30)
                .build();
        assertThat(Messages.indonesian().format(v))
                .isEqualTo("Pelatihan pertama dibeli pada 17 Agustus 2021, melewati batas 30 hari (16 Agustus 2021);"
                        + " kepesertaan seharusnya dicabut.");
        assertThat(Messages.english().format(v))
                .isEqualTo(
                        "The first training was bought on 17 August 2021, after the 30-day deadline (16 August 2021);"
                                + " the card should have been revoked.");
    }

    @Test
    void formatsMoneyEnumsAndTheField() {
        Violation over = Violation.of(RuleCode.PARTICIPATION_PURCHASE_OVER_BALANCE, "events[3].price")
                .argument("price", Rupiah.of(1_200_000))
                .argument("balance", Rupiah.of(1_000_000))
                .build();
        assertThat(Messages.indonesian().format(over))
                .isEqualTo("Harga pelatihan Rp1.200.000 melebihi sisa saldo Rp1.000.000.");
        Violation sex = Violation.of(RuleCode.NIK_SEX_MISMATCH, "sex")
                .argument("sex", Sex.MALE)
                .build();
        assertThat(Messages.indonesian().format(sex)).contains("(laki-laki)");
        assertThat(Messages.english().format(sex)).contains("(male)");
        Violation required = Violation.of(RuleCode.FIELD_REQUIRED, "birthDate").build();
        assertThat(Messages.english().format(required)).isEqualTo("The field birthDate is required.");
        assertThat(Messages.indonesian().format(Violation.of(RuleCode.FIELD_REQUIRED)))
                .isEqualTo("Kolom - wajib diisi.");
    }

    @Test
    void choosesTheLanguageFromTheLocale() {
        assertThat(Messages.forLocale(Locale.ENGLISH)).isSameAs(Messages.english());
        assertThat(Messages.forLocale(Locale.UK)).isSameAs(Messages.english());
        assertThat(Messages.forLocale(Locale.forLanguageTag("id-ID"))).isSameAs(Messages.indonesian());
        assertThat(Messages.forLocale(Locale.FRENCH)).isSameAs(Messages.indonesian());
        assertThat(Messages.forLocale(null)).isSameAs(Messages.indonesian());
        assertThat(Messages.indonesian().locale().getLanguage()).isEqualTo("id");
        Violation v = Violation.of(RuleCode.NIK_SERIAL, "nik").build();
        assertThat(Messages.format(v, Locale.ENGLISH)).startsWith("The last four digits");
        assertThat(Messages.format(v, Locale.GERMAN)).startsWith("Empat digit terakhir");
    }

    @Test
    void indonesianIsUsedWhateverTheJvmDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.forLocale(Languages.INDONESIAN).format(Violation.of(RuleCode.NIK_SERIAL)))
                    .startsWith("Empat digit terakhir");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsAnyTemplateTheSameWay() {
        assertThat(Templates.fill(
                        "Saldo {balance} berakhir {date}; {unknown} ({field})",
                        java.util.Map.of("balance", Rupiah.of(300_000), "date", LocalDate.of(2021, 12, 15)),
                        "",
                        Messages.indonesian()::formatValue))
                .isEqualTo("Saldo Rp300.000 berakhir 15 Desember 2021; {unknown} (-)");
    }

    @Test
    void placeholdersAreListedInOrder() {
        assertThat(Templates.placeholders("a {x} b {y} {x} {unclosed")).containsExactly("x", "y");
        assertThat(Templates.placeholders("none")).isEmpty();
    }
}
