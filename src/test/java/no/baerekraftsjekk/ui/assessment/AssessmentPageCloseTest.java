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
import no.baerekraftsjekk.ui.FxTesting;

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
    void closingTheWindowRightAfterTypingStoresWhatWasTypedOffTheFxThreadAndThenCloses(FxRobot robot) {
        // Typed and closed in one step: key by key, a busy machine can take longer than the autosave's
        // half second, and then nothing is left to store when the window closes.
        javafx.scene.control.TextField title = robot.lookup("#caseTitle").queryAs(javafx.scene.control.TextField.class);
        boolean[] heldOpen = new boolean[1];
        robot.interact(() -> {
            title.appendText(" – siste ord");
            boolean[] reachedTheWindow = new boolean[1];
            stage.setOnCloseRequest(e -> reachedTheWindow[0] = true);
            javafx.event.Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            heldOpen[0] = !reachedTheWindow[0];
        });

        assertThat(heldOpen[0]).as("held open while the rest is stored").isTrue();
        FxTesting.await("the window closes once stored", () -> !stage.isShowing());
        assertThat(fixture.library.get(fixture.id).caseInfo().title()).isEqualTo("Ny vurdering – siste ord");
    }

    @Test
    void withNothingLeftToStoreTheWindowClosesAtOnce(FxRobot robot) {
        assertThat(closeWindow(robot)).isFalse();
    }

    @Test
    void whenTheLastWordsCannotBeStoredTheWindowStaysOpenOnceAndSaysWhy(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.END).write("!");
        fixture.library.failNextSaves(1);

        assertThat(closeWindow(robot)).as("kept open so nothing is lost").isTrue();
        FxTesting.await("the failure is said", () -> !fixture.errors.shown.isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(fixture.errors.shown).singleElement().asString()
                .startsWith("Kunne ikke lagre før lukking").contains("Disken er full.");
        closeWindow(robot);
        FxTesting.await("the second close is obeyed, and the retry stores it", () -> !stage.isShowing());
        assertThat(fixture.library.get(fixture.id).caseInfo().title()).isEqualTo("Ny vurdering!");
    }

    @Test
    void escapeInTheStepListGoesBackToTheLibraryAfterStoring(FxRobot robot) {
        robot.push(javafx.scene.input.KeyCode.END).write(" 2");
        robot.interact(() -> robot.lookup("#stepList").query().requestFocus());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        FxTesting.await("back in the library", () -> fixture.closed);
        assertThat(fixture.library.get(fixture.id).caseInfo().title()).isEqualTo("Ny vurdering 2");
    }

    @Test
    void anAssessmentThatIsGoneIsSaidInNorwegianAndLeadsBackToTheLibrary(FxRobot robot) {
        boolean[] back = new boolean[1];
        robot.interact(() -> {
            AssessmentHost host = new AssessmentHost(fixture.services, () -> back[0] = true);
            host.show(999);
            stage.setScene(new javafx.scene.Scene(host.root(), 600, 300));
        });
        FxTesting.await("the page says it", () -> robot.lookup("#toLibrary").tryQuery().isPresent());
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
