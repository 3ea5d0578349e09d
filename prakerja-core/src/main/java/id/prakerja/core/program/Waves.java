// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.program;

import id.prakerja.core.internal.Csv;
import id.prakerja.core.internal.Resources;
import id.prakerja.core.validation.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The programme's waves, with lookup by number and by date.
 *
 * <pre>{@code
 * Waves waves = Waves.standard();
 * waves.wave(12).openingDate();            // Optional[2021-02-23]
 * waves.at(LocalDate.of(2021, 7, 1));      // Optional[Wave 17] (the latest wave opened by that day)
 * waves.latest().number();                 // 71
 * }</pre>
 *
 * <h2>Data and approximation</h2>
 *
 * The standard table is the resource {@code id/prakerja/core/program/waves.csv}: one row per wave with
 * its programme year, the opening and closing days where public sources give them (the sources are in the
 * row), bounds from the sources where only a window is known ({@code opened_not_before},
 * {@code opened_not_after}), and the confidence. No date is invented: where the opening day is unknown,
 * {@link Wave#openingDate()} is empty and {@link Wave#evaluationDate()} is approximated as follows.
 *
 * <ol>
 *   <li>Interpolate linearly, by wave number, between the nearest earlier and later waves of the same
 *       programme year with a known opening day (rounding down to a whole day). Where there is none later
 *       in the year, add 14 days a wave to the earlier one (the weekly-to-fortnightly rhythm the
 *       programme kept); where there is none earlier, subtract 14 days a wave from the later one. Waves are
 *       never interpolated across a new year, because each programme year began after a pause.
 *   <li>Clamp the result to the row's bounds: not before {@code opened_not_before}, not after
 *       {@code opened_not_after} or the known closing day, and within the programme year.
 * </ol>
 *
 * The evaluation dates must then rise strictly with the wave number, or the table is rejected.
 *
 * <p>The CSV has the header {@code wave,year,opened,closed,opened_not_before,opened_not_after,confidence,source};
 * dates are ISO ({@code 2021-02-23}) or empty; confidence is {@code C}, {@code L} or {@code U}; waves are
 * numbered 1, 2, 3… without gaps. A bad table throws {@link ProgramDataException} with the line.
 */
public final class Waves {

    /** The resource holding the standard table. */
    public static final String RESOURCE = "/id/prakerja/core/program/waves.csv";

    private static final String HEADER = "wave,year,opened,closed,opened_not_before,opened_not_after,confidence,source";
    private static final int RHYTHM_DAYS = 14;

    private final List<Wave> waves;

    private Waves(List<Wave> waves) {
        this.waves = List.copyOf(waves);
    }

    private static final class Standard {
        static final Waves INSTANCE = loadResource();

        private static Waves loadResource() {
            return Resources.load(Waves.class, RESOURCE, Waves::load);
        }
    }

    /** The waves shipped with the library (1–71). */
    public static Waves standard() {
        return Standard.INSTANCE;
    }

    /** One row as read, before approximation. */
    private record Row(
            int line,
            int number,
            int year,
            LocalDate opened,
            LocalDate closed,
            LocalDate notBefore,
            LocalDate notAfter,
            Wave.Confidence confidence,
            String source) {}

    /**
     * Reads a wave table (see the class comment); {@code source} names it in errors. The reader is not
     * closed.
     *
     * @throws ProgramDataException on the first problem, naming the source and the line
     */
    public static Waves load(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        List<Row> rows = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        boolean header = true;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1) {
                    line = Csv.stripBom(line);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    if (!line.trim().equals(HEADER)) {
                        throw new ProgramDataException(source, lineNo, "", "expected the header " + HEADER);
                    }
                    header = false;
                    continue;
                }
                rows.add(readRow(line, source, lineNo, rows.size() + 1));
            }
        } catch (IOException e) {
            throw new ProgramDataException(source, lineNo, "", "cannot read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new ProgramDataException(source, 0, "", "no waves; expected the header " + HEADER + " and rows");
        }
        return new Waves(approximate(rows, source));
    }

    private static Row readRow(String line, String source, int lineNo, int expectedNumber) {
        List<String> f = Csv.split(line);
        if (f == null || f.size() != 8) {
            throw new ProgramDataException(
                    source,
                    lineNo,
                    "",
                    "expected 8 columns (" + HEADER + "), found " + (f == null ? "an open quote" : f.size()));
        }
        int number = integer(f.get(0), source, lineNo, "wave");
        String key = "wave " + f.get(0).trim();
        if (number != expectedNumber) {
            throw new ProgramDataException(
                    source, lineNo, key, "waves must be numbered 1, 2, 3… without gaps; expected " + expectedNumber);
        }
        int year = integer(f.get(1), source, lineNo, key);
        Wave.Confidence confidence;
        switch (f.get(6).trim()) {
            case "C":
                confidence = Wave.Confidence.CERTAIN;
                break;
            case "L":
                confidence = Wave.Confidence.LIKELY;
                break;
            case "U":
                confidence = Wave.Confidence.UNCERTAIN;
                break;
            default:
                throw new ProgramDataException(
                        source, lineNo, key, "confidence must be C, L or U, found '" + f.get(6) + "'");
        }
        LocalDate opened = date(f.get(2), source, lineNo, key);
        if (opened == null && confidence != Wave.Confidence.UNCERTAIN) {
            throw new ProgramDataException(source, lineNo, key, "a wave without an opening date has confidence U");
        }
        return new Row(
                lineNo,
                number,
                year,
                opened,
                date(f.get(3), source, lineNo, key),
                date(f.get(4), source, lineNo, key),
                date(f.get(5), source, lineNo, key),
                confidence,
                f.get(7).trim());
    }

    private static int integer(String s, String source, int lineNo, String key) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new ProgramDataException(source, lineNo, key, "expected a whole number, found '" + s + "'");
        }
    }

    private static LocalDate date(String s, String source, int lineNo, String key) {
        String t = s.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ProgramDataException(
                    source, lineNo, key, "expected a date as YYYY-MM-DD or nothing, found '" + t + "'");
        }
    }

    private static List<Wave> approximate(List<Row> rows, String source) {
        List<Wave> out = new ArrayList<>(rows.size());
        LocalDate previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            LocalDate d = r.opened() != null ? r.opened() : estimate(rows, i);
            if (r.opened() == null) {
                if (r.notBefore() != null && d.isBefore(r.notBefore())) {
                    d = r.notBefore();
                }
                LocalDate hi = r.notAfter();
                if (r.closed() != null && (hi == null || r.closed().isBefore(hi))) {
                    hi = r.closed();
                }
                if (hi != null && d.isAfter(hi)) {
                    d = hi;
                }
                if (d.getYear() < r.year()) {
                    d = LocalDate.of(r.year(), 1, 1);
                } else if (d.getYear() > r.year()) {
                    d = LocalDate.of(r.year(), 12, 31);
                }
            }
            String key = "wave " + r.number();
            if (previous != null && !d.isAfter(previous)) {
                throw new ProgramDataException(
                        source,
                        r.line(),
                        key,
                        "the wave's " + (r.opened() != null ? "opening" : "approximated") + " date " + d
                                + " is not after the previous wave's " + previous);
            }
            try {
                out.add(ImmutableWave.builder()
                        .number(r.number())
                        .programmeYear(r.year())
                        .openingDate(Optional.ofNullable(r.opened()))
                        .closingDate(Optional.ofNullable(r.closed()))
                        .evaluationDate(d)
                        .confidence(r.confidence())
                        .sources(r.source())
                        .build());
            } catch (InvalidValueException e) {
                throw new ProgramDataException(source, r.line(), key, e.getMessage());
            }
            previous = d;
        }
        return out;
    }

    private static LocalDate estimate(List<Row> rows, int i) {
        int year = rows.get(i).year();
        int prev = i - 1;
        while (prev >= 0 && rows.get(prev).opened() == null) {
            prev--;
        }
        int next = i + 1;
        while (next < rows.size() && rows.get(next).opened() == null) {
            next++;
        }
        // interpolate only within a programme year: a new year's first wave opened after a pause
        boolean hasPrev = prev >= 0 && rows.get(prev).year() == year;
        boolean hasNext = next < rows.size() && rows.get(next).year() == year;
        if (hasPrev && hasNext) {
            LocalDate a = rows.get(prev).opened();
            LocalDate b = rows.get(next).opened();
            long span = ChronoUnit.DAYS.between(a, b);
            return a.plusDays(span * (i - prev) / (next - prev));
        }
        if (hasPrev || (!hasNext && prev >= 0)) {
            return rows.get(prev).opened().plusDays((long) RHYTHM_DAYS * (i - prev));
        }
        if (next < rows.size()) {
            return rows.get(next).opened().minusDays((long) RHYTHM_DAYS * (next - i));
        }
        return LocalDate.of(year, 1, 1);
    }

    /**
     * The wave numbered {@code number}.
     *
     * @throws IllegalArgumentException if there is no such wave; the message gives the known range
     */
    public Wave wave(int number) {
        if (number < 1 || number > waves.size()) {
            throw new IllegalArgumentException("no wave " + number + "; the known waves are 1 to " + waves.size());
        }
        return waves.get(number - 1);
    }

    /** Whether a wave numbered {@code number} is known. */
    public boolean contains(int number) {
        return number >= 1 && number <= waves.size();
    }

    /**
     * The wave in force on {@code date}: the latest wave whose {@link Wave#evaluationDate()} is on or
     * before it; empty before the first wave opened. After the last known wave, that wave.
     */
    public Optional<Wave> at(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int lo = 0;
        int hi = waves.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!waves.get(mid).evaluationDate().isAfter(date)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(waves.get(found));
    }

    /** The first wave. */
    public Wave first() {
        return waves.get(0);
    }

    /** The latest wave the library knows. */
    public Wave latest() {
        return waves.get(waves.size() - 1);
    }

    /** Every wave, in order. */
    public List<Wave> all() {
        return waves;
    }

    /** The number of waves. */
    public int size() {
        return waves.size();
    }

    @Override
    public String toString() {
        return "Waves[1–" + waves.size() + "]";
    }
}
