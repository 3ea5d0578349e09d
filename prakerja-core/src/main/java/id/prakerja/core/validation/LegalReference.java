// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.validation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule or a value comes from, and how sure the library is of it: a regulation (instrument and,
 * where known, its article), an official announcement (who, where and, where known, when), or a secondary
 * source such as a statistical manual; each with its {@link Confidence}.
 *
 * <p>Only a {@link Kind#REGULATION} is law. Reports and messages print the kind
 * ({@link Messages#reference(LegalReference)}), so an announcement or a secondary source is never shown as
 * if it were a legal basis.
 *
 * <pre>{@code
 * LegalReference ref = LegalReference.regulation(
 *         "Permenko Perekonomian 11/2020", "Pasal 2(5)", "Pengecualian penerima Kartu Prakerja");
 * ref.citation();   // "Permenko Perekonomian 11/2020 Pasal 2(5)"
 *
 * LegalReference quota = LegalReference.announcement(
 *         "Pengumuman Gelombang 12 (Menko Perekonomian)", LocalDate.of(2021, 2, 23),
 *         "Maksimal 2 penerima per Kartu Keluarga");
 * quota.citation(); // "Pengumuman Gelombang 12 (Menko Perekonomian), 2021-02-23"
 * }</pre>
 */
@Value.Immutable
public abstract class LegalReference {

    /** What kind of source a reference points to. */
    public enum Kind {
        /** A regulation: Perpres, Permenko, Undang-Undang, Kepmendagri, … */
        REGULATION,
        /** An official announcement or statement, cited where no article is known. */
        ANNOUNCEMENT,
        /** A secondary source, for example a statistical manual or a news report; not a legal instrument. */
        SECONDARY
    }

    /** How sure the library is that the cited source says what the value says (the facts file's C, L, U). */
    public enum Confidence {
        /** The text of a regulation was read, or two or more independent sources agree. */
        CERTAIN,
        /** One good source, or secondary sources that agree. */
        LIKELY,
        /** Sources disagree, or the value is inferred from what they say. */
        UNCERTAIN
    }

    /** This reference wrapped once, so that violations citing it do not wrap it again each time. */
    private final Optional<LegalReference> asOptional = Optional.of(this);

    LegalReference() {}

    /** {@code Optional.of(this)}, the same instance every time. */
    final Optional<LegalReference> asOptional() {
        return asOptional;
    }

    /** Whether this is a regulation, an announcement or a secondary source. */
    public abstract Kind kind();

    /**
     * How sure the library is of this reference; {@link Confidence#CERTAIN} unless the reference says
     * otherwise (the factories without a confidence are for regulations whose text was read).
     */
    @Value.Default
    public Confidence confidence() {
        return Confidence.CERTAIN;
    }

    /**
     * The instrument, e.g. {@code "Permenko Perekonomian 11/2020"}, or for an announcement who made
     * it and where, e.g. {@code "Pengumuman Gelombang 12 (Menko Perekonomian)"}.
     */
    public abstract String instrument();

    /** The article, e.g. {@code "Pasal 2(5)"}, where known. */
    public abstract Optional<String> article();

    /** A short title of what the cited text says. */
    public abstract String title();

    /** The date of an announcement or secondary source, where known (never for a regulation). */
    public abstract Optional<LocalDate> date();

    /**
     * The citation as one line: instrument and article, or announcement and date.
     *
     * @return e.g. {@code "Permenko Perekonomian 11/2020 Pasal 2(5)"}
     */
    @Value.Lazy
    public String citation() {
        StringBuilder sb = new StringBuilder(instrument());
        article().ifPresent(a -> sb.append(' ').append(a));
        date().ifPresent(d -> sb.append(", ").append(d));
        return sb.toString();
    }

    @Value.Check
    protected void check() {
        requireText(instrument(), "instrument");
        requireText(title(), "title");
        article().ifPresent(a -> requireText(a, "article"));
        if (kind() == Kind.REGULATION && date().isPresent()) {
            throw new InvalidValueException(
                    "a regulation is cited by instrument and article, not date: " + instrument());
        }
    }

    private static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new InvalidValueException(name + " must not be blank");
        }
    }

    /** A regulation with its article. */
    public static LegalReference regulation(String instrument, String article, String title) {
        return ImmutableLegalReference.builder()
                .kind(Kind.REGULATION)
                .instrument(instrument)
                .article(article)
                .title(title)
                .build();
    }

    /** A regulation whose article is not known or not applicable. */
    public static LegalReference regulation(String instrument, String title) {
        return ImmutableLegalReference.builder()
                .kind(Kind.REGULATION)
                .instrument(instrument)
                .title(title)
                .build();
    }

    /** An official announcement, cited where no article is known (confidence {@link Confidence#CERTAIN}). */
    public static LegalReference announcement(String source, LocalDate date, String title) {
        return of(Kind.ANNOUNCEMENT, source, Optional.empty(), Optional.of(date), title, Confidence.CERTAIN);
    }

    /**
     * Any reference, with its kind and confidence.
     *
     * @param kind what kind of source it is
     * @param instrument the instrument, or for an announcement or secondary source who made it and where
     * @param article the article of a regulation, where known
     * @param date the date of an announcement or secondary source, where known
     * @param title a short title of what the cited text says
     * @param confidence how sure the library is of it
     * @throws InvalidValueException when a text is blank or a regulation carries a date
     */
    public static LegalReference of(
            Kind kind,
            String instrument,
            Optional<String> article,
            Optional<LocalDate> date,
            String title,
            Confidence confidence) {
        return ImmutableLegalReference.builder()
                .kind(kind)
                .instrument(instrument)
                .article(article)
                .date(date)
                .title(title)
                .confidence(confidence)
                .build();
    }

    @Override
    public String toString() {
        return citation();
    }
}
