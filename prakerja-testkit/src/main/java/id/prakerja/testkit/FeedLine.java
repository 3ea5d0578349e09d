// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of a {@link GeneratedFeed}: its text, the record it holds, and the one code a validator should
 * report for it. {@code toString} never shows the text (it holds a full NIK).
 *
 * <pre>{@code
 * for (FeedLine line : feed.lines()) {
 *     line.number();        // 1-based
 *     line.expectedCode();  // empty for a valid record, else e.g. Optional[FEED_DUPLICATE_NIK]
 *     line.firstLine();     // for a duplicate: the line where its NIK first appeared
 * }
 * }</pre>
 */
public interface FeedLine {

    /**
     * The 1-based line number.
     *
     * <pre>{@code
     * feed.lines().get(0).number(); // 1
     * }</pre>
     */
    int number();

    /**
     * The text of the line, without the line break. Personal data: do not log it.
     *
     * <pre>{@code
     * myParser.parseLine(line.text());
     * }</pre>
     */
    String text();

    /**
     * The record the line holds; empty for a malformed line. For a line with an unknown field, the record
     * without that field.
     *
     * <pre>{@code
     * line.raw().map(raw -> checker.decide(raw, feed.evaluation()));
     * }</pre>
     */
    Optional<RawApplicant> raw();

    /**
     * The one code a validator should report for this line at the feed's wave; empty when valid.
     *
     * <pre>{@code
     * line.expectedCode(); // Optional[RECORD_MALFORMED]
     * }</pre>
     */
    Optional<RuleCode> expectedCode();

    /**
     * Whether the line is valid (no expected code).
     *
     * <pre>{@code
     * feed.lines().stream().filter(FeedLine::isValid).count(); // expectedReport().valid()
     * }</pre>
     */
    default boolean isValid() {
        return expectedCode().isEmpty();
    }

    /**
     * For a duplicate NIK, the line where the NIK first appeared.
     *
     * <pre>{@code
     * line.firstLine(); // OptionalInt[3] for a FEED_DUPLICATE_NIK line
     * }</pre>
     */
    OptionalInt firstLine();
}
