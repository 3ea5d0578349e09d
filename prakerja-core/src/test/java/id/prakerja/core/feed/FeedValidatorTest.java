// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedValidatorTest {

    /** A valid applicant at every wave with the given NIK serial and family card. */
    static RawApplicant applicant(int serial, String kk) {
        return applicant(String.format("31740157089900%02d", serial), kk, "Siti " + serial);
    }

    /** A valid applicant at every wave with the given NIK, family card and name. */
    static RawApplicant applicant(String nik, String kk, String name) {
        return RawApplicant.builder()
                .nik(nik)
                .familyCardNumber(kk)
                .fullName(name)
                .birthDate("1999-08-17")
                .sex("FEMALE")
                .citizenship("WNI")
                .workforceCategory("JOB_SEEKER")
                .inFormalEducation("false")
                .build();
    }

    static final String KK1 = "3174011203150007";
    static final String KK2 = "3174011203150008";

    private static FeedReport run(Evaluation e, List<FeedInput> inputs) {
        return FeedValidator.builder().evaluation(e).maxSamples(50).build().validate(inputs);
    }

    @Test
    void countsEveryRecordAsValidOrInvalid() {
        List<FeedInput> in = List.of(
                FeedInput.of(1, applicant(1, KK1)),
                FeedInput.of(2, RawApplicant.builder().nik("x").build()),
                FeedInput.unreadable(
                        3,
                        Violation.of(RuleCode.RECORD_MALFORMED, "")
                                .argument("detail", "unexpected end of input")
                                .build()),
                FeedInput.of(5, applicant(2, KK2)));
        FeedReport r = run(Evaluation.atWave(18), in);
        assertThat(r.records()).isEqualTo(4);
        assertThat(r.valid()).isEqualTo(2);
        assertThat(r.invalid()).isEqualTo(2);
        assertThat(r.records()).isEqualTo(r.valid() + r.invalid());
        assertThat(r.count(RuleCode.RECORD_MALFORMED)).isEqualTo(1);
        assertThat(r.count(RuleCode.NIK_FORMAT)).isEqualTo(1);
        assertThat(r.count(RuleCode.FIELD_REQUIRED)).isEqualTo(7);
        assertThat(r.samples()).extracting(FeedSample::line).startsWith(2L).contains(3L);
        assertThat(r.recordsByProvince()).containsEntry("31", 2L).containsEntry(FeedReport.UNKNOWN_PROVINCE, 2L);
        assertThat(r.invalidByProvince())
                .containsEntry(FeedReport.UNKNOWN_PROVINCE, 2L)
                .doesNotContainKey("31");
    }

    @Test
    void flagsEveryLaterDuplicateNikWithTheLineOfTheFirst() {
        List<FeedInput> in = List.of(
                FeedInput.of(10, applicant(1, KK1)),
                FeedInput.of(11, applicant(2, KK2)),
                FeedInput.of(12, applicant(1, KK2)),
                FeedInput.of(13, applicant(1, KK1)));
        FeedRun run = FeedValidator.builder()
                .evaluation(Evaluation.atWave(18))
                .build()
                .start();
        assertThat(run.accept(in.get(0))).isEmpty();
        assertThat(run.accept(in.get(1))).isEmpty();
        List<Violation> third = run.accept(in.get(2));
        assertThat(third).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.FEED_DUPLICATE_NIK);
            assertThat(v.field()).isEqualTo("nik");
            assertThat(v.arguments()).containsEntry("firstLine", 10);
        });
        assertThat(run.accept(in.get(3))).extracting(Violation::code).containsExactly(RuleCode.FEED_DUPLICATE_NIK);
        FeedReport r = run.finish();
        assertThat(r.count(RuleCode.FEED_DUPLICATE_NIK)).isEqualTo(2);
        assertThat(r.invalid()).isEqualTo(2);
        assertThat(r.samples()).extracting(s -> s.maskedNik().orElseThrow()).containsOnly("3174********0001");
        assertThat(r.toString() + r.samples()).doesNotContain("3174015708990001");
    }

    @Test
    void flagsTheThirdMemberOfAFamilyCardFromWave12() {
        List<FeedInput> in = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            in.add(FeedInput.of(i, applicant(i, KK1)));
        }
        FeedReport at12 = run(Evaluation.atWave(12), in);
        assertThat(at12.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(2);
        assertThat(at12.samples()).extracting(FeedSample::line).containsExactly(3L, 4L);
        assertThat(at12.samples().get(0).violation().arguments())
                .containsEntry("quota", 2)
                .containsEntry("familyMembers", 3);
        assertThat(at12.samples().get(1).violation().arguments()).containsEntry("familyMembers", 4);
        assertThat(at12.legalReferences().get(RuleCode.ELIGIBILITY_FAMILY_QUOTA))
                .containsExactly("Pengumuman persyaratan Gelombang 12 (Menko Perekonomian), 2021-02-23");
        assertThat(at12.legalReferences()).doesNotContainKey(RuleCode.FEED_DUPLICATE_NIK);
        assertThat(run(Evaluation.atWave(11), in).invalid()).isZero();
    }

    @Test
    void countsTheMembersOfAFamilyCardExactlyPastAThousand() {
        // the family-card index packs counts up to 1,023 into a slot; beyond, they must go on exactly
        FeedRun run = FeedValidator.builder()
                .evaluation(Evaluation.atWave(18))
                .build()
                .start();
        List<Violation> last = List.of();
        for (int i = 1; i <= 1_100; i++) {
            RawApplicant a = applicant(String.format("317401570899%04d", i), KK1, "Siti " + i);
            last = run.accept(FeedInput.of(i, a));
        }
        assertThat(last).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(RuleCode.ELIGIBILITY_FAMILY_QUOTA);
            assertThat(v.arguments()).containsEntry("familyMembers", 1_100);
        });
        assertThat(run.finish().count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(1_098);
    }

    @Test
    void duplicatesDoNotCountTowardsTheFamilyQuota() {
        List<FeedInput> in = List.of(
                FeedInput.of(1, applicant(1, KK1)),
                FeedInput.of(2, applicant(1, KK1)),
                FeedInput.of(3, applicant(2, KK1)));
        FeedReport r = run(Evaluation.atWave(18), in);
        assertThat(r.violationsByCode()).containsExactly(Map.entry(RuleCode.FEED_DUPLICATE_NIK, 1L));
    }

    @Test
    void anApplicantWhoIsNotEligibleAnywayDoesNotUseUpAPlaceOfTheFamily() {
        RawApplicant student = RawApplicant.builder()
                .from(applicant(2, KK1))
                .inFormalEducation("true")
                .build();
        List<FeedInput> in = List.of(
                FeedInput.of(1, applicant(1, KK1)),
                FeedInput.of(2, student),
                FeedInput.of(3, applicant(3, KK1)),
                FeedInput.of(4, applicant(4, KK1)));
        FeedReport r = run(Evaluation.atWave(18), in);
        // line 2 fails its own rule, so lines 1 and 3 hold the two places and line 4 is the third
        assertThat(r.count(RuleCode.ELIGIBILITY_FORMAL_EDUCATION)).isEqualTo(1);
        assertThat(r.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(1);
        assertThat(r.samples())
                .filteredOn(s -> s.violation().code() == RuleCode.ELIGIBILITY_FAMILY_QUOTA)
                .extracting(FeedSample::line)
                .containsExactly(4L);
        assertThat(r.invalid()).isEqualTo(2);
    }

    @Test
    void aRecordAlreadyOverTheQuotaIsNotFlaggedTwice() {
        RawApplicant third = RawApplicant.builder()
                .from(applicant(3, KK1))
                .otherFamilyRecipients("2")
                .build();
        List<FeedInput> in =
                List.of(FeedInput.of(1, applicant(1, KK1)), FeedInput.of(2, applicant(2, KK1)), FeedInput.of(3, third));
        FeedReport r = run(Evaluation.atWave(18), in);
        assertThat(r.count(RuleCode.ELIGIBILITY_FAMILY_QUOTA)).isEqualTo(1);
    }

    @Test
    void theRecordsOwnWaveDecidesTheQuota() {
        RawApplicant third =
                RawApplicant.builder().from(applicant(3, KK1)).wave("11").build();
        List<FeedInput> in =
                List.of(FeedInput.of(1, applicant(1, KK1)), FeedInput.of(2, applicant(2, KK1)), FeedInput.of(3, third));
        assertThat(run(Evaluation.atWave(18), in).invalid()).isZero();
    }

    @Test
    void readerViolationsComeFirstAndAreNotRepeatedByTheParser() {
        Violation nikAsNumber = Violation.of(RuleCode.FIELD_INVALID, "nik")
                .argument("expected", "a 16-digit string")
                .build();
        Violation unknown = Violation.of(RuleCode.FIELD_UNKNOWN, "nickname").build();
        RawApplicant withoutNik =
                RawApplicant.builder().from(applicant(1, KK1)).nik(null).build();
        FeedRun run = FeedValidator.builder().build().start();
        List<Violation> v = run.accept(FeedInput.of(1, withoutNik, List.of(nikAsNumber, unknown)));
        assertThat(v).containsExactly(nikAsNumber, unknown);
        assertThat(run.finish().invalid()).isEqualTo(1);
    }

    @Test
    void samplesAreCappedButCountsAreNot() {
        List<FeedInput> in = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            in.add(FeedInput.of(
                    i,
                    RawApplicant.builder()
                            .from(applicant(i, String.format("31740112031500%02d", i)))
                            .sex(null)
                            .build()));
        }
        FeedReport r = FeedValidator.builder().maxSamples(5).build().validate(in);
        assertThat(r.samples()).hasSize(5).extracting(FeedSample::line).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(r.count(RuleCode.FIELD_REQUIRED)).isEqualTo(30);
        assertThat(r.maxSamples()).isEqualTo(5);
        assertThat(FeedValidator.builder().maxSamples(0).build().validate(in).samples())
                .isEmpty();
    }

    @Test
    void keepsTheSamplesOfTheSmallestLinesWhenInputIsOutOfOrder() {
        FeedRun run = FeedValidator.builder().maxSamples(2).build().start();
        for (int line : new int[] {9, 7, 8, 3}) {
            run.accept(FeedInput.of(line, RawApplicant.builder().build()));
        }
        // each record has 8 FIELD_REQUIRED violations; the two kept are line 3's first two
        assertThat(run.finish().samples()).extracting(FeedSample::line).containsExactly(3L, 3L);
    }

    @Test
    void aFinishedRunAcceptsNothing() {
        FeedRun run = FeedValidator.builder().build().start();
        run.finish();
        assertThatThrownBy(() -> run.accept(FeedInput.of(1, applicant(1, KK1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void inputsNeedALineFromOne() {
        assertThatThrownBy(() -> FeedInput.of(0, applicant(1, KK1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergingNeedsTheSameSampleCap() {
        assertThatThrownBy(() -> FeedReport.empty(1).merge(FeedReport.empty(2)))
                .isInstanceOf(IllegalArgumentException.class);
        FeedReport r = run(Evaluation.atWave(18), List.of(FeedInput.of(1, applicant(1, KK1))));
        assertThat(FeedReport.empty(50).merge(r)).isEqualTo(r);
        assertThat(r.merge(FeedReport.empty(50))).isEqualTo(r);
    }

    @Test
    void reportsTheIndexMemory() {
        FeedRun run = FeedValidator.builder().expectedRecords(1_000).build().start();
        // NIK → first line: 64 segments of 64 slots, 12 bytes each; family card → places: 64 of 32, 8 bytes each
        assertThat(run.indexBytes()).isEqualTo(64 * 64 * 12L + 64 * 32 * 8L);
    }
}
