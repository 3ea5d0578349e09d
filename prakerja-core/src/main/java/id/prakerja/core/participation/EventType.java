// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** The kinds of {@link ParticipantEvent}; the wire format's {@code type} values. */
public enum EventType implements Labelled {
    /** Named a recipient of a wave ({@link Accepted}). */
    ACCEPTED("penerimaan sebagai peserta", "acceptance"),
    /** A training bought with the balance ({@link TrainingPurchased}). */
    TRAINING_PURCHASED("pembelian pelatihan", "training purchase"),
    /** A training finished ({@link TrainingCompleted}). */
    TRAINING_COMPLETED("penyelesaian pelatihan", "training completion"),
    /** A finished training rated and reviewed ({@link TrainingReviewed}). */
    TRAINING_REVIEWED("ulasan dan penilaian pelatihan", "training review"),
    /** A bank account or e-wallet linked for payouts ({@link PayoutAccountLinked}). */
    PAYOUT_ACCOUNT_LINKED("penautan akun pembayaran", "payout account link"),
    /** A post-training incentive paid ({@link IncentivePaid}). */
    INCENTIVE_PAID("pembayaran insentif pascapelatihan", "post-training incentive payment"),
    /** A survey incentive paid ({@link SurveyIncentivePaid}). */
    SURVEY_INCENTIVE_PAID("pembayaran insentif survei", "survey incentive payment"),
    /** The card revoked ({@link Revoked}). */
    REVOKED("pencabutan kepesertaan", "revocation");

    private final String indonesian;
    private final String english;

    EventType(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
