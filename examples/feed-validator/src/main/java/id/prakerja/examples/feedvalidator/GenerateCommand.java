// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.program.Programme;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.tabular.TabularReader;
import id.prakerja.testkit.ApplicantGenerator;
import id.prakerja.testkit.Applicants;
import id.prakerja.testkit.FeedGenerator;
import id.prakerja.testkit.FeedLine;
import id.prakerja.testkit.Feeds;
import id.prakerja.testkit.GeneratedFeed;
import id.prakerja.testkit.Seeds;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * {@code generate}: writes a seeded feed of synthetic applicants, each valid at a wave or breaking exactly one
 * chosen rule code, and optionally the expected outcome of every record, so that a portal in any language
 * can be tested against the library's rules. The records come from prakerja-testkit's {@link Feeds}.
 */
@CommandLine.Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        description = {
            "Writes a seeded feed of synthetic applicants (NDJSON or CSV): some valid at the wave, the others",
            "breaking exactly one chosen rule code each, and with --expected the expected outcome of every record.",
            "The same options and seed give the same bytes. 'validate --wave N' on the feed gives those outcomes.",
            "Exit status: 0 written, 2 usage error or a failed write."
        })
final class GenerateCommand implements Callable<Integer> {

    /** The most records one run generates: the feed is built in memory (200,000 take about 1.6 GB). */
    static final int MAX_COUNT = 200_000;

    /** The CSV header: the documented column names of a tabular feed, in wire order (prakerja-tabular's). */
    static final List<String> CSV_COLUMNS = TabularReader.columnNames();

    /** Codes that only a feed (not one record of a CSV) can carry as they are generated for NDJSON. */
    private static final Set<RuleCode> NOT_IN_CSV = EnumSet.of(RuleCode.FIELD_UNKNOWN);

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+]?[0-9]+");
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");

    enum Format {
        ndjson,
        csv
    }

    private final Main.Io io;

    @CommandLine.Option(
            names = "--wave",
            paramLabel = "N",
            description = "The wave the records are valid at, or break a rule of (default: the latest known).")
    Integer wave;

    @CommandLine.Option(
            names = "--count",
            paramLabel = "N",
            defaultValue = "100",
            description = "How many records (default: ${DEFAULT-VALUE}).")
    int count;

    @CommandLine.Option(
            names = "--breaking",
            paramLabel = "CODE",
            split = ",",
            description = "The rule codes to break (comma-separated), one per invalid record, spread evenly; 'all'"
                    + " for every code a feed can carry at the wave (default: none, every record valid).")
    List<String> breaking;

    @CommandLine.Option(
            names = "--valid-share",
            paramLabel = "S",
            description = "The share of valid records, from 0 to 1 (default: 0.5 with --breaking, else 1).")
    Double validShare;

    @CommandLine.Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "The seed (default: ${DEFAULT-VALUE}); the same seed and options give the same bytes.")
    long seed;

    @CommandLine.Option(
            names = "--format",
            paramLabel = "ndjson|csv",
            description = "Feed format: ${COMPLETION-CANDIDATES} (default: csv for an --output ending in .csv,"
                    + " else ndjson).")
    Format format;

    @CommandLine.Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Write the feed to FILE (default: standard output, but never to a terminal).")
    Path output;

    @CommandLine.Option(
            names = "--expected",
            paramLabel = "FILE",
            description = "Write the expected outcome of every record to FILE: one JSON object a line, {\"line\":N,"
                    + "\"valid\":true|false,\"codes\":[...]} (and \"firstLine\" for FEED_DUPLICATE_NIK).")
    Path expected;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    GenerateCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        try {
            return generate();
        } catch (OutOfMemoryError e) {
            // the feed is unreachable once generate() has unwound: there is room for one line
            long max = Runtime.getRuntime().maxMemory();
            throw new Main.UserError("out of memory generating " + count + " records (maximum Java heap "
                    + (max == Long.MAX_VALUE ? "no limit" : (max >> 20) + " MiB")
                    + "): the feed is built in memory; lower --count or run java with a larger -Xmx");
        }
    }

    private int generate() {
        Programme programme = EligibilityChecker.standard().programme();
        int w = wave != null ? wave : programme.waves().latest().number();
        if (!programme.waves().contains(w)) {
            throw bad("--wave " + w + ": the known waves are 1 to "
                    + programme.waves().size());
        }
        if (count < 1 || count > MAX_COUNT) {
            throw bad("--count must be from 1 to " + MAX_COUNT);
        }
        Format fmt = format != null
                ? format
                : output != null && output.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                        ? Format.csv
                        : Format.ndjson;
        FeedGenerator feeds = Feeds.ndjson(Applicants.valid().atWave(w));
        Set<RuleCode> codes = codes(feeds, w, fmt);
        if (validShare != null && (validShare.isNaN() || validShare < 0 || validShare > 1)) {
            throw bad("--valid-share must be from 0 to 1");
        }
        if (codes.isEmpty() && validShare != null && validShare < 1) {
            throw bad("--valid-share below 1 needs --breaking: which codes should the invalid records break?");
        }
        double share = validShare != null ? validShare : codes.isEmpty() ? 1 : 0.5;
        int valid = (int) Math.round(count * share);
        int invalid = count - valid;
        if (!codes.isEmpty() && invalid < codes.size()) {
            throw bad("--count " + count + " with a valid share of " + share + " leaves " + invalid
                    + " invalid records for " + codes.size() + " codes to break: raise --count or lower --valid-share");
        }
        Map<RuleCode, Integer> perCode = new EnumMap<>(RuleCode.class);
        int i = 0;
        for (RuleCode code : codes) {
            perCode.put(code, invalid / codes.size() + (i++ < invalid % codes.size() ? 1 : 0));
        }
        requireRoomFor(
                perCode, valid, programme.inForce(w).familyQuota().value().orElse(0));
        FeedGenerator configured = feeds.valid(valid);
        for (Map.Entry<RuleCode, Integer> e : perCode.entrySet()) {
            configured = configured.defects(e.getKey(), e.getValue());
        }
        // checked before the work: the feed is never shown on a terminal
        if (output == null && io.out() instanceof FileOutputStream && stdoutIsTerminal()) {
            throw new Main.UserError("the feed holds full (synthetic) NIKs and family-card numbers, and standard output"
                    + " is a terminal: give --output FILE or redirect standard output");
        }
        GeneratedFeed feed;
        try {
            feed = configured.generate(seed);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("cannot generate this feed: " + e.getMessage());
        }
        List<String> records = fmt == Format.ndjson ? ndjsonLines(feed) : csvRows(feed, w, seed);
        int offset = fmt == Format.csv ? 1 : 0; // CSV rows are numbered from the header, row 1
        write(output, fmt == Format.csv ? csvLine(CSV_COLUMNS) : null, records);
        if (expected != null) {
            List<String> outcomes = new ArrayList<>(feed.lines().size());
            for (FeedLine line : feed.lines()) {
                StringBuilder sb = new StringBuilder("{\"line\":")
                        .append(line.number() + offset)
                        .append(",\"valid\":");
                sb.append(line.isValid()).append(",\"codes\":[");
                line.expectedCode()
                        .ifPresent(c -> sb.append('"').append(c.name()).append('"'));
                sb.append(']');
                if (line.firstLine().isPresent()) {
                    sb.append(",\"firstLine\":").append(line.firstLine().getAsInt() + offset);
                }
                outcomes.add(sb.append('}').toString());
            }
            write(expected, null, outcomes);
        }
        return Main.ExitCodes.OK;
    }

    /** The codes of {@code --breaking}, checked against what a feed of the format can carry at the wave. */
    private Set<RuleCode> codes(FeedGenerator feeds, int w, Format fmt) {
        Set<RuleCode> carried = EnumSet.copyOf(feeds.defectCodes());
        if (fmt == Format.csv) {
            carried.removeAll(NOT_IN_CSV);
        }
        Set<RuleCode> out = EnumSet.noneOf(RuleCode.class);
        if (breaking == null) {
            return out;
        }
        for (String name : breaking) {
            String n = name.strip();
            if (n.equalsIgnoreCase("all")) {
                out.addAll(carried);
                continue;
            }
            RuleCode code;
            try {
                code = RuleCode.valueOf(n.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad("--breaking " + n + ": not a rule code; at wave " + w + " " + article(fmt)
                        + " feed can carry " + join(carried));
            }
            if (!carried.contains(code)) {
                String why = fmt == Format.csv && NOT_IN_CSV.contains(code)
                        ? "a CSV feed cannot carry it on one record (an unknown column is unknown on every row)"
                        : article(fmt) + " feed at wave " + w + " cannot carry it";
                throw bad("--breaking " + code + ": " + why + "; it can carry " + join(carried));
            }
            out.add(code);
        }
        return out;
    }

    /** Duplicates need valid originals and family-quota breaches families of valid members. */
    private void requireRoomFor(Map<RuleCode, Integer> perCode, int valid, int quota) {
        int duplicates = perCode.getOrDefault(RuleCode.FEED_DUPLICATE_NIK, 0);
        int breaches = perCode.getOrDefault(RuleCode.ELIGIBILITY_FAMILY_QUOTA, 0);
        int needed = duplicates + (breaches > 0 ? quota : 0);
        if (valid < needed) {
            throw bad("--count " + count + " leaves " + valid + " valid records, but "
                    + (duplicates > 0 ? duplicates + " FEED_DUPLICATE_NIK records need as many valid originals" : "")
                    + (duplicates > 0 && breaches > 0 ? " and " : "")
                    + (breaches > 0 ? "ELIGIBILITY_FAMILY_QUOTA needs a family of " + quota + " valid members" : "")
                    + ": raise --count or --valid-share to have at least " + needed + " valid records");
        }
    }

    private static String article(Format fmt) {
        return fmt == Format.csv ? "a CSV" : "an NDJSON";
    }

    private static String join(Set<RuleCode> codes) {
        StringJoiner j = new StringJoiner(", ");
        codes.forEach(c -> j.add(c.name()));
        return j.toString();
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static List<String> ndjsonLines(GeneratedFeed feed) {
        List<String> out = new ArrayList<>(feed.lines().size());
        for (FeedLine line : feed.lines()) {
            out.add(line.text());
        }
        return out;
    }

    /**
     * The records as CSV rows. A record whose values a CSV cell cannot carry as the JSON line does (an empty
     * string, which a CSV reads as an absent field; a list element with a {@code ;} or surrounding spaces; a
     * boolean or number written as text) is drawn again from the same one-rule-breaking generator, with a
     * random of its own seed, so that the row still breaks exactly its code. A malformed record is a row of
     * one cell (the header has {@link #CSV_COLUMNS} cells): {@code RECORD_MALFORMED}.
     */
    private static List<String> csvRows(GeneratedFeed feed, int w, long seed) {
        Set<String> niks = new HashSet<>();
        Set<String> cards = new HashSet<>();
        for (FeedLine line : feed.lines()) {
            line.raw().ifPresent(r -> {
                niks.add(String.valueOf(r.nik()));
                cards.add(String.valueOf(r.familyCardNumber()));
            });
        }
        List<String> out = new ArrayList<>(feed.lines().size());
        for (FeedLine line : feed.lines()) {
            if (line.raw().isEmpty()) {
                out.add(csvLine(List.of(line.text())));
                continue;
            }
            RawApplicant raw = line.raw().get();
            if (!fitsCsv(raw)) {
                RuleCode code = line.expectedCode()
                        .filter(c -> c != RuleCode.FEED_DUPLICATE_NIK && c != RuleCode.ELIGIBILITY_FAMILY_QUOTA)
                        .orElseThrow(() -> new Main.UserError(
                                "cannot write record " + line.number() + " of this seed as CSV: try another --seed"));
                raw = redraw(code, w, seed, line.number(), niks, cards);
            }
            out.add(csvLine(cells(raw)));
        }
        return out;
    }

    private static RawApplicant redraw(
            RuleCode code, int w, long seed, int number, Set<String> niks, Set<String> cards) {
        ApplicantGenerator<RawApplicant> gen = Applicants.valid().atWave(w).breaking(code);
        RandomGenerator r = Seeds.random(seed * 0x9E3779B97F4A7C15L + number);
        for (int tries = 0; tries < 10_000; tries++) {
            RawApplicant candidate = gen.next(r);
            String nik = String.valueOf(candidate.nik());
            String card = String.valueOf(candidate.familyCardNumber());
            if (fitsCsv(candidate) && !niks.contains(nik) && !cards.contains(card)) {
                niks.add(nik);
                cards.add(card);
                return candidate;
            }
        }
        throw new Main.UserError("cannot write a CSV record breaking " + code + ": try another --seed");
    }

    /** Whether every value of {@code raw} reads back from a CSV cell as the JSON line carries it. */
    static boolean fitsCsv(RawApplicant raw) {
        for (String s : new String[] {
            raw.nik(),
            raw.familyCardNumber(),
            raw.fullName(),
            raw.birthDate(),
            raw.sex(),
            raw.citizenship(),
            raw.domicileProvinceCode(),
            raw.domicileRegencyCode(),
            raw.workforceCategory(),
            raw.occupation(),
            raw.priorParticipation()
        }) {
            if (s != null && !plainCell(s)) {
                return false;
            }
        }
        for (String id : new String[] {raw.nik(), raw.familyCardNumber()}) {
            if (id != null && SCIENTIFIC.matcher(id).matches()) {
                return false;
            }
        }
        String edu = raw.inFormalEducation();
        if (edu != null && !edu.equals("true") && !edu.equals("false")) {
            return false;
        }
        for (String n : new String[] {raw.otherFamilyRecipients(), raw.wave()}) {
            if (n != null && !CANONICAL_INTEGER.matcher(n).matches()) {
                return false;
            }
        }
        for (List<String> list : List.of(
                raw.socialAssistance() == null ? List.<String>of() : raw.socialAssistance(),
                raw.familySocialAssistance() == null ? List.<String>of() : raw.familySocialAssistance())) {
            for (String s : list) {
                if (s == null || !plainCell(s) || s.indexOf(';') >= 0 || !s.equals(s.strip())) {
                    return false;
                }
            }
        }
        return true; // an empty list and an empty cell both mean none
    }

    /** Not empty (an empty cell is an absent field), no NUL (a malformed row), no lone surrogate (not UTF-8). */
    private static boolean plainCell(String s) {
        if (s.isEmpty() || s.indexOf('\0') >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> cells(RawApplicant a) {
        List<String> c = new ArrayList<>(CSV_COLUMNS.size());
        c.add(a.nik());
        c.add(a.familyCardNumber());
        c.add(a.fullName());
        c.add(a.birthDate());
        c.add(a.sex());
        c.add(a.citizenship());
        c.add(a.domicileProvinceCode());
        c.add(a.domicileRegencyCode());
        c.add(a.workforceCategory());
        c.add(a.inFormalEducation());
        c.add(a.occupation());
        c.add(a.socialAssistance() == null ? null : String.join(";", a.socialAssistance()));
        c.add(a.familySocialAssistance() == null ? null : String.join(";", a.familySocialAssistance()));
        c.add(a.priorParticipation());
        c.add(a.otherFamilyRecipients());
        c.add(a.wave());
        return c;
    }

    /** One RFC 4180 row: a cell is quoted when it holds a comma, a quote, a line break or edge spaces. */
    static String csvLine(List<String> cells) {
        StringJoiner j = new StringJoiner(",");
        for (String cell : cells) {
            if (cell == null) {
                j.add("");
            } else if (cell.indexOf(',') >= 0
                    || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0
                    || cell.indexOf(';') >= 0
                    || !cell.equals(cell.strip())) {
                j.add('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                j.add(cell);
            }
        }
        return j.toString();
    }

    /** Writes {@code header} (if any) and every line, each ending with {@code \n}; any failure is an error. */
    private void write(Path file, String header, List<String> lines) {
        OutputStream stream;
        String name;
        if (file == null) {
            stream = io.out();
            name = "standard output";
        } else {
            name = file.toString();
            if (Files.isDirectory(file)) {
                throw new Main.UserError("cannot write " + name + ": it is a directory");
            }
            try {
                stream = Files.newOutputStream(file);
            } catch (IOException e) {
                throw new Main.UserError("cannot write " + name + ": " + Main.reason(e));
            }
        }
        ReportWriter out = ReportWriter.to(stream, name);
        try {
            if (header != null) {
                out.print(header);
                out.print("\n");
            }
            for (String line : lines) {
                out.print(line);
                out.print("\n");
            }
            out.flush();
        } finally {
            if (file != null) {
                out.close();
            }
        }
    }

    /** Whether standard output is an interactive terminal (Linux: fd 1 is a tty device). */
    static boolean stdoutIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/1");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
            return false;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
