package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.baerekraftsjekk.domain.Assessment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The council's server goes down hard (pg_ctl stop -m immediate) in the middle of a burst of
 * edits and comes back: every edit the caseworker was told is saved or kept is on the server
 * afterwards, each exactly once, and the assessment ends as the last edit left it.
 */
@Tag("postgres")
@Tag("slow")
class NetworkFailureTest {
    private static final int EDITS = 400;
    private static final int STOP_AT = 120;

    @TempDir
    Path pgData;

    @TempDir
    Path dataFolder;

    @Test
    void everyAcknowledgedEditIsOnTheServerOnceAfterAHardStopAndRestart() throws Exception {
        try (StoppableServer server = new StoppableServer(pgData.resolve("pg"))) {
            CouncilServer council = CouncilTestServer.createDatabase(server.server(), "fault");
            CouncilSchema.migrate(new CouncilConnector(council));
            try (PostgresLibrary library = PostgresLibrary.open(new CouncilConnector(council), "kari", Clock.systemUTC())) {
                CouncilSaves saves = new CouncilSaves(library, EditQueue.in(dataFolder), Clock.systemUTC());
                long id = library.create(Assessment.newDraft("Ny brannstasjon")).id();
                long version = 1;
                List<UUID> acknowledged = new ArrayList<>();
                int kept = 0;
                CompletableFuture<Void> outage = null;
                for (int i = 1; i <= EDITS; i++) {
                    if (i == STOP_AT) {
                        outage = CompletableFuture.runAsync(() -> stopAndStartAgain(server));
                    }
                    CouncilSaves.Outcome outcome = saves.save(id, version, Assessment.newDraft("Ny brannstasjon").withConclusion("Endring " + i));
                    version = outcome.version();
                    switch (outcome) {
                        case CouncilSaves.Saved saved -> acknowledged.add(saved.editId());
                        case CouncilSaves.KeptLocally local -> {
                            acknowledged.add(local.edit().editId());
                            kept++;
                        }
                    }
                    Thread.sleep(5);
                }
                outage.join();
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (saves.hasPending() && System.nanoTime() < deadline) {
                    CouncilSaves.Flush flush = saves.flush();
                    assertThat(flush.refused()).isEmpty();
                    Thread.sleep(200);
                }
                System.out.printf("[council] fault test: %d edits, %d kept on this machine during the outage, all sent afterwards%n", EDITS, kept);

                assertThat(kept).as("edits kept locally while the server was down").isPositive();
                assertThat(saves.hasPending()).isFalse();
                assertThat(Files.list(dataFolder.resolve(EditQueue.FOLDER))).as("no kept edit left").isEmpty();
                var stored = library.find(id).orElseThrow();
                assertThat(stored.assessment().conclusion()).isEqualTo("Endring " + EDITS);
                assertThat(stored.version()).as("each edit applied exactly once").isEqualTo(1 + EDITS);
                try (Connection db = DriverManager.getConnection(council.url()); Statement query = db.createStatement();
                        ResultSet row = query.executeQuery("SELECT edit_id FROM applied_edit ORDER BY version")) {
                    Set<UUID> applied = new HashSet<>();
                    List<UUID> inOrder = new ArrayList<>();
                    while (row.next()) {
                        UUID edit = row.getObject(1, UUID.class);
                        applied.add(edit);
                        inOrder.add(edit);
                    }
                    assertThat(inOrder).as("every acknowledged edit, once, in the order made").containsExactlyElementsOf(acknowledged);
                    assertThat(applied).hasSize(EDITS);
                }
            }
        }
    }

    private static void stopAndStartAgain(StoppableServer server) {
        try {
            server.stopImmediately();
            Thread.sleep(1_000);
            server.startAgain();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
