package no.baerekraftsjekk.storage.council;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.storage.LibraryException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The council library's tables on PostgreSQL, made and upgraded with Flyway from
 * {@code db/postgresql} (the local library's migrations are separate). Only IT upgrades, with
 * {@code server init}; the program checks at start that the schema is the one it knows and never
 * changes it, since a caseworker's database role need not be allowed to.
 */
public final class CouncilSchema {
    /** The schema version this program reads and writes. */
    public static final int VERSION = 5;
    private static final String LOCATION = "classpath:db/postgresql";

    private CouncilSchema() {
    }

    /** What {@code server init} did: the version before (0 for an empty database) and after. */
    public record Upgrade(int before, int after) {
    }

    public static Upgrade migrate(CouncilConnector connector) {
        int before;
        try (Connection probe = connector.connect()) {
            before = installedVersion(probe).orElse(0);
        } catch (SQLException e) {
            throw new LibraryException(Message.of("council.error.connect", connector.server().describe(), e.getMessage()), e);
        }
        try {
            MigrateResult result = Flyway.configure(CouncilSchema.class.getClassLoader())
                    .dataSource(dataSource(connector))
                    .locations(LOCATION)
                    .loggers("slf4j")
                    .load()
                    .migrate();
            int after = result.targetSchemaVersion == null ? before : Integer.parseInt(result.targetSchemaVersion);
            return new Upgrade(before, after);
        } catch (FlywayException e) {
            throw new LibraryException(Message.of("council.error.migrate", connector.server().describe(), e.getMessage()), e);
        }
    }

    /** Throws a plain message for IT when the schema is missing or older than this program. */
    static void check(Connection db, CouncilServer server) throws SQLException {
        Optional<Integer> installed = installedVersion(db);
        if (installed.isEmpty()) {
            throw new LibraryException(Message.of("council.error.notSetUp", server.describe()));
        }
        if (installed.get() < VERSION) {
            throw new LibraryException(Message.of("council.error.schemaOld", server.describe(), installed.get(), VERSION));
        }
    }

    static Optional<Integer> installedVersion(Connection db) throws SQLException {
        try (Statement query = db.createStatement()) {
            try (ResultSet exists = query.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            try (ResultSet row = query.executeQuery(
                    "SELECT max(version::int) FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                row.next();
                int version = row.getInt(1);
                return row.wasNull() ? Optional.empty() : Optional.of(version);
            }
        }
    }

    private static PGSimpleDataSource dataSource(CouncilConnector connector) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(connector.server().url());
        try {
            for (var setting : connector.driverProperties().entrySet()) {
                source.setProperty(setting.getKey().toString(), setting.getValue().toString());
            }
        } catch (SQLException e) {
            throw new LibraryException(Message.of("council.error.connect", connector.server().describe(), e.getMessage()), e);
        }
        return source;
    }
}
