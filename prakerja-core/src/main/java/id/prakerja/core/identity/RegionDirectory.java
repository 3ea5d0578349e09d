// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.internal.Csv;
import id.prakerja.core.internal.Digits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Regency and city codes: a small built-in table, extended with a full table the user supplies.
 *
 * <p>The built-in directory holds DKI Jakarta's six regency/city codes in both systems (they differ:
 * Jakarta Selatan is Kemendagri 3174, BPS 3171) and examples of Papua codes retired by the 2022 split
 * that lifelong NIKs still carry (Merauke 9101 → 9301, Jayawijaya 9102 → 9501, Nabire 9104 → 9401, Kota
 * Sorong 9271 → 9671), with their successors. The district and current regency codes of every province
 * come from the Kemendagri table bundled with prakerja-core (editions 2016–2025; see
 * {@link #districtCodes(String)}), the same table NIK_REGION and KK_REGION check. For regency names of a
 * newer edition, load a table with {@link #withCsv(Path)}.
 *
 * <pre>{@code
 * RegionDirectory regions = RegionDirectory.builtIn().withCsv(Path.of("regencies.csv"));
 * regions.regency("3174").map(Regency::name);   // Optional[Kota Administrasi Jakarta Selatan]
 * regions.current("9101").map(Regency::code);   // Optional[9301] (Merauke, retired code)
 * regions.regencies(Province.DKI_JAKARTA);      // six regencies/cities
 * }</pre>
 *
 * <p>The CSV is UTF-8 with a header row naming the columns {@code code}, {@code name} and
 * {@code province_code} (in any order; other columns are ignored). Blank lines are skipped, a leading
 * byte-order mark and CRLF line ends are accepted, fields may be double-quoted. Every row must have a
 * four-digit code starting with its two-digit province code, a known province and a name, and codes must
 * be unique. A bad file throws {@link RegionDataException} listing every problem with its line number;
 * nothing is half-loaded.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RegionDirectory {

    private static final RegionDirectory BUILT_IN = new RegionDirectory(builtInRegencies());

    private final Map<String, Regency> kemendagri;
    private final Map<String, Regency> bps;

    private RegionDirectory(List<Regency> regencies) {
        Map<String, Regency> k = new LinkedHashMap<>();
        Map<String, Regency> b = new LinkedHashMap<>();
        for (Regency r : regencies) {
            (r.system() == CodeSystem.KEMENDAGRI ? k : b).put(r.code(), r);
        }
        this.kemendagri = Collections.unmodifiableMap(k);
        this.bps = Collections.unmodifiableMap(b);
    }

    /** The built-in directory (see the class comment for what it holds). */
    public static RegionDirectory builtIn() {
        return BUILT_IN;
    }

    /** A directory of exactly {@code regencies} (a later entry replaces an earlier one with its code). */
    public static RegionDirectory of(List<Regency> regencies) {
        return new RegionDirectory(List.copyOf(regencies));
    }

    /**
     * This directory plus the Kemendagri regencies of the CSV file {@code file}; rows of the file replace
     * entries with the same code.
     *
     * @throws RegionDataException if the file cannot be read or has any bad row
     */
    public RegionDirectory withCsv(Path file) {
        Objects.requireNonNull(file, "file");
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            return withCsv(reader, file.toString());
        } catch (IOException e) {
            throw new RegionDataException(file.toString(), "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * This directory plus the Kemendagri regencies read from {@code csv}; {@code source} names the input
     * in error messages. The reader is not closed.
     *
     * @throws RegionDataException if the input cannot be read or has any bad row
     */
    public RegionDirectory withCsv(Reader csv, String source) {
        List<Regency> loaded = readCsv(csv, source, CodeSystem.KEMENDAGRI);
        List<Regency> all = new ArrayList<>(kemendagri.values());
        all.addAll(bps.values());
        all.addAll(loaded);
        return new RegionDirectory(all);
    }

    /**
     * Reads a regency table without adding it to any directory.
     *
     * @throws RegionDataException if the input cannot be read or has any bad row
     */
    public static List<Regency> readCsv(Reader csv, String source, CodeSystem system) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(system, "system");
        List<String> problems = new ArrayList<>();
        List<Regency> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        BufferedReader in = csv instanceof BufferedReader br ? br : new BufferedReader(csv);
        int lineNo = 0;
        int codeCol = -1;
        int nameCol = -1;
        int provinceCol = -1;
        boolean header = true;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1) {
                    line = Csv.stripBom(line);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = Csv.split(line);
                if (fields == null) {
                    problems.add("line " + lineNo + ": unbalanced double quote");
                    continue;
                }
                if (header) {
                    header = false;
                    codeCol = fields.indexOf("code");
                    nameCol = fields.indexOf("name");
                    provinceCol = fields.indexOf("province_code");
                    if (codeCol < 0 || nameCol < 0 || provinceCol < 0) {
                        problems.add("line " + lineNo + ": the header must name the columns code, name and"
                                + " province_code; found " + fields);
                        break;
                    }
                    continue;
                }
                int needed = Math.max(codeCol, Math.max(nameCol, provinceCol)) + 1;
                if (fields.size() < needed) {
                    problems.add(
                            "line " + lineNo + ": expected at least " + needed + " columns, found " + fields.size());
                    continue;
                }
                String code = fields.get(codeCol).trim();
                String name = fields.get(nameCol).trim();
                String province = fields.get(provinceCol).trim();
                String problem = rowProblem(code, name, province, system);
                if (problem != null) {
                    problems.add("line " + lineNo + ": " + problem);
                    continue;
                }
                Integer first = seen.putIfAbsent(code, lineNo);
                if (first != null) {
                    problems.add("line " + lineNo + ": code " + code + " already appeared on line " + first);
                    continue;
                }
                rows.add(Regency.of(code, name, system));
            }
        } catch (CharacterCodingException e) {
            throw new RegionDataException(source, "line " + (lineNo + 1) + ": the input is not valid UTF-8", e);
        } catch (IOException e) {
            throw new RegionDataException(source, "cannot read: " + e.getMessage(), e);
        }
        if (header && problems.isEmpty()) {
            problems.add("the input is empty; expected the header code,name,province_code");
        }
        if (!problems.isEmpty()) {
            throw new RegionDataException(source, problems);
        }
        return List.copyOf(rows);
    }

    private static String rowProblem(String code, String name, String province, CodeSystem system) {
        if (!Digits.isAsciiDigits(code, 4)) {
            return "code '" + code + "' is not 4 digits";
        }
        if (!Digits.isAsciiDigits(province, 2)) {
            return "province_code '" + province + "' is not 2 digits";
        }
        boolean known = system == CodeSystem.KEMENDAGRI
                ? Province.ofCode(province).isPresent()
                : Province.ofBpsCode(province).isPresent();
        if (!known) {
            return "province_code " + province + " is not a known " + system + " province code";
        }
        if (!code.startsWith(province)) {
            return "code " + code + " does not start with its province_code " + province;
        }
        if (name.isEmpty()) {
            return "code " + code + " has no name";
        }
        return null;
    }

    /** The Kemendagri regency with {@code code}, current or retired. */
    public Optional<Regency> regency(String code) {
        return Optional.ofNullable(kemendagri.get(code));
    }

    /** The regency with {@code code} in {@code system}. */
    public Optional<Regency> regency(String code, CodeSystem system) {
        return Optional.ofNullable((system == CodeSystem.KEMENDAGRI ? kemendagri : bps).get(code));
    }

    /**
     * The current Kemendagri regency for {@code code}: the regency itself, or for a retired code (as
     * carried by older NIKs) its successor.
     */
    public Optional<Regency> current(String code) {
        Regency r = kemendagri.get(code);
        int hops = 0;
        while (r != null && r.isRetired() && hops++ < 8) {
            r = kemendagri.get(r.successor().get());
        }
        return Optional.ofNullable(r).filter(x -> !x.isRetired());
    }

    /**
     * The six-digit Kemendagri district (kecamatan) codes of {@code regencyCode} listed by any edition
     * 2016–2025 of the bundled table, in code order (a code retired since is included: lifelong NIKs carry
     * it). Empty for a code the table does not know.
     *
     * <pre>{@code
     * RegionDirectory.builtIn().districtCodes("3174"); // [317401, 317402, ..., 317410]
     * }</pre>
     */
    public List<String> districtCodes(String regencyCode) {
        return codesWithin(RegionTable.DISTRICT, regencyCode, 4, false);
    }

    /**
     * The four-digit Kemendagri regency/city codes of {@code province} listed by the latest edition (2025)
     * of the bundled table, in code order.
     */
    public List<String> currentRegencyCodes(Province province) {
        return codesWithin(RegionTable.REGENCY, province.code(), 2, true);
    }

    private static List<String> codesWithin(int level, String prefix, int prefixLength, boolean currentOnly) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length() != prefixLength || Digits.parseAsciiDigits(prefix, prefixLength) < 0) {
            return List.of();
        }
        int p = Integer.parseInt(prefix);
        RegionTable t = RegionTable.get();
        int[] range = t.range(level, p * 100, p * 100 + 99);
        List<String> out = new ArrayList<>(range[1] - range[0]);
        for (int i = range[0]; i < range[1]; i++) {
            if (!currentOnly || t.isCurrent(level, i)) {
                out.add(Integer.toString(t.code(level, i)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The current Kemendagri regencies of {@code province}, in the order they were added. */
    public List<Regency> regencies(Province province) {
        List<Regency> out = new ArrayList<>();
        for (Regency r : kemendagri.values()) {
            if (!r.isRetired() && r.province() == province) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** Every regency of {@code system}, current and retired. */
    public List<Regency> all(CodeSystem system) {
        return List.copyOf((system == CodeSystem.KEMENDAGRI ? kemendagri : bps).values());
    }

    /** The number of current Kemendagri regencies per province. */
    public Map<Province, Integer> countsByProvince() {
        Map<Province, Integer> counts = new EnumMap<>(Province.class);
        for (Regency r : kemendagri.values()) {
            if (!r.isRetired()) {
                counts.merge(r.province(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public String toString() {
        return "RegionDirectory[" + kemendagri.size() + " Kemendagri, " + bps.size() + " BPS codes]";
    }

    private static List<Regency> builtInRegencies() {
        CodeSystem k = CodeSystem.KEMENDAGRI;
        CodeSystem b = CodeSystem.BPS;
        return List.of(
                // DKI Jakarta, Kemendagri (Kepmendagri 100.1.1-6117/2022; as on e-KTP)
                Regency.of("3101", "Kabupaten Administrasi Kepulauan Seribu", k),
                Regency.of("3171", "Kota Administrasi Jakarta Pusat", k),
                Regency.of("3172", "Kota Administrasi Jakarta Utara", k),
                Regency.of("3173", "Kota Administrasi Jakarta Barat", k),
                Regency.of("3174", "Kota Administrasi Jakarta Selatan", k),
                Regency.of("3175", "Kota Administrasi Jakarta Timur", k),
                // DKI Jakarta, BPS (Master File Desa)
                Regency.of("3101", "Kabupaten Administrasi Kepulauan Seribu", b),
                Regency.of("3171", "Kota Administrasi Jakarta Selatan", b),
                Regency.of("3172", "Kota Administrasi Jakarta Timur", b),
                Regency.of("3173", "Kota Administrasi Jakarta Pusat", b),
                Regency.of("3174", "Kota Administrasi Jakarta Barat", b),
                Regency.of("3175", "Kota Administrasi Jakarta Utara", b),
                // Papua split of 2022 (UU 14, 16/2022; UU 29/2022): current codes and the retired codes
                // that NIKs issued before the split still carry.
                Regency.of("9301", "Kabupaten Merauke", k),
                Regency.of("9401", "Kabupaten Nabire", k),
                Regency.of("9501", "Kabupaten Jayawijaya", k),
                Regency.of("9671", "Kota Sorong", k),
                Regency.retired("9101", "Kabupaten Merauke", k, "9301"),
                Regency.retired("9102", "Kabupaten Jayawijaya", k, "9501"),
                Regency.retired("9104", "Kabupaten Nabire", k, "9401"),
                Regency.retired("9271", "Kota Sorong", k, "9671"));
    }
}
