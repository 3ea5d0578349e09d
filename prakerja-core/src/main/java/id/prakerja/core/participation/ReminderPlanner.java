// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.money.Rupiah;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists the reminders a portal should send on a date: the reminding of objective 3 of the DKI Jakarta
 * cooperation agreement (17 September 2021), "mendorong serta mengingatkan penerima … memanfaatkan program
 * dan saldo secara maksimal".
 *
 * <pre>{@code
 * ReminderPlanner planner = ReminderPlanner.of(ReminderSettings.builder()
 *         .channels(EnumSet.of(ReminderChannel.SMS, ReminderChannel.APP_PUSH))
 *         .build());
 * ReminderBatch batch = planner.remind(participants, LocalDate.of(2021, 12, 8));
 * for (Reminder r : batch.reminders()) {
 *     send(participants.get(r.participantIndex()), r.channels(), r.text(Languages.INDONESIAN));
 * }
 * }</pre>
 *
 * <p>Each reminder is decided from the participant's {@link ParticipantStatus} on the date (a participant not
 * yet accepted, or revoked, gets none):
 *
 * <ul>
 *   <li>{@link ReminderCode#FIRST_PURCHASE_DUE}: no training bought yet, a usable balance, and at most
 *       {@link ReminderSettings#firstPurchaseDaysBefore()} days left to the deadline (0 on its last day);
 *   <li>{@link ReminderCode#BALANCE_EXPIRING}: a usable balance whose last day is at most
 *       {@link ReminderSettings#balanceExpiryDaysBefore()} days away;
 *   <li>{@link ReminderCode#REVIEW_PENDING}: incentives due but blocked, because no completed training was
 *       reviewed, and the oldest unreviewed one was completed at least
 *       {@link ReminderSettings#reviewPendingDaysAfter()} days ago;
 *   <li>{@link ReminderCode#PAYOUT_ACCOUNT_MISSING}: incentives or survey incentives due, no payout account
 *       in the participant's NIK, and the first training completed at least
 *       {@link ReminderSettings#payoutAccountDaysAfter()} days ago;
 *   <li>{@link ReminderCode#SURVEY_INCENTIVE_PENDING}: survey incentives still due and the first training
 *       completed at least {@link ReminderSettings#surveyPendingDaysAfter()} days ago.
 * </ul>
 *
 * Codes switched off in the settings are not produced. The planner is stateless: asked again the next day
 * it lists what is due then, so a portal that sends daily decides itself how often to repeat. Instances are
 * immutable and thread-safe.
 */
public final class ReminderPlanner {

    private static final ReminderPlanner STANDARD =
            new ReminderPlanner(ParticipationChecker.standard(), ReminderSettings.defaults());

    private final ParticipationChecker checker;
    private final ReminderSettings settings;

    private ReminderPlanner(ParticipationChecker checker, ReminderSettings settings) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The planner of the standard programme with {@link ReminderSettings#defaults()}. */
    public static ReminderPlanner standard() {
        return STANDARD;
    }

    /** A planner of the standard programme with {@code settings}. */
    public static ReminderPlanner of(ReminderSettings settings) {
        return new ReminderPlanner(ParticipationChecker.standard(), settings);
    }

    /** A planner applying the programme of {@code checker} with {@code settings}. */
    public static ReminderPlanner of(ParticipationChecker checker, ReminderSettings settings) {
        return new ReminderPlanner(checker, settings);
    }

    /** The settings. */
    public ReminderSettings settings() {
        return settings;
    }

    /** The texts of {@code code} in {@code locale}'s language, with their {@code {placeholders}}. */
    public static String template(ReminderCode code, Locale locale) {
        return ReminderTexts.forLocale(locale).template(code);
    }

    /** The reminders due for {@code participant} on {@code date}, in {@link ReminderCode} order. */
    public List<Reminder> remind(Participant participant, LocalDate date) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(date, "date");
        return remind(participant, 0, date);
    }

    /** The reminders due for every participant on {@code date}, in participant order. */
    public ReminderBatch remind(List<Participant> participants, LocalDate date) {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(date, "date");
        List<Reminder> out = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            out.addAll(remind(participants.get(i), i, date));
        }
        return new ReminderBatch(date, out);
    }

    private List<Reminder> remind(Participant participant, int index, LocalDate date) {
        Optional<ParticipantStatus> found = checker.status(participant, date);
        if (found.isEmpty() || found.get().isRevoked()) {
            return List.of();
        }
        ParticipantStatus s = found.get();
        List<Reminder> out = new ArrayList<>(2);
        // FIRST_PURCHASE_DUE
        if (s.firstPurchaseDaysLeft().isPresent()
                && s.firstPurchaseDaysLeft().getAsInt() <= settings.firstPurchaseDaysBefore()
                && !s.usableBalance().isZero()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("dueDate", s.firstPurchaseDeadline());
            args.put("daysLeft", s.firstPurchaseDaysLeft().getAsInt());
            args.put("balance", s.usableBalance());
            args.put(
                    "deadlineDays",
                    checker.programme()
                            .inForce(s.wave())
                            .firstPurchaseDeadlineDays()
                            .value());
            add(out, ReminderCode.FIRST_PURCHASE_DUE, s, index, date, s.firstPurchaseDeadline(), args);
        }
        // BALANCE_EXPIRING
        if (s.balanceExpiryDate().isPresent() && !s.usableBalance().isZero()) {
            LocalDate last = s.balanceExpiryDate().get();
            long days = ChronoUnit.DAYS.between(date, last);
            if (days >= 0 && days <= settings.balanceExpiryDaysBefore()) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("dueDate", last);
                args.put("daysLeft", (int) days);
                args.put("balance", s.usableBalance());
                add(out, ReminderCode.BALANCE_EXPIRING, s, index, date, last, args);
            }
        }
        // REVIEW_PENDING
        if (!s.incentiveUnlocked()
                && s.incentivePaymentsDue() > 0
                && !s.trainingsAwaitingReview().isEmpty()) {
            LocalDate completed = s.firstCompletionDate().orElseThrow();
            if (!date.isBefore(completed.plusDays(settings.reviewPendingDaysAfter()))) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("dueDate", completed);
                args.put("courseId", s.trainingsAwaitingReview().get(0));
                args.put("incentiveDue", s.incentiveDue());
                add(out, ReminderCode.REVIEW_PENDING, s, index, date, completed, args);
            }
        }
        // PAYOUT_ACCOUNT_MISSING
        Rupiah cashDue = s.incentiveDue().plus(s.surveyIncentiveDue());
        if (s.payoutAccount().isEmpty()
                && !cashDue.isZero()
                && s.firstCompletionDate().isPresent()) {
            LocalDate completed = s.firstCompletionDate().get();
            if (!date.isBefore(completed.plusDays(settings.payoutAccountDaysAfter()))) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("dueDate", completed);
                args.put("amountDue", cashDue);
                add(out, ReminderCode.PAYOUT_ACCOUNT_MISSING, s, index, date, completed, args);
            }
        }
        // SURVEY_INCENTIVE_PENDING
        if (s.surveyPaymentsDue() > 0 && s.firstCompletionDate().isPresent()) {
            LocalDate completed = s.firstCompletionDate().get();
            if (!date.isBefore(completed.plusDays(settings.surveyPendingDaysAfter()))) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("dueDate", completed);
                args.put("surveysDue", s.surveyPaymentsDue());
                args.put("surveyAmount", s.benefits().surveyIncentiveAmount().value());
                add(out, ReminderCode.SURVEY_INCENTIVE_PENDING, s, index, date, completed, args);
            }
        }
        return List.copyOf(out);
    }

    private void add(
            List<Reminder> out,
            ReminderCode code,
            ParticipantStatus s,
            int index,
            LocalDate date,
            LocalDate due,
            Map<String, Object> args) {
        if (!settings.codes().contains(code)) {
            return;
        }
        out.add(ImmutableReminder.builder()
                .code(code)
                .participant(s.nik().masked())
                .participantIndex(index)
                .date(date)
                .dueDate(due)
                .channels(settings.channels())
                .arguments(args)
                .build());
    }

    @Override
    public String toString() {
        return "ReminderPlanner[" + checker.programme() + ", " + settings + "]";
    }
}
