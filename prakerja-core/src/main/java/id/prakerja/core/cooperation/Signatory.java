// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import org.immutables.value.Value;

/**
 * A person who signed an agreement for one of its parties.
 *
 * <pre>{@code
 * Signatory s = Signatory.of("Marullah Matali", "Sekretaris Daerah Provinsi DKI Jakarta",
 *         "Pemerintah Provinsi DKI Jakarta");
 * }</pre>
 */
@Value.Immutable
public abstract class Signatory {

    Signatory() {}

    /** The signatory's name. */
    public abstract String name();

    /** The position held when signing, e.g. {@code "Sekretaris Daerah Provinsi DKI Jakarta"}. */
    public abstract String position();

    /** The exact name of the {@link Party} signed for; it must be one of the agreement's parties. */
    public abstract String party();

    @Value.Check
    protected void check() {
        Texts.requireText(name(), "a signatory's name");
        Texts.requireText(position(), "the position of signatory " + name());
        Texts.requireText(party(), "the party of signatory " + name());
    }

    /** A signatory for the party named {@code party}. */
    public static Signatory of(String name, String position, String party) {
        return ImmutableSignatory.builder()
                .name(name)
                .position(position)
                .party(party)
                .build();
    }

    /** A signatory for {@code party}. */
    public static Signatory of(String name, String position, Party party) {
        return of(name, position, party.name());
    }
}
