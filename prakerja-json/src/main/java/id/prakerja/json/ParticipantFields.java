// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.identity.Nik;
import id.prakerja.core.money.Rupiah;
import id.prakerja.core.participation.EventType;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipantEvent;
import id.prakerja.core.participation.PayoutChannel;
import id.prakerja.core.participation.RevocationReason;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.ObjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The binding of the participant record and its events ({@code wire-formats.md}, "Participant record") to
 * {@link Participant} and {@link ParticipantEvent}.
 */
final class ParticipantFields {

    static final TypedBinding.Pair<Participant> BINDINGS =
            TypedBinding.pair("participant record", ParticipantFields::bind);

    private ParticipantFields() {}

    private static Participant bind(Located record) {
        BindContext.Scope binding = record.context().scope();
        ObjectFields o = record.object("nik", "events");
        Nik nik = o.required("nik").nik();
        List<Located> events = o.required("events").array();
        List<ParticipantEvent> out = new ArrayList<>();
        if (events != null) {
            for (Located e : events) {
                ParticipantEvent event = event(e);
                if (event != null) {
                    out.add(event);
                }
            }
        }
        o.end();
        if (binding.failed()) {
            return null;
        }
        return Participant.of(nik, out);
    }

    /** The fields an event of each type has besides {@code type} and {@code date}, in wire order. */
    static List<String> fieldsOf(EventType type) {
        switch (type) {
            case ACCEPTED:
                return List.of("wave");
            case TRAINING_PURCHASED:
                return List.of("courseId", "price");
            case TRAINING_COMPLETED:
                return List.of("courseId");
            case TRAINING_REVIEWED:
                return List.of("courseId", "rating");
            case PAYOUT_ACCOUNT_LINKED:
                return List.of("channel", "provider", "accountNik");
            case INCENTIVE_PAID:
            case SURVEY_INCENTIVE_PAID:
                return List.of("amount");
            case REVOKED:
                return List.of("reason");
            default:
                throw new AssertionError(type);
        }
    }

    /** One event, or {@code null} after reporting its problems. */
    static ParticipantEvent event(Located e) {
        BindContext.Scope binding = e.context().scope();
        ObjectFields o = e.object("type", "date");
        if (o == null) {
            return null;
        }
        EventType type = o.required("type").enumValue(EventType.class);
        LocalDate date = o.required("date").date();
        if (type == null) {
            // without a type the event's other fields cannot be told from unknown ones
            return null;
        }
        ParticipantEvent event = null;
        switch (type) {
            case ACCEPTED: {
                Long wave = o.required("wave").integer(1, Integer.MAX_VALUE);
                if (date != null && wave != null) {
                    event = ParticipantEvent.accepted(date, wave.intValue());
                }
                break;
            }
            case TRAINING_PURCHASED: {
                String course = courseId(o);
                Long price = o.required("price").integer(0, Long.MAX_VALUE);
                if (date != null && course != null && price != null) {
                    event = ParticipantEvent.trainingPurchased(date, course, Rupiah.of(price));
                }
                break;
            }
            case TRAINING_COMPLETED: {
                String course = courseId(o);
                if (date != null && course != null) {
                    event = ParticipantEvent.trainingCompleted(date, course);
                }
                break;
            }
            case TRAINING_REVIEWED: {
                String course = courseId(o);
                Long rating = o.required("rating").integer(1, 5);
                if (date != null && course != null && rating != null) {
                    event = ParticipantEvent.trainingReviewed(date, course, rating.intValue());
                }
                break;
            }
            case PAYOUT_ACCOUNT_LINKED: {
                PayoutChannel channel = o.required("channel").enumValue(PayoutChannel.class);
                String provider = o.required("provider").text(ParticipantEvent.MAX_TEXT_LENGTH);
                Nik account = o.required("accountNik").nik();
                if (date != null && channel != null && provider != null && account != null) {
                    event = ParticipantEvent.payoutAccountLinked(date, channel, provider, account);
                }
                break;
            }
            case INCENTIVE_PAID:
            case SURVEY_INCENTIVE_PAID: {
                Long amount = o.required("amount").integer(1, Long.MAX_VALUE);
                if (date != null && amount != null) {
                    event = type == EventType.INCENTIVE_PAID
                            ? ParticipantEvent.incentivePaid(date, Rupiah.of(amount))
                            : ParticipantEvent.surveyIncentivePaid(date, Rupiah.of(amount));
                }
                break;
            }
            case REVOKED: {
                RevocationReason reason = o.required("reason").enumValue(RevocationReason.class);
                if (date != null && reason != null) {
                    event = ParticipantEvent.revoked(date, reason);
                }
                break;
            }
            default:
                throw new AssertionError(type);
        }
        o.end();
        return binding.failed() ? null : event;
    }

    private static String courseId(ObjectFields o) {
        return o.required("courseId").text(ParticipantEvent.MAX_TEXT_LENGTH);
    }

    /** The binding of one event on its own (what a mapper reads as a {@link ParticipantEvent}). */
    static final class Events {

        static final TypedBinding.Pair<ParticipantEvent> BINDINGS =
                TypedBinding.pair("participant event", Events::bind);

        private Events() {}

        private static ParticipantEvent bind(Located record) {
            return event(record);
        }
    }
}
