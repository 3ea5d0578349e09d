// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import static id.prakerja.core.participation.Histories.NIK_DIGITS;
import static id.prakerja.core.participation.Histories.OTHER_DIGITS;
import static id.prakerja.core.participation.Histories.accepted;
import static id.prakerja.core.participation.Histories.bought;
import static id.prakerja.core.participation.Histories.completed;
import static id.prakerja.core.participation.Histories.incentive;
import static id.prakerja.core.participation.Histories.linked;
import static id.prakerja.core.participation.Histories.linkedOther;
import static id.prakerja.core.participation.Histories.reviewed;
import static id.prakerja.core.participation.Histories.status;
import static id.prakerja.core.participation.Histories.violations;
import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.Languages;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code PARTICIPATION_ACCOUNT_NIK_MISMATCH}: the payout account must be in the participant's own NIK. */
class PayoutAccountRulesTest {

    @Test
    void rejectsAnAccountRegisteredToAnotherNikWithoutShowingEitherNik() {
        List<Violation> v = violations("2021-12-01", accepted("2021-08-20", 18), linkedOther("2021-08-21"));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(RuleCode.PARTICIPATION_ACCOUNT_NIK_MISMATCH);
            assertThat(x.field()).isEqualTo("events[1].accountNik");
            assertThat(x.arguments()).containsOnlyKeys("provider", "channel");
            assertThat(x.arguments()).containsEntry("provider", "BNI").containsEntry("channel", PayoutChannel.BANK);
            assertThat(x.legalReference()).isEmpty();
            for (Locale locale : new Locale[] {Languages.INDONESIAN, Locale.ENGLISH}) {
                String text = Messages.format(x, locale);
                assertThat(text)
                        .doesNotContain(NIK_DIGITS)
                        .doesNotContain(OTHER_DIGITS)
                        .doesNotContain(Nik.mask(NIK_DIGITS))
                        .doesNotContain(Nik.mask(OTHER_DIGITS));
            }
            assertThat(Messages.english().format(x))
                    .isEqualTo(
                            "The payout account BNI (bank account) is registered to a NIK other than the participant's.");
            assertThat(x.toString()).doesNotContain(NIK_DIGITS).doesNotContain(OTHER_DIGITS);
        });
    }

    @Test
    void aMismatchedAccountDoesNotCountAsLinked() {
        List<Violation> v = violations(
                "2021-12-01",
                accepted("2021-08-20", 18),
                linkedOther("2021-08-21"),
                bought("2021-08-25", "C-1", 500_000),
                completed("2021-09-01", "C-1"),
                reviewed("2021-09-02", "C-1"),
                incentive("2021-09-03", 600_000));
        assertThat(v)
                .extracting(Violation::code)
                .containsExactly(RuleCode.PARTICIPATION_ACCOUNT_NIK_MISMATCH, RuleCode.PARTICIPATION_EVENT_ORDER);
        assertThat(v.get(1).arguments()).containsEntry("reason", EventOrderProblem.NO_PAYOUT_ACCOUNT);
        assertThat(status("2021-09-02", accepted("2021-08-20", 18), linkedOther("2021-08-21"))
                        .payoutAccount())
                .isEmpty();
    }

    @Test
    void aLaterMismatchedLinkDoesNotReplaceAGoodAccount() {
        ParticipantStatus s =
                status("2021-09-02", accepted("2021-08-20", 18), linked("2021-08-21"), linkedOther("2021-08-22"));
        assertThat(s.payoutAccount())
                .hasValueSatisfying(a -> assertThat(a.provider()).isEqualTo("OVO"));
    }
}
