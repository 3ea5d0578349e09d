// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.eligibility;

import id.prakerja.core.internal.Templates;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What would cure one violation of an eligibility decision, and when: the answer to "what if?".
 *
 * <pre>{@code
 * for (Cure c : checker.whatIf(applicant, decision)) {
 *     c.kind();                       // WAIT_UNTIL
 *     c.date();                       // Optional[2021-07-02], the 18th birthday
 *     c.describe(Languages.INDONESIAN); // "Memenuhi syarat usia mulai 2 Juli 2021, saat berusia 18 tahun."
 * }
 * }</pre>
 */
public final class Cure {

    /** How a violation can be cured. */
    public enum Kind {
        /** Time cures it: from {@link Cure#date()} (and {@link Cure#wave()} where a later wave changes a rule). */
        WAIT_UNTIL,
        /** The applicant's circumstances must change (leave formal education, leave an excluded occupation…). */
        CHANGE_CIRCUMSTANCES,
        /** The record's data is wrong or incomplete and must be corrected. */
        CORRECT_DATA,
        /** Nothing the applicant or time can do (citizenship, revoked card, card already received…). */
        NOT_CURABLE
    }

    private final RuleCode code;
    private final Kind kind;
    private final LocalDate date;
    private final int wave;
    private final String messageKey;
    private final Map<String, Object> arguments;

    Cure(RuleCode code, Kind kind, LocalDate date, int wave, String messageKey, Map<String, Object> arguments) {
        this.code = code;
        this.kind = kind;
        this.date = date;
        this.wave = wave;
        this.messageKey = messageKey;
        Map<String, Object> args = new LinkedHashMap<>(arguments);
        if (date != null) {
            args.put("date", date);
        }
        if (wave > 0) {
            args.put("wave", wave);
        }
        this.arguments = Collections.unmodifiableMap(args);
    }

    /**
     * The cure of {@code violation} with these written parts, as {@link EligibilityChecker#whatIf} made it: for
     * reading an answer back (prakerja-json). Its explanation is then the one written.
     *
     * @param date from when it is cured; present exactly for {@link Kind#WAIT_UNTIL}
     * @param wave the first wave from which it is cured, if any
     * @throws IllegalArgumentException if the library never cures {@code violation} that way (a kind its rule
     *     does not give, a date without waiting, a wave for correcting data)
     */
    public static Cure of(Violation violation, Kind kind, Optional<LocalDate> date, OptionalInt wave) {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(kind, "kind");
        int w = wave.orElse(0);
        if (wave.isPresent() && w < 1) {
            throw new IllegalArgumentException("waves are numbered from 1, was " + w);
        }
        return WhatIf.readBack(violation, kind, date.orElse(null), w);
    }

    /** The code of the violation this cures. */
    public RuleCode code() {
        return code;
    }

    /** How it can be cured. */
    public Kind kind() {
        return kind;
    }

    /** Whether anything can cure it. */
    public boolean isCurable() {
        return kind != Kind.NOT_CURABLE;
    }

    /** From when it is cured ({@link Kind#WAIT_UNTIL}). */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** The first wave from which it is cured, where a later wave changes the rule or is the first after {@link #date()}. */
    public OptionalInt wave() {
        return wave > 0 ? OptionalInt.of(wave) : OptionalInt.empty();
    }

    /** The values the explanation uses. */
    public Map<String, Object> arguments() {
        return arguments;
    }

    /** The explanation in {@code locale}'s language (Indonesian unless English). */
    public String describe(Locale locale) {
        Object field = arguments.get("field");
        return Templates.fill(
                Templates.text(Languages.of(locale), messageKey),
                arguments,
                field == null ? "" : field.toString(),
                Messages.forLocale(locale)::formatValue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cure c
                && c.code == code
                && c.kind == kind
                && Objects.equals(c.date, date)
                && c.wave == wave
                && c.messageKey.equals(messageKey)
                && c.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, kind, date, wave, messageKey, arguments);
    }

    @Override
    public String toString() {
        return code + " " + kind + (date != null ? " from " + date : "") + (wave > 0 ? " (wave " + wave + ")" : "");
    }
}
