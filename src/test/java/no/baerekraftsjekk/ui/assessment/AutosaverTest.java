package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutosaverTest {
    private final ManualScheduling time = new ManualScheduling();
    private InMemoryLibrary library;
    private long id;
    private final List<Throwable> toldCaseworker = new ArrayList<>();
    private Autosaver saver;

    @BeforeEach
    void setUp() {
        library = new InMemoryLibrary();
        id = library.create(draft("Start")).id();
        saver = new Autosaver(a -> library.save(id, a), time, time.clock, toldCaseworker::add, Words.TEXTS);
    }

    private static Assessment draft(String title) {
        return Assessment.newDraft(title);
    }

    @Test
    void aBurstOfKeystrokesBecomesOneWriteOfTheLatestValue() {
        for (String title : List.of("S", "Sk", "Sko", "Skol", "Skole")) {
            saver.changed(draft(title));
            time.advance(Duration.ofMillis(80));
        }
        assertThat(time.waitingJobs()).isZero();
        assertThat(saver.statusTextProperty().get()).isEqualTo("Lagrer…");

        time.advance(Autosaver.DEBOUNCE);
        assertThat(time.waitingJobs()).isEqualTo(1);
        time.runBackground();

        assertThat(library.saves()).extracting(a -> a.caseInfo().title()).containsExactly("Skole");
        assertThat(saver.statusTextProperty().get()).isEqualTo("Lagret kl. 14:32");
    }

    @Test
    void continuousTypingIsStillStoredWithinASecond() {
        for (int i = 0; i < 10; i++) {
            saver.changed(draft("Tittel " + i));
            time.advance(Duration.ofMillis(100));
        }
        assertThat(time.waitingJobs()).as("a write started before the typing stopped").isEqualTo(1);
        time.runBackground();
        assertThat(library.saves()).hasSize(1);
        assertThat(library.saves().getFirst().caseInfo().title()).isEqualTo("Tittel 8");
    }

    @Test
    void neverTwoWritesAtOnceAndTheyLandInOrder() {
        saver.changed(draft("Første"));
        time.advance(Autosaver.DEBOUNCE);
        saver.changed(draft("Andre"));
        time.advance(Autosaver.DEBOUNCE);
        saver.changed(draft("Tredje"));
        time.advance(Autosaver.DEBOUNCE);
        assertThat(time.waitingJobs()).as("only the write in flight").isEqualTo(1);

        time.runBackground();
        assertThat(time.waitingJobs()).as("the newest value follows at once").isEqualTo(1);
        time.runBackground();

        assertThat(library.saves()).extracting(a -> a.caseInfo().title()).containsExactly("Første", "Tredje");
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Tredje");
        assertThat(saver.hasUnsavedChanges()).isFalse();
    }

    @Test
    void flushOnCloseStoresWhatIsLeftAndALateOlderWriteDoesNotOverwriteIt() {
        saver.changed(draft("Eldre"));
        time.advance(Autosaver.DEBOUNCE);
        Runnable olderWriteInFlight = time.takeBackground();
        saver.changed(draft("Siste ord"));

        assertThat(saver.flush()).isTrue();
        olderWriteInFlight.run();

        assertThat(library.get(id).caseInfo().title()).isEqualTo("Siste ord");
        assertThat(library.saves()).extracting(a -> a.caseInfo().title()).containsExactly("Siste ord");
        assertThat(saver.hasUnsavedChanges()).isFalse();
    }

    @Test
    void flushWithNothingChangedWritesNothing() {
        assertThat(saver.flush()).isTrue();
        assertThat(library.saves()).isEmpty();
    }

    @Test
    void aFailedWriteIsRetriedAndTheStatusSaysSo() {
        library.failNextSaves(1);
        saver.changed(draft("Viktig tekst"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();

        assertThat(saver.statusTextProperty().get()).isEqualTo("Kunne ikke lagre – prøver igjen");
        assertThat(saver.hasUnsavedChanges()).isTrue();

        time.advance(Autosaver.FIRST_RETRY);
        time.runBackground();
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Viktig tekst");
        assertThat(saver.statusTextProperty().get()).startsWith("Lagret kl.");
        assertThat(toldCaseworker).isEmpty();
    }

    @Test
    void aNewerChangeDuringFailureIsTheOneRetried() {
        library.failNextSaves(1);
        saver.changed(draft("Gammel"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();
        saver.changed(draft("Ny"));
        time.advance(Autosaver.FIRST_RETRY);
        time.runBackground();
        assertThat(library.saves()).extracting(a -> a.caseInfo().title()).containsExactly("Ny");
    }

    @Test
    void theCaseworkerIsToldOnceWhenSavingKeepsFailing() {
        library.failNextSaves(5);
        saver.changed(draft("Tekst"));
        time.advance(Autosaver.DEBOUNCE);
        for (int attempt = 0; attempt < 5; attempt++) {
            time.runBackground();
            time.advance(Autosaver.LONGEST_RETRY);
        }
        assertThat(toldCaseworker).hasSize(1);
        time.runBackground();
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Tekst");
    }

    @Test
    void aFailedFlushKeepsTheValueAndRetriesIt() {
        library.failNextSaves(1);
        saver.changed(draft("Ikke mist meg"));

        assertThat(saver.flush()).isFalse();
        assertThat(saver.lastFailure()).hasMessageContaining("Disken er full");
        assertThat(saver.hasUnsavedChanges()).isTrue();

        time.advance(Autosaver.FIRST_RETRY);
        time.runBackground();
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Ikke mist meg");
    }
}
