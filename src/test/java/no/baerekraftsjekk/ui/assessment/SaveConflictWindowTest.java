package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.InMemoryLibrary;
import no.baerekraftsjekk.ui.FakeSettings;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.UiServices;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.common.BackgroundTasks;
import no.baerekraftsjekk.ui.common.FxDialogService;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The same assessment open here and saved elsewhere (another window, the command line) from the
 * same starting version: this window's save is refused, nothing is overwritten, and the real
 * dialog offers both ways out; each is taken to its end.
 */
@ExtendWith(ApplicationExtension.class)
class SaveConflictWindowTest {
    private static final String RELOAD = "Last inn den lagrede versjonen";
    private static final String KEEP_COPY = "Behold min som kopi";

    private final InMemoryLibrary library = new InMemoryLibrary();
    private final FakeErrors errors = new FakeErrors();
    private BackgroundTasks tasks;
    private long id;

    @Start
    void start(Stage stage) {
        Theme.apply();
        id = library.create(Assessment.newDraft("Felles sak")).id();
        tasks = new BackgroundTasks(errors);
        UiServices services = new UiServices(library, AssessmentAnalyzer.standard(), tasks, errors,
                new FakeFileDialogs(), new FakeSettings(), term -> { }, Words.TEXTS, Words.REFERENCE,
                new FxDialogService(() -> stage));
        AssessmentHost host = new AssessmentHost(services, () -> { });
        host.show(id);
        stage.setScene(new javafx.scene.Scene(host.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void theSecondSaveFromTheSameVersionIsRefusedAndReloadingTakesTheStoredOne(FxRobot robot) {
        DialogPane dialog = conflictAfterBothSaved(robot);

        click(robot, dialog, RELOAD);

        FxTesting.await("the stored version is shown", () -> title(robot).equals("Felles sak – kollegaens versjon"));
        assertThat(library.find(id).orElseThrow().version()).isEqualTo(2);
        robot.clickOn("#caseTitle").push(KeyCode.END).write(" og min");
        // On a busy machine the autosave may catch the typing half-way: wait for the whole edit.
        FxTesting.await("the next edit is saved over the stored version",
                () -> library.get(id).caseInfo().title().equals("Felles sak – kollegaens versjon og min"));
        assertThat(library.find(id).orElseThrow().version()).isGreaterThanOrEqualTo(3);
        assertThat(library.list()).hasSize(1);
        assertThat(errors.shown).isEmpty();
    }

    @Test
    void keepingMineMakesACopyShownInPlaceAndLeavesTheStoredOneAlone(FxRobot robot) {
        DialogPane dialog = conflictAfterBothSaved(robot);

        click(robot, dialog, KEEP_COPY);

        FxTesting.await("the copy is shown", () -> title(robot).equals("Kopi av Felles sak – min endring"));
        List<AssessmentSummary> stored = library.list();
        assertThat(stored).extracting(AssessmentSummary::title)
                .containsExactlyInAnyOrder("Felles sak – kollegaens versjon", "Kopi av Felles sak – min endring");
        long copy = stored.stream().filter(s -> s.id() != id).findFirst().orElseThrow().id();
        robot.clickOn("#caseTitle").push(KeyCode.END).write("!");
        FxTesting.await("edits now go to the copy", () -> library.get(copy).caseInfo().title().endsWith("endring!"));
        assertThat(library.get(id).caseInfo().title()).isEqualTo("Felles sak – kollegaens versjon");
        assertThat(library.find(id).orElseThrow().version()).isEqualTo(2);
        assertThat(errors.shown).isEmpty();
    }

    /** Someone else saves from version 1, then the caseworker here types: the dialog that follows. */
    private DialogPane conflictAfterBothSaved(FxRobot robot) {
        FxTesting.await("the assessment is open", () -> robot.lookup("#caseTitle").tryQuery().isPresent());
        library.save(id, 1, Assessment.newDraft("Felles sak – kollegaens versjon"));

        robot.clickOn("#caseTitle").push(KeyCode.END).write(" – min endring");

        FxTesting.await("the caseworker is asked", () -> dialog() != null);
        DialogPane pane = dialog();
        assertThat(library.get(id).caseInfo().title()).as("nothing overwritten").isEqualTo("Felles sak – kollegaens versjon");
        assertThat(library.find(id).orElseThrow().version()).isEqualTo(2);
        assertThat(library.saves()).hasSize(1);
        assertThat(pane.getHeaderText()).isEqualTo("Vurderingen er endret et annet sted");
        assertThat(pane.getContent().getAccessibleText()).contains("ble lagret av " + System.getProperty("user.name"));
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).containsExactly(RELOAD, KEEP_COPY);
        assertThat(robot.lookup("#saveStatus").queryLabeled().getText()).isEqualTo("Ikke lagret – endret et annet sted");
        TestSnapshots.save(pane.getScene(), "assessment-save-conflict");
        return pane;
    }

    private static DialogPane dialog() {
        return FxTesting.get(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst().orElse(null));
    }

    private static void click(FxRobot robot, DialogPane pane, String label) {
        Button button = pane.getButtonTypes().stream().filter(b -> b.getText().equals(label))
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
        robot.clickOn(button);
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#caseTitle").tryQuery().map(n -> ((TextInputControl) n).getText()).orElse("");
    }
}
