// SPDX-License-Identifier: Apache-2.0
/**
 * Tabular applicant feeds: CSV (RFC 4180, {@code ,} or {@code ;} separated, UTF-8) and Excel workbooks
 * ({@code .xlsx}, streamed row by row). {@link id.prakerja.tabular.TabularReader} maps documented column
 * names to the applicant wire format and yields one {@link id.prakerja.json.FeedRecord} per row, so the feed
 * engine, the reports and the Spark job treat every format alike.
 */
package id.prakerja.tabular;
