// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit;

import id.prakerja.core.eligibility.Evaluation;
import java.util.List;

/**
 * An NDJSON feed of applicant records made by a {@link FeedGenerator}, with the report a validator should
 * produce for it. {@code toString} summarises the counts and never shows the content.
 *
 * <pre>{@code
 * GeneratedFeed feed = Feeds.ndjson().atWave(18).valid(50).duplicates(2).generate(7);
 * Files.writeString(dir.resolve("feed.ndjson"), feed.text());
 * Report actual = myValidator.validate(dir.resolve("feed.ndjson"), 18);
 * assertThat(actual.invalid()).isEqualTo(feed.expectedReport().invalid());
 * }</pre>
 */
public interface GeneratedFeed {

    /**
     * The NDJSON text: one record per line, each line ending with {@code "\n"}, UTF-8 when written out.
     *
     * <pre>{@code
     * Files.writeString(path, feed.text(), StandardCharsets.UTF_8);
     * }</pre>
     */
    String text();

    /**
     * The lines, in order.
     *
     * <pre>{@code
     * feed.lines().stream().filter(l -> !l.isValid()).map(FeedLine::number).toList();
     * }</pre>
     */
    List<FeedLine> lines();

    /**
     * What a validator should report (see {@link ExpectedReport}).
     *
     * <pre>{@code
     * feed.expectedReport().invalid();
     * }</pre>
     */
    ExpectedReport expectedReport();

    /**
     * The wave the feed is evaluated at; every record also carries it unless configured otherwise.
     *
     * <pre>{@code
     * myValidator.validate(feed.text(), feed.wave());
     * }</pre>
     */
    int wave();

    /**
     * {@code Evaluation.atWave(wave())}.
     *
     * <pre>{@code
     * checker.decide(line.raw().get(), feed.evaluation());
     * }</pre>
     */
    Evaluation evaluation();
}
