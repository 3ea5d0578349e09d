package id.prakerja.examples.feedvalidator;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.feed.FeedReport;
import id.prakerja.core.feed.FeedRun;
import id.prakerja.core.feed.FeedValidator;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
            "Validates a feed of applicant records (NDJSON, a JSON array, CSV or .xlsx; gzip too) and prints a report.",
            "With no FILE, validates the sample feed bundled in this jar; '-' reads standard input.",
            "Exit status: 0 every record valid, 1 some record invalid, 2 usage error, unreadable input,",
            "a JSON array cut short (the report says where and why), a failed write or too little memory."
        })
final class ValidateCommand implements Callable<Integer> {

    /** The sample feed bundled in the jar. */
    static final String SAMPLE = "sample-feed.ndjson";

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
            description = "Write every invalid record of a CSV or .xlsx feed to FILE (CSV: row, violations, then"
                    + " the row as it came).")
    Path rejects;

    @CommandLine.Option(
            names = "--valid",
            paramLabel = "FILE",
            description = "Write the valid records of a CSV or .xlsx feed to FILE (CSV: the header and the rows as"
                    + " they came), ready to load.")
    Path valid;

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
                    + " validates on one thread. The report is the same for every N.")
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
            description = "The feed to validate; '-' for standard input; none for the bundled sample.")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ValidateCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (maxSamples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-samples must not be negative");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be from 1 to 256");
        }
        EligibilityChecker checker = EligibilityChecker.standard();
        ReportTexts texts = ReportTexts.of(Locale.forLanguageTag(locale.name()));
        FeedValidator validator = FeedValidator.builder()
                .checker(checker)
                .evaluation(evaluation.evaluation(checker.programme()))
                .maxSamples(maxSamples)
                .build();
        Format fmt = format != null ? format : detect(file);
        if ((rejects != null || valid != null) && fmt != Format.csv && fmt != Format.xlsx) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--rejects and --valid are offered for CSV and .xlsx feeds only (so far)");
        }
        if (sheet != null && fmt != Format.xlsx) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sheet is for .xlsx workbooks only");
        }
        ReadOptions options = ReadOptions.defaults()
                .withFormat(fmt == Format.json ? FeedFormat.JSON_ARRAY : FeedFormat.NDJSON)
                .withStrict(!lenient);
        String source;
        long size = -1;
        InputStream raw;
        if (file == null) {
            raw = ValidateCommand.class.getResourceAsStream(SAMPLE);
            if (raw == null) {
                throw new Main.UserError("the bundled sample feed is missing from this jar");
            }
            source = texts.get("bundled");
        } else if (file.equals("-")) {
            raw = io.stdin();
            source = texts.get("stdin");
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
        }
        CountingInputStream counted = new CountingInputStream(raw);
        InputStream input = InputChecks.open(counted, fmt, file);
        Progress bar = new Progress(io.err(), progress != null ? progress : Progress.stderrIsTerminal(), size);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Optional<FeedReader.CutShort> cutShort = Optional.empty();
        FeedReport result;
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
                    throw new Main.UserError("cannot read " + source + ": " + e.getMessage());
                }
                try (TabularReader feed = reader;
                        TabularOutputs outputs =
                                TabularOutputs.open(rejects, valid, feed, Messages.forLocale(texts.locale()))) {
                    if (outputs.isEmpty()) {
                        // parsed on this thread, checked on the pool: the report equals --threads 1
                        Iterator<FeedRecord<RawApplicant>> read = new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return feed.hasNext();
                            }

                            @Override
                            public FeedRecord<RawApplicant> next() {
                                FeedRecord<RawApplicant> r = feed.next();
                                bar.update(feed.delivered(), counted.count);
                                return r;
                            }
                        };
                        result = validator.validate(read, FeedRecord::toFeedInput, workers);
                    } else {
                        // every record's verdict goes to the outputs as it is decided, in feed order
                        FeedRun run = validator.start();
                        while (feed.hasNext()) {
                            FeedRecord<RawApplicant> r = feed.next();
                            List<Violation> found = run.accept(FeedRecord.toFeedInput(r));
                            outputs.write(r.line(), feed.rowText().orElse(null), found);
                            bar.update(feed.delivered(), counted.count);
                        }
                        result = run.finish();
                    }
                    cutShort = feed.cutShort();
                }
            } finally {
                bar.done();
                if (spooled != null) {
                    Files.deleteIfExists(spooled);
                }
            }
        } else if (workers > 1 && options.format() == FeedFormat.NDJSON) {
            // NDJSON on several threads: this thread only cuts the stream into chunks of whole lines; the
            // pool reads (parses, binds) and checks each chunk; the cross-record rules follow in feed order
            try (InputStream in = input) {
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
                result = validator.validateChunks(read, c -> LineChunks.read(c, options), workers);
            } finally {
                bar.done();
            }
        } else {
            // one thread, or a JSON array (whose elements only one parser can find): this thread reads, the
            // pool (if any) applies the per-record rules
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
                result = validator.validate(read, FeedRecord::toFeedInput, workers);
                cutShort = reader.cutShort();
            } finally {
                bar.done();
            }
        }
        RunInfo info = new RunInfo(
                source,
                evaluation.describe(checker.programme(), texts),
                Main.Version.version(),
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
