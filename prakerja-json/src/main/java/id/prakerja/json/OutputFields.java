// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.ObjectiveProgress;
import id.prakerja.core.cooperation.ProgressSummary;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Tally;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedSample;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.identity.Province;
import id.prakerja.core.internal.Digits;
import id.prakerja.core.participation.Reminder;
import id.prakerja.core.participation.ReminderChannel;
import id.prakerja.core.participation.ReminderCode;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Severity;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.ObjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bindings of the library's outputs — violations, eligibility decisions, feed reports, reminders and
 * progress summaries — for reading them back. What is derived is accepted and not bound: {@code message},
 * a reminder's {@code text}, a decision's {@code trace}. Arguments read back as {@link ArgumentTypes} says,
 * legal references as {@link LegalReferences} says.
 */
final class OutputFields {

    private OutputFields() {}

    /** {@code expected} of a code this library version does not have. */
    static final String RULE_CODE = "a rule code of this library version";

    /** {@code expected} of a NIK that is not masked. */
    static final String MASKED = "a masked NIK (at most four digits in a row, e.g. 3174********0001)";

    /** A violation. */
    static final class Violations {

        static final TypedBinding.Pair<Violation> BINDINGS = TypedBinding.pair("violation", Violations::bind);

        private Violations() {}

        private static Violation bind(Located record) {
            return violation(record);
        }
    }

    /** A violation, or {@code null} after reporting its problems. */
    static Violation violation(Located v) {
        ObjectFields o = v.object();
        if (o == null) {
            return null;
        }
        BindContext.Scope binding = v.context().scope();
        Violation.Builder b = violationFields(o, false);
        o.end();
        return binding.failed() ? null : b.build();
    }

    /**
     * The fields of a violation, or of a feed report's sample (whose {@code line} and {@code nik} the caller
     * reads, and in which {@code severity} is optional: reports before 0.1.0 had none); {@code null} when one
     * has a problem. The caller ends the object.
     */
    static Violation.Builder violationFields(ObjectFields o, boolean sample) {
        Located v = o.located();
        BindContext.Scope binding = v.context().scope();
        Located codeField = o.required("code");
        String name = codeField.string();
        RuleCode code = name == null ? null : RuleCode.find(name).orElse(null);
        if (name != null && code == null) {
            codeField.invalidValue(RULE_CODE);
        }
        String field = o.required("field").string();
        Severity severity = (sample ? o.optional("severity") : o.required("severity")).enumValue(Severity.class);
        Located argumentsField = o.required("arguments");
        Map<String, Object> arguments =
                code == null ? null : ArgumentTypes.readAll(argumentsField, n -> ArgumentTypes.of(code, n));
        if (code != null && arguments != null) {
            for (String required : code.requiredArguments()) {
                if (!arguments.containsKey(required)) {
                    argumentsField.invalidValue("the arguments of " + code + ": " + code.requiredArguments());
                    break;
                }
            }
        }
        String citation = o.optional("legalReference").text();
        if (sample) {
            // the report's schema has always required a sample's message
            Located message = o.required("message");
            String text = message.string();
            if (text != null && text.isEmpty()) {
                message.invalidValue("a message");
            }
        } else {
            o.optional("message").string();
        }
        if (binding.failed()) {
            return null;
        }
        Violation.Builder b = Violation.of(code, field).severity(severity == null ? Severity.ERROR : severity);
        arguments.forEach(b::argument);
        if (citation != null) {
            b.legalReference(LegalReferences.of(citation));
        }
        return b;
    }

    /** An eligibility decision. */
    static final class Decisions {

        static final TypedBinding.Pair<EligibilityDecision> BINDINGS =
                TypedBinding.pair("eligibility decision", Decisions::bind);

        private Decisions() {}

        private static EligibilityDecision bind(Located record) {
            BindContext.Scope binding = record.context().scope();
            ObjectFields o = record.object();
            Located eligibleField = o.required("eligible");
            Boolean eligible = eligibleField.bool();
            Long wave = o.required("wave").integer(1, Integer.MAX_VALUE);
            LocalDate date = o.required("evaluationDate").date();
            List<Violation> violations = violations(o.required("violations"));
            // derived from the programme's parameters: accepted, not bound
            o.optional("trace").object();
            o.end();
            checkEligible(eligibleField, eligible, violations, "a decision");
            if (binding.failed()) {
                return null;
            }
            return EligibilityDecision.of(wave.intValue(), date, violations);
        }

        /**
         * Reports {@code eligibleField} when it disagrees with {@code violations} (eligible exactly when no
         * violation is an ERROR); nothing when either could not be read. Shared with the pre-check answer.
         */
        static void checkEligible(Located eligibleField, Boolean eligible, List<Violation> violations, String what) {
            if (eligible != null && violations != null) {
                boolean expected = violations.stream().noneMatch(Violation::isError);
                if (eligible != expected) {
                    eligibleField.invalidValue(
                            expected + ": " + what + " is eligible exactly when no violation is an ERROR");
                }
            }
        }

        /** The violations of a decision's {@code violations} array, or {@code null} when it is not one. */
        static List<Violation> violations(Located f) {
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            List<Violation> out = new ArrayList<>(elements.size());
            for (Located e : elements) {
                Violation v = violation(e);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    /** A feed report. */
    static final class FeedReports {

        static final TypedBinding.Pair<FeedReport> BINDINGS = TypedBinding.pair("feed report", FeedReports::bind);

        private FeedReports() {}

        private static FeedReport bind(Located record) {
            BindContext.Scope binding = record.context().scope();
            ObjectFields o = record.object();
            Located recordsField = o.required("records");
            Long records = recordsField.integer(0, Long.MAX_VALUE);
            Long valid = o.required("valid").integer(0, Long.MAX_VALUE);
            Long invalid = o.required("invalid").integer(0, Long.MAX_VALUE);
            Map<RuleCode, Long> byCode = counts(o.required("violationsByCode"));
            Map<String, Long> byProvince = provinces(o.required("recordsByProvince"));
            Map<String, Long> invalidByProvince = provinces(o.required("invalidByProvince"));
            Map<RuleCode, Set<String>> references = references(o.required("legalReferences"));
            Long maxSamples = o.required("maxSamples").integer(0, Integer.MAX_VALUE);
            Located samplesField = o.required("samples");
            List<FeedSample> samples = samples(samplesField);
            o.end();
            if (records != null && valid != null && invalid != null && records != valid + invalid) {
                recordsField.invalidValue("valid + invalid (" + (valid + invalid) + ")");
            }
            if (samples != null && maxSamples != null && samples.size() > maxSamples) {
                samplesField.invalidValue("at most maxSamples (" + maxSamples + ") samples");
            }
            if (binding.failed()) {
                return null;
            }
            return FeedReport.of(
                    records,
                    valid,
                    invalid,
                    byCode,
                    byProvince,
                    invalidByProvince,
                    references,
                    samples,
                    maxSamples.intValue());
        }

        private static RuleCode code(String key, Located at) {
            RuleCode code = RuleCode.find(key).orElse(null);
            if (code == null) {
                at.invalidValue(RULE_CODE + " as the key");
            }
            return code;
        }

        private static Map<RuleCode, Long> counts(Located f) {
            Map<String, Located> entries = f.entries();
            if (entries == null) {
                return null;
            }
            Map<RuleCode, Long> out = new EnumMap<>(RuleCode.class);
            entries.forEach((key, value) -> {
                RuleCode code = code(key, value);
                Long n = value.integer(1, Long.MAX_VALUE);
                if (code != null && n != null) {
                    out.put(code, n);
                }
            });
            return out;
        }

        private static Map<String, Long> provinces(Located f) {
            Map<String, Located> entries = f.entries();
            if (entries == null) {
                return null;
            }
            Map<String, Long> out = new TreeMap<>();
            entries.forEach((key, value) -> {
                if (!key.equals(FeedReport.UNKNOWN_PROVINCE) && !Digits.isAsciiDigits(key, 2)) {
                    value.invalidValue("a two-digit province code or " + FeedReport.UNKNOWN_PROVINCE + " as the key");
                }
                Long n = value.integer(1, Long.MAX_VALUE);
                if (n != null) {
                    out.put(key, n);
                }
            });
            return out;
        }

        private static Map<RuleCode, Set<String>> references(Located f) {
            Map<String, Located> entries = f.entries();
            if (entries == null) {
                return null;
            }
            Map<RuleCode, Set<String>> out = new EnumMap<>(RuleCode.class);
            entries.forEach((key, value) -> {
                RuleCode code = code(key, value);
                List<Located> citations = value.array();
                if (citations == null) {
                    return;
                }
                Set<String> set = new LinkedHashSet<>();
                for (Located c : citations) {
                    String text = c.text();
                    if (text != null) {
                        set.add(text);
                    }
                }
                if (set.isEmpty() && citations.isEmpty()) {
                    value.invalidValue("at least one citation");
                }
                if (code != null) {
                    out.put(code, set);
                }
            });
            return out;
        }

        private static List<FeedSample> samples(Located f) {
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            List<FeedSample> out = new ArrayList<>();
            for (Located e : elements) {
                BindContext.Scope binding = e.context().scope();
                ObjectFields o = e.object();
                if (o == null) {
                    continue;
                }
                Long line = o.required("line").integer(1, Long.MAX_VALUE);
                Located nikField = o.optional("nik");
                String nik = nikField.string();
                if (nik != null && !Nik.maskNumbersIn(nik).equals(nik)) {
                    nikField.invalidValue(MASKED);
                }
                Violation.Builder v = violationFields(o, true);
                o.end();
                if (!binding.failed()) {
                    out.add(FeedSample.of(line, nik, v.build()));
                }
            }
            return out;
        }
    }

    /** A reminder. */
    static final class Reminders {

        static final TypedBinding.Pair<Reminder> BINDINGS = TypedBinding.pair("reminder", Reminders::bind);

        private Reminders() {}

        private static Reminder bind(Located record) {
            BindContext.Scope binding = record.context().scope();
            ObjectFields o = record.object();
            ReminderCode code = o.required("code").enumValue(ReminderCode.class);
            Located participantField = o.required("participant");
            String participant = participantField.text();
            if (participant != null && !Nik.maskNumbersIn(participant).equals(participant)) {
                participantField.invalidValue(MASKED);
            }
            Long index = o.required("participantIndex").integer(0, Integer.MAX_VALUE);
            LocalDate date = o.required("date").date();
            LocalDate due = o.required("dueDate").date();
            Set<ReminderChannel> channels = channels(o.required("channels"));
            Located argumentsField = o.required("arguments");
            Map<String, Object> arguments =
                    code == null ? null : ArgumentTypes.readAll(argumentsField, n -> ArgumentTypes.of(code, n));
            if (code != null && arguments != null && !arguments.keySet().containsAll(code.arguments())) {
                argumentsField.invalidValue("the arguments of " + code + ": " + code.arguments());
            }
            ObjectFields text = o.optional("text").object("id", "en");
            if (text != null) {
                text.optional("id").string();
                text.optional("en").string();
                text.end();
            }
            o.end();
            if (binding.failed()) {
                return null;
            }
            return Reminder.of(code, participant, index.intValue(), date, due, channels, arguments);
        }

        private static Set<ReminderChannel> channels(Located f) {
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            Set<ReminderChannel> out = EnumSet.noneOf(ReminderChannel.class);
            for (Located e : elements) {
                ReminderChannel c = e.enumValue(ReminderChannel.class);
                if (c != null) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /** A progress summary. */
    static final class ProgressSummaries {

        static final TypedBinding.Pair<ProgressSummary> BINDINGS =
                TypedBinding.pair("progress summary", ProgressSummaries::bind);

        private ProgressSummaries() {}

        private static ProgressSummary bind(Located record) {
            BindContext.Scope binding = record.context().scope();
            ObjectFields o = record.object();
            Tally total = tally(o.required("total"));
            Long excluded = o.required("excludedActivities").integer(0, Long.MAX_VALUE);
            Map<String, ObjectiveProgress> byObjective = new TreeMap<>();
            Map<String, Located> objectives = o.required("byObjective").entries();
            if (objectives != null) {
                objectives.forEach((code, value) -> {
                    if (code.isBlank()) {
                        value.invalidValue("a non-blank objective code as the key");
                    }
                    ObjectiveProgress p = objective(value);
                    if (p != null) {
                        byObjective.put(code, p);
                    }
                });
            }
            o.end();
            if (binding.failed()) {
                return null;
            }
            return ProgressSummary.of(total, byObjective, excluded);
        }

        private static ObjectiveProgress objective(Located f) {
            BindContext.Scope binding = f.context().scope();
            ObjectFields o = f.object();
            if (o == null) {
                return null;
            }
            Tally total = tally(o.required("total"));
            Map<Region, Tally> byRegion = new LinkedHashMap<>();
            Map<String, Located> regions = o.required("byRegion").entries();
            if (regions != null) {
                regions.forEach((key, value) -> {
                    Region region = region(key);
                    if (region == null) {
                        value.invalidValue("a two-digit province or four-digit regency code as the key");
                    }
                    Tally t = tally(value);
                    if (region != null && t != null) {
                        byRegion.put(region, t);
                    }
                });
            }
            Map<Channel, Tally> byChannel = new EnumMap<>(Channel.class);
            Map<String, Located> channels = o.required("byChannel").entries();
            if (channels != null) {
                channels.forEach((key, value) -> {
                    Channel channel = null;
                    for (Channel c : Channel.values()) {
                        if (c.name().equals(key)) {
                            channel = c;
                        }
                    }
                    if (channel == null) {
                        value.invalidValue(Located.oneOf(Channel.class) + " as the key");
                    }
                    Tally t = tally(value);
                    if (channel != null && t != null) {
                        byChannel.put(channel, t);
                    }
                });
            }
            o.end();
            return binding.failed() ? null : ObjectiveProgress.of(total, byRegion, byChannel);
        }

        /** {@code "31"} is the province as a whole, {@code "3174"} a regency of the province its code starts with. */
        static Region region(String key) {
            if (Digits.isAsciiDigits(key, 2)) {
                return Province.ofCode(key).map(Region::of).orElse(null);
            }
            if (Digits.isAsciiDigits(key, 4)) {
                return Province.ofCode(key.substring(0, 2))
                        .map(p -> Region.of(p, key))
                        .orElse(null);
            }
            return null;
        }

        private static Tally tally(Located f) {
            ObjectFields o = f.object("activities", "peopleReached");
            if (o == null) {
                return null;
            }
            Long activities = o.required("activities").integer(0, Long.MAX_VALUE);
            Long people = o.required("peopleReached").integer(0, Long.MAX_VALUE);
            o.end();
            return activities == null || people == null ? null : Tally.of(activities, people);
        }
    }
}
