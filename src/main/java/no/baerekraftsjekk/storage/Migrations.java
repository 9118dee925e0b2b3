package no.baerekraftsjekk.storage;

import java.nio.file.Path;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.migration.V3__FillSearchText;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/** Brings a library's schema up to the version this program knows, with Flyway's versioned migrations. */
final class Migrations {
    /** The highest schema version this program knows; a library above it was made by a newer version. */
    static final int LATEST_VERSION = 10;

    private Migrations() {
    }

    static void apply(Path file) {
        apply(file, MigrationVersion.LATEST);
    }

    /** Migrates up to {@code target}; tests use it to make a library of an older schema. */
    static void apply(Path file, MigrationVersion target) {
        SQLiteDataSource source = new SQLiteDataSource(SqliteLibrary.connectionSettings());
        source.setUrl("jdbc:sqlite:" + file);
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V3__FillSearchText())
                    .target(target)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (LibraryLockedException.isLock(e)) {
                throw LibraryInspection.locked(file, e);
            }
            // Flyway's text ("SQL State", "Error Code") is for the log; the message says what it means.
            LoggerFactory.getLogger(Migrations.class).warn("Migration of {} failed", file, e);
            throw new LibraryException(Message.of("library.error.migrate", file, LibraryMessages.detail(e)), e);
        }
    }
}
