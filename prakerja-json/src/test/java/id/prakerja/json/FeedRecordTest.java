// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.prakerja.core.eligibility.ApplicantParser;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.validation.MalformedProblem;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRecordTest {

    @Test
    void delegatesToItsBoundRecord() {
        BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(Samples.WIRE_SAMPLE);
        FeedRecord<RawApplicant> r = FeedRecord.of(7, bound);
        assertThat(r.line()).isEqualTo(7);
        assertThat(r.record()).isSameAs(bound);
        assertThat(r.value()).contains(Samples.RAW);
        assertThat(r.violations()).isEmpty();
        assertThat(r.parse(raw -> ApplicantParser.standard().parse(raw, Samples.DATE))
                        .isValid())
                .isTrue();
        assertThat(r).isEqualTo(FeedRecord.of(7, bound)).isNotEqualTo(FeedRecord.of(8, bound));
        assertThat(r.toString()).startsWith("line 7: Bound[");
    }

    @Test
    void needsAPositiveLine() {
        BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind("{}");
        assertThatThrownBy(() -> FeedRecord.of(0, bound)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordLevelViolationsReadWellInBothLanguages() {
        List<FeedRecord<RawApplicant>> records = Samples.readAll(
                Samples.utf8("{oops\n" + "x".repeat(200)),
                ReadOptions.defaults().withMaxRecordBytes(100));
        // the message summarises in words; the parser's own English stays in the argument detail (issue 14 §5)
        Violation malformed = records.get(0).violations().get(0);
        assertThat(Messages.english().format(malformed))
                .isEqualTo("The record is not well-formed: invalid JSON syntax at line 1, column 2.");
        assertThat(Messages.indonesian().format(malformed))
                .isEqualTo("Rekaman tidak terbentuk dengan benar: sintaks JSON tidak valid pada baris 1, kolom 2.");
        assertThat(malformed.arguments().get("detail").toString())
                .startsWith("Unexpected character")
                .endsWith("at line 1, column 2");
        assertThat(malformed.arguments()).containsEntry("problem", MalformedProblem.SYNTAX);
        assertThat(Messages.english().format(records.get(1).violations().get(0)))
                .isEqualTo("The record exceeds the configured limit (maxRecordBytes=100).");
        assertThat(Messages.indonesian().format(records.get(1).violations().get(0)))
                .contains("maxRecordBytes=100");
    }

    @Test
    void handsTheEngineWhatItRead() {
        List<FeedRecord<RawApplicant>> records = Samples.readAll(
                Samples.utf8(Samples.LINE + "\n{oops\n{\"nik\":3174012345670001}\n"), ReadOptions.defaults());

        FeedInput clean = FeedRecord.toFeedInput(records.get(0));
        assertThat(clean.line()).isEqualTo(1);
        assertThat(clean.raw()).isEqualTo(Samples.RAW);
        assertThat(clean.readViolations()).isEmpty();

        FeedInput unreadable = FeedRecord.toFeedInput(records.get(1));
        assertThat(unreadable.line()).isEqualTo(2);
        assertThat(unreadable.isUnreadable()).isTrue();
        assertThat(unreadable.readViolations()).extracting(v -> v.code()).containsExactly(RuleCode.RECORD_MALFORMED);

        FeedInput withProblems = FeedRecord.toFeedInput(records.get(2));
        assertThat(withProblems.line()).isEqualTo(3);
        assertThat(withProblems.isUnreadable()).isFalse();
        assertThat(withProblems.readViolations())
                .isEqualTo(records.get(2).violations())
                .isNotEmpty();
    }
}
