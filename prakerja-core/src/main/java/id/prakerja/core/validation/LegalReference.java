package id.prakerja.core.validation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rule comes from: a regulation (instrument and, where known, its article) or, where no
 * article is known, an official announcement with its date.
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
        ANNOUNCEMENT
    }

    /** This reference wrapped once, so that violations citing it do not wrap it again each time. */
    private final Optional<LegalReference> asOptional = Optional.of(this);

    LegalReference() {}

    /** {@code Optional.of(this)}, the same instance every time. */
    final Optional<LegalReference> asOptional() {
        return asOptional;
    }

    /** Whether this is a regulation or an announcement. */
    public abstract Kind kind();

    /**
     * The instrument, e.g. {@code "Permenko Perekonomian 11/2020"}, or for an announcement who made
     * it and where, e.g. {@code "Pengumuman Gelombang 12 (Menko Perekonomian)"}.
     */
    public abstract String instrument();

    /** The article, e.g. {@code "Pasal 2(5)"}, where known. */
    public abstract Optional<String> article();

    /** A short title of what the cited text says. */
    public abstract String title();

    /** The date of an announcement (always present for {@link Kind#ANNOUNCEMENT}). */
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
        if (kind() == Kind.ANNOUNCEMENT && date().isEmpty()) {
            throw new InvalidValueException("an announcement needs its date: " + instrument());
        }
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

    /** An official announcement, cited where no article is known. */
    public static LegalReference announcement(String source, LocalDate date, String title) {
        return ImmutableLegalReference.builder()
                .kind(Kind.ANNOUNCEMENT)
                .instrument(source)
                .date(date)
                .title(title)
                .build();
    }

    @Override
    public String toString() {
        return citation();
    }
}
