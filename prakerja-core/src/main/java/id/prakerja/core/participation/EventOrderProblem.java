// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/**
 * Why the lifecycle does not allow an event at its point in the history: the {@code reason} argument of
 * {@link id.prakerja.core.validation.RuleCode#PARTICIPATION_EVENT_ORDER}.
 */
public enum EventOrderProblem implements Labelled {
    /** The history has no acceptance (on or before the evaluation date). */
    NOT_ACCEPTED("peserta belum diterima", "the participant has not been accepted"),
    /** A second acceptance: the card is given once (Permenko Perekonomian 11/2020 Pasal 17 huruf a). */
    ALREADY_ACCEPTED(
            "peserta sudah diterima; Kartu Prakerja hanya diberikan satu kali",
            "the participant was already accepted; the card is given once"),
    /** Any event after the card was revoked. */
    AFTER_REVOCATION("kepesertaan sudah dicabut", "the card was already revoked"),
    /** A purchase of a course id the history already bought. */
    COURSE_ALREADY_PURCHASED("pelatihan ini sudah dibeli", "this training was already bought"),
    /** A completion or review of a course id the history never bought. */
    COURSE_NOT_PURCHASED("pelatihan ini belum dibeli", "this training was not bought"),
    /** A second completion of the same course. */
    COURSE_ALREADY_COMPLETED("pelatihan ini sudah diselesaikan", "this training was already completed"),
    /** A review of a course that was bought but not completed. */
    COURSE_NOT_COMPLETED("pelatihan ini belum diselesaikan", "this training was not completed"),
    /** A second review of the same course. */
    COURSE_ALREADY_REVIEWED("pelatihan ini sudah diberi ulasan", "this training was already reviewed"),
    /** A post-training incentive before any training was bought. */
    NO_TRAINING("belum ada pelatihan yang dibeli", "no training was bought"),
    /** A payment before a bank account or e-wallet in the participant's own NIK was linked. */
    NO_PAYOUT_ACCOUNT(
            "belum ada rekening bank atau dompet elektronik atas NIK peserta",
            "no bank account or e-wallet in the participant's NIK was linked"),
    /**
     * A revocation for {@link RevocationReason#NO_FIRST_PURCHASE} dated on or before the first-purchase
     * deadline, or after a training was bought.
     */
    REVOCATION_NOT_DUE(
            "batas pembelian pelatihan pertama belum lewat atau pelatihan sudah dibeli",
            "the first-purchase deadline had not passed or a training was bought");

    private final String indonesian;
    private final String english;

    EventOrderProblem(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
