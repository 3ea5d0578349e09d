package id.prakerja.examples.feedvalidator;

import id.prakerja.core.eligibility.Cure;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.EligibilityDecision;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.json.BoundRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.RecordBinder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code check}: decides for one applicant and prints the decision as JSON. */
@CommandLine.Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Decides whether one applicant (a JSON object in the wire format) may receive the Kartu Prakerja,",
            "and prints the decision as JSON, with what would cure each violation. '-' reads standard input.",
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
        BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(bytes);
        RawApplicant raw = bound.value().orElse(null); // null: the JSON is not one applicant object
        EligibilityDecision decision =
                checker.decide(raw, evaluation.evaluation(checker.programme()), bound.violations());
        List<Cure> cures = checker.whatIf(decision);
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new PrakerjaModule().withLocale(language))
                .build();
        ObjectNode json = mapper.valueToTree(decision);
        json.set("whatIf", mapper.valueToTree(cures));
        ReportWriter out = ReportWriter.to(io.out(), "standard output");
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        out.flush();
        return decision.isEligible() ? Main.ExitCodes.OK : Main.ExitCodes.INVALID;
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
