// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

/**
 * How the records of a feed are laid out.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withFormat(FeedFormat.JSON_ARRAY);
 * }</pre>
 */
public enum FeedFormat {
    /**
     * Newline-delimited JSON: one record per line, lines split at {@code \n} (a trailing {@code \r} is
     * dropped), blank lines skipped. A bad line spoils only itself.
     */
    NDJSON,
    /**
     * One JSON array whose elements are the records. A syntax error ends the feed, since nothing after it
     * can be trusted.
     */
    JSON_ARRAY
}
