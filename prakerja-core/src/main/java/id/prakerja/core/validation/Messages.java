// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import id.prakerja.core.internal.Templates;
import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

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
 * String en = Messages.english().format(violation);
 * String any = Messages.format(violation, request.getLocale()); // English for "en", else Indonesian
 * }</pre>
 *
 * <p>{@code Messages.indonesian()} and {@code Messages.english()} are the two {@code Messages}; methods that
 * take a {@link Locale} (labels, {@code explain}, {@code describe}) take {@link Languages#INDONESIAN} or
 * {@link Languages#ENGLISH}, or any locale, by the rule of {@link Languages#of(Locale)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Messages {

    private static final String BUNDLE = Templates.MESSAGES;
    /** The name in a variant's key that needs a violation of the whole record, not of one field. */
    private static final String RECORD = "record";

    private static final Messages ID = new Messages(Languages.INDONESIAN);
    private static final Messages EN = new Messages(Languages.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<RuleCode, String> templates;
    private final Map<RuleCode, List<String>> variants;
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
        Map<RuleCode, List<String>> alt = new EnumMap<>(RuleCode.class);
        for (String key : Collections.list(bundle.getKeys())) {
            int dot = key.indexOf('.');
            if (dot > 0) {
                RuleCode.find(key.substring(0, dot))
                        .ifPresent(c ->
                                alt.computeIfAbsent(c, k -> new ArrayList<>()).add(key));
            }
        }
        alt.replaceAll((c, keys) -> List.copyOf(keys));
        this.variants = Collections.unmodifiableMap(alt);
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
        return Languages.isEnglish(locale) ? EN : ID;
    }

    /** Formats {@code violation} in the language {@link #forLocale(Locale)} picks for {@code locale}. */
    public static String format(Violation violation, Locale locale) {
        return forLocale(locale).format(violation);
    }

    /** The language of these messages: {@code id} or {@code en}. */
    public Locale locale() {
        return locale;
    }

    /**
     * The explanation of {@code violation}. Where the bundle has variants of the code's template for optional
     * arguments ({@code FIELD_INVALID.expectation}, {@code RECORD_MALFORMED.problem.line.column}: the code, then
     * the names of the arguments the variant needs), the variant needing the most arguments the violation carries
     * is used; otherwise the code's template. The name {@code record} in a variant's key is no argument: that
     * variant needs a violation of the whole record (an empty field), which it does not call a field
     * ({@code FIELD_INVALID.record.expectation}: "The record must be a JSON object."), and wins a tie.
     */
    public String format(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        return render(template(violation), violation.arguments(), violation.field());
    }

    private String template(Violation violation) {
        String best = null;
        int most = 0;
        boolean bestForRecord = false;
        for (String key : variants.getOrDefault(violation.code(), List.of())) {
            String[] names = key.substring(key.indexOf('.') + 1).split("\\.");
            boolean all = true;
            boolean forRecord = false;
            for (String n : names) {
                if (n.equals(RECORD)) {
                    forRecord = true;
                    all &= violation.field().isEmpty();
                } else {
                    all &= violation.arguments().containsKey(n);
                }
            }
            if (all && (names.length > most || (names.length == most && forRecord && !bestForRecord))) {
                best = key;
                most = names.length;
                bestForRecord = forRecord;
            }
        }
        return best != null ? bundle.getString(best) : template(violation.code());
    }

    /**
     * The bundle keys of the variants of {@code code}'s template (see {@link #format(Violation)}), e.g.
     * {@code FIELD_INVALID.expectation} or {@code FIELD_INVALID.record.expectation}; empty for most codes.
     */
    public List<String> variants(RuleCode code) {
        return variants.getOrDefault(code, List.of());
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
     * A reference in words with its kind and confidence, e.g. {@code "Pengumuman resmi: Pengumuman persyaratan
     * Gelombang 12 (Menko Perekonomian), 2021-02-23 (keyakinan: pasti)"}: what reports print, so that an
     * announcement or a secondary source is never shown as a legal basis.
     */
    public String reference(LegalReference reference) {
        Objects.requireNonNull(reference, "reference");
        return render(
                bundle.getString("reference.format"),
                Map.of(
                        "kind", kind(reference.kind()),
                        "citation", reference.citation(),
                        "confidence", bundle.getString("reference.confidence." + reference.confidence())),
                "");
    }

    /**
     * What {@code code} means, in this language: the bundle's {@code meaning.<CODE>}. Both bundles have every
     * code, and the English text is {@link RuleCode#meaning()} (a test keeps them so).
     *
     * @throws MissingResourceException if the bundle lacks the code (a defect of the library, caught by
     *     its tests)
     */
    public String meaning(RuleCode code) {
        Objects.requireNonNull(code, "code");
        String key = "meaning." + code.name();
        if (!bundle.containsKey(key)) {
            throw new MissingResourceException("no " + locale + " meaning for " + code, BUNDLE + "_" + locale, key);
        }
        return bundle.getString(key);
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

    private String render(String template, Map<String, Object> arguments, String field) {
        return Templates.fill(template, arguments, field, this::formatValue);
    }
}
