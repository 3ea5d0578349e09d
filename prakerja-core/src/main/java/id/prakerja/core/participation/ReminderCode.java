// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.List;
import java.util.Locale;

/**
 * The stable code of each reminder a portal may send. Like rule codes, these are public API: never renamed
 * or reused. Each code declares the arguments every {@link Reminder} of that code carries, which its texts
 * may use ({@code reminders_id.properties}, {@code reminders_en.properties} in this package).
 */
public enum ReminderCode implements Labelled {
    /**
     * The first training must be bought soon, or the card is revoked (Permenko Perekonomian 11/2020 Pasal
     * 20). Due date: the first-purchase deadline.
     */
    FIRST_PURCHASE_DUE(
            "batas pembelian pelatihan pertama",
            "first training purchase due",
            "dueDate",
            "daysLeft",
            "balance",
            "deadlineDays"),
    /**
     * The unused balance is about to expire (15 December to wave 47; from wave 48, 15 days after the last
     * completed training). Due date: the last day the balance may be used.
     */
    BALANCE_EXPIRING("saldo segera berakhir", "balance about to expire", "dueDate", "daysLeft", "balance"),
    /**
     * A training was completed but no completed training was rated and reviewed, so the post-training
     * incentive is blocked. Due date: the completion day of the oldest unreviewed training.
     */
    REVIEW_PENDING(
            "ulasan pelatihan belum diberikan", "training review pending", "dueDate", "courseId", "incentiveDue"),
    /**
     * No bank account or e-wallet in the participant's own NIK is linked while incentives are still due.
     * Due date: the day the first training was completed.
     */
    PAYOUT_ACCOUNT_MISSING("akun pembayaran belum ditautkan", "no payout account linked", "dueDate", "amountDue"),
    /**
     * Survey incentives the package promises are still unpaid: the evaluation surveys are waiting. Due
     * date: the day the first training was completed.
     */
    SURVEY_INCENTIVE_PENDING(
            "insentif survei belum diterima", "survey incentive pending", "dueDate", "surveysDue", "surveyAmount");

    private final String indonesian;
    private final String english;
    private final List<String> arguments;

    ReminderCode(String indonesian, String english, String... arguments) {
        this.indonesian = indonesian;
        this.english = english;
        this.arguments = List.of(arguments);
    }

    /** The names of the arguments every reminder of this code carries. */
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
