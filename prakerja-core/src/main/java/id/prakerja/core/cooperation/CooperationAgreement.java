// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.LegalReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agreement under which a regional government (or another body) helps the Kartu Prakerja programme:
 * who agreed, who signed and witnessed it, when and where, for how long, for which region, to what end
 * and for whom.
 *
 * <pre>{@code
 * Party dki = Party.of("Pemerintah Provinsi DKI Jakarta", PartyKind.PROVINCIAL_GOVERNMENT,
 *         Region.of(Province.DKI_JAKARTA));
 * Party pmo = Party.of("Manajemen Pelaksana Program Kartu Prakerja", PartyKind.PROGRAMME_MANAGEMENT_OFFICE);
 * CooperationAgreement agreement = CooperationAgreement.builder()
 *         .identifier("DKI-JAKARTA-PMO-2021")
 *         .type(AgreementType.MEMORANDUM_OF_UNDERSTANDING)
 *         .title("Kerja Sama Dukungan Layanan Informasi Program Kartu Prakerja")
 *         .addParties(dki, pmo)
 *         .addSignatories(Signatory.of("Marullah Matali", "Sekretaris Daerah Provinsi DKI Jakarta", dki))
 *         .addSignatories(Signatory.of("Denni Puspa Purbasari", "Direktur Eksekutif", pmo))
 *         .signingDate(LocalDate.of(2021, 9, 17))
 *         .period(LocalDate.of(2021, 9, 17), LocalDate.of(2021, 12, 31))
 *         .region(AgreementRegion.wholeProvince(Province.DKI_JAKARTA))
 *         .addObjectives(BuiltInObjective.values())
 *         .audience(TargetAudience.currentRecipients())
 *         .build();
 * CooperationRules.standard().validate(agreement).isValid(); // true
 * }</pre>
 *
 * <p>The DKI Jakarta agreement of 2021 is ready as {@link Agreements#dkiJakarta2021()}.
 *
 * <p>Structure, checked when building (an {@link IllegalStateException} otherwise): the identifier, title
 * and names are not blank; every signatory signs for one of the parties (by exact name); no two objectives
 * share a code. Everything else — two distinct parties, a signatory for each, a consistent period, at least
 * one objective and one audience group — is a rule that {@link CooperationRules} reports, so that an
 * agreement breaking it can still be built and explained.
 *
 * <p>The {@link #identifier()} is the key by which {@link OutreachActivity outreach activities} name their
 * agreement; it is chosen by whoever records the agreement and is not its official {@link
 * #documentNumber() document number}, which may be unknown.
 */
@Value.Immutable
public abstract class CooperationAgreement {

    /** The longest identifier accepted. */
    public static final int MAX_IDENTIFIER_LENGTH = 100;

    CooperationAgreement() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key by which activities refer to this agreement, e.g. {@code "DKI-JAKARTA-PMO-2021"}. */
    public abstract String identifier();

    /** What kind of instrument the agreement is. */
    public abstract AgreementType type();

    /** The official document number (nomor), when known. */
    public abstract Optional<String> documentNumber();

    /** The title, e.g. {@code "Kerja Sama Dukungan Layanan Informasi Program Kartu Prakerja"}. */
    public abstract String title();

    /** What the parties undertake to do, in words, when stated. */
    public abstract Optional<String> scope();

    /** The parties, in the order the agreement names them. */
    public abstract List<Party> parties();

    /** The signatories, each for one of the parties. */
    public abstract List<Signatory> signatories();

    /** The witnesses to the signing. */
    public abstract List<Witness> witnesses();

    /** The day the agreement was signed. */
    public abstract LocalDate signingDate();

    /** Where it was signed, e.g. {@code "Balai Kota DKI Jakarta"}, when known. */
    public abstract Optional<String> signingPlace();

    /** The term of the agreement; empty when it is not known (then no activity date lies outside it). */
    public abstract Optional<AgreementPeriod> period();

    /** The area the agreement covers. */
    public abstract AgreementRegion region();

    /** The objectives, in the order the agreement lists them. */
    public abstract List<Objective> objectives();

    /** Whom the agreement aims at. */
    public abstract TargetAudience audience();

    /** The objective with {@code code}, if the agreement has it. */
    public final Optional<Objective> objective(String code) {
        for (Objective o : objectives()) {
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The distinct party names, in the order of first appearance. */
    public final List<String> partyNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Party p : parties()) {
            names.add(p.name());
        }
        return List.copyOf(names);
    }

    /**
     * The agreement as the legal reference of its violations: the instrument (type, number when known,
     * parties, signing date) and the title, without article.
     *
     * <pre>{@code
     * Agreements.dkiJakarta2021().reference().citation();
     * // "Nota Kesepakatan Pemerintah Provinsi DKI Jakarta – Manajemen Pelaksana Program Kartu Prakerja,
     * //  2021-09-17"
     * }</pre>
     */
    @Value.Lazy
    public LegalReference reference() {
        StringBuilder instrument = new StringBuilder(type().instrumentName());
        documentNumber().ifPresent(n -> instrument.append(" Nomor ").append(n));
        List<String> names = partyNames();
        if (!names.isEmpty()) {
            instrument.append(' ').append(String.join(" – ", names));
        }
        instrument.append(", ").append(signingDate());
        return LegalReference.regulation(instrument.toString(), title());
    }

    @Value.Check
    protected void check() {
        Texts.requireText(identifier(), "an agreement's identifier");
        if (identifier().length() > MAX_IDENTIFIER_LENGTH) {
            throw new InvalidValueException(
                    "an agreement's identifier is longer than " + MAX_IDENTIFIER_LENGTH + " characters");
        }
        Texts.requireText(title(), "the title of agreement " + identifier());
        documentNumber().ifPresent(n -> Texts.requireText(n, "the document number of agreement " + identifier()));
        scope().ifPresent(s -> Texts.requireText(s, "the scope of agreement " + identifier()));
        signingPlace().ifPresent(p -> Texts.requireText(p, "the signing place of agreement " + identifier()));
        Set<String> names = new HashSet<>(partyNames());
        List<String> strangers = new ArrayList<>();
        for (Signatory s : signatories()) {
            if (!names.contains(s.party())) {
                strangers.add(s.name() + " signs for '" + s.party() + "'");
            }
        }
        if (!strangers.isEmpty()) {
            throw new InvalidValueException("agreement " + identifier() + ": every signatory signs for one of the"
                    + " parties " + partyNames() + ", but " + strangers);
        }
        Set<String> codes = new HashSet<>();
        for (Objective o : objectives()) {
            if (!codes.add(o.code())) {
                throw new InvalidValueException(
                        "agreement " + identifier() + " lists the objective " + o.code() + " twice");
            }
        }
    }

    /** Builds a {@link CooperationAgreement}; {@code build()} throws {@link IllegalStateException} for bad structure. */
    public static final class Builder extends ImmutableCooperationAgreement.Builder {
        /** A new, empty builder. */
        public Builder() {}

        /** Sets the period from {@code start} to {@code end}, both included. */
        public Builder period(LocalDate start, LocalDate end) {
            period(AgreementPeriod.of(start, end));
            return this;
        }
    }
}
