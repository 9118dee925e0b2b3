package no.baerekraftsjekk.ui.library;

import static no.baerekraftsjekk.ui.FxTesting.await;
import static no.baerekraftsjekk.ui.FxTesting.get;
import static no.baerekraftsjekk.ui.FxTesting.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.BkjWriter;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.storage.FileFingerprint;
import no.baerekraftsjekk.storage.StoredAssessment;
import no.baerekraftsjekk.ui.FakeDialogs;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.UserSettings;
import no.baerekraftsjekk.usecase.DuplicateAssessment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private final FakeFileDialogs dialogs = new FakeFileDialogs();
    private final RecordingErrorReporter errors = new RecordingErrorReporter();
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private final no.baerekraftsjekk.ui.FakeDialogs questions = new no.baerekraftsjekk.ui.FakeDialogs();
    private BackgroundTasks tasks;
    private LibraryViewModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void platform() {
        FxTesting.startPlatform();
    }

    @BeforeEach
    void setUp() {
        tasks = new BackgroundTasks(errors);
        UiServices services = new UiServices(library, AssessmentAnalyzer.standard(), tasks, errors, dialogs, new NoSettings(), term -> { },
                Words.TEXTS, Words.REFERENCE, questions);
        model = get(() -> new LibraryViewModel(services, ExampleAssessments.shipped(), opened::add));
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void listsAssessmentsMostRecentlyChangedFirst() {
        library.create(draft("Gammel sak"));
        library.create(draft("Ny sak"));

        run(model::refresh);

        assertThat(titles()).containsExactly("Ny sak", "Gammel sak");
        assertThat(get(() -> model.libraryEmptyProperty().get())).isFalse();
    }

    @Test
    void anEmptyLibraryIsReportedAsEmpty() {
        run(model::refresh);

        assertThat(get(() -> model.libraryEmptyProperty().get())).isTrue();
        assertThat(get(() -> model.loadedProperty().get())).isTrue();
    }

    @Test
    void searchShowsOnlyMatchesAndANoMatchSearchDoesNotCountAsAnEmptyLibrary() {
        library.create(draft("Ny barneskole"));
        library.create(draft("Sykkelvei langs elva"));
        run(model::refresh);

        run(() -> model.search("skole"));
        assertThat(titles()).containsExactly("Ny barneskole");

        run(() -> model.search("finnes ikke"));
        assertThat(titles()).isEmpty();
        assertThat(get(() -> model.libraryEmptyProperty().get())).isFalse();

        run(() -> model.search("  "));
        assertThat(titles()).hasSize(2);
    }

    @Test
    void aSlowAnswerToAnOlderSearchNeverReplacesTheNewerOne() {
        library.create(draft("Ny barneskole"));
        library.create(draft("Sykkelvei langs elva"));
        library.gate = new java.util.concurrent.CountDownLatch(1);
        library.slowQuery = "skole";

        onFx(() -> model.search("skole"));
        onFx(() -> model.search("sykkelvei"));
        await("the newer search has answered", () -> titles().equals(List.of("Sykkelvei langs elva")));
        library.gate.countDown();
        run(() -> { });

        assertThat(titles()).containsExactly("Sykkelvei langs elva");
    }

    @Test
    void deleteMovesToTheBinAndUndoBringsItBack() {
        StoredAssessment school = library.create(draft("Ny barneskole"));
        run(model::refresh);

        run(() -> model.delete(row("Ny barneskole")));

        assertThat(library.isDeleted(school.id())).isTrue();
        assertThat(titles()).isEmpty();
        assertThat(get(() -> model.pendingUndoProperty().get())).isEqualTo(new DeletedAssessment(school.id(), "Ny barneskole"));

        run(model::undoDelete);

        assertThat(library.isDeleted(school.id())).isFalse();
        assertThat(titles()).containsExactly("Ny barneskole");
        assertThat(get(() -> model.pendingUndoProperty().get())).isNull();
        assertThat(get(() -> model.selectedProperty().get().id())).isEqualTo(school.id());
    }

    @Test
    void afterADeleteTheRowThatTookItsPlaceIsSelectedSoTheKeyboardKeepsItsPlace() {
        library.create(draft("Tredje"));
        library.create(draft("Andre"));
        library.create(draft("Første"));
        run(model::refresh);

        run(() -> model.delete(row("Andre")));

        assertThat(get(() -> model.selectedProperty().get().title())).isEqualTo("Tredje");
    }

    @Test
    void anUndoOfferThatTimesOutLeavesTheAssessmentDeletedButANewerOfferStays() {
        StoredAssessment first = library.create(draft("Første"));
        library.create(draft("Andre"));
        run(model::refresh);
        run(() -> model.delete(row("Første")));
        DeletedAssessment firstOffer = get(() -> model.pendingUndoProperty().get());
        run(() -> model.delete(row("Andre")));

        run(() -> model.dismissUndo(firstOffer));

        assertThat(get(() -> model.pendingUndoProperty().get().title())).isEqualTo("Andre");
        assertThat(library.isDeleted(first.id())).isTrue();
    }

    @Test
    void duplicateStoresADraftCopyTitledAsACopyAndSelectsIt() {
        library.create(draft("Ny barneskole").withStatus(Status.COMPLETE));
        run(model::refresh);

        run(() -> model.duplicate(row("Ny barneskole")));

        AssessmentSummary copy = get(() -> model.selectedProperty().get());
        assertThat(copy.title()).isEqualTo("Kopi av Ny barneskole");
        assertThat(copy.status()).isEqualTo(Status.DRAFT);
        assertThat(titles()).containsExactly("Kopi av Ny barneskole", "Ny barneskole");
    }

    /** Issue 20: the status line says what the last action did, and is gone once the caseworker does something else. */
    @Test
    void theStatusLineIsClearedByTheNextAction() {
        library.create(draft("Ny barneskole"));
        run(model::refresh);
        run(() -> model.duplicate(row("Ny barneskole")));
        assertThat(get(() -> model.statusMessageProperty().get())).contains("Kopi av Ny barneskole");

        run(() -> model.search("skole"));
        assertThat(get(() -> model.statusMessageProperty().get())).isEmpty();

        run(() -> model.duplicate(row("Ny barneskole")));
        assertThat(get(() -> model.statusMessageProperty().get())).isNotEmpty();
        onFx(() -> model.open(row("Ny barneskole")));
        assertThat(get(() -> model.statusMessageProperty().get())).isEmpty();
    }

    @Test
    void aCopyOfAVeryLongTitleStaysWithinTheTitleLimit() {
        assertThat(DuplicateAssessment.copyTitle("x".repeat(300), Words.TEXTS)).hasSize(300).startsWith("Kopi av ").endsWith("…");
    }

    @Test
    void newAssessmentIsADraftWithAnEmptyTitleAndIsOpenedAtOnce() {
        run(model::createNew);

        assertThat(opened).hasSize(1);
        StoredAssessment created = library.find(opened.get(0)).orElseThrow();
        assertThat(created.assessment().caseInfo().title()).as("typed by the caseworker, nothing to delete first").isEmpty();
        assertThat(created.assessment().status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void importStoresValidFilesAndRefusesInvalidOnesNamingTheFileAndItsProblems() throws Exception {
        Path valid = write("skole.bkj", new BkjWriter().write(draft("Ny barneskole")));
        Path invalid = write("ødelagt.bkj", "{\"format\": \"baerekraftsjekk\", \"version\": 1, \"case\": {\"title\": \"\"}}"
                .getBytes(StandardCharsets.UTF_8));
        dialogs.filesToOpen = List.of(valid, invalid);

        run(model::importFiles);

        assertThat(titles()).containsExactly("Ny barneskole");
        assertThat(get(() -> model.statusMessageProperty().get())).isEqualTo("1 importert, 1 avvist");
        assertThat(errors.errors).singleElement().satisfies(shown -> {
            assertThat(shown.message()).contains("ødelagt.bkj").contains("Saken må ha en tittel");
            assertThat(shown.message()).doesNotContain("skole.bkj");
        });
    }

    @Test
    void aFileMarkedCompleteThatIsNotReadyIsStoredAsADraftWithAWarning() throws Exception {
        Path file = write("ferdig.bkj", new BkjWriter().write(draft("Påstått ferdig").withStatus(Status.COMPLETE)));
        dialogs.filesToOpen = List.of(file);

        run(model::importFiles);

        assertThat(get(() -> model.selectedProperty().get().status())).isEqualTo(Status.DRAFT);
        assertThat(errors.errors).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("ferdig.bkj").contains("utkast"));
    }

    @Test
    void importingAnAssessmentThatIsThereAsksToUpdateItOrKeepBoth() throws Exception {
        Assessment school = draft("Ny barneskole");
        long existing = library.create(school).id();
        Path file = write("fra-kollega.bkj", new BkjWriter().write(school.withConclusion("Kollegaens konklusjon.")));
        dialogs.filesToOpen = List.of(file);

        onFx(model::importFiles);
        awaitOpenQuestion();

        assertThat(questions.asked()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Vurderingen finnes allerede");
            assertThat(q.message()).contains("fra-kollega.bkj").contains("«Ny barneskole»");
        });
        assertThat(questions.openChoices()).containsExactly("Oppdater den som finnes", "Behold begge", "Ikke importer filen");
        questions.answer("Oppdater den som finnes");
        await("library work done", () -> !model.busyProperty().get());

        assertThat(library.list()).hasSize(1);
        assertThat(library.find(existing).orElseThrow().assessment().conclusion()).isEqualTo("Kollegaens konklusjon.");
    }

    @Test
    void keepingBothImportsTheFileAsASecondAssessmentWithAnIdOfItsOwn() throws Exception {
        Assessment school = draft("Ny barneskole");
        library.create(school);
        dialogs.filesToOpen = List.of(write("kopi.bkj", new BkjWriter().write(school)));

        onFx(model::importFiles);
        awaitOpenQuestion();
        questions.answer("Behold begge");
        await("library work done", () -> !model.busyProperty().get());

        assertThat(library.list()).hasSize(2);
        assertThat(library.list()).extracting(s -> library.find(s.id()).orElseThrow().assessment().id())
                .doesNotHaveDuplicates().contains(school.id());
    }

    @Test
    void notImportingTheFileLeavesTheLibraryAsItWasAndSaysWhy() throws Exception {
        Assessment school = draft("Ny barneskole");
        library.create(school);
        dialogs.filesToOpen = List.of(write("igjen.bkj", new BkjWriter().write(school.withConclusion("Skal ikke inn."))));

        onFx(model::importFiles);
        awaitOpenQuestion();
        questions.answer("Ikke importer filen");
        await("library work done", () -> !model.busyProperty().get());

        assertThat(library.list()).hasSize(1);
        assertThat(library.find(library.list().get(0).id()).orElseThrow().assessment()).isEqualTo(school);
        assertThat(errors.errors).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains("igjen.bkj").contains("finnes allerede"));
    }

    @Test
    void aDuplicateGetsAnIdOfItsOwn() {
        Assessment school = draft("Ny barneskole");
        library.create(school);
        run(model::refresh);

        run(() -> model.duplicate(model.assessments().get(0)));

        assertThat(library.list()).hasSize(2);
        assertThat(library.list()).extracting(s -> library.find(s.id()).orElseThrow().assessment().id())
                .doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aCancelledImportDoesNothing() {
        dialogs.filesToOpen = List.of();

        run(model::importFiles);

        assertThat(library.list()).isEmpty();
        assertThat(errors.errors).isEmpty();
    }

    @Test
    void exportWritesAFileThatReadsBackAsTheSameAssessment() throws Exception {
        Assessment school = draft("Ny barneskole: trinn 1/2");
        library.create(school);
        run(model::refresh);
        dialogs.saveLocation = folder.resolve("ut.bkj");

        run(() -> model.export(row("Ny barneskole: trinn 1/2")));

        assertThat(dialogs.suggestedNames).containsExactly("Ny barneskole- trinn 1-2.bkj");
        assertThat(new BkjReader().read(dialogs.saveLocation).assessment()).isEqualTo(school);
        assertThat(get(() -> model.statusMessageProperty().get())).contains("ut.bkj");
        assertThat(library.findByFile(FileFingerprint.of(dialogs.saveLocation).orElseThrow()))
                .as("the exported file, opened later, opens this assessment").hasValue(row("Ny barneskole: trinn 1/2").id());
    }

    @Test
    void anExportThatCannotBeWrittenShowsWhyInNorwegian() {
        library.create(draft("Ny barneskole"));
        run(model::refresh);
        dialogs.saveLocation = folder.resolve("finnes-ikke").resolve("ut.bkj");

        run(() -> model.export(row("Ny barneskole")));

        assertThat(errors.errors).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("finnes ikke").contains("finnes-ikke"));
        assertThat(errors.unexpected).isEmpty();
    }

    @Test
    void anExampleIsCopiedIntoTheLibraryTitledAsAnExampleAndReusedOnTheNextOpen() {
        run(model::loadExamples);
        List<ExampleAssessments.Example> examples = get(() -> List.copyOf(model.examples()));
        assertThat(examples).isNotEmpty();

        run(() -> model.openExample(examples.get(0)));

        assertThat(opened).hasSize(1);
        assertThat(library.find(opened.get(0)).orElseThrow().assessment().caseInfo().title())
                .isEqualTo("Eksempel: " + examples.get(0).title());

        // Opened again, also after the caseworker changed it: the same copy, not a new one.
        long copy = opened.get(0);
        var stored = library.find(copy).orElseThrow();
        library.save(copy, stored.version(), stored.assessment().withConclusion("Prøvd selv."));
        run(() -> model.openExample(examples.get(0)));
        assertThat(opened).containsExactly(copy, copy);
        assertThat(library.list()).hasSize(1);
        assertThat(library.find(copy).orElseThrow().assessment().conclusion()).isEqualTo("Prøvd selv.");

        // Another example is a copy of its own.
        run(() -> model.openExample(examples.get(1)));
        assertThat(opened).hasSize(3).last().isNotEqualTo(copy);
        assertThat(library.list()).hasSize(2);
    }

    /** The fake records a question before it can be answered; wait until it can. */
    private void awaitOpenQuestion() {
        await("the question", () -> {
            try {
                return !questions.openChoices().isEmpty();
            } catch (java.util.NoSuchElementException notYet) {
                return false;
            }
        });
    }

    private void run(Runnable action) {
        onFx(action);
        await("library work done", () -> !model.busyProperty().get());
    }

    private List<String> titles() {
        return get(() -> model.assessments().stream().map(AssessmentSummary::title).toList());
    }

    private AssessmentSummary row(String title) {
        return get(() -> model.assessments().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }

    private static Assessment draft(String title) {
        return Assessment.newDraft(title).withCaseInfo(CaseInfo.titled(title));
    }

    private static final class NoSettings implements UserSettings {
        @Override
        public String get(String key, String fallback) {
            return fallback;
        }

        @Override
        public void put(String key, String value) {
        }
    }
}
