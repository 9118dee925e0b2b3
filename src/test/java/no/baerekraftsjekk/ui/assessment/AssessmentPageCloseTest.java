package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window never asks "save changes?" and never loses the last words typed. */
@ExtendWith(ApplicationExtension.class)
class AssessmentPageCloseTest {
    private PageFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new PageFixture(stage);
    }

    @Test
    void closingTheWindowRightAfterTypingStoresWhatWasTyped(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.END).write(" – siste ord");

        assertThat(closeWindow(robot)).as("kept open").isFalse();
        assertThat(fixture.library.get(fixture.id).caseInfo().title()).isEqualTo("Ny vurdering – siste ord");
    }

    @Test
    void whenTheLastWordsCannotBeStoredTheWindowStaysOpenOnceAndSaysWhy(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.END).write("!");
        fixture.library.failNextSaves(1);

        assertThat(closeWindow(robot)).as("kept open so nothing is lost").isTrue();
        assertThat(fixture.errors.shown).singleElement().asString()
                .startsWith("Kunne ikke lagre før lukking").contains("Disken er full.");
        assertThat(closeWindow(robot)).as("the second close is obeyed, and the retry stores it").isFalse();
        assertThat(fixture.library.get(fixture.id).caseInfo().title()).isEqualTo("Ny vurdering!");
    }

    @Test
    void escapeInTheStepListGoesBackToTheLibraryAfterStoring(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.END).write(" 2");
        robot.interact(() -> robot.lookup("#stepList").query().requestFocus());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.closed).isTrue();
        assertThat(fixture.library.get(fixture.id).caseInfo().title()).isEqualTo("Ny vurdering 2");
    }

    @Test
    void anAssessmentThatIsGoneIsSaidInNorwegianAndLeadsBackToTheLibrary(FxRobot robot) {
        boolean[] back = new boolean[1];
        robot.interact(() -> {
            var services = new no.baerekraftsjekk.ui.UiServices(fixture.library,
                    no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer.standard(),
                    new no.baerekraftsjekk.ui.common.BackgroundTasks(fixture.errors), fixture.errors, fixture.dialogs,
                    fixture.settings, term -> { }, no.baerekraftsjekk.ui.Words.TEXTS, no.baerekraftsjekk.ui.Words.REFERENCE,
                    new no.baerekraftsjekk.ui.FakeDialogs());
            stage.setScene(new javafx.scene.Scene(new AssessmentPage(services, 999, () -> back[0] = true).root(), 600, 300));
        });
        assertThat(fixture.errors.shown).singleElement().asString()
                .isEqualTo("Kunne ikke åpne vurderingen: Vurderingen finnes ikke lenger i biblioteket. Den kan være slettet.");
        robot.clickOn("#toLibrary");
        assertThat(back[0]).isTrue();
    }

    /** Asks the window to close as the system would; true when the page kept it open. */
    private boolean closeWindow(FxRobot robot) {
        boolean[] reachedTheWindow = new boolean[1];
        robot.interact(() -> {
            // The window's own handler runs only when no filter consumed the request.
            stage.setOnCloseRequest(e -> reachedTheWindow[0] = true);
            javafx.event.Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        return !reachedTheWindow[0];
    }
}
