package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Fixtures;
import no.baerekraftsjekk.storage.StaleSaveException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class CouncilSavesTest {
    @TempDir
    Path dataFolder;

    private CouncilServer council;
    private PostgresLibrary kari;

    @BeforeEach
    void open() {
        council = CouncilTestServer.newLibrary("saves");
        kari = PostgresLibrary.open(new CouncilConnector(council), "kari", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        kari.close();
    }

    @Test
    void aSaveGoesStraightToTheServerWhenItAnswers() {
        CouncilSaves saves = new CouncilSaves(kari, EditQueue.in(dataFolder), Clock.systemUTC());
        long id = kari.create(Assessment.newDraft("A")).id();
        CouncilSaves.Outcome outcome = saves.save(id, 1, Assessment.newDraft("A2"));
        assertThat(outcome).isInstanceOf(CouncilSaves.Saved.class);
        assertThat(outcome.version()).isEqualTo(2);
        assertThat(saves.hasPending()).isFalse();
    }

    @Test
    void aSaveWhileTheServerIsUnreachableIsKeptOnDiskAndReadBackAfterARestart() {
        PostgresLibrary nowhere = unreachable();
        CouncilSaves saves = new CouncilSaves(nowhere, EditQueue.in(dataFolder), Clock.systemUTC());
        Assessment full = Fixtures.fullAssessment();
        CouncilSaves.Outcome first = saves.save(7, 3, full);
        Assessment untitled = Assessment.newDraft("");
        CouncilSaves.Outcome second = saves.save(7, first.version(), untitled);
        assertThat(first).isInstanceOf(CouncilSaves.KeptLocally.class);
        assertThat(second.version()).isEqualTo(5);

        EditQueue reopened = EditQueue.in(dataFolder);
        assertThat(reopened.pending()).extracting(PendingEdit::baseVersion).containsExactly(3L, 4L);
        assertThat(reopened.pending().get(0).assessment()).isEqualTo(full);
        assertThat(reopened.pending().get(1).assessment()).isEqualTo(untitled);
    }

    @Test
    void keptEditsAreSentInOrderWhenTheServerAnswersAgain() {
        long id = kari.create(Assessment.newDraft("A")).id();
        EditQueue queue = EditQueue.in(dataFolder);
        queue.add(new PendingEdit(UUID.randomUUID(), id, 1, Assessment.newDraft("A2"), Instant.now()));
        queue.add(new PendingEdit(UUID.randomUUID(), id, 2, Assessment.newDraft("A3"), Instant.now()));
        CouncilSaves saves = new CouncilSaves(kari, queue, Clock.systemUTC());

        CouncilSaves.Outcome next = saves.save(id, 3, Assessment.newDraft("A4"));

        assertThat(next).isInstanceOf(CouncilSaves.Saved.class);
        assertThat(kari.find(id).orElseThrow().version()).isEqualTo(4);
        assertThat(kari.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("A4");
        assertThat(saves.hasPending()).isFalse();
    }

    @Test
    void anEditWhoseAnswerWasLostIsNotAppliedTwice() {
        long id = kari.create(Assessment.newDraft("A")).id();
        PendingEdit edit = new PendingEdit(UUID.randomUUID(), id, 1, Assessment.newDraft("A2"), Instant.now());
        // The server committed it, but the connection broke before the answer came back.
        kari.saveEdit(id, 1, edit.assessment(), edit.editId());
        EditQueue queue = EditQueue.in(dataFolder);
        queue.add(edit);

        CouncilSaves.Flush flush = new CouncilSaves(kari, queue, Clock.systemUTC()).flush();

        assertThat(flush.refused()).isEmpty();
        assertThat(flush.remaining()).isZero();
        assertThat(kari.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aKeptEditThatAColleagueOvertookWaitsForTheCaseworkersChoice() throws Exception {
        long mine = kari.create(Assessment.newDraft("Min")).id();
        long other = kari.create(Assessment.newDraft("Annen")).id();
        try (PostgresLibrary ola = PostgresLibrary.open(new CouncilConnector(council), "ola", Clock.systemUTC())) {
            ola.save(mine, 1, Assessment.newDraft("Olas"));
        }
        EditQueue queue = EditQueue.in(dataFolder);
        queue.add(new PendingEdit(UUID.randomUUID(), mine, 1, Assessment.newDraft("Kari offline 1"), Instant.now()));
        queue.add(new PendingEdit(UUID.randomUUID(), other, 1, Assessment.newDraft("Annen offline"), Instant.now()));
        queue.add(new PendingEdit(UUID.randomUUID(), mine, 2, Assessment.newDraft("Kari offline 2"), Instant.now()));
        CouncilSaves saves = new CouncilSaves(kari, queue, Clock.systemUTC());

        CouncilSaves.Flush flush = saves.flush();

        assertThat(flush.sent()).as("the other assessment goes on").isEqualTo(1);
        assertThat(flush.refused()).singleElement().satisfies(r -> {
            assertThat(r.reason().changedBy()).isEqualTo("ola");
            assertThat(r.edit().assessment().caseInfo().title()).isEqualTo("Kari offline 1");
        });
        assertThat(saves.pending(mine)).hasSize(2);
        assertThat(kari.find(mine).orElseThrow().assessment().caseInfo().title()).isEqualTo("Olas");

        saves.discard(mine);
        assertThat(saves.hasPending()).isFalse();
        assertThat(Files.list(dataFolder.resolve(EditQueue.FOLDER))).isEmpty();
    }

    @Test
    void aRefusedSaveIsNotKept() {
        long id = kari.create(Assessment.newDraft("A")).id();
        CouncilSaves saves = new CouncilSaves(kari, EditQueue.in(dataFolder), Clock.systemUTC());
        saves.save(id, 1, Assessment.newDraft("A2"));
        assertThatThrownBy(() -> saves.save(id, 1, Assessment.newDraft("A2 igjen"))).isInstanceOf(StaleSaveException.class);
        assertThat(saves.hasPending()).isFalse();
    }

    /** A library whose server went away: it was opened, then the address stopped answering. */
    private PostgresLibrary unreachable() {
        return PostgresLibrary.openUnchecked(new CouncilConnector(CouncilServer.ofUrl("jdbc:postgresql://127.0.0.1:1/borte")),
                "kari", Clock.systemUTC());
    }
}
