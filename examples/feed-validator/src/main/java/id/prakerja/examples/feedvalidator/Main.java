// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import id.prakerja.core.identity.Nik;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * The {@code feed-validator} command: {@code validate} a feed of applicant records, or {@code check} one
 * applicant. Exit status 0 when every record is valid (or the applicant eligible), 1 when some record is
 * invalid (or the applicant not eligible), 2 for a usage error, unreadable input, a feed cut short, a failed
 * write or too little memory, with one line on standard error and never a stack trace.
 */
public final class Main {
    private Main() {}

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command with the given streams and returns its exit status. */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        Io io = new Io(in, out, err);
        PrintWriter usageOut = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new RootCommand())
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new CheckCommand(io))
                .addSubcommand(new GenerateCommand(io))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, Main::date)
                .setOut(usageOut)
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((ex, arguments) -> {
                    // one line, not the whole usage: the problem, and where the options are explained
                    error(err, usageError(ex));
                    return ExitCodes.UNUSABLE;
                })
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                    // a message, never a stack trace; numbers that could be NIKs are masked
                    error(err, describe(ex));
                    return ExitCodes.UNUSABLE;
                });
        int status;
        try {
            status = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the run's objects are unreachable once the stack has unwound: there is room for one line
            error(err, outOfMemory());
            return ExitCodes.UNUSABLE;
        }
        if (usageOut.checkError()) {
            error(err, "cannot write standard output");
            return ExitCodes.UNUSABLE;
        }
        return status;
    }

    /** One line on standard error: masked like every output and escaped for the terminal. */
    static void error(PrintStream err, String message) {
        err.println("feed-validator: " + TerminalText.escape(Nik.maskNumbersIn(message)));
    }

    /**
     * A usage error in one line: picocli's message (the first line of it), a suggestion when picocli has one,
     * and {@code see 'feed-validator validate --help'} for the command the error is about.
     */
    static String usageError(CommandLine.ParameterException ex) {
        String message =
                ex.getMessage() == null ? "invalid usage" : ex.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u
                && !u.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        }
        String command = ex.getCommandLine() == null
                ? "feed-validator"
                : ex.getCommandLine().getCommandSpec().qualifiedName();
        return message + "; see '" + command + " --help'";
    }

    /** What to say when the heap runs out: how big it is and what fills it. */
    static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory();
        String heap = max == Long.MAX_VALUE ? "no limit" : (max >> 20) + " MiB";
        return "out of memory (maximum Java heap " + heap + "): validating a feed keeps one entry per distinct NIK"
                + " and family-card number and up to --max-samples sample violations; run java with a larger -Xmx"
                + " or lower --max-samples";
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(text + " is not a date (YYYY-MM-DD)");
        }
    }

    private static String describe(Exception ex) {
        if (ex instanceof UserError) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException u) {
            return "cannot read the input: " + reason(u.getCause());
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /**
     * Why an I/O operation failed, in words: {@code "no such file"}, {@code "permission denied"}, the
     * system's reason ({@code "No space left on device"}), never just the file name again.
     */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason();
            }
            return e.getClass()
                    .getSimpleName()
                    .replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }

    /** The standard streams of one run. */
    record Io(InputStream in, OutputStream out, PrintStream err) {
        /**
         * Standard input, for {@code -}.
         *
         * @throws UserError if it is the process's standard input and that is closed: the JVM then opens
         *     its own files on descriptor 0, and reading them as a feed must not happen
         */
        InputStream stdin() {
            if (in == System.in && standardInputIsClosed()) {
                throw new UserError("standard input is closed");
            }
            return in;
        }
    }

    /** Whether descriptor 0 is closed, or is a file of the JVM itself (what it gets when started with 0 closed). */
    static boolean standardInputIsClosed() {
        Path fd = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(fd.getParent())) {
            return false; // not Linux: cannot tell, read as usual
        }
        try {
            Path target = Files.readSymbolicLink(fd);
            return target.startsWith(Path.of(System.getProperty("java.home")).toRealPath());
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The exit statuses of the wire-format contract. */
    static final class ExitCodes {
        static final int OK = 0;
        static final int INVALID = 1;
        static final int UNUSABLE = 2;

        private ExitCodes() {}
    }

    /** A problem of the user's input or options: reported as its message, exit status 2. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }

    @CommandLine.Command(
            name = "feed-validator",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Validates Kartu Prakerja applicant feeds and single applicants against the programme's rules.",
                "Exit status: 0 all valid / eligible, 1 some invalid / not eligible, 2 usage error or unreadable input."
            },
            synopsisSubcommandLabel = "(validate | check | generate)")
    static final class RootCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "a command is required: validate, check or generate");
        }
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        static String version() {
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                java.util.Properties p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }

        @Override
        public String[] getVersion() {
            return new String[] {"feed-validator " + version() + " (prakerja)"};
        }
    }
}
