// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one writer of everything the command prints as a result (reports, decisions): UTF-8, and loud about
 * failures. Unlike {@link java.io.PrintWriter}, which swallows errors (and re-sends its buffer on every later
 * write), every write error here ends the run with {@code cannot write NAME: reason} and exit status 2. A
 * character that UTF-8 cannot encode (a lone surrogate) is written as U+FFFD, never refused half-way.
 */
final class ReportWriter implements Closeable {
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private final String name;
    private final Writer out;

    private ReportWriter(String name, OutputStream stream) {
        this.name = name;
        CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, encoder), 1 << 16);
    }

    /** A writer to {@code stream}, named {@code name} (a file name, or "standard output") in its errors. */
    static ReportWriter to(OutputStream stream, String name) {
        return new ReportWriter(name, stream);
    }

    /** The name used in error messages. */
    String name() {
        return name;
    }

    void print(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    void println(String s) {
        print(s);
        println();
    }

    void println() {
        print(System.lineSeparator());
    }

    void printf(String format, Object... args) {
        print(String.format(Locale.ROOT, format, args));
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Flushes and closes the stream; a failure of either is reported. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private Main.UserError failure(IOException e) {
        return new Main.UserError("cannot write " + name + ": " + Main.reason(e));
    }
}
