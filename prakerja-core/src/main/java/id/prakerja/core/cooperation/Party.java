// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party to a {@link CooperationAgreement}: its name, what kind of body it is and, for a regional
 * government, its region.
 *
 * <p>Parties are identified by their exact name: a {@link Signatory} names the party it signs for, and two
 * parties with the same name count as one (see {@link id.prakerja.core.validation.RuleCode#COOPERATION_PARTIES}).
 *
 * <pre>{@code
 * Party dki = Party.of("Pemerintah Provinsi DKI Jakarta", PartyKind.PROVINCIAL_GOVERNMENT,
 *         Region.of(Province.DKI_JAKARTA));
 * Party pmo = Party.of("Manajemen Pelaksana Program Kartu Prakerja", PartyKind.PROGRAMME_MANAGEMENT_OFFICE);
 * }</pre>
 */
@Value.Immutable
public abstract class Party {

    /** The longest name accepted. */
    public static final int MAX_NAME_LENGTH = 200;

    Party() {}

    /** The name, e.g. {@code "Pemerintah Provinsi DKI Jakarta"}. */
    public abstract String name();

    /** What kind of body the party is. */
    public abstract PartyKind kind();

    /** The party's region (for regional governments); absent for national bodies. */
    public abstract Optional<Region> region();

    @Value.Check
    protected void check() {
        Texts.requireText(name(), "a party's name");
        if (name().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("a party's name is longer than " + MAX_NAME_LENGTH + " characters");
        }
    }

    /** A party without a region (a national body). */
    public static Party of(String name, PartyKind kind) {
        return ImmutableParty.builder().name(name).kind(kind).build();
    }

    /** A party with its region. */
    public static Party of(String name, PartyKind kind, Region region) {
        return ImmutableParty.builder().name(name).kind(kind).region(region).build();
    }
}
