// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who witnessed the signing of an agreement, possibly on behalf of someone else.
 *
 * <pre>{@code
 * Witness w = Witness.of("Ahmad Riza Patria", "Wakil Gubernur DKI Jakarta",
 *         "Gubernur DKI Jakarta Anies Baswedan");
 * }</pre>
 */
@Value.Immutable
public abstract class Witness {

    Witness() {}

    /** The witness's name. */
    public abstract String name();

    /** The position held, e.g. {@code "Wakil Gubernur DKI Jakarta"}. */
    public abstract String position();

    /** Whom the witness stood in for, e.g. {@code "Gubernur DKI Jakarta Anies Baswedan"}, if anyone. */
    public abstract Optional<String> onBehalfOf();

    @Value.Check
    protected void check() {
        Texts.requireText(name(), "a witness's name");
        Texts.requireText(position(), "the position of witness " + name());
        onBehalfOf().ifPresent(o -> Texts.requireText(o, "onBehalfOf of witness " + name()));
    }

    /** A witness in their own right. */
    public static Witness of(String name, String position) {
        return ImmutableWitness.builder().name(name).position(position).build();
    }

    /** A witness standing in for {@code onBehalfOf}. */
    public static Witness of(String name, String position, String onBehalfOf) {
        return ImmutableWitness.builder()
                .name(name)
                .position(position)
                .onBehalfOf(onBehalfOf)
                .build();
    }
}
