package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.storage.StaleSaveException;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutosaverTest {
    private final ManualScheduling time = new ManualScheduling();
    private InMemoryLibrary library;
    private long id;
    private final List<Throwable> toldCaseworker = new ArrayList<>();
    private final List<String> askedAboutConflict = new ArrayList<>();
    private Autosaver saver;

    @BeforeEach
    void setUp() {
        library = new InMemoryLibrary();
        id = library.create(draft("Start")).id();
        saver = new Autosaver((base, a) -> library.save(id, base, a).version(), 1, time, time.clock, toldCaseworker::add,
                (stale, mine) -> askedAboutConflict.add(stale.changedBy() + ": " + mine.caseInfo().title()), Words.TEXTS);
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

    @Test
    void everyWriteNamesTheVersionTheOneBeforeItStored() {
        saver.changed(draft("Første"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();
        saver.changed(draft("Andre"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();

        assertThat(library.find(id).orElseThrow().version()).isEqualTo(3);
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Andre");
    }

    @Test
    void aWriteRefusedBecauseSomeoneElseSavedIsNotRetriedAndTheCaseworkerIsAskedOnce() {
        String someoneElse = System.getProperty("user.name");
        library.save(id, 1, draft("Lagret i et annet vindu"));
        saver.changed(draft("Min tekst"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();

        assertThat(saver.stateProperty().get()).isEqualTo(Autosaver.State.CONFLICT);
        assertThat(saver.statusTextProperty().get()).isEqualTo("Ikke lagret – endret et annet sted");
        assertThat(askedAboutConflict).containsExactly(someoneElse + ": Min tekst");
        assertThat(saver.lastFailure()).isInstanceOf(StaleSaveException.class);

        saver.changed(draft("Min tekst, mer"));
        time.advance(Autosaver.LONGEST_RETRY.multipliedBy(4));
        assertThat(time.waitingJobs()).as("no retry, no new write while the caseworker decides").isZero();
        assertThat(saver.flush()).isFalse();
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Lagret i et annet vindu");
        assertThat(saver.hasUnsavedChanges()).isTrue();
        assertThat(askedAboutConflict).hasSize(1);
        assertThat(toldCaseworker).isEmpty();
    }

    @Test
    void afterTakingTheStoredVersionTheNextEditIsSavedOverIt() {
        library.save(id, 1, draft("Deres"));
        saver.changed(draft("Min"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();

        saver.continueFrom(library.find(id).orElseThrow().version());
        assertThat(saver.hasUnsavedChanges()).isFalse();
        saver.changed(draft("Deres, og så min endring"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();

        assertThat(library.get(id).caseInfo().title()).isEqualTo("Deres, og så min endring");
        assertThat(saver.statusTextProperty().get()).startsWith("Lagret kl.");
    }

    @Test
    void discardingWhatIsUnsavedWritesNothingMore() {
        library.save(id, 1, draft("Deres"));
        saver.changed(draft("Min"));
        time.advance(Autosaver.DEBOUNCE);
        time.runBackground();

        saver.discardUnsaved();

        assertThat(saver.hasUnsavedChanges()).isFalse();
        assertThat(saver.flush()).isTrue();
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Deres");
    }

    @Test
    void flushingInTheBackgroundStoresWhatIsLeftAndSaysSo() {
        List<Boolean> outcomes = new ArrayList<>();
        saver.changed(draft("Siste ord"));

        saver.flushInBackground(outcomes::add);
        assertThat(outcomes).as("nothing written on the calling thread").isEmpty();
        time.runBackground();

        assertThat(outcomes).containsExactly(true);
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Siste ord");
        assertThat(saver.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aFailedBackgroundFlushKeepsTheValueForTheRetry() {
        List<Boolean> outcomes = new ArrayList<>();
        library.failNextSaves(1);
        saver.changed(draft("Ikke mist meg"));

        saver.flushInBackground(outcomes::add);
        time.runBackground();

        assertThat(outcomes).containsExactly(false);
        assertThat(saver.hasUnsavedChanges()).isTrue();
        time.advance(Autosaver.FIRST_RETRY);
        time.runBackground();
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Ikke mist meg");
    }
}
