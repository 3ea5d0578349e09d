// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.PreChecks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check}: pre-checks one applicant and prints the answer ({@link PreCheck}, {@code pre-check.schema.json}):
 * the decision, what would cure each violation and the inputs still missing.
 */
@CommandLine.Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Decides whether one applicant (a JSON object in the wire format) may receive the Kartu Prakerja,",
            "and prints the answer as JSON (pre-check.schema.json): the decision, what would cure each violation",
            "(whatIf) and the inputs still missing, in asking order (missingInputs). '-' reads standard input.",
            "Exit status: 0 eligible, 1 not eligible (including field problems), 2 unreadable, empty or not JSON,",
            "or a failed write."
        })
final class CheckCommand implements Callable<Integer> {

    /** The most bytes read for one applicant. */
    static final int MAX_BYTES = 1 << 20;

    private final Main.Io io;

    @CommandLine.Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @CommandLine.Option(
            names = "--locale",
            defaultValue = "id",
            description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ValidateCommand.Language locale;

    @CommandLine.Parameters(
            arity = "1",
            paramLabel = "FILE",
            description = "The applicant record; '-' for standard input.")
    String file;

    CheckCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        byte[] bytes = read();
        JsonMapper plain = JsonMapper.builder().build();
        JsonNode tree;
        try {
            tree = plain.readTree(bytes);
        } catch (JacksonException e) {
            throw new Main.UserError(name() + " is not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new Main.UserError(name() + " is not JSON: it is empty or only whitespace");
        }
        Locale language = Locale.forLanguageTag(locale.name());
        EligibilityChecker checker = EligibilityChecker.standard();
        PreCheck answer = PreChecks.of(bytes, checker, evaluation.evaluation(checker.programme()));
        JsonMapper mapper = JsonMapper.builder().addModule(new PrakerjaModule()).build();
        ReportWriter out = ReportWriter.to(io.out(), "standard output");
        out.println(PrakerjaModule.writer(mapper, language)
                .withDefaultPrettyPrinter()
                .writeValueAsString(answer));
        out.flush();
        return answer.isEligible() ? Main.ExitCodes.OK : Main.ExitCodes.INVALID;
    }

    private String name() {
        return file.equals("-") ? "standard input" : file;
    }

    private byte[] read() {
        try (InputStream in = file.equals("-") ? io.stdin() : Files.newInputStream(Path.of(file))) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Main.UserError(name() + " is larger than " + MAX_BYTES + " bytes: one applicant is expected");
            }
            return bytes;
        } catch (IOException e) {
            throw new Main.UserError("cannot read " + name() + ": " + Main.reason(e));
        }
    }
}
