/**
 * Jackson 3 binding of prakerja's wire formats and streaming feed readers.
 *
 * <ul>
 *   <li>{@link id.prakerja.json.ApplicantBinder} binds one JSON applicant record to a
 *       {@link id.prakerja.core.eligibility.RawApplicant}, reporting every data problem as a violation with
 *       its field path and JSON Pointer ({@link id.prakerja.json.JsonPointers}); it never throws for bad
 *       data. The result, a {@link id.prakerja.json.BoundRecord}, combines with the core parser's violations
 *       through {@link id.prakerja.json.BoundRecord#parse(java.util.function.Function)}.
 *   <li>{@link id.prakerja.json.FeedReader} reads an NDJSON or JSON-array feed one
 *       {@link id.prakerja.json.FeedRecord} per record, with the limits of
 *       {@link id.prakerja.json.ReadOptions}; a bad record never loses the others.
 *   <li>{@link id.prakerja.json.PrakerjaModule} lets a Jackson mapper read and write the same format.
 * </ul>
 *
 * <pre>{@code
 * try (FeedReader<RawApplicant> feed = FeedReader.applicants(in, ReadOptions.defaults())) {
 *     feed.forEachRemaining(r -> {
 *         Validated<Applicant> v = r.parse(raw -> ApplicantParser.standard().parse(raw, date));
 *         if (!v.isValid()) System.out.println(r.line() + ": " + v.violations());
 *     });
 * }
 * }</pre>
 */
package id.prakerja.json;
