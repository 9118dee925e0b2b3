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
    void ctrlZInTheListTakesBackTheLastDeletion(FxRobot robot) throws Exception {
        TableView<AssessmentSummary> table = waitForRows(robot, 6);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(2);
        });
        robot.type(KeyCode.DELETE);
        waitForRows(robot, 5);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitForRows(robot, 6);
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

        robot.write(" sykkel");

        waitForRows(robot, 0);
        assertThat(robot.lookup(".library-no-matches").queryAs(Label.class).getText())
                .startsWith("Ingen vurderinger passer søket «haugen sykkel».");
        TestSnapshots.save(stage.getScene(), "library-no-matches");
    }

    @Test
    void theSearchFieldsClearButtonShowsEverythingAgain(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("haugen");
        waitForRows(robot, 3);

        robot.clickOn(".library-search .clear-button");

        waitForRows(robot, 6);
        assertThat(robot.lookup(".library-search").queryTextInputControl().getText()).isEmpty();
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

    @Test
    void atItsSmallestTheWindowStillShowsEveryActionWhole(FxRobot robot) throws Exception {
        waitForRows(robot, 6);
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WindowUnderTest.waitUntil(() -> stage.getScene().getWidth() <= stage.getMinWidth());

        assertThat(robot.lookup(".library-toolbar .button").queryAll())
                .allSatisfy(node -> {
                    javafx.scene.control.Labeled button = (javafx.scene.control.Labeled) node;
                    assertThat(button.getWidth()).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 1);
                    assertThat(button.localToScene(button.getBoundsInLocal()).getMaxX()).as(button.getText())
                            .isLessThanOrEqualTo(stage.getScene().getWidth());
                });
        TestSnapshots.save(stage.getScene(), "library-min-size");
    }

    @Test
    void onCouncilLaptopsEveryColumnStandsWholeInTheWindow(FxRobot robot) throws Exception {
        TableView<AssessmentSummary> table = waitForRows(robot, 6);
        for (int[] size : new int[][] {{1024, 768}, {1366, 768}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WindowUnderTest.waitUntil(() -> stage.getScene().getWidth() <= size[0] && stage.getScene().getWidth() > size[0] - 40);
            robot.interact(() -> { }); // the layout for the new size is done
            assertThat(table.getColumns()).allSatisfy(column -> assertThat(column.getWidth()).as(column.getText()).isPositive());
            assertThat(table.localToScene(table.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
            TestSnapshots.save(stage.getScene(), "library-" + size[0] + "x" + size[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<AssessmentSummary> waitForRows(FxRobot robot, int rows) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery()
                .map(n -> n.isVisible() && ((TableView<?>) n).getItems().size() == rows).orElse(false));
        return robot.lookup(".library-table").queryAs(TableView.class);
    }
}
