package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.StoredAssessment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's autosave on the council library while the network between it and the server fails. */
@Tag("postgres")
class QueuedCouncilLibraryTest {
    @TempDir
    Path dataFolder;

    @Test
    void savesWhileTheNetworkIsCutAreKeptAndSentWhenItIsBack() throws Exception {
        CouncilServer direct = CouncilTestServer.newLibrary("queued");
        try (FlakyNetwork network = new FlakyNetwork(CouncilTestServer.server().getPort())) {
            CouncilServer viaNetwork = CouncilServer.ofUrl(direct.url().replaceFirst("localhost:\\d+", "127.0.0.1:" + network.port()));
            PostgresLibrary server = PostgresLibrary.open(new CouncilConnector(viaNetwork), "kari", Clock.systemUTC());
            try (QueuedCouncilLibrary library = new QueuedCouncilLibrary(server, EditQueue.in(dataFolder), Clock.systemUTC())) {
                long id = library.create(Assessment.newDraft("Skolebygg")).id();
                assertThat(library.save(id, 1, Assessment.newDraft("Skolebygg 2")).version()).isEqualTo(2);

                network.cut();
                StoredAssessment kept = library.save(id, 2, Assessment.newDraft("Skolebygg 3"));
                library.save(id, kept.version(), Assessment.newDraft("Skolebygg 4"));
                assertThat(kept.version()).isEqualTo(3);
                assertThat(library.keptEdits()).isEqualTo(2);

                network.mend();
                StoredAssessment sent = library.save(id, 4, Assessment.newDraft("Skolebygg 5"));
                assertThat(sent.version()).isEqualTo(5);
                assertThat(library.keptEdits()).isZero();
            }
            try (PostgresLibrary check = PostgresLibrary.open(new CouncilConnector(direct), "it", Clock.systemUTC())) {
                StoredAssessment stored = check.list().stream().findFirst().flatMap(s -> check.find(s.id())).orElseThrow();
                assertThat(stored.assessment().caseInfo().title()).isEqualTo("Skolebygg 5");
                assertThat(stored.version()).isEqualTo(5);
            }
        }
    }
}
