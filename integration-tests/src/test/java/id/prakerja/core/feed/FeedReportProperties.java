// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded checks of the feed report: every record is accounted for, and merging the reports of any split
 * of a feed gives the report of the whole (per-record rules; the generated feeds have distinct NIKs and
 * family cards). Rerun one case with {@code -Dprakerja.seed=<seed>}.
 */
class FeedReportProperties {

    /** {@code n} seeds of the testkit ({@code -Dprakerja.seed} reruns one). */
    static Stream<Long> seeds(int n) {
        return Seeds.of(n).stream().boxed();
    }

    /** A feed of 1–80 records: valid ones, records with field problems, ineligible ones, unreadable lines. */
    static List<FeedInput> feed(SplittableRandom r) {
        int n = r.nextInt(1, 81);
        List<FeedInput> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long line = i + 1;
            int serial = i + 1;
            String nik = String.format("3174015708%02d%04d", 90 + r.nextInt(10), serial);
            String kk = String.format("31740112031%01d%04d", r.nextInt(10), serial);
            RawApplicant.Builder b = RawApplicant.builder()
                    .nik(nik)
                    .familyCardNumber(kk)
                    .fullName("Siti " + serial)
                    .birthDate("19" + nik.substring(10, 12) + "-08-17")
                    .sex("FEMALE")
                    .citizenship("WNI")
                    .workforceCategory("JOB_SEEKER")
                    .inFormalEducation("false");
            switch (r.nextInt(6)) {
                case 0:
                    out.add(FeedInput.unreadable(
                            line,
                            Violation.of(RuleCode.RECORD_MALFORMED, "")
                                    .argument("detail", "bad line")
                                    .build()));
                    continue;
                case 1:
                    b.sex(null).citizenship("XX");
                    break;
                case 2:
                    b.inFormalEducation("true").socialAssistance(List.of("BSU"));
                    break;
                case 3:
                    b.wave(Integer.toString(r.nextInt(1, 72)));
                    break;
                default:
                    break;
            }
            out.add(FeedInput.of(line, b.build()));
        }
        return out;
    }

    private static final FeedValidator VALIDATOR = FeedValidator.builder()
            .evaluation(Evaluation.atWave(20))
            .maxSamples(7)
            .build();

    @TestFactory
    Stream<DynamicTest> everyRecordIsAccountedFor() {
        return seeds(200)
                .map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
                    List<FeedInput> feed = feed(new SplittableRandom(seed));
                    FeedReport r = VALIDATOR.validate(feed);
                    assertThat(r.records()).isEqualTo(feed.size()).isEqualTo(r.valid() + r.invalid());
                    assertThat(r.recordsByProvince().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .isEqualTo(r.records());
                    assertThat(r.invalidByProvince().values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .isEqualTo(r.invalid());
                    assertThat(r.samples()).hasSizeLessThanOrEqualTo(7).isSortedAccordingTo(FeedSample::compareTo);
                }));
    }

    @TestFactory
    Stream<DynamicTest> mergingTheReportsOfAnySplitGivesTheReportOfTheWhole() {
        return seeds(200)
                .map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    List<FeedInput> feed = feed(r);
                    FeedReport whole = VALIDATOR.validate(feed);
                    int a = r.nextInt(feed.size() + 1);
                    int b = a + r.nextInt(feed.size() - a + 1);
                    FeedReport p1 = VALIDATOR.validate(feed.subList(0, a));
                    FeedReport p2 = VALIDATOR.validate(feed.subList(a, b));
                    FeedReport p3 = VALIDATOR.validate(feed.subList(b, feed.size()));
                    assertThat(p1.merge(p2).merge(p3)).isEqualTo(whole);
                    assertThat(p1.merge(p2.merge(p3))).isEqualTo(whole);
                    assertThat(p3.merge(p1).merge(p2))
                            .isEqualTo(whole); // samples are ordered by line, whatever the order
                }));
    }
}
