package no.baerekraftsjekk.domain.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a safe write lands, and with which permissions (issue 23). */
class SafeFileWriterTargetsTest {
    @TempDir
    Path folder;

    private static void write(Path target, String text, boolean confidential) throws FileWriteException {
        SafeFileWriter.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), confidential);
    }

    @Test
    void aReportTheUserMadePrivateStaysPrivateWhenWrittenAgain() throws Exception {
        Path report = folder.resolve("rapport.pdf");
        Files.writeString(report, "gammel");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));

        write(report, "ny", false);

        assertThat(Files.readString(report)).isEqualTo("ny");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
    }

    @Test
    void aReportOfAnExemptCaseIsPrivateEvenOverAFileForEveryone() throws Exception {
        Path report = folder.resolve("unntatt.pdf");
        write(folder.resolve("ny.pdf"), "x", true);
        Files.writeString(report, "gammel");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r--r--"));

        write(report, "ny", true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("ny.pdf")))).isEqualTo("rw-------");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.createDirectories(folder.resolve("ekte")).resolve("fil.bkj");
        Files.writeString(real, "gammel");
        Path link = Files.createSymbolicLink(folder.resolve("lenke.bkj"), real);

        write(link, "ny", false);

        assertThat(link).isSymbolicLink();
        assertThat(Files.readString(real)).isEqualTo("ny");
    }

    @Test
    void aDeviceOrAPipeIsNeverWritten() throws Exception {
        // Never the system's own /dev/null: a writer with this very fault would replace it.
        for (Path special : specialFiles(folder)) {
            assertThatThrownBy(() -> write(special, "x", false))
                    .isInstanceOf(FileWriteException.class)
                    .satisfies(e -> assertThat(Texts.of(Language.BASE).explain(e)).contains("ikke en vanlig fil"));
            assertThat(Files.isRegularFile(special)).isFalse();
            assertThat(Files.exists(special)).isTrue();
        }
    }

    /** A character device like /dev/null made in {@code folder} (root only) and a named pipe. */
    static java.util.List<Path> specialFiles(Path folder) throws Exception {
        java.util.List<Path> made = new java.util.ArrayList<>();
        Path device = folder.resolve("null-enhet");
        if (new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").start().waitFor() == 0) {
            made.add(device);
        }
        Path pipe = folder.resolve("ror");
        if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
            made.add(pipe);
        }
        assertThat(made).isNotEmpty();
        return made;
    }

    @Test
    void leftoversOfAKilledWriteToTheSameNameAreRemovedByTheNextWrite() throws Exception {
        Path report = folder.resolve("rapport.pdf");
        Path killed = folder.resolve(".rapport.pdf.1a2b3c4d5e6f7a8b.tmp");
        Files.writeString(killed, "%PDF-1.4 halv");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minusSeconds(3600)));
        Path someoneElses = folder.resolve(".annen.tmp");
        Files.writeString(someoneElses, "ikke vår");
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minusSeconds(3600)));

        write(report, "ny", false);

        assertThat(killed).doesNotExist();
        assertThat(someoneElses).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("rapport.pdf", ".annen.tmp");
        }
    }
}
