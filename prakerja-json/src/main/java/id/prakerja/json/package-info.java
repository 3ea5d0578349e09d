// SPDX-License-Identifier: Apache-2.0
/**
 * Jackson 3 binding of prakerja's wire formats and streaming feed readers.
 *
 * <ul>
 *   <li>{@link id.prakerja.json.RecordBinder#applicants()} binds one JSON applicant record to a
 *       {@link id.prakerja.core.eligibility.RawApplicant}, reporting every data problem as a violation with
 *       its field path and JSON Pointer ({@link id.prakerja.json.JsonPointers}); it never throws for bad
 *       data. The result, a {@link id.prakerja.json.BoundRecord}, combines with the core parser's violations
 *       through {@link id.prakerja.json.BoundRecord#parse(java.util.function.Function)}.
 *   <li>{@link id.prakerja.json.RecordBinder#participants()}, {@link id.prakerja.json.RecordBinder#agreements()} and
 *       {@link id.prakerja.json.RecordBinder#activities()} bind participant, agreement and activity records straight
 *       to their core types, with the same never-throw reporting.
 *   <li>{@link id.prakerja.json.FeedReader} reads an NDJSON or JSON-array feed of applicants, participants,
 *       agreements or activities one {@link id.prakerja.json.FeedRecord} per record, with the limits of
 *       {@link id.prakerja.json.ReadOptions}; a bad record never loses the others.
 *   <li>{@link id.prakerja.json.NdjsonLineBinder} binds single NDJSON lines, given one at a time with their line
 *       numbers, to exactly the records {@code FeedReader} gives for them: for engines (Spark) that split a
 *       feed into lines themselves.
 *   <li>{@link id.prakerja.json.PreChecks#of(String, id.prakerja.core.eligibility.EligibilityChecker, id.prakerja.core.eligibility.Evaluation)} answers a portal's request in one call: a
 *       {@link id.prakerja.core.eligibility.PreCheck} (decision, what would cure each violation, the inputs
 *       still to ask).
 *   <li>{@link id.prakerja.json.PrakerjaModule} lets a Jackson mapper read and write every record and
 *       output of the wire formats, in the language of each call ({@link id.prakerja.json.PrakerjaModule#LANGUAGE}).
 * </ul>
 *
 * <p>The JSON Schemas (draft 2020-12) of every record type are resources of this module, under
 * {@code id/prakerja/json/schemas/}: {@code applicant}, {@code participant}, {@code participant-event},
 * {@code agreement}, {@code activity}, {@code decision}, {@code pre-check}, {@code violation},
 * {@code feed-report}, {@code reminder} and {@code progress-summary}, each {@code <name>.schema.json}. Read
 * them with {@link id.prakerja.json.PrakerjaSchemas#open(String)}, which works on the module path too.
 *
 * <pre>{@code
 * try (FeedReader<RawApplicant> feed = FeedReader.applicants(in, ReadOptions.defaults())) {
 *     feed.forEachRemaining(r -> {
 *         Validated<Applicant> v = r.parse(raw -> ApplicantParser.standard().parse(raw, date));
 *         if (!v.isValid()) show(r.line() + ": " + v.violations());
 *     });
 * }
 * }</pre>
 */
package id.prakerja.json;
