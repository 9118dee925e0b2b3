package no.baerekraftsjekk.storage.council;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (from the zonky binaries) for the whole test run: starting one takes
 * seconds, a database in it milliseconds. Each test class takes a database of its own, so classes
 * never see each other's assessments. The server stops with the JVM.
 */
public final class CouncilTestServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private CouncilTestServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = durable(EmbeddedPostgres.builder()).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /**
     * As a council runs it: zonky starts PostgreSQL with fsync and synchronous_commit off for
     * speed, under which an acknowledged commit can vanish in a crash and a save costs nothing;
     * the fault test and the load benchmark would prove nothing that way.
     */
    static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // 50 simulated caseworkers with a listener each in the load benchmark.
                .setServerConfig("max_connections", "300");
    }

    /** A new, empty database on the shared server, its schema made by {@code server init}'s code. */
    public static CouncilServer newLibrary(String name) {
        CouncilServer council = emptyDatabase(name);
        CouncilSchema.migrate(new CouncilConnector(council));
        return council;
    }

    /** A new database with no schema at all. */
    public static CouncilServer emptyDatabase(String name) {
        String database = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
        return createDatabase(server(), database);
    }

    static CouncilServer createDatabase(EmbeddedPostgres on, String database) {
        try (Connection admin = on.getPostgresDatabase().getConnection(); Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return CouncilServer.ofUrl(on.getJdbcUrl("postgres", database));
    }
}
