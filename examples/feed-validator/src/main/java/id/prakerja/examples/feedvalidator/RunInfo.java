// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a report says about the run besides the counts: what was checked (the kind of records, the input,
 * the evaluation), with which versions, when, and, when reading stopped before the end of the input, where
 * and why (in words). The text, HTML and JSON reports show the same.
 *
 * @param kind {@code applicants}, {@code participants} or {@code activities}
 * @param source the input's name in words (a file name, "standard input", "the bundled sample feed …")
 * @param input the input itself
 * @param evaluation what the records were judged by
 * @param version the command's version
 * @param libraryVersion the version of the prakerja library it runs
 * @param started when the run started
 * @param finished when the report was ready
 * @param cutShort where and why reading stopped early, in words
 */
record RunInfo(
        String kind,
        String source,
        Input input,
        EvaluationInfo evaluation,
        String version,
        String libraryVersion,
        Instant started,
        Instant finished,
        Optional<String> cutShort) {

    /** The version of the report's metadata ({@code run.formatVersion}): raised when its meaning changes. */
    static final int FORMAT_VERSION = 1;

    /**
     * The input.
     *
     * @param name the file name as given, {@code -} for standard input, or the bundled resource's name
     * @param bytes the bytes read (compressed bytes for a gzip input)
     * @param format {@code ndjson}, {@code json}, {@code csv} or {@code xlsx}
     * @param gzip whether the input was gzip-compressed
     * @param sheet the workbook sheet asked for ({@code --sheet}), if any
     */
    record Input(String name, long bytes, String format, boolean gzip, Optional<String> sheet) {}

    /**
     * The evaluation.
     *
     * @param mode {@code LATEST_WAVE}, {@code WAVE}, {@code DATE} or {@code AGREEMENT}
     * @param wave the wave of {@code LATEST_WAVE} and {@code WAVE}
     * @param date the date of {@code DATE}
     * @param recordWave how records that name their own wave were treated: {@code OWN_WAVE} (at their own
     *     wave), {@code OWN_WAVE_AGES_ON_DATE} (their own wave's rules, ages on {@code date}),
     *     {@code ACCEPTANCE_WAVE} (a participant's amounts and deadlines are those of its acceptance wave)
     * @param agreement the identifier of the agreement activities were checked against
     * @param description all of it in words, in the report's language
     */
    record EvaluationInfo(
            String mode,
            Optional<Integer> wave,
            Optional<LocalDate> date,
            Optional<String> recordWave,
            Optional<String> agreement,
            String description) {}

    /** The run's duration. */
    Duration duration() {
        return Duration.between(started, finished);
    }
}
