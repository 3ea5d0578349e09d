/**
 * Streaming validation of applicant feeds, independent of the format they come in:
 * {@link id.prakerja.core.feed.FeedValidator} takes {@link id.prakerja.core.feed.FeedInput}s (from the JSON
 * readers of prakerja-json, a CSV reader, a Java iterator), applies the per-record rules and the
 * cross-record rules ({@code FEED_DUPLICATE_NIK}, the family quota), and produces a mergeable
 * {@link id.prakerja.core.feed.FeedReport}.
 */
@PrakerjaStyle
package id.prakerja.core.feed;

import id.prakerja.core.internal.PrakerjaStyle;
