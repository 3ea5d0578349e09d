// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.internal.Resources;
import id.prakerja.core.validation.InvalidValueException;
import id.prakerja.core.validation.LegalReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The dated programme parameters: for every {@link ParameterKey}, values keyed by the first wave they
 * apply to, each with its {@link LegalReference}.
 *
 * <pre>{@code
 * ProgramParameters p = ProgramParameters.standard();
 * p.at(ParameterKey.MAXIMUM_AGE, 17).value();   // Optional.empty (no upper limit)
 * p.at(ParameterKey.MAXIMUM_AGE, 18).value();   // Optional[64]
 * p.at(ParameterKey.FAMILY_QUOTA, 12).reference().citation();
 * // "Pengumuman persyaratan Gelombang 12 (Menko Perekonomian), 2021-02-23"
 * }</pre>
 *
 * <p>The standard table is the resource {@code id/prakerja/core/program/parameters.txt}. Its syntax:
 *
 * <pre>
 * # a comment
 * reference perpres-113-2022 = REGULATION | Perpres 113/2022 | - | Skema normal mulai 2023 | C
 * reference pmo-wave-12 = ANNOUNCEMENT | Pengumuman Gelombang 12 | 2021-02-23 | Maksimal 2 penerima per KK | C
 * reference bps = SECONDARY | BPS, manual Sakernas | 2021-08-16 | Usia 18-64 sejak gelombang 18 | U
 * familyQuota @1 = none ; perpres-36-2020
 * familyQuota @12 = 2 ; pmo-wave-12
 * </pre>
 *
 * <p>Loading is strict: an unknown parameter, a value without a reference, an unknown or unused
 * reference, a duplicate row, a parameter without a value at wave 1 or an unreadable value throws
 * {@link ProgramDataException} naming the file, the line and the key. A new regulation is a new row.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProgramParameters {

    /** The resource holding the standard table. */
    public static final String RESOURCE = "/id/prakerja/core/program/parameters.txt";

    private final String source;
    private final Map<ParameterKey<?>, NavigableMap<Integer, DatedValue<?>>> table;

    private ProgramParameters(String source, Map<ParameterKey<?>, NavigableMap<Integer, DatedValue<?>>> table) {
        this.source = source;
        this.table = table;
    }

    private static final class Standard {
        static final ProgramParameters INSTANCE = loadResource();

        private static ProgramParameters loadResource() {
            return Resources.load(ProgramParameters.class, RESOURCE, ProgramParameters::load);
        }
    }

    /** The parameters shipped with the library. */
    public static ProgramParameters standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads a parameter table (see the class comment for the syntax); {@code source} names it in errors.
     * The reader is not closed.
     *
     * @throws ProgramDataException on the first problem, naming the source, the line and the key
     */
    public static ProgramParameters load(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        Map<String, LegalReference> references = new LinkedHashMap<>();
        Map<String, Integer> referenceLines = new LinkedHashMap<>();
        Set<String> usedReferences = new HashSet<>();
        Map<ParameterKey<?>, NavigableMap<Integer, DatedValue<?>>> table = new LinkedHashMap<>();
        for (ParameterKey<?> key : ParameterKey.all()) {
            table.put(key, new TreeMap<>());
        }
        List<String[]> pending = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = (lineNo == 1 ? stripBom(line) : line).trim();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("reference ")) {
                    readReference(t, source, lineNo, references, referenceLines);
                } else {
                    pending.add(new String[] {t, Integer.toString(lineNo)});
                }
            }
        } catch (IOException e) {
            throw new ProgramDataException(source, lineNo, "", "cannot read: " + e.getMessage());
        }
        for (String[] p : pending) {
            readValue(p[0], source, Integer.parseInt(p[1]), references, usedReferences, table);
        }
        for (Map.Entry<ParameterKey<?>, NavigableMap<Integer, DatedValue<?>>> e : table.entrySet()) {
            if (!e.getValue().containsKey(1)) {
                throw new ProgramDataException(
                        source,
                        0,
                        e.getKey().name(),
                        "every parameter needs a value from wave 1 ('"
                                + e.getKey().name() + " @1 = … ; <reference>')");
            }
        }
        for (Map.Entry<String, Integer> r : referenceLines.entrySet()) {
            if (!usedReferences.contains(r.getKey())) {
                throw new ProgramDataException(source, r.getValue(), r.getKey(), "the reference is never used");
            }
        }
        Map<ParameterKey<?>, NavigableMap<Integer, DatedValue<?>>> frozen = new LinkedHashMap<>();
        table.forEach((k, v) -> frozen.put(k, Collections.unmodifiableNavigableMap(v)));
        return new ProgramParameters(source, Collections.unmodifiableMap(frozen));
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }

    private static void readReference(
            String t,
            String source,
            int lineNo,
            Map<String, LegalReference> references,
            Map<String, Integer> referenceLines) {
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new ProgramDataException(
                    source,
                    lineNo,
                    "",
                    "expected 'reference <id> = REGULATION | <instrument> | <article or -> | <title> | <C, L or U>'");
        }
        String id = t.substring("reference ".length(), eq).trim();
        if (id.isEmpty() || id.contains(" ")) {
            throw new ProgramDataException(source, lineNo, id, "a reference id is one word");
        }
        String[] parts = t.substring(eq + 1).split("\\|", -1);
        if (parts.length != 5) {
            throw new ProgramDataException(
                    source,
                    lineNo,
                    id,
                    "expected 5 parts separated by '|': kind | instrument | article, date or '-' | title | confidence"
                            + " (C, L or U); found " + parts.length);
        }
        String kind = parts[0].trim();
        String instrument = parts[1].trim();
        String third = parts[2].trim();
        String title = parts[3].trim();
        String conf = parts[4].trim();
        LegalReference ref;
        try {
            LegalReference.Confidence confidence = confidence(conf, source, lineNo, id);
            if (kind.equals("REGULATION")) {
                ref = LegalReference.of(
                        LegalReference.Kind.REGULATION,
                        instrument,
                        third.equals("-") ? Optional.empty() : Optional.of(third),
                        Optional.empty(),
                        title,
                        confidence);
            } else if (kind.equals("ANNOUNCEMENT") || kind.equals("SECONDARY")) {
                ref = LegalReference.of(
                        LegalReference.Kind.valueOf(kind),
                        instrument,
                        Optional.empty(),
                        third.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(third)),
                        title,
                        confidence);
            } else {
                throw new ProgramDataException(
                        source,
                        lineNo,
                        id,
                        "the kind must be REGULATION, ANNOUNCEMENT or SECONDARY, found '" + kind + "'");
            }
        } catch (DateTimeParseException e) {
            throw new ProgramDataException(
                    source,
                    lineNo,
                    id,
                    "an announcement or secondary source gives its date as YYYY-MM-DD, or '-' when it is not known;"
                            + " found '" + third + "'");
        } catch (InvalidValueException e) {
            throw new ProgramDataException(source, lineNo, id, e.getMessage());
        }
        if (references.putIfAbsent(id, ref) != null) {
            throw new ProgramDataException(
                    source, lineNo, id, "the reference is already defined on line " + referenceLines.get(id));
        }
        referenceLines.put(id, lineNo);
    }

    private static LegalReference.Confidence confidence(String text, String source, int lineNo, String id) {
        switch (text) {
            case "C":
                return LegalReference.Confidence.CERTAIN;
            case "L":
                return LegalReference.Confidence.LIKELY;
            case "U":
                return LegalReference.Confidence.UNCERTAIN;
            default:
                throw new ProgramDataException(
                        source,
                        lineNo,
                        id,
                        "the confidence must be C (certain), L (likely) or U (uncertain), found '" + text + "'");
        }
    }

    private static void readValue(
            String t,
            String source,
            int lineNo,
            Map<String, LegalReference> references,
            Set<String> used,
            Map<ParameterKey<?>, NavigableMap<Integer, DatedValue<?>>> table) {
        int at = t.indexOf('@');
        int eq = t.indexOf('=');
        if (at < 0 || eq < at) {
            throw new ProgramDataException(
                    source,
                    lineNo,
                    "",
                    "expected '<parameter> @<first wave> = <value> ; <reference>', found '" + t + "'");
        }
        String name = t.substring(0, at).trim();
        ParameterKey<?> key = ParameterKey.named(name)
                .orElseThrow(() -> new ProgramDataException(
                        source, lineNo, name, "unknown parameter; known parameters: " + ParameterKey.all()));
        int wave;
        try {
            wave = Integer.parseInt(t.substring(at + 1, eq).trim());
        } catch (NumberFormatException e) {
            throw new ProgramDataException(source, lineNo, name, "the first wave after '@' must be a whole number");
        }
        if (wave < 1) {
            throw new ProgramDataException(source, lineNo, name, "waves are numbered from 1, found " + wave);
        }
        String rest = t.substring(eq + 1);
        int semi = rest.lastIndexOf(';');
        if (semi < 0 || rest.substring(semi + 1).isBlank()) {
            throw new ProgramDataException(
                    source, lineNo, name, "the value has no legal reference: write '… = <value> ; <reference id>'");
        }
        String refId = rest.substring(semi + 1).trim();
        LegalReference ref = references.get(refId);
        if (ref == null) {
            throw new ProgramDataException(
                    source,
                    lineNo,
                    name,
                    "unknown reference '" + refId + "'; define it with 'reference " + refId + " = …'");
        }
        used.add(refId);
        Object value;
        try {
            value = key.parse(rest.substring(0, semi));
        } catch (IllegalArgumentException e) {
            throw new ProgramDataException(source, lineNo, name, e.getMessage());
        }
        DatedValue<?> dated = new DatedValue<>(value, wave, ref);
        if (table.get(key).putIfAbsent(wave, dated) != null) {
            throw new ProgramDataException(source, lineNo, name, "a value from wave " + wave + " is already given");
        }
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    /**
     * The value of {@code key} in force at {@code wave}: the value with the greatest first wave not after
     * {@code wave}.
     *
     * @throws IllegalArgumentException if {@code wave} is below 1
     */
    @SuppressWarnings("unchecked")
    public <T> DatedValue<T> at(ParameterKey<T> key, int wave) {
        if (wave < 1) {
            throw new IllegalArgumentException("waves are numbered from 1, got " + wave);
        }
        return (DatedValue<T>) table.get(key).floorEntry(wave).getValue();
    }

    /** Every value of {@code key}, by first wave. */
    @SuppressWarnings("unchecked")
    public <T> List<DatedValue<T>> history(ParameterKey<T> key) {
        List<DatedValue<T>> out = new ArrayList<>();
        for (DatedValue<?> v : table.get(key).values()) {
            out.add((DatedValue<T>) v);
        }
        return List.copyOf(out);
    }

    /**
     * The first wave whose value of {@code key} satisfies {@code test}, or {@code -1} if no value does.
     */
    public <T> int firstWaveWhere(ParameterKey<T> key, Predicate<? super T> test) {
        for (DatedValue<T> v : history(key)) {
            if (test.test(v.value())) {
                return v.fromWave();
            }
        }
        return -1;
    }

    /**
     * The reference of this table cited as {@code citation} ({@link LegalReference#citation()}), if any: for
     * a report that holds citations only and prints their kind and confidence.
     */
    public Optional<LegalReference> cited(String citation) {
        for (NavigableMap<Integer, DatedValue<?>> values : table.values()) {
            for (DatedValue<?> v : values.values()) {
                if (v.reference().citation().equals(citation)) {
                    return Optional.of(v.reference());
                }
            }
        }
        return Optional.empty();
    }

    /** The parameters in force at {@code wave}. */
    public ParametersInForce inForce(int wave) {
        return new ParametersInForce(this, wave);
    }

    @Override
    public String toString() {
        return "ProgramParameters[" + source + "]";
    }
}
