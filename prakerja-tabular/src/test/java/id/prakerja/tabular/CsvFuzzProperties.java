// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.json.FeedRecord;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzes the CSV reader with the testkit's seeded generators: valid rows with one mutation (a byte inserted,
 * deleted or replaced by a separator, a quote, a line break, a NUL, a byte that is not UTF-8), driven by
 * JUnit. For every seed: no exception but a {@link TabularException} for a broken header; every record has a
 * row number after the header, in increasing order; the rows before the mutated one read as without it; and
 * the engine's report keeps {@code records == valid + invalid}. A failing case names its seed (rerun with
 * {@code -Dprakerja.seed=N}).
 */
class CsvFuzzProperties {

    private static final byte[] NASTY = {',', ';', '"', '\n', '\r', 0, (byte) 0xFF, (byte) 0xC3, 'x', ' '};

    @TestFactory
    Stream<DynamicTest> oneMutationNeverBreaksTheReader() {
        return Seeds.of(300).stream().mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> check(seed)));
    }

    static void check(long seed) {
        RandomGenerator random = Seeds.random(seed);
        List<RawApplicant> rows = Applicants.valid()
                .atWave(18)
                .samples(seed, 6)
                .skip(random.nextInt(3))
                .collect(Collectors.toList());
        byte[] clean = TabularFixtures.csv(rows, random.nextBoolean() ? ',' : ';', random.nextBoolean() ? "\n" : "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(clean.length);
        ByteArrayOutputStream mutated = new ByteArrayOutputStream();
        mutated.write(clean, 0, at);
        int kind = random.nextInt(3);
        if (kind != 1) {
            mutated.write(NASTY[random.nextInt(NASTY.length)]); // insert (0) or replace (2)
        }
        int resume = kind == 0 ? at : Math.min(clean.length, at + 1);
        mutated.write(clean, resume, clean.length - resume);
        byte[] bytes = mutated.toByteArray();
        int headerEnd = new String(clean, StandardCharsets.UTF_8).indexOf('\n');
        List<FeedRecord<RawApplicant>> records = new ArrayList<>();
        try (TabularReader r = TabularReader.csv(new ByteArrayInputStream(bytes), TabularOptions.defaults())) {
            r.forEachRemaining(records::add);
        } catch (TabularException e) {
            assertThat(at).as("a header error from a mutation after the header").isLessThanOrEqualTo(headerEnd);
            assertThat(e.getMessage()).doesNotMatch("(?s).*\\d{16}.*");
            return;
        }
        long previous = 1;
        for (FeedRecord<RawApplicant> rec : records) {
            assertThat(rec.line()).isGreaterThan(previous);
            previous = rec.line();
        }
        List<FeedRecord<RawApplicant>> original = CsvReaderTest.read(new String(clean, StandardCharsets.UTF_8));
        int mutatedRow = (int) new String(clean, 0, at, StandardCharsets.UTF_8)
                .chars()
                .filter(c -> c == '\n')
                .count(); // 0-based physical line of the mutation
        if (at > headerEnd) {
            for (int i = 0; i < Math.min(mutatedRow - 1, records.size()); i++) {
                assertThat(records.get(i)).isEqualTo(original.get(i));
            }
        }
        FeedRun run = FeedValidator.builder().build().start();
        records.forEach(rec -> run.accept(FeedRecord.toFeedInput(rec)));
        FeedReport report = run.finish();
        assertThat(report.records()).isEqualTo(records.size()).isEqualTo(report.valid() + report.invalid());
    }
}
