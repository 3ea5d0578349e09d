// SPDX-License-Identifier: Apache-2.0
/**
 * Seeded generators of valid and one-rule-breaking Kartu Prakerja data, a small property-check runner and
 * AssertJ assertions, for testers of portals and data pipelines. Nothing here needs a test engine except
 * {@link id.prakerja.testkit.PropertyCheck#checking(Property)}, which returns JUnit Jupiter dynamic tests.
 *
 * <h2>Generators</h2>
 *
 * Every generator is a {@link id.prakerja.testkit.Gen}: deterministic for a seed, immutable, configured
 * fluently, listing its edge cases before random values and offering simpler variants of a failing value.
 *
 * <ul>
 *   <li>{@link id.prakerja.testkit.Identifiers}: valid NIKs and family-card numbers, and texts that break
 *       exactly one of their rules;
 *   <li>{@link id.prakerja.testkit.Applicants}: applicants eligible at a wave, or breaking exactly one code
 *       there, as raw records or typed {@code Applicant}s (which codes, at which waves: see that class);
 *   <li>{@link id.prakerja.testkit.Feeds}: NDJSON feeds with a requested number of valid records and of each
 *       defect, and the {@link id.prakerja.testkit.ExpectedReport} a validator should produce;
 *   <li>{@link id.prakerja.testkit.Participations}: participation histories of either scheme at a wave, valid
 *       or breaking exactly one {@code PARTICIPATION_*} code;
 *   <li>{@link id.prakerja.testkit.Cooperation}: cooperation agreements and their outreach activities, valid
 *       or breaking exactly one {@code COOPERATION_*} code.
 * </ul>
 *
 * {@link id.prakerja.testkit.Gen#oneOf(java.util.List)} mixes generators into one population.
 *
 * <h2>Property checks</h2>
 *
 * {@link id.prakerja.testkit.PropertyCheck} runs "for every generated value, this holds": edge cases first,
 * then one random value per seed; a failure names the seed, the (masked) value and the shrunk counterexample,
 * and {@code -Dprakerja.seed=N} reruns one seed ({@link id.prakerja.testkit.Seeds}).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyOneRuleBreakingApplicantYieldsExactlyThatCode() {
 *     ApplicantGenerator<RawApplicant> gen = Applicants.valid().atWave(18).breaking(RuleCode.ELIGIBILITY_MAX_AGE);
 *     return PropertyCheck.forAll(gen).checking(raw ->
 *             assertThat(checker.decide(raw, gen.evaluation())).hasOnlyViolations(RuleCode.ELIGIBILITY_MAX_AGE));
 * }
 * }</pre>
 *
 * <h2>Assertions</h2>
 *
 * {@link id.prakerja.testkit.PrakerjaAssertions} is the one entry point for the AssertJ assertions on
 * decisions, violations, validation results, NIKs, feed reports and participant status; their messages
 * name codes and fields and never show a full NIK.
 *
 * <p>See also {@code docs/testkit.md}.
 */
package id.prakerja.testkit;
