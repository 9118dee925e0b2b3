package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.ui.TestSnapshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LibraryWindowTest {
    @TempDir
    Path data;

    private DesktopSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowUnderTest.seed(data);
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void deleteWithTheKeyboardShowsAnUndoBarAndAngreBringsTheAssessmentBack(FxRobot robot) throws Exception {
        TableView<AssessmentSummary> table = waitForRows(robot, 6);
        TestSnapshots.save(stage.getScene(), "library-several");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        String title = table.getSelectionModel().getSelectedItem().title();
        robot.type(KeyCode.DELETE);

        WindowUnderTest.waitUntil(() -> robot.lookup(".undo-bar").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup(".undo-text").queryAs(Label.class).getText()).isEqualTo("«" + title + "» er slettet.");
        waitForRows(robot, 5);
        TestSnapshots.save(stage.getScene(), "library-undo-bar");

        robot.clickOn("Angre");

        waitForRows(robot, 6);
        assertThat(table.getItems()).extracting(AssessmentSummary::title).contains(title);
        assertThat(robot.lookup(".undo-bar").query().isVisible()).isFalse();
    }

    @Test
    void typingInTheSearchFieldFiltersTheList(FxRobot robot) throws Exception {
        waitForRows(robot, 6);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("haugen");

        TableView<AssessmentSummary> table = waitForRows(robot, 3);
        assertThat(table.getItems()).extracting(AssessmentSummary::title)
                .allSatisfy(t -> assertThat(t.toLowerCase()).contains("haugen"));
        TestSnapshots.save(stage.getScene(), "library-search");
    }

    @Test
    void enterOpensTheSelectedAssessment(FxRobot robot) throws Exception {
        TableView<AssessmentSummary> table = waitForRows(robot, 6);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        String title = table.getSelectionModel().getSelectedItem().title();

        robot.type(KeyCode.ENTER);

        WindowUnderTest.waitUntil(() -> robot.lookup(".assessment-page .case-title").tryQuery()
                .map(n -> title.equals(((Label) n).getText())).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private static TableView<AssessmentSummary> waitForRows(FxRobot robot, int rows) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery()
                .map(n -> n.isVisible() && ((TableView<?>) n).getItems().size() == rows).orElse(false));
        return robot.lookup(".library-table").queryAs(TableView.class);
    }
}
