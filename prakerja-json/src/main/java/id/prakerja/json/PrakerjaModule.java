// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.ProgressSummary;
import id.prakerja.core.eligibility.Applicant;
import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.participation.Accepted;
import id.prakerja.core.participation.IncentivePaid;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutAccountLinked;
import id.prakerja.core.participation.Reminder;
import id.prakerja.core.participation.Revoked;
import id.prakerja.core.participation.SurveyIncentivePaid;
import id.prakerja.core.participation.TrainingCompleted;
import id.prakerja.core.participation.TrainingPurchased;
import id.prakerja.core.participation.TrainingReviewed;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that binds prakerja's wire formats ({@code docs/wire-formats.md}) both ways.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule()).build();
 * // or, found through the service loader:
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 *
 * RawApplicant raw = mapper.readValue(json, RawApplicant.class);
 * Participant p = mapper.readValue(line, Participant.class);
 * String back = mapper.writeValueAsString(p);
 * }</pre>
 *
 * <p>Records, read and written: {@link RawApplicant} and {@link Applicant} (the applicant record),
 * {@link Participant} and each {@link ParticipantEvent}, {@link CooperationAgreement},
 * {@link OutreachActivity}. Outputs, written and read back: {@link EligibilityDecision}, {@link Violation},
 * {@link FeedReport}, {@link Reminder}, {@link ProgressSummary}; {@link Cure} is written only. Written fields
 * keep the wire order and absent optional fields are left out; derived fields ({@code message}, a reminder's
 * {@code text}, a decision's {@code trace}) are written and ignored when read. How a violation's arguments
 * read back is {@code wire-formats.md}'s "Reading a decision back".
 *
 * <p>Reading through a mapper follows the rules of the binders ({@link RecordBinder#applicants()},
 * {@link RecordBinder#participants()}, {@link RecordBinder#agreements()}, {@link RecordBinder#activities()}) but, as Jackson does, fails on
 * the first bad record with a {@code MismatchedInputException} (unchecked) naming its violations; malformed
 * JSON fails with Jackson's own exception. To get every problem as a violation without exceptions, and for
 * feeds, use the binders and {@link FeedReader}: that is the never-throw path.
 *
 * <p>Strict by default (an unknown field fails); {@link #withStrict(boolean) withStrict(false)} ignores
 * unknown fields.
 *
 * <p>Messages are written in Bahasa Indonesia, or in the language chosen with {@link #withLocale(Locale)}
 * (a reminder's {@code text} always holds both):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule().withLocale(Locale.ENGLISH)).build();
 * String json = mapper.writeValueAsString(checker.decide(applicant, Evaluation.atWave(18)));
 * }</pre>
 *
 * <p><b>Language per call, one mapper.</b> The module's language is only the default: a writer carrying the
 * attribute {@link #LANGUAGE} (a {@link Locale}, or a {@link Messages}) writes every message of that call
 * in its language, so one mapper serves a portal's Bahasa Indonesia and English requests
 * ({@code Accept-Language}). {@link #writer(ObjectMapper, Locale)} makes such a writer; writers are
 * immutable, cheap, and may be kept per language:
 *
 * <pre>{@code
 * ObjectWriter english = PrakerjaModule.writer(mapper, Locale.ENGLISH);
 * // the same: mapper.writer().withAttribute(PrakerjaModule.LANGUAGE, Locale.ENGLISH)
 * String json = english.writeValueAsString(checker.preCheck(raw, Evaluation.atWave(18)));
 * }</pre>
 *
 * <p>{@link PreCheck} (the one-call answer, {@code pre-check.schema.json}) is written and read back.
 */
public final class PrakerjaModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name, as Jackson reports it. */
    public static final String NAME = "prakerja";

    /**
     * The key of the per-call attribute ({@code ObjectWriter.withAttribute}) that picks the language of
     * written messages: a {@link Locale} (English for {@code en}, else Bahasa Indonesia, as
     * {@link Messages#forLocale(Locale)}) or a {@link Messages}. Without it, the module's language applies.
     */
    public static final String LANGUAGE = "id.prakerja.json.language";

    private final boolean strict;
    private final Messages messages;

    /** A module with the default options: strict, messages in Bahasa Indonesia. */
    public PrakerjaModule() {
        this(true, Messages.indonesian());
    }

    private PrakerjaModule(boolean strict, Messages messages) {
        super(NAME, BuildVersion.VERSION);
        this.strict = strict;
        this.messages = messages;
        addDeserializer(
                RawApplicant.class, strict ? RawApplicantDeserializer.INSTANCE : RawApplicantDeserializer.LENIENT);
        addSerializer(RawApplicant.class, RawApplicantSerializer.INSTANCE);
        addSerializer(Applicant.class, ApplicantSerializer.INSTANCE);
        addDeserializer(Applicant.class, strict ? ApplicantDeserializer.INSTANCE : ApplicantDeserializer.LENIENT);
        addSerializer(Participant.class, ParticipantSerializer.INSTANCE);
        addSerializer(ParticipantEvent.class, ParticipantSerializer.EventSerializer.INSTANCE);
        addDeserializer(
                Participant.class,
                TypedDeserializer.of(
                        Participant.class, ParticipantFields.BINDINGS.of(strict), "RecordBinder.participants()"));
        TypedBinding<ParticipantEvent> events = ParticipantFields.Events.BINDINGS.of(strict);
        addDeserializer(ParticipantEvent.class, TypedDeserializer.of(ParticipantEvent.class, events, ""));
        for (Class<? extends ParticipantEvent> type : EVENT_TYPES) {
            addEventDeserializer(type, events);
        }
        addSerializer(CooperationAgreement.class, CooperationSerializers.AgreementSerializer.INSTANCE);
        addDeserializer(
                CooperationAgreement.class,
                TypedDeserializer.of(
                        CooperationAgreement.class,
                        CooperationFields.Agreements.BINDINGS.of(strict),
                        "RecordBinder.agreements()"));
        addSerializer(OutreachActivity.class, CooperationSerializers.ActivitySerializer.INSTANCE);
        addDeserializer(
                OutreachActivity.class,
                TypedDeserializer.of(
                        OutreachActivity.class,
                        CooperationFields.Activities.BINDINGS.of(strict),
                        "RecordBinder.activities()"));
        addSerializer(Violation.class, ViolationSerializer.of(messages));
        addSerializer(EligibilityDecision.class, DecisionSerializer.of(messages));
        addSerializer(Cure.class, CureSerializer.of(messages));
        addSerializer(PreCheck.class, PreCheckSerializer.of(messages));
        addDeserializer(PreCheck.class, TypedDeserializer.of(PreCheck.class, PreCheckFields.BINDINGS.of(strict), ""));
        addSerializer(FeedReport.class, FeedReportSerializer.of(messages));
        addDeserializer(
                Violation.class,
                TypedDeserializer.of(Violation.class, OutputFields.Violations.BINDINGS.of(strict), ""));
        addDeserializer(
                EligibilityDecision.class,
                TypedDeserializer.of(EligibilityDecision.class, OutputFields.Decisions.BINDINGS.of(strict), ""));
        addDeserializer(
                FeedReport.class,
                TypedDeserializer.of(FeedReport.class, OutputFields.FeedReports.BINDINGS.of(strict), ""));
        addSerializer(Reminder.class, ReminderSerializer.INSTANCE);
        addDeserializer(
                Reminder.class, TypedDeserializer.of(Reminder.class, OutputFields.Reminders.BINDINGS.of(strict), ""));
        addSerializer(ProgressSummary.class, ProgressSummarySerializer.INSTANCE);
        addDeserializer(
                ProgressSummary.class,
                TypedDeserializer.of(ProgressSummary.class, OutputFields.ProgressSummaries.BINDINGS.of(strict), ""));
    }

    private static final List<Class<? extends ParticipantEvent>> EVENT_TYPES = List.of(
            Accepted.class,
            TrainingPurchased.class,
            TrainingCompleted.class,
            TrainingReviewed.class,
            PayoutAccountLinked.class,
            IncentivePaid.class,
            SurveyIncentivePaid.class,
            Revoked.class);

    private <E extends ParticipantEvent> void addEventDeserializer(
            Class<E> type, TypedBinding<ParticipantEvent> events) {
        addDeserializer(type, TypedDeserializer.of(type, events, ""));
    }

    /**
     * A writer of {@code mapper} whose messages are in {@code locale}'s language (English for {@code en},
     * else Bahasa Indonesia), whatever the language of the module registered in it.
     */
    public static ObjectWriter writer(ObjectMapper mapper, Locale locale) {
        return mapper.writer().withAttribute(LANGUAGE, Messages.forLocale(locale));
    }

    /** The messages of this call: those of the {@link #LANGUAGE} attribute, else {@code fallback}. */
    static Messages messages(SerializationContext ctxt, Messages fallback) {
        Object language = ctxt.getAttribute(LANGUAGE);
        if (language instanceof Messages m) {
            return m;
        }
        if (language instanceof Locale l) {
            return Messages.forLocale(l);
        }
        return fallback;
    }

    /** The default language of written messages: {@code id} or {@code en}. */
    public Locale locale() {
        return messages.locale();
    }

    /**
     * A module that writes messages in {@code locale}'s language: English for {@code en}, Bahasa Indonesia
     * otherwise (see {@link Messages#forLocale(Locale)}).
     */
    public PrakerjaModule withLocale(Locale locale) {
        Messages m = Messages.forLocale(locale);
        return m == messages ? this : new PrakerjaModule(strict, m);
    }

    /** Whether unknown fields fail ({@code true}, the default) or are ignored. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * A module that fails on unknown fields ({@code true}) or ignores them ({@code false}).
     *
     * <pre>{@code
     * JsonMapper lenient = JsonMapper.builder().addModule(new PrakerjaModule().withStrict(false)).build();
     * }</pre>
     */
    public PrakerjaModule withStrict(boolean strict) {
        return strict == this.strict ? this : new PrakerjaModule(strict, messages);
    }
}
