package no.baerekraftsjekk.ui.assessment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.ui.FakeDialogs;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.Theme;

/** An assessment page for a new assessment in an in-memory library, in a window of 1280 × 800, the headless screen and a common laptop. */
final class PageFixture {
    final InMemoryLibrary library = new InMemoryLibrary();
    final FakeErrors errors = new FakeErrors();
    final FakeSettings settings = new FakeSettings();
    final FakeFileDialogs dialogs = new FakeFileDialogs();
    final FakeDialogs questions = new FakeDialogs();
    final long id;
    final UiServices services;
    /** The assessments the page asked to show in its place (a copy kept after a conflict). */
    final List<Long> opened = new CopyOnWriteArrayList<>();
    final AssessmentPage page;
    final Scene scene;
    volatile boolean closed;

    PageFixture(Stage stage) {
        this(stage, Assessment.newDraft("Ny vurdering"), null);
    }

    /** A page for {@code initial}, opened on {@code step} as if the caseworker left it there last time. */
    PageFixture(Stage stage, Assessment initial, Step step) {
        this(stage, initial, step, 1280, 800);
    }

    /** As above, in a window whose inside is {@code width} × {@code height}. */
    PageFixture(Stage stage, Assessment initial, Step step, double width, double height) {
        Theme.apply();
        id = library.create(initial).id();
        if (step != null) {
            settings.put("assessment." + id + ".lastStep", step.name());
        }
        services = new UiServices(library, AssessmentAnalyzer.standard(), new BackgroundTasks(errors),
                errors, dialogs, settings, term -> { }, Words.TEXTS, Words.REFERENCE, questions);
        page = new AssessmentPage(services, library.find(id).orElseThrow(), () -> closed = true, opened::add);
        scene = new Scene(page.root(), width, height);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }
}
