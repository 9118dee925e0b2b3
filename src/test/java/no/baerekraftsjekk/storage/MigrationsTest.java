package no.baerekraftsjekk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path folder;

    /** The inspection refuses libraries above LATEST_VERSION; a new migration must raise it, or its own libraries would be refused. */
    @Test
    void theLatestVersionKnownIsTheHighestMigrationApplied() throws Exception {
        Path file = folder.resolve("bibliotek.sqlite");
        SqliteLibrary.open(file).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
                ResultSet row = s.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            assertThat(row.getInt(1)).isEqualTo(Migrations.LATEST_VERSION);
        }
    }
}
