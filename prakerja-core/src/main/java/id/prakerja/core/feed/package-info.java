// SPDX-License-Identifier: Apache-2.0
/**
 * Streaming validation of applicant feeds, independent of the format they come in, in three phases that
 * give the same report however the feed is split, ordered or spread over threads and machines:
 *
 * <ol>
 *   <li><b>Per record</b> ({@link id.prakerja.core.feed.FeedValidator#outcome}): a
 *       {@link id.prakerja.core.feed.FeedInput} (from the JSON readers of prakerja-json, a CSV reader, a
 *       Java iterator) is parsed and checked against the rules of its wave, anywhere and in any order, into
 *       a compact {@link id.prakerja.core.feed.RecordOutcome}: position (input, line), NIK and family card as
 *       {@code long}, wave, province, the record's own violations and their codes as a bit set.
 *   <li><b>Across records, keyed</b> ({@link id.prakerja.core.feed.CrossRecordRules}): by NIK, every
 *       occurrence after the first in feed order is {@code FEED_DUPLICATE_NIK}; then by family card, over
 *       the records that are not duplicates and pass every per-record rule, the third and later in feed order
 *       (at a wave with the quota) is {@code ELIGIBILITY_FAMILY_QUOTA}. Each key's work needs only that key's
 *       outcomes.
 *   <li><b>Aggregate</b> ({@link id.prakerja.core.feed.FeedTally}): counts, provinces, legal references and
 *       the first {@code maxSamples} violations in feed order, into a {@link id.prakerja.core.feed.FeedReport}.
 * </ol>
 *
 * {@link id.prakerja.core.feed.FeedRun} drives the phases over one feed on one thread;
 * {@link id.prakerja.core.feed.FeedValidator#validate(java.util.Iterator, int)} uses several threads for
 * phase 1 with the same result, and with a {@link id.prakerja.core.feed.FeedValidator.ChunkVerdicts} tells
 * each record's violations in feed order as they are decided (to write rejects while every core works).
 * {@link id.prakerja.core.feed.FeedReport#merge} combines reports of
 * <em>independent</em> feeds; it does not validate one feed split into shards.
 */
@PrakerjaStyle
package id.prakerja.core.feed;

import id.prakerja.core.internal.PrakerjaStyle;
