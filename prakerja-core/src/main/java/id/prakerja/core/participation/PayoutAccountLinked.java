// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A bank account or e-wallet linked for incentive payouts. It must be registered to the participant's own
 * NIK; a later link with the right NIK replaces an earlier one. {@code toString} masks the account's NIK.
 */
@Value.Immutable
public abstract class PayoutAccountLinked extends ParticipantEvent {

    PayoutAccountLinked() {}

    /**
     * The link.
     *
     * @throws id.prakerja.core.validation.InvalidValueException if the provider is blank or longer than 100 characters
     */
    public static PayoutAccountLinked of(LocalDate date, PayoutChannel channel, String provider, Nik accountNik) {
        return ImmutablePayoutAccountLinked.builder()
                .date(date)
                .channel(channel)
                .provider(provider)
                .accountNik(accountNik)
                .build();
    }

    /** Bank account or e-wallet. */
    public abstract PayoutChannel channel();

    /** The bank or e-wallet, e.g. {@code "BNI"}, {@code "OVO"}, {@code "GoPay"}, {@code "LinkAja"}, {@code "DANA"}. */
    public abstract String provider();

    /** The NIK the account is registered to (masked in {@code toString}). */
    public abstract Nik accountNik();

    @Override
    public final EventType type() {
        return EventType.PAYOUT_ACCOUNT_LINKED;
    }

    @Value.Check
    protected void check() {
        requireText(provider(), "provider");
    }
}
