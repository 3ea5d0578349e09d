// SPDX-License-Identifier: Apache-2.0
package id.prakerja.tabular.internal;

import id.prakerja.json.FeedReader;
import java.io.Closeable;
import java.util.List;

/** Rows of one tabular input, after its header. */
public interface Source extends Closeable {

    /** The header cells as read. */
    List<String> headerCells();

    /** Called once, after the header was checked, before the first {@link #next()}. */
    void columns(Columns columns);

    /** The next data row, or {@code null} at the end. */
    Row next();

    /** Why the source stopped before the end of its input, or {@code null}. */
    FeedReader.CutShort cutShort();

    /** The separator the rows' {@link Row#text()} uses. */
    char separator();

    /** The line terminator of the input ({@code "\r\n"} or {@code "\n"}). */
    String lineSeparator();

    /** The header as one CSV line, as read. */
    String headerText();

    @Override
    void close();
}
