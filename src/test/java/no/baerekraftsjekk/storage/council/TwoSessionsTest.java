package no.baerekraftsjekk.storage.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.usecase.ResolveSaveConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Kari and Ola have the same assessment open in two programs on the council library. */
@Tag("postgres")
class TwoSessionsTest {
    private PostgresLibrary kari;
    private PostgresLibrary ola;
    private long id;

    @BeforeEach
    void bothOpenTheAssessment() {
        CouncilServer council = CouncilTestServer.newLibrary("two_sessions");
        kari = PostgresLibrary.open(new CouncilConnector(council), "kari", Clock.systemUTC());
        ola = PostgresLibrary.open(new CouncilConnector(council), "ola", Clock.systemUTC());
        id = kari.create(Assessment.newDraft("Ny barnehage på Sletta")).id();
        ola.find(id);
    }

    @AfterEach
    void closeBoth() {
        kari.close();
        ola.close();
    }

    @Test
    void karisProgramHearsOfOlasSaveWithinASecond() throws Exception {
        BlockingQueue<SaveNotice> heard = new LinkedBlockingQueue<>();
        try (SaveNotices notices = kari.listen(heard::add)) {
            awaitListening(notices);
            kari.save(id, 1, Assessment.newDraft("Karis egen lagring"));
            long sent = System.nanoTime();
            StoredAssessment olas = ola.save(id, 2, Assessment.newDraft("Olas endring"));
            SaveNotice notice = heard.poll(1, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            System.out.printf("[council] LISTEN/NOTIFY: Kari heard of Ola's save %d ms after it was committed%n", millis);
            assertThat(notice).as("a notice within a second").isNotNull();
            assertThat(notice).isEqualTo(new SaveNotice(id, 3, olas.changed(), "ola"));
            assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).as("Kari's own save is not announced to herself").isNull();
        }
    }

    @Test
    void theSecondSaveIsRefusedAndTakingTheirsContinuesFromTheirVersion() {
        ola.save(id, 1, Assessment.newDraft("Olas endring"));
        Assessment karis = Assessment.newDraft("Karis endring");
        assertThatThrownBy(() -> kari.save(id, 1, karis)).isInstanceOfSatisfying(StaleSaveException.class,
                e -> assertThat(e.changedBy()).isEqualTo("ola"));

        StoredAssessment theirs = new ResolveSaveConflict(kari).takeTheirs(id);
        assertThat(theirs.assessment().caseInfo().title()).isEqualTo("Olas endring");
        assertThat(kari.save(id, theirs.version(), theirs.assessment().withConclusion("Kari fortsetter")).version()).isEqualTo(3);
        assertThat(kari.list()).hasSize(1);
    }

    @Test
    void keepingMineAsACopyLeavesTheirsAsItIs() {
        ola.save(id, 1, Assessment.newDraft("Olas endring"));
        Assessment karis = Assessment.newDraft("Ny barnehage på Sletta").withConclusion("Karis konklusjon");
        assertThatThrownBy(() -> kari.save(id, 1, karis)).isInstanceOf(StaleSaveException.class);

        StoredAssessment copy = new ResolveSaveConflict(kari).keepMineAsCopy(karis, "kari", no.baerekraftsjekk.ui.Words.TEXTS);
        assertThat(copy.id()).isNotEqualTo(id);
        assertThat(copy.assessment().conclusion()).isEqualTo("Karis konklusjon");
        assertThat(copy.assessment().caseInfo().title()).isEqualTo("Ny barnehage på Sletta (kopi med endringene til kari)");
        assertThat(ola.find(id).orElseThrow().assessment().caseInfo().title()).isEqualTo("Olas endring");
        assertThat(ola.list()).extracting(AssessmentSummary::id).containsExactlyInAnyOrder(id, copy.id());
    }

    @Test
    void twoSavesAtTheSameMomentOnTheSameVersionNeverBothPass() throws Exception {
        for (int round = 0; round < 20; round++) {
            long base = kari.find(id).orElseThrow().version();
            List<Thread> threads = new java.util.ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (PostgresLibrary who : List.of(kari, ola)) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        start.await();
                        who.save(id, base, Assessment.newDraft(who.user() + " " + base));
                        passed.incrementAndGet();
                    } catch (StaleSaveException e) {
                        refused.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            start.countDown();
            for (Thread t : threads) {
                t.join();
            }
            assertThat(passed.get()).as("round %d", round).isEqualTo(1);
            assertThat(refused.get()).as("round %d", round).isEqualTo(1);
        }
        assertThat(kari.find(id).orElseThrow().version()).isEqualTo(21);
    }

    static void awaitListening(SaveNotices notices) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!notices.isListening() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(notices.isListening()).isTrue();
    }
}
