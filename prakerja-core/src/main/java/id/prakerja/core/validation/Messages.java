package id.prakerja.core.validation;

import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Explains violations in Bahasa Indonesia (the default) or English.
 *
 * <p>Templates come from the {@code id.prakerja.core.validation.messages} resource bundles and name
 * their arguments in braces: {@code "Usia minimal {minimumAge} tahun; usia pemohon {age} tahun."}. The
 * placeholder {@code {field}} is the violation's field path. Dates are written in words in the chosen
 * language, amounts as {@code Rp3.550.000}, enum values by their label.
 *
 * <pre>{@code
 * String id = Messages.indonesian().format(violation);
 * String en = Messages.forLocale(Locale.ENGLISH).format(violation);
 * String any = Messages.format(violation, request.getLocale()); // English for "en", else Indonesian
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Messages {

    /** Bahasa Indonesia, the library's default language. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String BUNDLE = "id.prakerja.core.validation.messages";
    private static final Messages ID = new Messages(INDONESIAN);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<RuleCode, String> templates;
    private final DateTimeFormatter dates;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        Map<RuleCode, String> map = new EnumMap<>(RuleCode.class);
        for (RuleCode code : RuleCode.values()) {
            if (bundle.containsKey(code.name())) {
                map.put(code, bundle.getString(code.name()));
            }
        }
        this.templates = Collections.unmodifiableMap(map);
        this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    }

    /** Messages in Bahasa Indonesia. */
    public static Messages indonesian() {
        return ID;
    }

    /** Messages in English. */
    public static Messages english() {
        return EN;
    }

    /**
     * Messages for {@code locale}: English when its language is {@code en}, Bahasa Indonesia for every
     * other locale (including {@code null}).
     */
    public static Messages forLocale(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ID;
    }

    /** Formats {@code violation} in the language {@link #forLocale(Locale)} picks for {@code locale}. */
    public static String format(Violation violation, Locale locale) {
        return forLocale(locale).format(violation);
    }

    /** The language of these messages: {@code id} or {@code en}. */
    public Locale locale() {
        return locale;
    }

    /** The explanation of {@code violation}. */
    public String format(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        return render(template(violation.code()), violation.arguments(), violation.field());
    }

    /**
     * The raw template of {@code code}, with its {@code {placeholders}}.
     *
     * @throws MissingResourceException if the bundle lacks the code (a defect of the library, caught by
     *     its tests)
     */
    public String template(RuleCode code) {
        String t = templates.get(code);
        if (t == null) {
            throw new MissingResourceException(
                    "no " + locale + " message for " + code, BUNDLE + "_" + locale, code.name());
        }
        return t;
    }

    /**
     * A text of the bundle by key, for other parts of the library (labels, report headings).
     *
     * @throws MissingResourceException if the key is absent
     */
    public String text(String key) {
        return bundle.getString(key);
    }

    /**
     * Formats the bundle text {@code key} (e.g. a what-if explanation) with {@code arguments}, the same way
     * violation messages are formatted.
     *
     * @throws MissingResourceException if the key is absent
     */
    public String formatText(String key, Map<String, ?> arguments) {
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) arguments;
        Object field = arguments.get("field");
        return render(bundle.getString(key), args, field == null ? "" : field.toString());
    }

    /**
     * Fills the {@code {placeholders}} of any {@code template} with {@code arguments}, written the way
     * violation messages write them (see {@link #formatValue(Object)}); a placeholder without an argument is
     * left as it is. For other texts of the library, such as reminders.
     */
    public String formatTemplate(String template, Map<String, ?> arguments) {
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) arguments;
        return render(template, args, "");
    }

    /**
     * A reference in words with its kind and confidence, e.g. {@code "Pengumuman resmi: Pengumuman persyaratan
     * Gelombang 12 (Menko Perekonomian), 2021-02-23 (keyakinan: pasti)"}: what reports print, so that an
     * announcement or a secondary source is never shown as a legal basis.
     */
    public String reference(LegalReference reference) {
        Objects.requireNonNull(reference, "reference");
        return formatTemplate(
                bundle.getString("reference.format"),
                Map.of(
                        "kind", kind(reference.kind()),
                        "citation", reference.citation(),
                        "confidence", bundle.getString("reference.confidence." + reference.confidence())));
    }

    /**
     * What {@code code} means, in this language: the bundle's {@code meaning.<CODE>} (the Indonesian bundle
     * has every code; a test keeps it so), else the English {@link RuleCode#meaning()}.
     */
    public String meaning(RuleCode code) {
        String key = "meaning." + code.name();
        return bundle.containsKey(key) ? bundle.getString(key) : code.meaning();
    }

    /** The name of a kind of reference in this language ({@code "Peraturan"}, {@code "Pengumuman resmi"}, …). */
    public String kind(LegalReference.Kind kind) {
        return bundle.getString("reference.kind." + kind.name());
    }

    /** The label of {@code value} in this language (see {@link #formatValue(Object)}). */
    public String label(Enum<?> value) {
        if (value instanceof Labelled l) {
            return l.label(locale);
        }
        String key = "label." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    /**
     * Writes one argument value the way messages do: dates in words ({@code 17 Agustus 2021}), amounts
     * as {@code Rp3.550.000}, enums by label, anything else by {@code toString()}.
     */
    public String formatValue(Object value) {
        if (value instanceof LocalDate d) {
            return dates.format(d);
        }
        if (value instanceof Rupiah r) {
            return r.format();
        }
        if (value instanceof Enum<?> e) {
            return label(e);
        }
        return String.valueOf(value);
    }

    /** The names of the placeholders in {@code template}, in order of first appearance. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (true) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                return names;
            }
            int close = template.indexOf('}', open + 1);
            if (close < 0) {
                return names;
            }
            names.add(template.substring(open + 1, close));
            i = close + 1;
        }
    }

    private String render(String template, Map<String, Object> arguments, String field) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open + 1);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            if ("field".equals(name)) {
                out.append(field.isEmpty() ? "-" : field);
            } else if (arguments.containsKey(name)) {
                out.append(formatValue(arguments.get(name)));
            } else {
                out.append('{').append(name).append('}');
            }
            i = close + 1;
        }
        return out.toString();
    }
}
