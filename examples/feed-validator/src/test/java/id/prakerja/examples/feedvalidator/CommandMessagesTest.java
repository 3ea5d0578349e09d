// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.feedvalidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.prakerja.core.identity.Nik;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command says, in process: reasons of file errors (issue 13 item 11), the evaluation note (item 13). */
class CommandMessagesTest {

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args, new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFileErrorSaysWhyNotTheFileNameAgain() {
        // the JDK's AccessDeniedException has the file as its message and no reason
        assertThat(Main.reason(new AccessDeniedException("/data/feed.ndjson"))).isEqualTo("permission denied");
        assertThat(Main.reason(new NoSuchFileException("/data/feed.ndjson"))).isEqualTo("no such file");
        assertThat(Main.reason(new FileSystemException("/data/feed.ndjson", null, "Read-only file system")))
                .isEqualTo("Read-only file system");
        assertThat(Main.reason(new FileSystemException("/data/feed.ndjson"))).isEqualTo("file system");
        assertThat(Main.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
        assertThat(Main.reason(new IOException())).isEqualTo("input/output error");
    }

    @Test
    void anUnreadableFileSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.ndjson"), "{}\n");
        Files.setPosixFilePermissions(feed, PosixFilePermissions.fromString("---------"));
        // as root a file without read permission stays readable; a write-only sysctl file is refused even then
        Path target = Files.isReadable(feed) ? Path.of("/proc/sys/vm/drop_caches") : feed;
        assumeFalse(Files.isReadable(target), "no file here that cannot be read");
        for (String command : new String[] {"validate", "check"}) {
            Result r = run(command, target.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err())
                    .isEqualTo("feed-validator: cannot read " + Nik.maskNumbersIn(target.toString())
                            + ": permission denied\n");
        }
    }

    @Test
    void anOutputFileThatCannotBeOpenedSaysWhy(@TempDir Path dir) throws IOException {
        Path readOnly = Files.writeString(dir.resolve("report.txt"), "");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        // as root a read-only file is writable; a sysfs file without write permission is refused even then
        Path target = Files.isWritable(readOnly) ? Path.of("/sys/kernel/notes") : readOnly;
        assumeTrue(Files.exists(target));
        Result r = run("validate", "--output", target.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("feed-validator: cannot write " + Nik.maskNumbersIn(target.toString())
                        + ": permission denied\n");
    }

    @Test
    void withADateTheNoteSaysBothTheRecordsWaveAndTheDateOfTheAges() {
        Result onDate = run("validate", "--date", "2021-08-16", "--locale", "en");
        assertThat(onDate.out())
                .contains("Evaluation: date 16 August 2021; records that name a wave keep the rules of their own wave,"
                        + " with ages computed on 16 August 2021");
        Result onDateId = run("validate", "--date", "2021-08-16");
        assertThat(onDateId.out())
                .contains("rekaman yang mencantumkan gelombang memakai aturan gelombangnya sendiri, dengan usia"
                        + " dihitung pada");
        Result atWave = run("validate", "--wave", "18", "--locale", "en");
        assertThat(atWave.out())
                .contains("Evaluation: wave 18; records that name a wave are evaluated at their own wave")
                .doesNotContain("ages computed on");
    }

    @Test
    void terminalTextEscapesControlAndBidiCharactersOnly() {
        assertThat(TerminalText.escape("Siti \uD83D\uDE00 \u00e9 \u3000")).isEqualTo("Siti \uD83D\uDE00 \u00e9 \u3000");
        assertThat(TerminalText.escape("a\nb\rc\u001B[2J\u0000\u007F\u0085\u202E\u2066\u200F\u2028\uD800"))
                .isEqualTo("a\\u000Ab\\u000Dc\\u001B[2J\\u0000\\u007F\\u0085\\u202E\\u2066\\u200F\\u2028\\uD800");
    }
}
