// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

import id.prakerja.core.validation.Violation;

/**
 * One row of a tabular source before binding: its number as a spreadsheet counts rows (the header is row 1),
 * its cells as text ({@code null} for a cell not kept, such as one over the length limit), and what the
 * source already found wrong with the row or with single cells.
 */
public final class Row {
    final long number;
    final String[] cells;
    final int cellCount;
    final Violation problem;
    final Violation[] cellProblems;
    private final boolean[] quoted;
    private final char separator;

    Row(
            long number,
            String[] cells,
            int cellCount,
            Violation problem,
            Violation[] cellProblems,
            boolean[] quoted,
            char separator) {
        this.number = number;
        this.cells = cells;
        this.cellCount = cellCount;
        this.problem = problem;
        this.cellProblems = cellProblems;
        this.quoted = quoted;
        this.separator = separator;
    }

    /** The row number, header = 1. */
    public long number() {
        return number;
    }

    /**
     * The row as one CSV line without its terminator: for CSV input the cells as read, quoted where they were
     * quoted, with the input's separator (so an RFC 4180 row comes out as it came in); for a workbook the cell
     * texts, quoted where needed. {@code null} when a cell was not kept (over the length limit, or beyond the
     * kept columns).
     */
    public String text() {
        int kept = Math.min(cellCount, cells.length);
        if (kept < cellCount) {
            return null;
        }
        StringBuilder b = new StringBuilder(16 * kept);
        for (int i = 0; i < kept; i++) {
            if (cells[i] == null) {
                return null;
            }
            if (i > 0) {
                b.append(separator);
            }
            CsvText.append(b, cells[i], separator, quoted != null && quoted[i]);
        }
        return b.toString();
    }
}
