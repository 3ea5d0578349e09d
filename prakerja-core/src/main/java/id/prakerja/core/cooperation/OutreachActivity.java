// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.participation.ReminderBatch;
import id.prakerja.core.participation.ReminderChannel;
import id.prakerja.core.participation.ReminderTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One outreach activity carried out under a {@link CooperationAgreement}: when and where, which
 * objectives it served, whom it was aimed at, through which channel and how many people it reached.
 *
 * <pre>{@code
 * OutreachActivity webinar = OutreachActivity.builder()
 *         .agreement("DKI-JAKARTA-PMO-2021")
 *         .date(LocalDate.of(2021, 10, 5))
 *         .region(Region.of(Province.DKI_JAKARTA, "3174"))
 *         .addObjective(BuiltInObjective.DIGITAL_LITERACY)
 *         .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER, WorkforceCategory.LAID_OFF))
 *         .channel(Channel.EVENT)
 *         .peopleReached(250)
 *         .build();
 * CooperationRules.standard().validate(Agreements.dkiJakarta2021(), webinar); // no violation
 * }</pre>
 *
 * <p>Only the structure is checked when building: the agreement identifier and the objective codes are
 * not blank. An activity outside the agreement's period, region, objectives or audience, with no objective
 * or audience at all, or with its reach missing or negative can be built; {@link CooperationRules} reports
 * it. The objectives are held by {@link Objective#code() code}, as the wire format carries them.
 */
@Value.Immutable
public abstract class OutreachActivity {

    OutreachActivity() {}

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Records that reminders were sent to card recipients: an activity serving {@link
     * BuiltInObjective#RECIPIENT_REMINDERS}, aimed at {@link RecipientGroup#CURRENT_RECIPIENTS}.
     *
     * <p>This is how the reminders a portal sends (to use the programme, to spend the balance before it
     * expires) count towards an agreement's progress: record each day's batch per region and channel.
     *
     * <pre>{@code
     * OutreachActivity sent = OutreachActivity.reminder(Agreements.dkiJakarta2021(),
     *         LocalDate.of(2021, 11, 1), Region.of(Province.DKI_JAKARTA, "3175"), Channel.SMS, 1_200);
     * }</pre>
     *
     * @param agreement the agreement the reminders were sent under
     * @param date the day they were sent
     * @param region where the recipients live
     * @param channel how they were sent, usually {@link Channel#PORTAL} or {@link Channel#SMS}
     * @param recipientsReached how many recipients received one; a negative count is kept and reported by
     *     {@link CooperationRules}, as for any activity
     */
    public static OutreachActivity reminder(
            CooperationAgreement agreement, LocalDate date, Region region, Channel channel, long recipientsReached) {
        Objects.requireNonNull(agreement, "agreement");
        return builder()
                .agreement(agreement.identifier())
                .date(date)
                .region(region)
                .addObjective(BuiltInObjective.RECIPIENT_REMINDERS)
                .audience(TargetAudience.currentRecipients())
                .channel(channel)
                .peopleReached(recipientsReached)
                .build();
    }

    /**
     * The outreach activities that a batch of reminders amounts to under {@code agreement}: one per day and
     * channel of the {@linkplain ReminderBatch#tallies() batch's tallies} (the codes of one day and channel
     * add up), each serving {@link BuiltInObjective#RECIPIENT_REMINDERS} for current recipients in
     * {@code region}, reaching as many people as reminders were sent. This is objective 3 of the DKI Jakarta
     * agreement ("mengingatkan penerima … memanfaatkan program dan saldo") counted in its progress.
     *
     * <pre>{@code
     * ReminderBatch batch = ReminderPlanner.standard().remind(participants, today);
     * List<OutreachActivity> sent = OutreachActivity.reminders(Agreements.dkiJakarta2021(),
     *         Region.of(Province.DKI_JAKARTA), batch);
     * }</pre>
     *
     * <p>Reminder channels map to activity channels as: SMS → {@link Channel#SMS}, app notification →
     * {@link Channel#PORTAL}, e-mail and WhatsApp → {@link Channel#OTHER}.
     */
    public static List<OutreachActivity> reminders(CooperationAgreement agreement, Region region, ReminderBatch batch) {
        Map<LocalDate, Map<Channel, Long>> byDay = new TreeMap<>();
        for (ReminderTally t : batch.tallies()) {
            byDay.computeIfAbsent(t.date(), d -> new EnumMap<>(Channel.class))
                    .merge(channelOf(t.channel()), (long) t.count(), Long::sum);
        }
        List<OutreachActivity> out = new ArrayList<>();
        byDay.forEach((day, channels) ->
                channels.forEach((channel, count) -> out.add(reminder(agreement, day, region, channel, count))));
        return List.copyOf(out);
    }

    static Channel channelOf(ReminderChannel c) {
        switch (c) {
            case SMS:
                return Channel.SMS;
            case APP_PUSH:
                return Channel.PORTAL;
            default:
                return Channel.OTHER;
        }
    }

    /** The {@link CooperationAgreement#identifier() identifier} of the agreement the activity serves. */
    public abstract String agreement();

    /** The day of the activity. */
    public abstract LocalDate date();

    /** Where it took place. */
    public abstract Region region();

    /** The codes of the objectives it served, in the order given, e.g. {@code [DIGITAL_LITERACY]}. */
    public abstract Set<String> objectives();

    /** Whom it was aimed at. */
    public abstract TargetAudience audience();

    /** How it reached people. */
    public abstract Channel channel();

    /** How many people it reached; absent when not reported. A negative number is kept to be reported. */
    public abstract OptionalLong peopleReached();

    /** What the activity was, in words, if given. */
    public abstract Optional<String> description();

    @Value.Check
    protected void check() {
        Texts.requireText(agreement(), "an activity's agreement");
        for (String code : objectives()) {
            Texts.requireText(code, "an objective code");
        }
        description().ifPresent(d -> Texts.requireText(d, "an activity's description"));
    }

    /** Builds an {@link OutreachActivity}; {@code build()} throws {@link IllegalStateException} for bad structure. */
    public static final class Builder extends ImmutableOutreachActivity.Builder {
        /** A new, empty builder. */
        public Builder() {}

        /** Adds the code of {@code objective} to the objectives served. */
        public Builder addObjective(Objective objective) {
            addObjectives(objective.code());
            return this;
        }

        /** Sets the agreement from the agreement itself. */
        public Builder agreement(CooperationAgreement agreement) {
            agreement(agreement.identifier());
            return this;
        }
    }
}
