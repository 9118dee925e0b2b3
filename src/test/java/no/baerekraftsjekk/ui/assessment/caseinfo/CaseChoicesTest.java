package no.baerekraftsjekk.ui.assessment.caseinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
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
import no.baerekraftsjekk.ui.common.Theme;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The council's units, committees and exemption bases are offered in Om saken; free text stays allowed. */
@ExtendWith(ApplicationExtension.class)
class CaseChoicesTest {
    private static final CaseChoices CHOICES = new CaseChoices(List.of("Kommunalteknikk", "Oppvekst og utdanning"),
            List.of("Formannskapet", "Kommunestyret"), List.of("Offl. § 13 jf. fvl. § 13 første ledd nr. 1", "Offl. § 14"));

    private final InMemoryLibrary library = new InMemoryLibrary();
    private BackgroundTasks tasks;
    private AssessmentEditorViewModel editor;

    @Start
    void start(Stage stage) {
        Theme.apply();
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
        UiServices services = new UiServices(library, AssessmentAnalyzer.standard(), tasks, errors, null,
                new FakeSettings(), term -> { }, Words.TEXTS, Words.REFERENCE, new FakeDialogs());
        editor = new AssessmentEditorViewModel(id, library.get(id), AssessmentAnalyzer.standard(),
                new Autosaver((base, a) -> base, 1, new NoWrites(), Clock.systemUTC(), e -> { }, (s, a) -> { }, Words.TEXTS),
                new FakeSettings());
        CaseInfoView view = new CaseInfoView(new CaseInfoViewModel(editor, Words.TEXTS), Words.TEXTS,
                KnownCaseValues.load(services), CHOICES);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 900, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void aUnitAndACommitteeArePickedFromTheCouncilsLists(FxRobot robot) throws Exception {
        ComboBox<?> committee = robot.lookup("#committee").queryAs(ComboBox.class);
        assertThat(committee.getItems()).extracting(Object::toString).containsExactly("Formannskapet", "Kommunestyret");

        robot.clickOn("#committee").press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        Files.createDirectories(Path.of("target", "snapshots", "profile"));
        TestSnapshots.save(committee.getScene(), "profile/case-committee-choices");
        robot.clickOn("Kommunestyret");
        assertThat(editor.assessment().caseInfo().committee()).isEqualTo("Kommunestyret");

        FxTesting.onFx(() -> robot.lookup("#unit").queryAs(ComboBox.class).getSelectionModel().select(1));
        FxTesting.await("the unit is taken", () -> editor.assessment().caseInfo().unit().equals("Oppvekst og utdanning"));
    }

    @Test
    void freeTextIsStillAllowed(FxRobot robot) {
        robot.clickOn("#unit").write("Ny enhet for klima");
        assertThat(editor.assessment().caseInfo().unit()).isEqualTo("Ny enhet for klima");
        robot.clickOn("#caseExempt");
        robot.clickOn("#exemptionBasis").write("Offl. § 15");
        assertThat(editor.assessment().caseInfo().exemptionBasis()).isEqualTo("Offl. § 15");
    }

    @Test
    void theExemptionBasesAreOfferedOnlyWhenTheCaseIsExempt(FxRobot robot) {
        ComboBox<?> basis = robot.lookup("#exemptionBasis").queryAs(ComboBox.class);
        assertThat(basis.isDisabled()).isTrue();
        robot.clickOn("#caseExempt");
        assertThat(basis.isDisabled()).isFalse();
        FxTesting.onFx(() -> basis.getSelectionModel().select(1));
        FxTesting.await("the basis is taken", () -> "Offl. § 14".equals(editor.assessment().caseInfo().exemptionBasis()));
    }

    @Test
    void withoutAProfileTheFieldsArePlainFields() {
        FxTesting.onFx(() -> {
            CaseInfoView plain = new CaseInfoView(new CaseInfoViewModel(editor, Words.TEXTS), Words.TEXTS, null, CaseChoices.none());
            assertThat(((javafx.scene.control.ScrollPane) plain.node()).getContent().lookup("#committee")).isInstanceOf(javafx.scene.control.TextField.class);
        });
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
