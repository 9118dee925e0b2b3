package no.baerekraftsjekk.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.SafeFileName;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.domain.format.FileWriteException;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.ImportOutcome;
import no.baerekraftsjekk.storage.LibraryException;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.usecase.DeleteAssessment;
import no.baerekraftsjekk.usecase.DuplicateAssessment;
import no.baerekraftsjekk.usecase.ExportAssessmentFile;
import no.baerekraftsjekk.usecase.ImportAssessments;
import no.baerekraftsjekk.usecase.ImportAssessments.Decision;
import no.baerekraftsjekk.usecase.ImportAssessments.DuplicateChoice;

/**
 * The state of the library screen and what can be done there. Every library call runs in the
 * background; results arrive on the FX thread, so the properties are only touched there.
 * Testable without a window: the view binds to it and calls its actions.
 */
public final class LibraryViewModel {
    /** Room for a deep folder path on Windows, which still counts 260 characters in places. */
    private static final int MAX_FILE_NAME = 80;
    private final UiServices services;
    private final Texts texts;
    private final ExampleAssessments exampleSource;
    private final LongConsumer openAssessment;
    private final BkjReader reader;
    private final ImportAssessments importer;
    private final ExportAssessmentFile exporter;
    private final DuplicateChoice askOnDuplicate;

    private final ObservableList<AssessmentSummary> assessments = FXCollections.observableArrayList();
    private final ObservableList<ExampleAssessments.Example> examples = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper libraryEmpty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DeletedAssessment> pendingUndo = new ReadOnlyObjectWrapper<>();
    /** What the last action did («Kopi lagret …»); cleared when the caseworker does something else, so it never describes an older action. */
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private Runnable openPortfolio = () -> { };
    private String query = "";
    /** Counts searches, so that a slow answer to an old query never replaces a newer one. */
    private long searchGeneration;

    /**
     * @param openAssessment opens an assessment by its library id (the main window swaps its content)
     */
    public LibraryViewModel(UiServices services, ExampleAssessments exampleSource, LongConsumer openAssessment) {
        this.services = Objects.requireNonNull(services);
        this.texts = services.texts();
        this.exampleSource = Objects.requireNonNull(exampleSource);
        this.openAssessment = Objects.requireNonNull(openAssessment);
        this.reader = new BkjReader();
        this.importer = new ImportAssessments(services.library(), services.analyzer(), reader);
        this.exporter = new ExportAssessmentFile(services.library(), services.texts());
        this.askOnDuplicate = new DuplicateImportQuestion(services.dialogs(), services.texts());
        busy.bind(running.greaterThan(0));
    }

    /** The words of the library screen, in the window's language. */
    public Texts texts() {
        return texts;
    }

    public ObservableList<AssessmentSummary> assessments() {
        return assessments;
    }

    public ObservableList<ExampleAssessments.Example> examples() {
        return examples;
    }

    public ObjectProperty<AssessmentSummary> selectedProperty() {
        return selected;
    }

    /** True when the library holds no assessment at all (not merely none matching the search). */
    public ReadOnlyBooleanProperty libraryEmptyProperty() {
        return libraryEmpty.getReadOnlyProperty();
    }

    /** True once the first list has arrived; before that the screen shows neither list nor empty state. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeletedAssessment> pendingUndoProperty() {
        return pendingUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String query() {
        return query;
    }

    /** Loads the list for the current search. */
    public void refresh() {
        search(query);
    }

    /** Shows a list already read from the library (at start-up, before any search), without asking it again. */
    public void showKnown(List<AssessmentSummary> found) {
        if (!query.isEmpty()) {
            refresh();
            return;
        }
        ++searchGeneration;
        showList(found, "");
    }

    /** Shows the assessments matching the query; an empty query shows them all. */
    public void search(String newQuery) {
        query = newQuery == null ? "" : newQuery.strip();
        statusMessage.set("");
        reloadAndSelect(found -> null);
    }

    public void loadExamples() {
        background(exampleSource::list, examples::setAll);
    }

    /**
     * Creates a draft and opens it at once, its title empty for the caseworker to type (no placeholder
     * to delete first); the list and the files say «Uten tittel» until then.
     */
    public void createNew() {
        statusMessage.set("");
        Assessment draft = Assessment.newDraft("");
        background(() -> services.library().create(draft), stored -> openAssessment.accept(stored.id()));
    }

    public void open(AssessmentSummary summary) {
        if (summary != null) {
            statusMessage.set("");
            openAssessment.accept(summary.id());
        }
    }

    public void openSelected() {
        open(selected.get());
    }

    /** Stores a copy as a new draft and selects it, so the caseworker sees where it went. */
    public void duplicate(AssessmentSummary summary) {
        if (summary == null) {
            return;
        }
        statusMessage.set("");
        background(() -> new DuplicateAssessment(services.library(), texts).duplicate(summary.id(), summary.title()), copy -> {
            statusMessage.set(texts.get("library.duplicate.done", copy.assessment().caseInfo().title()));
            reloadAndSelect(copy.id());
        });
    }


    /** Moves the assessment to the bin and offers to take it back. */
    public void delete(AssessmentSummary summary) {
        if (summary == null) {
            return;
        }
        int position = assessments.indexOf(summary);
        background(() -> {
            new DeleteAssessment(services.library()).delete(summary.id());
            return summary;
        }, deleted -> {
            pendingUndo.set(new DeletedAssessment(deleted.id(), deleted.title()));
            statusMessage.set("");
            reloadAndSelect(found -> position < 0 || found.isEmpty() ? null : found.get(Math.min(position, found.size() - 1)));
        });
    }

    public void undoDelete() {
        DeletedAssessment offer = pendingUndo.get();
        if (offer == null) {
            return;
        }
        pendingUndo.set(null);
        background(() -> {
            new DeleteAssessment(services.library()).restore(offer.id());
            return offer;
        }, restored -> {
            statusMessage.set(texts.get("library.undo.done", restored.title()));
            reloadAndSelect(restored.id());
        });
    }

    /** The undo offer has been shown long enough; a newer offer is left alone. */
    public void dismissUndo(DeletedAssessment offer) {
        if (Objects.equals(pendingUndo.get(), offer)) {
            pendingUndo.set(null);
        }
    }

    /** Asks for files and imports them; refused files are reported with their problems, nothing of them stored. */
    public void importFiles() {
        List<Path> files = services.fileDialogs().chooseAssessmentFiles();
        if (files.isEmpty()) {
            return;
        }
        statusMessage.set("");
        background(() -> new ImportReport(importer.importFiles(files, askOnDuplicate), texts), report -> {
            statusMessage.set(report.summary());
            if (report.needsDetails()) {
                services.errors().showError(texts.get("library.import.title"), report.details());
            }
            List<ImportOutcome> stored = report.outcomes().stream().filter(ImportOutcome::imported).toList();
            if (stored.size() == 1) {
                reloadAndSelect(stored.get(0).id().getAsLong());
            } else {
                refresh();
            }
        });
    }

    /** Writes the assessment as a .bkj file where the caseworker chooses. */
    public void export(AssessmentSummary summary) {
        if (summary == null) {
            return;
        }
        var target = services.fileDialogs().chooseSaveLocation(
                SafeFileName.of(summary.title(), texts.get("library.export.defaultName"), MAX_FILE_NAME), "bkj");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        statusMessage.set("");
        background(() -> exporter.export(summary.id(), summary.title(), file).file(),
                written -> statusMessage.set(texts.get("library.export.done", written.toAbsolutePath())));
    }

    /** What the «Portefølje» button does; set by the window, which swaps its content. */
    public void setOnOpenPortfolio(Runnable action) {
        this.openPortfolio = Objects.requireNonNull(action);
    }

    public void openPortfolio() {
        openPortfolio.run();
    }

    /**
     * Opens the caseworker's copy of an example: made on the first open, titled as an example
     * («Eksempel: …») so it is never taken for real work, and reused on every later open instead of
     * a new copy each time. The shipped example itself stays as it is.
     */
    public void openExample(ExampleAssessments.Example example) {
        java.util.UUID identity = ExampleAssessments.identity(example);
        statusMessage.set("");
        background(() -> {
            var existing = services.library().findByAssessmentId(identity);
            if (existing.isPresent()) {
                return existing.getAsLong();
            }
            Assessment shipped = reader.read(exampleSource.bytes(example)).assessment();
            String title = no.baerekraftsjekk.domain.CaseInfo.fitTitle(
                    texts.get("library.windowSmall.exampleTitle", shipped.caseInfo().title()));
            return services.library().create(shipped.withId(identity)
                    .withCaseInfo(shipped.caseInfo().withTitle(title))).id();
        }, openAssessment::accept);
    }

    private void reloadAndSelect(long id) {
        reloadAndSelect(found -> found.stream().filter(s -> s.id() == id).findFirst().orElse(null));
    }

    /**
     * Reloads the list for the current query and selects the row the chooser picks (null keeps the
     * selection), so the keyboard keeps its place. A slow answer to an older query is dropped.
     */
    private void reloadAndSelect(Function<List<AssessmentSummary>, AssessmentSummary> chooser) {
        String current = query;
        long generation = ++searchGeneration;
        background(() -> current.isEmpty() ? services.library().list() : services.library().search(current), found -> {
            if (generation != searchGeneration) {
                return;
            }
            showList(found, current);
            AssessmentSummary chosen = chooser.apply(found);
            if (chosen != null) {
                selected.set(chosen);
            }
        });
    }

    private void showList(List<AssessmentSummary> found, String forQuery) {
        Long keep = selected.get() == null ? null : selected.get().id();
        assessments.setAll(found);
        selected.set(keep == null ? null : found.stream().filter(s -> s.id() == keep).findFirst().orElse(null));
        if (forQuery.isEmpty()) {
            libraryEmpty.set(found.isEmpty());
        }
        loaded.set(true);
    }

    /** Runs library work in the background; a library failure is shown in Norwegian, anything else as unexpected. */
    private <T> void background(Callable<T> work, Consumer<T> onSuccess) {
        running.set(running.get() + 1);
        services.tasks().run(work)
                .onSuccess(onSuccess)
                .onFailure(LibraryException.class,
                        e -> services.errors().showError(texts.get("library.error.title"), texts.explain(e)))
                .onFailure(FileWriteException.class,
                        e -> services.errors().showError(texts.get("library.export.failedTitle"), texts.explain(e)))
                .andFinally(() -> running.set(running.get() - 1))
                .start();
    }

}
