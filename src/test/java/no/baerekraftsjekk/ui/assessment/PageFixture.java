package no.baerekraftsjekk.ui.assessment;

import javafx.scene.Scene;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
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
    final long id;
    final AssessmentPage page;
    final Scene scene;
    volatile boolean closed;

    PageFixture(Stage stage) {
        this(stage, Assessment.newDraft("Ny vurdering"), null);
    }

    /** A page for {@code initial}, opened on {@code step} as if the caseworker left it there last time. */
    PageFixture(Stage stage, Assessment initial, Step step) {
        Theme.apply();
        id = library.create(initial).id();
        if (step != null) {
            settings.put("assessment." + id + ".lastStep", step.name());
        }
        UiServices services = new UiServices(library, AssessmentAnalyzer.standard(), new BackgroundTasks(errors),
                errors, dialogs, settings, term -> { }, Words.TEXTS, Words.REFERENCE, new no.baerekraftsjekk.ui.FakeDialogs());
        page = new AssessmentPage(services, id, () -> closed = true);
        scene = new Scene(page.root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }
}
