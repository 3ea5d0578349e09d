package id.prakerja.examples.feedvalidator;

import id.prakerja.core.identity.Nik;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code feed-validator} command: {@code validate} a feed of applicant records, or {@code check} one
 * applicant. Exit status 0 when every record is valid (or the applicant eligible), 1 when some record is
 * invalid (or the applicant not eligible), 2 for a usage error or unreadable input, with a message on
 * standard error and never a stack trace.
 */
public final class Main {
    private Main() {}

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out, err));
    }

    /** Runs the command with the given streams and returns its exit status. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Io io = new Io(in, out, err);
        CommandLine cl = new CommandLine(new RootCommand())
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new CheckCommand(io))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                    // a message, never a stack trace; numbers that could be NIKs are masked
                    err.println("feed-validator: " + Nik.maskNumbersIn(describe(ex)));
                    return ExitCodes.UNUSABLE;
                });
        return cl.execute(args);
    }

    private static String describe(Exception ex) {
        if (ex instanceof UserError) {
            return ex.getMessage();
        }
        if (ex instanceof java.io.UncheckedIOException u) {
            return "cannot read the input: " + u.getCause().getMessage();
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** The standard streams of one run. */
    record Io(InputStream in, PrintStream out, PrintStream err) {}

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
            synopsisSubcommandLabel = "(validate | check)")
    static final class RootCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: validate or check");
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
