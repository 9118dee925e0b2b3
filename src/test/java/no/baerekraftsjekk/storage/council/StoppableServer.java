package no.baerekraftsjekk.storage.council;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of its own that a test can stop hard and start again on the same data and
 * port, as a council's server goes down under its users. Stopping is {@code pg_ctl stop -m
 * immediate}: every server process quits at once, without a checkpoint, as in a crash; on start
 * the server recovers from its write-ahead log. PostgreSQL refuses to run as root, so pg_ctl runs
 * in a user namespace ({@code unshare -U}), the way zonky runs it too.
 */
final class StoppableServer implements AutoCloseable {
    private final Path data;
    private EmbeddedPostgres server;
    private final int port;

    StoppableServer(Path data) throws IOException {
        this.data = data;
        this.server = start(data, 0);
        this.port = server.getPort();
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        // Never clean: the data directory must outlive a stop, and it is the test's temporary folder.
        EmbeddedPostgres.Builder builder = CouncilTestServer.durable(EmbeddedPostgres.builder())
                .setDataDirectory(data).setCleanDataDirectory(false);
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    EmbeddedPostgres server() {
        return server;
    }

    /** pg_ctl stop -m immediate, waiting until the server is gone. */
    void stopImmediately() throws IOException, InterruptedException {
        String pid = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).trim();
        Path postgres = Path.of(ProcessHandle.of(Long.parseLong(pid)).orElseThrow().info().command().orElseThrow());
        Process stop = new ProcessBuilder("unshare", "-U", postgres.resolveSibling("pg_ctl").toString(),
                "-D", data.toString(), "stop", "-m", "immediate", "-w").redirectErrorStream(true).start();
        String said = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!stop.waitFor(30, TimeUnit.SECONDS) || stop.exitValue() != 0) {
            throw new IOException("pg_ctl stop -m immediate failed: " + said);
        }
    }

    /** Starts the stopped server again on the same data and port; it recovers first. */
    void startAgain() throws IOException {
        EmbeddedPostgres old = server;
        try {
            // Releases zonky's lock on the data directory; its own stop fails, the server being gone.
            old.close();
        } catch (IOException | RuntimeException e) {
            // Expected: nothing left to stop.
        }
        server = start(data, port);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
