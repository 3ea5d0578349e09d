// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * RawApplicant → JSON → RawApplicant is the identity, through the binder, the mapper and the NDJSON reader.
 * Each generated case is named by its seed; rerun one with {@code -Dprakerja.seed=<seed>}.
 */
class RawApplicantRoundTripProperties {

    private static final int CASES = 300;
    private static final JsonMapper MAPPER = Samples.mapper();

    static Stream<Long> seeds() {
        String one = System.getProperty("prakerja.seed");
        if (one != null) {
            return Stream.of(Long.parseLong(one));
        }
        long base = Long.getLong("prakerja.baseSeed", 20_260_601L);
        return LongStream.range(0, CASES).mapToObj(i -> base + i);
    }

    @Test
    void theWireSampleRoundTrips() {
        RawApplicant read =
                RecordBinder.applicants().bind(Samples.WIRE_SAMPLE).value().orElseThrow();
        String written = MAPPER.writeValueAsString(read);
        assertThat(RecordBinder.applicants().bind(written).value()).contains(read);
        assertThat(MAPPER.readValue(written, RawApplicant.class)).isEqualTo(read);
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(Samples.WIRE_SAMPLE));
    }

    @TestFactory
    Stream<DynamicTest> everyRepresentableRawRecordRoundTrips() {
        return seeds().map(seed -> DynamicTest.dynamicTest("seed=" + seed, () -> {
            RawApplicant raw = draw(new SplittableRandom(seed));
            String json = MAPPER.writeValueAsString(raw);

            BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(json);
            assertThat(bound.violations()).as(json).isEmpty();
            assertThat(bound.value()).as(json).contains(raw);
            assertThat(MAPPER.readValue(json, RawApplicant.class)).isEqualTo(raw);

            byte[] line = (json + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (FeedReader<RawApplicant> reader = FeedReader.applicants(new ByteArrayInputStream(line))) {
                List<FeedRecord<RawApplicant>> records = reader.stream().toList();
                assertThat(records)
                        .singleElement()
                        .satisfies(r -> assertThat(r.value()).contains(raw));
            }
        }));
    }

    /** A raw record whose values JSON can carry: any text, JSON booleans and integers as text. */
    static RawApplicant draw(SplittableRandom r) {
        RawApplicant.Builder b = RawApplicant.builder()
                .nik(maybe(r, () -> r.nextBoolean() ? digits(r, 16) : text(r)))
                .familyCardNumber(maybe(r, () -> digits(r, 16)))
                .fullName(maybe(r, () -> text(r)))
                .birthDate(maybe(r, () -> text(r)))
                .sex(maybe(r, () -> r.nextBoolean() ? "FEMALE" : text(r)))
                .citizenship(maybe(r, () -> text(r)))
                .domicileProvinceCode(maybe(r, () -> digits(r, 2)))
                .domicileRegencyCode(maybe(r, () -> text(r)))
                .workforceCategory(maybe(r, () -> text(r)))
                .inFormalEducation(maybe(r, () -> r.nextBoolean() ? "true" : "false"))
                .occupation(maybe(r, () -> text(r)))
                .priorParticipation(maybe(r, () -> text(r)))
                .otherFamilyRecipients(maybe(r, () -> integer(r)))
                .wave(maybe(r, () -> integer(r)));
        if (r.nextInt(5) > 0) {
            List<String> list = new ArrayList<>();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                list.add(text(r));
            }
            b.socialAssistance(list);
        }
        return b.build();
    }

    private static String maybe(SplittableRandom r, java.util.function.Supplier<String> value) {
        return r.nextInt(5) == 0 ? null : value.get();
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    /** A JSON integer literal, sometimes far beyond {@code long}. */
    private static String integer(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return Integer.toString(r.nextInt(0, 72));
            case 1:
                return Long.toString(r.nextLong());
            case 2:
                return r.nextBoolean() ? "0" : "-0";
            default:
                return (r.nextBoolean() ? "-" : "") + (1 + r.nextInt(9)) + digits(r, r.nextInt(40));
        }
    }

    private static final int[][] RANGES = {
        {0x20, 0x7E}, // printable ASCII, with quotes and backslashes
        {0x00, 0x1F}, // control characters, escaped by the writer
        {0xA0, 0x17F}, // Latin-1 and Latin Extended-A
        {0x2028, 0x2029}, // line and paragraph separators (not line breaks for NDJSON)
        {0x4E00, 0x4FFF}, // CJK
        {0xFEFF, 0xFEFF}, // a byte-order mark inside a value
        {0x1F600, 0x1F64F}, // emoji: surrogate pairs in Java
        {0x10FFFF, 0x10FFFF},
    };

    private static String text(SplittableRandom r) {
        int n = r.nextInt(24);
        StringBuilder sb = new StringBuilder(n * 2);
        for (int i = 0; i < n; i++) {
            int[] range = RANGES[r.nextInt(4) == 0 ? r.nextInt(RANGES.length) : 0];
            sb.appendCodePoint(r.nextInt(range[0], range[1] + 1));
        }
        return sb.toString();
    }
}
