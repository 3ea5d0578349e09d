// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.BoundRecord;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.ReadOptions;
import id.prakerja.json.RecordBinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code validate --kind participants|activities}: feeds of participant histories and of outreach activities
 * (NDJSON or a JSON array), bound by prakerja-json and checked by core, counted into a report of the same
 * shape as an applicant feed's. Records are read and checked on one thread, in feed order; no cross-record
 * rule applies to these kinds.
 */
final class TypedFeeds {
    private TypedFeeds() {}

    /** What one checked record comes to. */
    record Checked(String province, String maskedNik, List<Violation> violations) {}

    /** The result of a run: the report and, for a JSON array read only in part, where reading stopped. */
    record Result(FeedReport report, Optional<FeedReader.CutShort> cutShort) {}

    /** Validates participant histories as of {@code date}. */
    static Result participants(
            InputStream in,
            ReadOptions options,
            LocalDate date,
            int maxSamples,
            Progress bar,
            ValidateCommand.CountingInputStream counted,
            ViolationsOutput violations) {
        ParticipationChecker checker = ParticipationChecker.standard();
        try (FeedReader<Participant> reader = FeedReader.participants(in, options)) {
            return run(
                    reader,
                    p -> new Checked(p.nik().province().code(), p.nik().masked(), checker.violations(p, date)),
                    maxSamples,
                    bar,
                    counted,
                    violations);
        }
    }

    /** Validates outreach activities against {@code agreement}. */
    static Result activities(
            InputStream in,
            ReadOptions options,
            CooperationAgreement agreement,
            int maxSamples,
            Progress bar,
            ValidateCommand.CountingInputStream counted,
            ViolationsOutput violations) {
        CooperationRules rules = CooperationRules.standard();
        try (FeedReader<OutreachActivity> reader = FeedReader.activities(in, options)) {
            return run(
                    reader,
                    a -> new Checked(
                            a.region().province().code(),
                            null,
                            a.agreement().equals(agreement.identifier())
                                    ? rules.validate(agreement, a).violations()
                                    : List.of(otherAgreement(agreement))),
                    maxSamples,
                    bar,
                    counted,
                    violations);
        }
    }

    /** An activity that names another agreement than the one it is checked against. */
    static Violation otherAgreement(CooperationAgreement agreement) {
        return Violation.of(RuleCode.FIELD_INVALID, "agreement")
                .argument("expected", "the identifier of the agreement checked against: " + agreement.identifier())
                .build();
    }

    private static <T> Result run(
            FeedReader<T> reader,
            Function<T, Checked> check,
            int maxSamples,
            Progress bar,
            ValidateCommand.CountingInputStream counted,
            ViolationsOutput out) {
        RecordTally tally = new RecordTally(maxSamples);
        long records = 0;
        while (reader.hasNext()) {
            FeedRecord<T> r = reader.next();
            List<Violation> found;
            String province = null;
            String maskedNik = null;
            Optional<T> value = r.value();
            if (value.isPresent()) {
                Checked c = check.apply(value.get());
                province = c.province();
                maskedNik = c.maskedNik();
                if (r.violations().isEmpty()) {
                    found = c.violations();
                } else {
                    found = new ArrayList<>(r.violations());
                    found.addAll(c.violations());
                }
            } else {
                found = r.violations();
            }
            tally.add(r.line(), province, maskedNik, found);
            if (out != null) {
                out.write(r.line(), maskedNik, found);
            }
            bar.update(++records, counted.count);
        }
        return new Result(tally.report(), reader.cutShort());
    }

    /**
     * The agreement of {@code --agreement FILE} (one JSON object, the agreement record of the wire format), or
     * the DKI Jakarta 2021 agreement the library ships when {@code file} is {@code null}. An agreement that
     * cannot be read, has field problems or breaks a {@code COOPERATION_*} rule of its own is a usage error:
     * activities cannot be judged against it.
     */
    static CooperationAgreement agreement(Path file, boolean strict, Locale locale) {
        if (file == null) {
            return id.prakerja.core.cooperation.Agreements.dkiJakarta2021();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(CheckCommand.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Main.UserError("cannot read " + file + ": " + Main.reason(e));
        }
        if (bytes.length > CheckCommand.MAX_BYTES) {
            throw new Main.UserError(
                    file + " is larger than " + CheckCommand.MAX_BYTES + " bytes: one agreement is expected");
        }
        Messages messages = Messages.forLocale(locale);
        BoundRecord<CooperationAgreement> bound = RecordBinder.agreements(
                        ReadOptions.defaults().withStrict(strict))
                .bind(bytes);
        if (bound.value().isEmpty()) {
            throw new Main.UserError(
                    "the agreement in " + file + " cannot be used: " + describe(bound.violations(), messages));
        }
        List<Violation> own =
                CooperationRules.standard().validate(bound.value().get()).violations();
        List<Violation> errors = new ArrayList<>();
        for (Violation v : own) {
            if (v.isError()) {
                errors.add(v);
            }
        }
        if (!errors.isEmpty()) {
            throw new Main.UserError(
                    "the agreement in " + file + " breaks its own rules: " + describe(errors, messages));
        }
        return bound.value().get();
    }

    private static String describe(List<Violation> violations, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Violation v : violations) {
            parts.add(v.code().name() + (v.field().isEmpty() ? "" : " " + v.field()) + ": " + messages.format(v));
        }
        return String.join("; ", parts);
    }
}
