// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.program.Programme;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** {@code --wave N} or {@code --date YYYY-MM-DD} (at most one); neither means the latest known wave. */
final class EvaluationOptions {

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
    WaveOrDate when;

    static final class WaveOrDate {
        @CommandLine.Option(
                names = "--wave",
                paramLabel = "N",
                description =
                        "Apply the rules of wave N (ages on its opening date), unless a record names its own wave.")
        Integer wave;

        @CommandLine.Option(
                names = "--date",
                paramLabel = "YYYY-MM-DD",
                description = "Compute ages on this date and apply the rules of the wave in force then (a record"
                        + " that names its own wave keeps that wave's rules, with ages on this date).")
        LocalDate date;
    }

    /** The evaluation, checked against the programme. */
    Evaluation evaluation(Programme programme) {
        if (when == null) {
            return Evaluation.latest();
        }
        if (when.wave != null) {
            if (!programme.waves().contains(when.wave)) {
                throw new Main.UserError("--wave " + when.wave + ": the known waves are 1 to "
                        + programme.waves().size());
            }
            return Evaluation.atWave(when.wave);
        }
        if (programme.waves().at(when.date).isEmpty()) {
            throw new Main.UserError("--date " + when.date + ": no wave had opened by then; the first opened on "
                    + programme.waves().first().evaluationDate());
        }
        return Evaluation.on(when.date);
    }

    /** The evaluation in words, for reports. */
    String describe(Programme programme, ReportTexts t) {
        if (when == null) {
            return t.get("latest", Map.of("wave", programme.waves().latest().number())) + "; "
                    + t.get("recordWaveNote");
        }
        if (when.wave != null) {
            return t.get("atWave", Map.of("wave", when.wave)) + "; " + t.get("recordWaveNote");
        }
        return t.get("onDate", Map.of("date", when.date)) + "; "
                + t.get("recordWaveDateNote", Map.of("date", when.date));
    }

    /** The evaluation of an applicant feed, for the report's metadata. */
    RunInfo.EvaluationInfo info(Programme programme, ReportTexts t) {
        String words = describe(programme, t);
        if (when == null) {
            return new RunInfo.EvaluationInfo(
                    "LATEST_WAVE",
                    Optional.of(programme.waves().latest().number()),
                    Optional.empty(),
                    Optional.of("OWN_WAVE"),
                    Optional.empty(),
                    words);
        }
        if (when.wave != null) {
            return new RunInfo.EvaluationInfo(
                    "WAVE", Optional.of(when.wave), Optional.empty(), Optional.of("OWN_WAVE"), Optional.empty(), words);
        }
        return new RunInfo.EvaluationInfo(
                "DATE",
                Optional.empty(),
                Optional.of(when.date),
                Optional.of("OWN_WAVE_AGES_ON_DATE"),
                Optional.empty(),
                words);
    }

    /** {@code --wave N}, if given. */
    Integer wave() {
        return when == null ? null : when.wave;
    }

    /** {@code --date D}, if given. */
    LocalDate date() {
        return when == null ? null : when.date;
    }
}
