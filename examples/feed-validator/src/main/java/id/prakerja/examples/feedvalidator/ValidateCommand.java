// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedInput;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.Messages;
import id.prakerja.json.FeedFormat;
import id.prakerja.json.FeedReader;
import id.prakerja.json.FeedRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.ReadOptions;
import id.prakerja.tabular.TabularException;
import id.prakerja.tabular.TabularOptions;
import id.prakerja.tabular.TabularReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code validate}: validates a feed and prints a report. */
@CommandLine.Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Validates a feed (NDJSON, a JSON array, CSV or .xlsx; gzip too) of applicants,",
            "participant histories or outreach activities (--kind), and prints a report.",
            "With no FILE, validates the sample feed bundled in this jar; '-' reads standard input.",
            "Exit status: 0 every record valid, 1 some record invalid, 2 usage error, unreadable input,",
            "a JSON array cut short (the report says where and why), a failed write or too little memory."
        })
final class ValidateCommand implements Callable<Integer> {

    /** The sample feed bundled in the jar. */
    static final String SAMPLE = "sample-feed.ndjson";

    /** The sample's applicants as CSV ({@code --format csv} with no FILE), generated from {@link #SAMPLE}. */
    static final String SAMPLE_CSV = "sample-feed.csv";

    /** The sample's applicants as a workbook ({@code --format xlsx} with no FILE), generated from {@link #SAMPLE}. */
    static final String SAMPLE_XLSX = "sample-feed.xlsx";

    /** The kinds of records a feed can hold. */
    enum Kind {
        applicants,
        participants,
        activities
    }

    enum Format {
        ndjson,
        json,
        csv,
        xlsx
    }

    enum ReportKind {
        text,
        json,
        html
    }

    enum Language {
        id,
        en
    }

    private final Main.Io io;

    @CommandLine.Mixin
    EvaluationOptions evaluation = new EvaluationOptions();

    @CommandLine.Option(
            names = "--format",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: from the file name, .csv, .xlsx, .json,"
                    + " else ndjson; a .gz suffix or gzip content is decompressed).")
    Format format;

    @CommandLine.Option(
            names = "--sheet",
            paramLabel = "NAME",
            description = "The sheet of an .xlsx workbook to read (default: the first).")
    String sheet;

    @CommandLine.Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Write every invalid record of an NDJSON, CSV or .xlsx feed to FILE, with its line and"
                    + " violations (CSV: row, violations, then the row as it came; NDJSON: line, violations,"
                    + " record).")
    Path rejects;

    @CommandLine.Option(
            names = "--valid",
            paramLabel = "FILE",
            description = "Write the valid records of an NDJSON, CSV or .xlsx feed to FILE, as they came (CSV:"
                    + " with the header), ready to load.")
    Path valid;

    @CommandLine.Option(
            names = "--violations",
            paramLabel = "FILE",
            description = "Write every violation to FILE, one per line, as it is found: line, masked NIK, code,"
                    + " field, severity, arguments, legal reference, message (NDJSON; CSV when FILE ends in .csv).")
    Path violations;

    @CommandLine.Option(
            names = "--kind",
            defaultValue = "applicants",
            description = "What the feed holds: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). Participants are"
                    + " checked as of --date (default: today), activities against --agreement.")
    Kind kind;

    @CommandLine.Option(
            names = "--agreement",
            paramLabel = "FILE",
            description = "The cooperation agreement (one JSON record) that --kind activities are checked against"
                    + " (default: the DKI Jakarta 2021 agreement bundled in the library).")
    Path agreement;

    /** For tests: the clock reads this instant, so that reports are the same bytes on every run. */
    @CommandLine.Option(names = "--fixed-clock", hidden = true, paramLabel = "INSTANT")
    Instant fixedClock;

    @CommandLine.Option(
            names = "--report",
            defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportKind report;

    @CommandLine.Option(
            names = "--locale",
            defaultValue = "id",
            description = "Language of the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language locale;

    @CommandLine.Option(
            names = "--max-samples",
            defaultValue = "20",
            paramLabel = "N|all",
            converter = MaxSamples.class,
            description = "How many violations to show with their line, or all (default: ${DEFAULT-VALUE}); counts"
                    + " are never capped.")
    int maxSamples;

    /** {@code N} or {@code all}. */
    static final class MaxSamples implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.equalsIgnoreCase("all")) {
                return Integer.MAX_VALUE;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a number or 'all'");
            }
        }
    }

    @CommandLine.Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @CommandLine.Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads that read and check records (default: every available core); 1 reads and"
                    + " validates on one thread. The report and the --rejects, --valid and --violations files are"
                    + " the same for every N.")
    Integer threads;

    @CommandLine.Option(
            names = "--lenient",
            description = "Ignore fields the format does not define instead of reporting FIELD_UNKNOWN.")
    boolean lenient;

    @CommandLine.Option(
            names = "--progress",
            negatable = true,
            description = "Show progress on standard error (default: when standard error is a terminal).")
    Boolean progress;

    @CommandLine.Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "The feed to validate; '-' for standard input; none for the bundled sample (NDJSON, or"
                    + " its CSV or .xlsx copy with --format csv or xlsx).")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ValidateCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Clock clock = fixedClock != null ? Clock.fixed(fixedClock, ZoneOffset.UTC) : Clock.systemUTC();
        Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (maxSamples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-samples must not be negative");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to 256");
        }
        EligibilityChecker checker = EligibilityChecker.standard();
        ReportTexts texts = ReportTexts.of(Locale.forLanguageTag(locale.name()));
        Format fmt = format != null ? format : detect(file);
        checkOptions(fmt);
        ReadOptions options = ReadOptions.defaults()
                .withFormat(fmt == Format.json ? FeedFormat.JSON_ARRAY : FeedFormat.NDJSON)
                .withStrict(!lenient);
        // the evaluation (and the agreement) first: a mistake there is reported before any output is opened
        RunInfo.EvaluationInfo evaluated;
        Evaluation applicantEvaluation = null;
        LocalDate participantDate = null;
        CooperationAgreement agreementChecked = null;
        switch (kind) {
            case participants:
                participantDate = evaluation.date() != null ? evaluation.date() : LocalDate.now(clock);
                evaluated = new RunInfo.EvaluationInfo(
                        "DATE",
                        Optional.empty(),
                        Optional.of(participantDate),
                        Optional.of("ACCEPTANCE_WAVE"),
                        Optional.empty(),
                        texts.get("participantsOn", Map.of("date", participantDate)));
                break;
            case activities:
                agreementChecked = TypedFeeds.agreement(agreement, !lenient, texts.locale());
                evaluated = new RunInfo.EvaluationInfo(
                        "AGREEMENT",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(agreementChecked.identifier()),
                        texts.get(
                                "againstAgreement",
                                Map.of("agreement", agreementChecked.identifier(), "title", agreementChecked.title())));
                break;
            default:
                applicantEvaluation = evaluation.evaluation(checker.programme());
                evaluated = evaluation.info(checker.programme(), texts);
        }
        String source;
        String inputName;
        long size = -1;
        InputStream raw;
        if (file == null) {
            String resource = fmt == Format.csv ? SAMPLE_CSV : fmt == Format.xlsx ? SAMPLE_XLSX : SAMPLE;
            if (kind != Kind.applicants) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--kind " + kind + " needs a FILE (the bundled sample holds applicants)");
            }
            if (fmt == Format.json) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "the bundled sample is NDJSON, CSV or .xlsx, not a JSON array: give a FILE");
            }
            raw = ValidateCommand.class.getResourceAsStream(resource);
            if (raw == null) {
                throw new Main.UserError("the bundled sample feed is missing from this jar");
            }
            source = texts.get("bundled", Map.of("name", resource));
            inputName = resource;
        } else if (file.equals("-")) {
            raw = io.stdin();
            source = texts.get("stdin");
            inputName = "-";
        } else {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new Main.UserError("cannot read " + file + ": it is a directory");
            }
            try {
                raw = Files.newInputStream(path);
                size = Files.size(path);
            } catch (IOException e) {
                throw new Main.UserError("cannot read " + file + ": " + Main.reason(e));
            }
            source = file;
            inputName = file;
        }
        CountingInputStream counted = new CountingInputStream(raw);
        InputStream input = InputChecks.open(counted, fmt, file);
        boolean gzip = InputChecks.isGzip(input);
        Progress bar = new Progress(io.err(), progress != null ? progress : Progress.stderrIsTerminal(), size, texts);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Optional<FeedReader.CutShort> cutShort = Optional.empty();
        FeedReport result;
        try (ViolationsOutput violationsOut = ViolationsOutput.open(violations, texts.locale())) {
            if (kind == Kind.participants) {
                TypedFeeds.Result r = TypedFeeds.participants(
                        input, options, participantDate, maxSamples, bar, counted, violationsOut);
                result = r.report();
                cutShort = r.cutShort();
            } else if (kind == Kind.activities) {
                TypedFeeds.Result r = TypedFeeds.activities(
                        input, options, agreementChecked, maxSamples, bar, counted, violationsOut);
                result = r.report();
                cutShort = r.cutShort();
            } else {
                FeedValidator validator = FeedValidator.builder()
                        .checker(checker)
                        .evaluation(applicantEvaluation)
                        .maxSamples(maxSamples)
                        .build();
                ApplicantRun run =
                        applicants(validator, fmt, options, input, counted, bar, workers, violationsOut, texts);
                result = run.report();
                cutShort = run.cutShort();
            }
            bar.finish(counted.count, result.records());
        } finally {
            bar.done();
        }
        RunInfo info = new RunInfo(
                kind.name(),
                source,
                new RunInfo.Input(inputName, counted.count, fmt.name(), gzip, Optional.ofNullable(sheet)),
                evaluated,
                Main.Version.version(),
                new PrakerjaModule().version().toString(),
                started,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                cutShort.map(c -> texts.cutShort(c)));
        if (output == null) {
            ReportWriter out = ReportWriter.to(io.out(), "standard output");
            writeReport(result, info, cutShort, texts, out);
            out.flush();
        } else {
            OutputStream stream;
            try {
                stream = Files.newOutputStream(output);
            } catch (IOException e) {
                throw new Main.UserError("cannot write " + output + ": " + Main.reason(e));
            }
            try (ReportWriter out = ReportWriter.to(stream, output.toString())) {
                writeReport(result, info, cutShort, texts, out);
            }
        }
        if (info.cutShort().isPresent()) {
            // the report says it too; the status must not read as "these were all the records"
            throw new Main.UserError(info.cutShort().get());
        }
        return result.invalid() > 0 ? Main.ExitCodes.INVALID : Main.ExitCodes.OK;
    }

    /** The options that do not go together, each a usage error. */
    private void checkOptions(Format fmt) {
        if ((rejects != null || valid != null) && (fmt == Format.json || kind != Kind.applicants)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--rejects and --valid are offered for applicant feeds in NDJSON, CSV and .xlsx (so far)");
        }
        if (sheet != null && fmt != Format.xlsx) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sheet is for .xlsx workbooks only");
        }
        if (kind != Kind.applicants && (fmt == Format.csv || fmt == Format.xlsx)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--kind " + kind + " reads NDJSON or a JSON array; CSV and .xlsx hold applicants");
        }
        if (kind == Kind.participants && evaluation.wave() != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--wave is for applicants: a participant's wave is that of its acceptance; use --date for the"
                            + " evaluation date");
        }
        if (kind == Kind.activities && evaluation.when != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--wave and --date are not for activities: they are checked against --agreement");
        }
        if (agreement != null && kind != Kind.activities) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--agreement is for --kind activities only");
        }
    }

    /** A row of a CSV or .xlsx feed, bound, with its text as it came when an output needs it. */
    private record TabularRow(FeedRecord<RawApplicant> record, String text) {}

    /** The report of an applicant feed, and where reading stopped early, if it did. */
    private record ApplicantRun(FeedReport report, Optional<FeedReader.CutShort> cutShort) {}

    private ApplicantRun applicants(
            FeedValidator validator,
            Format fmt,
            ReadOptions options,
            InputStream input,
            CountingInputStream counted,
            Progress bar,
            int workers,
            ViolationsOutput violationsOut,
            ReportTexts texts)
            throws IOException {
        if (fmt == Format.csv || fmt == Format.xlsx) {
            TabularOptions tabular = TabularOptions.defaults().withStrict(!lenient);
            if (sheet != null) {
                tabular = tabular.withSheet(sheet);
            }
            Path spooled = null;
            try {
                TabularReader reader;
                try {
                    if (fmt == Format.csv) {
                        reader = TabularReader.csv(input, tabular);
                    } else {
                        spooled = Files.createTempFile("feed-validator", ".xlsx");
                        try (InputStream in = input) {
                            Files.copy(in, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                        reader = TabularReader.xlsx(spooled, tabular);
                    }
                } catch (TabularException e) {
                    throw new Main.UserError(texts.unreadable(file, e));
                }
                try (TabularReader feed = reader;
                        TabularOutputs outputs =
                                TabularOutputs.open(rejects, valid, feed, Messages.forLocale(texts.locale()))) {
                    // parsed on this thread, checked on the pool (the report equals --threads 1's); each record's
                    // verdict goes to the outputs in feed order, with its row as it came (kept only for them)
                    boolean keepRows = !outputs.isEmpty();
                    Iterator<TabularRow> read = new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return feed.hasNext();
                        }

                        @Override
                        public TabularRow next() {
                            FeedRecord<RawApplicant> r = feed.next();
                            String text = keepRows ? feed.rowText().orElse(null) : null;
                            bar.update(feed.delivered(), counted.count);
                            return new TabularRow(r, text);
                        }
                    };
                    FeedValidator.ChunkVerdicts<List<TabularRow>> verdicts = !keepRows && violationsOut == null
                            ? null
                            : (rows, records, found) -> {
                                for (int i = 0; i < rows.size(); i++) {
                                    long line = rows.get(i).record().line();
                                    outputs.write(line, rows.get(i).text(), found.get(i));
                                    if (violationsOut != null) {
                                        violationsOut.write(line, maskedNik(records.get(i)), found.get(i));
                                    }
                                }
                            };
                    FeedReport result =
                            validator.validate(read, row -> FeedRecord.toFeedInput(row.record()), workers, verdicts);
                    return new ApplicantRun(result, feed.cutShort());
                }
            } finally {
                if (spooled != null) {
                    Files.deleteIfExists(spooled);
                }
            }
        }
        if (options.format() == FeedFormat.NDJSON
                && (workers > 1 || rejects != null || valid != null || violationsOut != null)) {
            // NDJSON on several threads, or with outputs: this thread only cuts the stream into chunks of whole
            // lines; the pool reads (parses, binds) and checks each chunk; the cross-record rules follow in feed
            // order, and then each record's line goes to --rejects or --valid and its violations to --violations
            try (InputStream in = input;
                    NdjsonOutputs outputs = rejects == null && valid == null
                            ? null
                            : NdjsonOutputs.open(rejects, valid, texts.locale())) {
                LineChunks chunks = new LineChunks(in, options);
                Iterator<LineChunks.Chunk> read = new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return chunks.hasNext();
                    }

                    @Override
                    public LineChunks.Chunk next() {
                        LineChunks.Chunk c = chunks.next();
                        bar.update(chunks.lines(), counted.count); // lines so far: records and blank lines
                        return c;
                    }
                };
                NdjsonOutputs.Cursor cursor = new NdjsonOutputs.Cursor();
                FeedValidator.ChunkVerdicts<LineChunks.Chunk> verdicts = outputs == null && violationsOut == null
                        ? null
                        : (c, records, found) -> {
                            for (int i = 0; i < records.size(); i++) {
                                FeedInput record = records.get(i);
                                if (outputs != null) {
                                    outputs.write(c, record, found.get(i), cursor);
                                }
                                if (violationsOut != null) {
                                    violationsOut.write(record.line(), maskedNik(record), found.get(i));
                                }
                            }
                        };
                return new ApplicantRun(
                        validator.validateChunks(read, c -> LineChunks.read(c, options), workers, verdicts),
                        Optional.empty());
            }
        }
        // NDJSON on one thread without outputs, or a JSON array (whose elements only one parser can find):
        // this thread reads, the pool (if any) applies the per-record rules, and --violations gets each
        // record's violations in feed order
        try (FeedReader<RawApplicant> reader = FeedReader.applicants(input, options)) {
            Iterator<FeedRecord<RawApplicant>> read = new Iterator<>() {
                private long records;

                @Override
                public boolean hasNext() {
                    return reader.hasNext();
                }

                @Override
                public FeedRecord<RawApplicant> next() {
                    FeedRecord<RawApplicant> r = reader.next();
                    bar.update(++records, counted.count);
                    return r;
                }
            };
            FeedValidator.ChunkVerdicts<List<FeedRecord<RawApplicant>>> verdicts = violationsOut == null
                    ? null
                    : (chunk, records, found) -> {
                        for (int i = 0; i < records.size(); i++) {
                            FeedInput in = records.get(i);
                            violationsOut.write(in.line(), maskedNik(in), found.get(i));
                        }
                    };
            FeedReport result = validator.validate(read, FeedRecord::toFeedInput, workers, verdicts);
            return new ApplicantRun(result, reader.cutShort());
        }
    }

    /** The record's NIK masked as in samples, or {@code null} when it has none. */
    static String maskedNik(FeedInput in) {
        return in.raw() == null || in.raw().nik() == null
                ? null
                : Nik.mask(in.raw().nik());
    }

    /** The format a file name says: {@code .csv}, {@code .xlsx}, {@code .json} (before a {@code .gz}), else NDJSON. */
    static Format detect(String file) {
        if (file == null || file.equals("-")) {
            return Format.ndjson;
        }
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv")) {
            return Format.csv;
        }
        if (name.endsWith(".xlsx")) {
            return Format.xlsx;
        }
        if (name.endsWith(".json")) {
            return Format.json;
        }
        return Format.ndjson;
    }

    private void writeReport(
            FeedReport result,
            RunInfo info,
            Optional<FeedReader.CutShort> cutShort,
            ReportTexts texts,
            ReportWriter out) {
        switch (report) {
            case json:
                JsonMapper mapper = JsonMapper.builder()
                        .addModule(new PrakerjaModule().withLocale(texts.locale()))
                        .build();
                ObjectNode json = mapper.valueToTree(result);
                cutShort.ifPresent(c -> {
                    ObjectNode cut = json.putObject("cutShort");
                    cut.put("element", c.element());
                    cut.put("line", c.line());
                    cut.put("code", c.reason().code().name());
                    cut.set("arguments", mapper.valueToTree(c.reason()).get("arguments"));
                    cut.put("message", info.cutShort().get());
                });
                json.set("run", runJson(info, json));
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
                break;
            case html:
                HtmlReport.write(result, info, texts, out);
                break;
            default:
                TextReport.write(result, info, texts, out);
        }
        out.flush();
    }

    /**
     * The report's {@code run} object: what was checked, with which versions, when. Written after every field
     * of the library's report (and after {@code cutShort}), so a report without it reads as before.
     */
    static ObjectNode runJson(RunInfo info, ObjectNode parent) {
        ObjectNode run = parent.objectNode();
        run.put("formatVersion", RunInfo.FORMAT_VERSION);
        ObjectNode tool = run.putObject("tool");
        tool.put("name", "feed-validator");
        tool.put("version", info.version());
        ObjectNode library = run.putObject("library");
        library.put("name", "prakerja");
        library.put("version", info.libraryVersion());
        run.put("kind", info.kind());
        ObjectNode evaluation = run.putObject("evaluation");
        RunInfo.EvaluationInfo e = info.evaluation();
        evaluation.put("mode", e.mode());
        e.wave().ifPresent(w -> evaluation.put("wave", w));
        e.date().ifPresent(d -> evaluation.put("date", d.toString()));
        e.recordWave().ifPresent(w -> evaluation.put("recordWave", w));
        e.agreement().ifPresent(a -> evaluation.put("agreement", a));
        evaluation.put("description", e.description());
        ObjectNode input = run.putObject("input");
        input.put("name", Nik.maskNumbersIn(info.input().name()));
        input.put("bytes", info.input().bytes());
        input.put("format", info.input().format());
        input.put("gzip", info.input().gzip());
        info.input().sheet().ifPresent(sh -> input.put("sheet", Nik.maskNumbersIn(sh)));
        run.put("startedAt", info.started().toString());
        run.put("finishedAt", info.finished().toString());
        run.put("durationMillis", info.duration().toMillis());
        return run;
    }

    /** Counts the bytes read, for the progress percentage. */
    static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
