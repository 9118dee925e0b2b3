package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.domain.text.Language;
import no.baerekraftsjekk.domain.text.Texts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup that does not fit on its disk leaves no empty or half-written temporary file behind (issue 23). */
class FullBackupDiskTest {
    @TempDir
    Path folder;

    @Test
    void aBackupThatDoesNotFitLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            for (int i = 0; i < 20; i++) {
                library.create(Fixtures.fullAssessment());
            }
        }
        Path backups = Files.createDirectory(folder.resolve(LibraryBackups.FOLDER));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", backups.toString()),
                "a tiny tmpfs can be mounted only as root with mount rights");
        try {
            LibraryBackups of = new LibraryBackups(file, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));
            try (var db = SqliteLibrary.connectionSettings().createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                assertThatThrownBy(() -> of.backUp(db)).isInstanceOf(LibraryException.class)
                        .satisfies(e -> assertThat(Texts.of(Language.BASE).explain(e)).contains("disken er full").doesNotContain("SQLITE"));
            }
            try (Stream<Path> left = Files.list(backups)) {
                assertThat(left).isEmpty();
            }
        } finally {
            run("umount", backups.toString());
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
