// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.identity;

import id.prakerja.core.validation.PrakerjaException;
import java.util.List;

/**
 * Thrown when a regency table supplied to {@link RegionDirectory} cannot be used. The message names the
 * source and every problem found with its line number (at most {@value #MAX_LISTED} are listed).
 */
public final class RegionDataException extends PrakerjaException {
    private static final long serialVersionUID = 1L;

    /** How many problems the message lists. */
    public static final int MAX_LISTED = 20;

    private final String source;
    private final List<String> problems;

    RegionDataException(String source, List<String> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    RegionDataException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problems = List.of(problem);
    }

    /** The file or resource that was read. */
    public String source() {
        return source;
    }

    /** Every problem found, each starting with {@code "line N: "} where a line applies. */
    public List<String> problems() {
        return problems;
    }

    private static String describe(String source, List<String> problems) {
        StringBuilder sb = new StringBuilder("Cannot use the regency table ")
                .append(source)
                .append(" (")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append("; expected a UTF-8 CSV with the header code,name,province_code and rows like"
                        + " 3174,Kota Administrasi Jakarta Selatan,31):");
        int n = Math.min(problems.size(), MAX_LISTED);
        for (int i = 0; i < n; i++) {
            sb.append(System.lineSeparator()).append("  ").append(problems.get(i));
        }
        if (problems.size() > n) {
            sb.append(System.lineSeparator())
                    .append("  … and ")
                    .append(problems.size() - n)
                    .append(" more");
        }
        return sb.toString();
    }
}
