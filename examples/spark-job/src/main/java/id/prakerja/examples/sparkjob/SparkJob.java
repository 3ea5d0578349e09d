// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.sparkjob;

import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.spark.SparkFeedValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * A spark-submit-style job: validates NDJSON feeds with prakerja-spark and writes the JSON report (the
 * {@code validate --report json} wire format). Without {@code spark.master} set (as spark-submit sets it),
 * it runs in {@code local[2]}.
 *
 * <pre>
 * SparkJob [--wave N | --date YYYY-MM-DD] [--max-samples N] [--report FILE] INPUT...
 * </pre>
 *
 * Exit status: 0 all valid, 1 some invalid, 2 usage error (one line, no stack trace).
 */
public final class SparkJob {
    private SparkJob() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Integer wave = null;
        LocalDate date = null;
        int maxSamples = 20;
        Path report = null;
        List<String> inputs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--wave" -> wave = Integer.parseInt(value(args, ++i, a));
                    case "--date" -> date = LocalDate.parse(value(args, ++i, a));
                    case "--max-samples" -> maxSamples = Integer.parseInt(value(args, ++i, a));
                    case "--report" -> report = Path.of(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input: give one or more NDJSON paths");
            }
            if (maxSamples < 0) {
                throw new IllegalArgumentException("--max-samples must not be negative");
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            err.println("spark-job: not a number or date: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("spark-job: " + e.getMessage());
            err.println("usage: SparkJob [--wave N | --date YYYY-MM-DD] [--max-samples N] [--report FILE] INPUT...");
            return 2;
        }
        Evaluation evaluation = wave != null && date != null
                ? Evaluation.of(wave, date)
                : wave != null ? Evaluation.atWave(wave) : date != null ? Evaluation.on(date) : Evaluation.latest();
        SparkSession.Builder b = SparkSession.builder().appName("prakerja-spark-job");
        if (!System.getProperties().containsKey("spark.master")) {
            b.master("local[2]")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    // two local cores: a few shuffle partitions, not Spark's default 200 (tasks of tiny slices)
                    .config("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = b.getOrCreate();
        try {
            SparkFeedValidator v = SparkFeedValidator.of(evaluation).maxSamples(maxSamples);
            FeedReport r = v.report(v.ndjson(spark, inputs.toArray(new String[0])));
            String json =
                    JsonMapper.builder().addModule(new PrakerjaModule()).build().writeValueAsString(r);
            if (report == null) {
                out.println(json);
            } else {
                Files.writeString(report, json + "\n", StandardCharsets.UTF_8);
            }
            err.println("spark-job: " + r.records() + " records, " + r.valid() + " valid, " + r.invalid() + " invalid");
            return r.invalid() == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("spark-job: cannot write the report: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
