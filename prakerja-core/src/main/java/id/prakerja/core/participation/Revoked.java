// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The card was revoked. Nothing may follow: the remaining aid is returned and the recipient cannot take
 * part again (Permenko Perekonomian 11/2020 Pasal 20).
 */
@Value.Immutable
public abstract class Revoked extends ParticipantEvent {

    Revoked() {}

    /** The revocation. */
    public static Revoked of(LocalDate date, RevocationReason reason) {
        return ImmutableRevoked.builder().date(date).reason(reason).build();
    }

    /** Why the card was revoked. */
    public abstract RevocationReason reason();

    @Override
    public final EventType type() {
        return EventType.REVOKED;
    }
}
