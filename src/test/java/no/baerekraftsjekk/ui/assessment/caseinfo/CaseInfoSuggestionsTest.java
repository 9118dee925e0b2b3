package no.baerekraftsjekk.ui.assessment.caseinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.CaseField;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.ui.FakeDialogs;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.AutosaveScheduling;
import no.baerekraftsjekk.ui.assessment.Autosaver;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.ErrorReporter;
import no.baerekraftsjekk.ui.common.FileDialogs;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Organisation, unit and caseworker offer what the library already holds, so the same unit is written the same way. */
@ExtendWith(ApplicationExtension.class)
class CaseInfoSuggestionsTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private BackgroundTasks tasks;
    private KnownCaseValues known;
    private AssessmentEditorViewModel editor;

    @Start
    void start(Stage stage) {
        Theme.apply();
        library.create(inUnit("Plan og bygg", "Ås kommune", "Kari Nordmann"));
        library.create(inUnit("Oppvekst", "Ås kommune", "Ola Planke"));
        long id = library.create(Assessment.newDraft("Ny sak")).id();
        ErrorReporter errors = new ErrorReporter() {
            @Override
            public void showError(String title, String message) {
            }

            @Override
            public void showUnexpected(Throwable error) {
            }
        };
        tasks = new BackgroundTasks(errors);
        FileDialogs files = new FileDialogs() {
            @Override
            public List<Path> chooseAssessmentFiles() {
                return List.of();
            }

            @Override
            public Optional<Path> chooseSaveLocation(String suggestedName, String extension) {
                return Optional.empty();
            }
        };
        UiServices services = new UiServices(library, AssessmentAnalyzer.standard(), tasks, errors, files,
                new FakeSettings(), term -> { }, Words.TEXTS, Words.REFERENCE, new FakeDialogs());
        known = KnownCaseValues.load(services);
        editor = new AssessmentEditorViewModel(id, library.get(id), AssessmentAnalyzer.standard(),
                new Autosaver((base, a) -> base, 1, new NoWrites(), Clock.systemUTC(), e -> { }, (s, a) -> { }, Words.TEXTS),
                new FakeSettings());
        stage.setScene(new Scene((javafx.scene.Parent) new CaseInfoView(new CaseInfoViewModel(editor, Words.TEXTS), Words.TEXTS, known).node(), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void typingPartOfAUnitOffersTheUnitsInTheLibraryAndAClickTakesOne(FxRobot robot) {
        FxTesting.await("the library has answered", () -> !known.suggestions(CaseField.UNIT, "p").isEmpty());

        robot.clickOn("#unit").write("pla");

        FxTesting.await("the list is shown", () -> robot.lookup(".auto-complete-popup .list-view").tryQuery().isPresent());
        ListView<?> offered = robot.lookup(".auto-complete-popup .list-view").queryListView();
        assertThat(offered.getItems()).extracting(Object::toString).containsExactly("Plan og bygg");
        TestSnapshots.save(offered.getScene(), "case-unit-suggestions");
        robot.clickOn("Plan og bygg");

        assertThat(robot.lookup("#unit").queryAs(TextField.class).getText()).isEqualTo("Plan og bygg");
        assertThat(editor.assessment().caseInfo().unit()).isEqualTo("Plan og bygg");
    }

    @Test
    void whatIsOfferedBeginsWithTheTypedTextFirstAndNeverOnlyRepeatsIt() {
        FxTesting.await("the library has answered", () -> !known.suggestions(CaseField.CASEWORKER, "a").isEmpty());

        assertThat(known.suggestions(CaseField.CASEWORKER, "OLA")).containsExactly("Ola Planke");
        assertThat(known.suggestions(CaseField.CASEWORKER, "no")).containsExactly("Kari Nordmann");
        assertThat(known.suggestions(CaseField.UNIT, "pla")).containsExactly("Plan og bygg");
        assertThat(known.suggestions(CaseField.ORGANISATION, "ås kommune")).isEmpty();
        assertThat(known.suggestions(CaseField.ORGANISATION, " ")).isEmpty();
        assertThat(known.suggestions(CaseField.ORGANISATION, "k")).containsExactly("Ås kommune");
    }

    private static Assessment inUnit(String unit, String organisation, String caseworker) {
        return Assessment.newDraft("Sak i " + unit).withCaseInfo(
                new CaseInfo("Sak i " + unit, "", CaseType.OTHER, organisation, unit, caseworker, null, "", null));
    }

    /** The case step alone: nothing is stored in this test. */
    private static final class NoWrites implements AutosaveScheduling {
        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return () -> { };
        }

        @Override
        public void inBackground(Callable<Void> work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        }
    }
}
