// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.participation.Participant;
import id.prakerja.core.participation.ParticipationChecker;
import id.prakerja.core.validation.Messages;
import id.prakerja.core.validation.Violation;
import id.prakerja.json.BoundRecord;
import id.prakerja.json.RecordBinder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 §5: no Indonesian output carries an English sentence of the library. The English sentences are the
 * literal parts of every English template (violation messages, what-if texts, labels, meanings, reminders and
 * the report's texts), plus a few English words that only an English sentence has (Jackson's parser messages
 * and the binding's {@code expected} texts are English but are no template). They are searched for in every
 * Indonesian output: the messages, cures and pre-check answers of every conformance case ({@code check} in
 * process), the Indonesian text and HTML reports of the bundled sample feed, and single applicants that are
 * not well-formed or have a field of the wrong type.
 */
class IndonesianTextTest {

    private static final Path CONFORMANCE = Path.of("../../docs/conformance");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** English words that no Indonesian sentence of the library uses (whole words, any case). */
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}_])(the|was|were|is|are|expected|found|unexpected|character|must|should|skipped"
                    + "|invalid|only|of|and|once|field|integer|precision|lose|at line|column \\d)(?![\\p{L}_])");

    /** The English sentences of the library: literal runs of three words or more of its English templates. */
    static Set<String> englishSentences() {
        Set<String> indonesian = new LinkedHashSet<>();
        for (String r : List.of(
                "id/prakerja/core/validation/messages_id.properties",
                "id/prakerja/core/participation/reminders_id.properties",
                "id/prakerja/examples/feedvalidator/report_id.properties")) {
            for (String v : values(r)) {
                indonesian.add(normalise(v));
            }
        }
        Set<String> out = new TreeSet<>();
        for (String r : List.of(
                "id/prakerja/core/validation/messages_en.properties",
                "id/prakerja/core/participation/reminders_en.properties",
                "id/prakerja/examples/feedvalidator/report_en.properties")) {
            for (String v : values(r)) {
                for (String part : v.split("\\{[^}]*\\}")) {
                    String s = normalise(part.replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$", ""));
                    if (s.split("\\s+").length >= 3
                            && s.matches(".*\\p{L}{3,}.*")
                            && indonesian.stream().noneMatch(i -> i.contains(s))) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> values(String resource) {
        Properties p = new Properties();
        try (InputStream in = IndonesianTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.values().stream().map(String::valueOf).toList();
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** The English found in {@code text}: the library's sentences and the English-only words. */
    static List<String> english(String text, Set<String> sentences) {
        String n = normalise(text);
        List<String> found = new ArrayList<>();
        for (String s : sentences) {
            if (n.contains(s)) {
                found.add("\"" + s + "\"");
            }
        }
        Matcher m = ENGLISH_WORDS.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            int to = Math.min(text.length(), m.end() + 40);
            found.add(m.group() + " in …" + text.substring(from, to).replace('\n', ' ') + "…");
        }
        return found;
    }

    record Result(int exit, String out, String err) {}

    static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The texts meant for people in a pre-check answer: every string but the arguments and the codes. */
    static void prose(JsonNode node, String key, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("arguments")) {
                    prose(e.getValue(), e.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                prose(n, key, out);
            }
        } else if (node.isString()) {
            String s = node.asString();
            // codes, enum names, dates, field paths and pointers are not prose
            if (!s.matches("[A-Z0-9_]+|[\\d-]+|[\\w.\\[\\]/~]*") && !key.equals("field") && !key.equals("pointer")) {
                out.add(key + ": " + s);
            }
        }
    }

    static List<JsonNode> cases(String kind) {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CONFORMANCE.resolve(kind))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode c : JSON.readTree(Files.readString(f)).get("cases")) {
                    out.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out).as(kind).isNotEmpty();
        return out;
    }

    /** Every Indonesian pre-check answer of the eligibility conformance cases, through {@code check}. */
    static Map<String, String> eligibilityAnswers() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (JsonNode c : cases("eligibility")) {
            List<String> args = new ArrayList<>(List.of("check", "--locale", "id"));
            JsonNode input = c.get("input");
            if (c.has("date")) {
                // a wave and a date: the record names the wave (it takes precedence), ages on the date
                if (c.has("wave") && input.isObject() && !input.has("wave")) {
                    input = ((tools.jackson.databind.node.ObjectNode) input.deepCopy())
                            .put("wave", c.get("wave").asInt());
                }
                args.addAll(List.of("--date", c.get("date").asString()));
            } else if (c.has("wave")) {
                args.addAll(List.of("--wave", c.get("wave").asString()));
            }
            args.add("-");
            Result r = run(input.toString().getBytes(StandardCharsets.UTF_8), args.toArray(String[]::new));
            assertThat(r.exit()).as("%s: %s", c.get("name"), r.err()).isIn(0, 1);
            out.put("eligibility case '" + c.get("name").asString() + "'", r.out());
        }
        return out;
    }

    /** Single applicants the conformance files cannot carry: not an object, wrong types, a NIK as a number. */
    static Map<String, String> oddApplicants() {
        Map<String, String> inputs = Map.of(
                "an array instead of an object", "[1, 2]",
                "a string instead of an object", "\"3174015708990001\"",
                "a NIK as a number and a boolean wave", "{\"nik\": 3174015708990001, \"wave\": true}",
                "a NIK with a letter O and a bad date",
                        "{\"nik\": \"317401570899000O\", \"birthDate\": \"17-08-1999\"}",
                "a key twice", "{\"nik\": \"3174015708990001\", \"nik\": \"3174015708990001\"}",
                "an unknown field", "{\"nickname\": \"Siti\"}");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        inputs.forEach((name, json) -> {
            Result r = run(json.getBytes(StandardCharsets.UTF_8), "check", "--locale", "id", "--wave", "18", "-");
            assertThat(r.exit()).as("%s: %s", name, r.err()).isEqualTo(1);
            out.put("single applicant: " + name, r.out());
        });
        // invalid UTF-8 inside a string
        byte[] utf8 = {'{', '"', 'f', 'u', 'l', 'l', 'N', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};
        Result r = run(utf8, "check", "--locale", "id", "-");
        if (r.exit() == 1) {
            out.put("single applicant: invalid UTF-8", r.out());
        }
        return out;
    }

    private static List<String> proseOf(String preCheckJson) {
        List<String> texts = new ArrayList<>();
        prose(JSON.readTree(preCheckJson), "", texts);
        return texts;
    }

    /** The Indonesian messages of the participation and cooperation conformance cases. */
    static Map<String, String> ruleMessages() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Messages id = Messages.indonesian();
        for (JsonNode c : cases("participation")) {
            BoundRecord<Participant> bound =
                    RecordBinder.participants().bind(c.get("input").toString());
            List<Violation> vs = new ArrayList<>(bound.violations());
            bound.value()
                    .ifPresent(p -> vs.addAll(ParticipationChecker.standard()
                            .violations(
                                    p,
                                    c.has("date")
                                            ? LocalDate.parse(c.get("date").asString())
                                            : LocalDate.of(2026, 12, 1))));
            out.put("participation case '" + c.get("name").asString() + "'", messages(id, vs));
        }
        for (JsonNode c : cases("cooperation")) {
            JsonNode input = c.get("input");
            BoundRecord<CooperationAgreement> agreement =
                    RecordBinder.agreements().bind(input.get("agreement").toString());
            List<Violation> vs = new ArrayList<>(agreement.violations());
            agreement.value().ifPresent(a -> {
                vs.addAll(CooperationRules.standard().validate(a).violations());
                for (JsonNode act : input.path("activities")) {
                    BoundRecord<OutreachActivity> activity =
                            RecordBinder.activities().bind(act.toString());
                    vs.addAll(activity.violations());
                    activity.value()
                            .ifPresent(x -> vs.addAll(
                                    CooperationRules.standard().validate(a, x).violations()));
                }
            });
            out.put("cooperation case '" + c.get("name").asString() + "'", messages(id, vs));
        }
        return out;
    }

    private static String messages(Messages id, List<Violation> vs) {
        StringBuilder sb = new StringBuilder();
        for (Violation v : vs) {
            sb.append(id.format(v)).append('\n');
        }
        return sb.toString();
    }

    /** The Indonesian text and HTML reports of the bundled sample feed, with every sample. */
    static Map<String, String> sampleReports() {
        Result text = run(new byte[0], "validate", "--locale", "id", "--max-samples", "all");
        Result html = run(new byte[0], "validate", "--locale", "id", "--max-samples", "all", "--report", "html");
        assertThat(text.out()).contains("NIK");
        assertThat(html.out()).contains("<html");
        return Map.of("sample feed, text report", text.out(), "sample feed, HTML report", visible(html.out()));
    }

    /** The text a person sees in an HTML report. */
    static String visible(String html) {
        return html.replaceAll("(?s)<style.*?</style>|(?s)<script.*?</script>", " ")
                .replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /**
     * The Indonesian text and HTML reports of a tabular feed: {@code args} name the feed ({@code --format csv}
     * with no file for the bundled copy, or a file).
     */
    static Map<String, String> tabularReports(String name, String... feed) {
        List<String> text = new ArrayList<>(List.of("validate", "--locale", "id", "--max-samples", "all"));
        text.addAll(List.of(feed));
        List<String> html = new ArrayList<>(text);
        html.addAll(1, List.of("--report", "html"));
        Result t = run(new byte[0], text.toArray(String[]::new));
        Result h = run(new byte[0], html.toArray(String[]::new));
        assertThat(t.exit()).as("%s: %s", name, t.err()).isIn(0, 1);
        assertThat(h.exit()).as("%s: %s", name, h.err()).isIn(0, 1);
        assertThat(h.out()).contains("<html");
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put(name + ", text report", t.out());
        out.put(name + ", HTML report", visible(h.out()));
        return out;
    }

    /**
     * A CSV feed with every row problem the reader reports: a short row, a long row, a NUL, a byte that is not
     * UTF-8, and a quote left open at the end.
     */
    static Path hostileCsv(Path dir) throws IOException {
        String header = String.join(",", id.prakerja.tabular.TabularReader.columnNames());
        int width = id.prakerja.tabular.TabularReader.columnNames().size();
        String good = "3174015708990001,3174010101010001,Siti Aminah,1999-08-17,FEMALE,WNI,31,3174,JOB_SEEKER,false"
                + ",,,,,,18";
        assertThat(good.split(",", -1)).hasSize(width);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes((header + "\r\n" + good + "\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(("3174015708990001,Siti\r\n").getBytes(StandardCharsets.UTF_8)); // short
        b.writeBytes((good + ",extra,cells\r\n").getBytes(StandardCharsets.UTF_8)); // long
        b.writeBytes((good.replace("Siti Aminah", "Siti\u0000Aminah") + "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bad = (good.replace("Siti Aminah", "Siti#Aminah") + "\r\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length; i++) {
            if (bad[i] == '#') {
                bad[i] = (byte) 0xC3;
            }
        }
        b.writeBytes(bad);
        b.writeBytes((good.replace("Siti Aminah", "\"Siti Aminah") + "\r\n").getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve("hostile.csv"), b.toByteArray());
    }

    /** A workbook with a NIK stored as a number and a value right of the header's last column. */
    static Path hostileXlsx(Path dir) throws IOException {
        Path file = dir.resolve("hostile.xlsx");
        List<String> columns = id.prakerja.tabular.TabularReader.columnNames();
        List<String> good = List.of(
                "3174015708990001",
                "3174010101010001",
                "Siti Aminah",
                "1999-08-17",
                "FEMALE",
                "WNI",
                "31",
                "3174",
                "JOB_SEEKER",
                "false",
                "",
                "",
                "",
                "",
                "",
                "18");
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "tests", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Pendaftar");
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
            }
            for (int r = 1; r <= 2; r++) {
                for (int c = 0; c < good.size(); c++) {
                    if (!good.get(c).isEmpty()) {
                        ws.value(r, c, good.get(c));
                    }
                }
            }
            ws.value(1, columns.indexOf("nik"), 3174015708990001L); // a NIK stored as a number
            ws.value(2, columns.size() + 1, "extra"); // a value after the last column
            wb.finish();
        }
        return file;
    }

    /**
     * The Indonesian reports of the bundled CSV and workbook copies of the sample feed, and of a hostile CSV and
     * workbook, carry no English sentence: every row problem of a tabular feed is put in Indonesian words.
     */
    @Test
    void noIndonesianReportOfATabularFeedCarriesAnEnglishSentence(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Set<String> sentences = englishSentences();
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        outputs.putAll(tabularReports("sample feed (CSV)", "--format", "csv"));
        outputs.putAll(tabularReports("sample feed (.xlsx)", "--format", "xlsx"));
        outputs.putAll(tabularReports("hostile CSV", hostileCsv(dir).toString()));
        outputs.putAll(tabularReports("hostile workbook", hostileXlsx(dir).toString()));
        // the hostile feeds do report their rows
        assertThat(outputs.get("hostile CSV, text report")).contains("RECORD_MALFORMED");
        assertThat(outputs.get("hostile workbook, text report")).contains("FIELD_INVALID", "RECORD_MALFORMED");
        List<String> problems = new ArrayList<>();
        outputs.forEach((where, text) -> {
            for (String e : english(text, sentences)) {
                problems.add(where + ": " + e);
            }
            if (text.contains("kolom - ")) {
                problems.add(where + ": \"kolom - \"");
            }
        });
        assertThat(problems).as("English in Indonesian output").isEmpty();
    }

    /** A workbook whose first sheet, {@code sheet}, has {@code header} as its row 1 and no other row. */
    static Path workbook(Path file, String sheet, List<String> header) throws IOException {
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "tests", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(sheet);
            for (int c = 0; c < header.size(); c++) {
                ws.value(0, c, header.get(c));
            }
            wb.finish();
        }
        return file;
    }

    /**
     * A CSV or workbook that cannot be read (its header row, its sheet, the file itself) is one line on standard
     * error in the chosen language, exit 2, no stack trace, and a NIK in a header cell masked; in English the
     * line is prakerja-tabular's message as before.
     */
    @Test
    void aTabularFeedThatCannotBeReadIsOneLineInIndonesian(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        List<String> columns = id.prakerja.tabular.TabularReader.columnNames();
        String documented = String.join(", ", columns);
        // NIK for nik, no birthDate, sex twice and a column without a name
        String header = String.join(",", columns).replace("nik,", "NIK,").replace(",birthDate", "") + ",sex,";
        Path bad = Files.writeString(dir.resolve("bad-header.csv"), header + "\n");
        String name = id.prakerja.core.identity.Nik.maskNumbersIn(bad.toString());
        Result id = run(new byte[0], "validate", "--locale", "id", bad.toString());
        assertThat(id.exit()).isEqualTo(2);
        assertThat(id.out()).isEmpty();
        assertThat(id.err())
                .isEqualTo("feed-validator: tidak dapat membaca " + name + ": baris judul (baris 1) tidak dapat"
                        + " dipakai: kolom wajib nik, birthDate tidak ada (huruf besar dan kecil pada nama kolom"
                        + " dibedakan: 'NIK' seharusnya 'nik'); kolom 'sex' muncul dua kali (kolom D dan P); kolom Q"
                        + " tidak bernama. Nama kolom mengikuti format data pendaftar: " + documented
                        + " (docs/wire-formats.md)\n");
        // Indonesian is the default; English is the library's message, as before
        assertThat(run(new byte[0], "validate", bad.toString()).err()).isEqualTo(id.err());
        Result en = run(new byte[0], "validate", "--locale", "en", bad.toString());
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err())
                .isEqualTo("feed-validator: cannot read " + name + ": the header (row 1) cannot be used: required"
                        + " columns nik, birthDate are missing (names are case-sensitive: 'NIK' should be 'nik');"
                        + " column 'sex' appears twice (columns D and P); column Q has no name. Columns are named as"
                        + " the applicant wire format: " + documented + " (docs/wire-formats.md)\n");

        Map<String, Result> outputs = new java.util.LinkedHashMap<>();
        outputs.put("bad CSV header", id);
        // a data row given as the header: its NIK is a column name, twice
        Path row = Files.writeString(dir.resolve("row.csv"), "3174015708990001,3174015708990001,Siti Aminah\n");
        outputs.put("a data row as the CSV header", run(new byte[0], "validate", "--locale", "id", row.toString()));
        // an unnamed column, and a NIK as a column name twice (empty cells after the last column are no column)
        Path sheet = workbook(
                dir.resolve("bad-header.xlsx"),
                "Pendaftar",
                List.of("nik", "", "3174015708990001", "3174015708990001"));
        outputs.put("bad workbook header", run(new byte[0], "validate", "--locale", "id", sheet.toString()));
        outputs.put(
                "no such sheet", run(new byte[0], "validate", "--locale", "id", "--sheet", "Data", sheet.toString()));
        Path utf16 = Files.write(dir.resolve("utf16.csv"), (header + "\n").getBytes(StandardCharsets.UTF_16));
        outputs.put("UTF-16 CSV", run(new byte[0], "validate", "--locale", "id", utf16.toString()));
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        outputs.put("empty CSV", run(new byte[0], "validate", "--locale", "id", empty.toString()));
        Path notXlsx = Files.writeString(dir.resolve("text.xlsx"), header + "\n");
        outputs.put("text as .xlsx", run(new byte[0], "validate", "--locale", "id", notXlsx.toString()));
        outputs.put(
                "bad header on standard input",
                run((header + "\n").getBytes(StandardCharsets.UTF_8), "validate", "--format", "csv", "-"));

        Set<String> sentences = englishSentences();
        List<String> problems = new ArrayList<>();
        outputs.forEach((where, r) -> {
            if (r.exit() != 2) {
                problems.add(where + ": exit " + r.exit());
            }
            if (!r.err().startsWith("feed-validator: tidak dapat membaca ")
                    || r.err().indexOf('\n') != r.err().length() - 1) {
                problems.add(where + ": not one Indonesian line: " + r.err());
            }
            if (r.err().contains("Exception") || r.err().contains("\tat ")) {
                problems.add(where + ": a stack trace or class name: " + r.err());
            }
            if (r.err().contains("3174015708990001")) {
                problems.add(where + ": a full NIK: " + r.err());
            }
            for (String e : english(r.err(), sentences)) {
                problems.add(where + ": " + e);
            }
        });
        assertThat(problems).as("Indonesian one-line errors").isEmpty();
        assertThat(outputs.get("a data row as the CSV header").err())
                .contains("kolom '3174********0001' muncul dua kali (kolom A dan B)");
        assertThat(outputs.get("bad workbook header").err())
                .contains("kolom wajib familyCardNumber, fullName")
                .contains("kolom B tidak bernama")
                .contains("kolom '3174********0001' muncul dua kali (kolom C dan D)");
        assertThat(outputs.get("no such sheet").err())
                .endsWith(": buku kerja ini tidak memiliki lembar kerja 'Data'; lembar kerjanya: 'Pendaftar'\n");
        assertThat(outputs.get("UTF-16 CSV").err()).contains("UTF-16").contains("\"CSV UTF-8\"");
        assertThat(outputs.get("bad header on standard input").err())
                .startsWith("feed-validator: tidak dapat membaca -: baris judul (baris 1) tidak dapat dipakai:");
    }

    @Test
    void theEnglishSentencesAreCollectedFromEveryEnglishTemplate() {
        Set<String> sentences = englishSentences();
        assertThat(sentences).contains("the value of", "every record is valid").hasSizeGreaterThan(100);
        // the search finds them, and the English-only words, in an English text
        assertThat(english("The record is not well-formed: Unexpected character", sentences))
                .isNotEmpty();
        assertThat(english("Rekaman tidak terbentuk dengan benar: sintaks JSON tidak valid", sentences))
                .isEmpty();
    }

    @Test
    void noIndonesianOutputCarriesAnEnglishSentence() {
        Set<String> sentences = englishSentences();
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        eligibilityAnswers().forEach((k, v) -> outputs.put(k, String.join("\n", proseOf(v))));
        oddApplicants().forEach((k, v) -> outputs.put(k, String.join("\n", proseOf(v))));
        outputs.putAll(ruleMessages());
        outputs.putAll(sampleReports());
        List<String> problems = new ArrayList<>();
        outputs.forEach((where, text) -> {
            for (String e : english(text, sentences)) {
                problems.add(where + ": " + e);
            }
            // a what-if or message of a violation without a field does not print "-" as the field
            if (text.contains("kolom - ")) {
                problems.add(where + ": \"kolom - \"");
            }
        });
        assertThat(outputs).hasSizeGreaterThan(100);
        assertThat(problems).as("English in Indonesian output").isEmpty();
    }
}
