// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The applicant binding reads a record whose fields come in wire order through Jackson's name-prediction
 * fast path, and any other order through the usual name lookup: the two must give the same record and the
 * same violations, and a malformed value right after a predicted name the same error.
 */
class FieldOrderTest {

    /** Every applicant field in wire order, with a value of its wire type. */
    private static final String[][] FIELDS = {
        {"nik", "\"3174015708990001\""},
        {"familyCardNumber", "\"3174011203150007\""},
        {"fullName", "\"Siti Aminah\""},
        {"birthDate", "\"1999-08-17\""},
        {"sex", "\"FEMALE\""},
        {"citizenship", "\"WNI\""},
        {"domicile", "{\"provinceCode\":\"31\",\"regencyCode\":\"3174\"}"},
        {"workforceCategory", "\"JOB_SEEKER\""},
        {"inFormalEducation", "false"},
        {"occupation", "\"PRIVATE_EMPLOYEE\""},
        {"socialAssistance", "[\"PKH\"]"},
        {"familySocialAssistance", "[]"},
        {"priorParticipation", "\"NONE\""},
        {"otherFamilyRecipients", "1"},
        {"wave", "18"}
    };

    private static String json(List<String[]> fields) {
        StringBuilder sb = new StringBuilder("{");
        for (String[] f : fields) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(f[0]).append("\":").append(f[1]);
        }
        return sb.append('}').toString();
    }

    private static BoundRecord<RawApplicant> bind(String json) {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ReadOptions options = ReadOptions.defaults();
        return Records.bindBytes(Records.factory(options), options, ApplicantFields.STRICT, b, 0, b.length);
    }

    private static List<String> sorted(List<Violation> violations) {
        List<String> out = new ArrayList<>();
        for (Violation v : violations) {
            out.add(v.code() + " " + v.field() + " " + v.arguments());
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    @Test
    void anyOrderOfTheFieldsBindsAsTheWireOrder() {
        SplittableRandom r = new SplittableRandom(11);
        for (int n = 0; n < 400; n++) {
            List<String[]> fields = new ArrayList<>();
            for (String[] f : FIELDS) {
                int pick = r.nextInt(10);
                if (pick == 0) {
                    continue; // absent
                }
                // some values null, of a wrong type, or repeated; some unknown names in between
                fields.add(pick == 1 ? new String[] {f[0], "null"} : pick == 2 ? new String[] {f[0], "7"} : f);
                if (pick == 3) {
                    fields.add(new String[] {"extra" + n, "1"});
                }
                if (pick == 4) {
                    fields.add(f);
                }
            }
            BoundRecord<RawApplicant> inOrder = bind(json(fields));
            List<String[]> shuffled = new ArrayList<>(fields);
            Collections.shuffle(shuffled, new java.util.Random(n));
            BoundRecord<RawApplicant> anyOrder = bind(json(shuffled));
            assertThat(anyOrder.value()).as(json(shuffled)).isEqualTo(inOrder.value());
            assertThat(sorted(anyOrder.violations())).as(json(shuffled)).isEqualTo(sorted(inOrder.violations()));
        }
    }

    @Test
    void aMalformedValueAfterAPredictedNameIsTheSameErrorAsAfterAnyName() {
        for (int i = 0; i < FIELDS.length; i++) {
            // wire order up to field i, whose value is broken: its name is the one predicted
            List<String[]> predicted = new ArrayList<>(List.of(FIELDS).subList(0, i));
            predicted.add(new String[] {FIELDS[i][0], "tru"});
            // the same broken field first, after an unknown one: its name is read as usual
            List<String[]> looked = List.of(new String[] {"x", "1"}, new String[] {FIELDS[i][0], "tru"});
            Violation a = bind(json(predicted)).violations().get(0);
            Violation b = bind(json(looked)).violations().get(0);
            String detailA = String.valueOf(a.arguments().get("detail"));
            String detailB = String.valueOf(b.arguments().get("detail"));
            assertThat(detailA.replaceAll(" at line .*", ""))
                    .startsWith("Unrecognized token 'tru'")
                    .isEqualTo(detailB.replaceAll(" at line .*", ""));
            assertThat(a.code()).isEqualTo(RuleCode.RECORD_MALFORMED).isEqualTo(b.code());
            assertThat(a.arguments().get("problem")).isEqualTo(b.arguments().get("problem"));
            // the column points at the broken value in both
            String text = json(predicted);
            assertThat(a.arguments().get("column")).isIn((long) text.indexOf(":tru") + 2, text.indexOf(":tru") + 2);
        }
    }
}
