// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;

/** Short names for building histories in tests. */
final class Histories {

    /** The participant's NIK (female, born 17 August 1999). */
    static final String NIK_DIGITS = "3174015708990001";

    static final Nik NIK = Nik.parse(NIK_DIGITS);

    /** Someone else's NIK (male, born 17 August 2003). */
    static final String OTHER_DIGITS = "3173011708030002";

    static final Nik OTHER = Nik.parse(OTHER_DIGITS);

    static final ParticipationChecker CHECKER = ParticipationChecker.standard();

    private Histories() {}

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Rupiah rp(long amount) {
        return Rupiah.of(amount);
    }

    static Participant participant(ParticipantEvent... events) {
        return Participant.of(NIK, List.of(events));
    }

    static Accepted accepted(String date, int wave) {
        return ParticipantEvent.accepted(d(date), wave);
    }

    static TrainingPurchased bought(String date, String course, long price) {
        return ParticipantEvent.trainingPurchased(d(date), course, rp(price));
    }

    static TrainingCompleted completed(String date, String course) {
        return ParticipantEvent.trainingCompleted(d(date), course);
    }

    static TrainingReviewed reviewed(String date, String course) {
        return ParticipantEvent.trainingReviewed(d(date), course, 5);
    }

    static PayoutAccountLinked linked(String date) {
        return ParticipantEvent.payoutAccountLinked(d(date), PayoutChannel.E_WALLET, "OVO", NIK);
    }

    static PayoutAccountLinked linkedOther(String date) {
        return ParticipantEvent.payoutAccountLinked(d(date), PayoutChannel.BANK, "BNI", OTHER);
    }

    static IncentivePaid incentive(String date, long amount) {
        return ParticipantEvent.incentivePaid(d(date), rp(amount));
    }

    static SurveyIncentivePaid survey(String date, long amount) {
        return ParticipantEvent.surveyIncentivePaid(d(date), rp(amount));
    }

    static Revoked revoked(String date, RevocationReason reason) {
        return ParticipantEvent.revoked(d(date), reason);
    }

    static List<Violation> violations(String evaluationDate, ParticipantEvent... events) {
        return CHECKER.violations(participant(events), d(evaluationDate));
    }

    static List<RuleCode> codes(String evaluationDate, ParticipantEvent... events) {
        return violations(evaluationDate, events).stream().map(Violation::code).toList();
    }

    static ParticipantStatus status(String date, ParticipantEvent... events) {
        return CHECKER.status(participant(events), d(date)).orElseThrow();
    }
}
