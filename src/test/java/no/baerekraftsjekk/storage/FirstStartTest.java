package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start of a library: atomic, private, and resumable after an older version was killed in it (issue 23). */
class FirstStartTest {
    @TempDir
    Path folder;

    @Test
    void aFileLeftByAFirstStartKilledBeforeItsFirstMigrationOpensAsANewLibrary() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        // What an older version left when killed right after Flyway made its history table.
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT NOT NULL PRIMARY KEY, \"version\" VARCHAR(50),"
                    + " \"description\" VARCHAR(200) NOT NULL, \"type\" VARCHAR(20) NOT NULL, \"script\" VARCHAR(1000) NOT NULL,"
                    + " \"checksum\" INT, \"installed_by\" VARCHAR(100) NOT NULL, \"installed_on\" TEXT NOT NULL,"
                    + " \"execution_time\" INT NOT NULL, \"success\" BOOLEAN NOT NULL)");
        }

        try (SqliteLibrary library = SqliteLibrary.open(file)) {
            library.create(Assessment.newDraft("Etter avbrutt første start"));
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void aNewLibraryIsPrivateAndLeavesNothingHiddenBehind() throws Exception {
        Path file = folder.resolve("ny").resolve("bibliotek.sqlite");

        SqliteLibrary.open(file).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bibliotek.sqlite");
        }
    }
}
