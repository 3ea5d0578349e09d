// SPDX-License-Identifier: Apache-2.0
/**
 * The implementations behind the testkit's generators: names and regions, NIK and family-card digits,
 * the ways to break each rule code, shrinking, the JSON writer and the feed assembly. Not exported: use
 * {@link id.prakerja.testkit.Identifiers}, {@link id.prakerja.testkit.Applicants} and
 * {@link id.prakerja.testkit.Feeds}.
 */
package id.prakerja.testkit.internal;
