package no.baerekraftsjekk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.storage.AssessmentSummary;
import no.baerekraftsjekk.storage.DataFolder;
import no.baerekraftsjekk.storage.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole program on its real SQLite library: a caseworker starts with an empty library, makes a
 * sound assessment, closes the program, starts it again on the same library and finds the work,
 * complete, as they left it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseworkerJourneyTest {
    private static final Map<Integer, Relevance> SCREENING = Map.of(4, Relevance.DIRECT, 7, Relevance.INDIRECT,
            11, Relevance.DIRECT, 15, Relevance.DIRECT);

    @TempDir
    Path data;

    private DesktopSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = WindowUnderTest.start(stage, data);
    }

    @AfterEach
    void stop() {
        WindowUnderTest.stop(session);
    }

    @Test
    void anAssessmentMadeInTheWindowIsCompleteInTheLibraryAfterARestart(FxRobot robot) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            // The headless screen is 1280 × 800; the editor is laid out for a common laptop of that size.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WindowUnderTest.waitUntil(() -> robot.lookup("#caseTitle").tryQuery().isPresent());

        click(robot, "#caseTitle").push(KeyCode.CONTROL, KeyCode.A).write("Ny barneskole på Nordbyhagen");
        click(robot, "#caseNumber").write("2026/1234");
        robot.clickOn("#nextStep");
        for (int goal = 1; goal <= 17; goal++) {
            click(robot, "#goal" + goal + "_" + SCREENING.getOrDefault(goal, Relevance.NOT_RELEVANT).name());
        }
        robot.clickOn("#nextStep");
        rate(robot, 3, 0, "Gir plass til 600 elever.");
        click(robot, "#nextGoal");
        rate(robot, 1, 0, "Solceller på taket.");
        click(robot, "#nextGoal");
        rate(robot, 2, 0, "Kort skolevei.");
        click(robot, "#nextGoal");
        rate(robot, 0, 2, "Om lag 30 dekar skog hogges.");
        robot.clickOn("#nextStep");
        robot.clickOn("#nextStep");
        click(robot, "#handling4_15").write("Skoleplassene veier tyngst.");
        // 7–15 is a small conflict (severity 1): it sits in the collapsed group, under one shared note.
        click(robot, "#minorConflicts .title");
        click(robot, "#minorConflictsNote").write("Solcellene veier lite mot skogen.");
        click(robot, "#handling11_15").write("Kort skolevei veier tyngre.");
        robot.clickOn("#nextStep");
        click(robot, "#conclusion").write("Skolen anbefales.");
        click(robot, "#complete");
        robot.clickOn("#toLibrary");

        TableView<AssessmentSummary> table = waitForRow(robot, Status.COMPLETE);
        assertThat(table.getItems().get(0).title()).isEqualTo("Ny barneskole på Nordbyhagen");

        // Restart: the program closes and starts again on the same data folder.
        robot.interact(() -> WindowUnderTest.stop(session));
        try (SqliteLibrary library = SqliteLibrary.open(data.resolve(DataFolder.DATABASE_FILE))) {
            AssessmentSummary row = library.list().get(0);
            Assessment stored = library.find(row.id()).orElseThrow().assessment();
            assertThat(stored.status()).isEqualTo(Status.COMPLETE);
            assertThat(stored.goals()).hasSize(17);
            assertThat(stored.goal(15).orElseThrow().negative()).isEqualTo(2);
            assertThat(stored.handlingFor(java.util.List.of(4, 15)).orElseThrow().handling()).isEqualTo("Skoleplassene veier tyngst.");
            assertThat(stored.conclusion()).isEqualTo("Skolen anbefales.");
            assertThat(stored.minorConflictsNote()).isEqualTo("Solcellene veier lite mot skogen.");
        }
        robot.interact(() -> session = WindowUnderTest.start(stage, data));
        table = waitForRow(robot, Status.COMPLETE);
        assertThat(table.getItems()).extracting(AssessmentSummary::caseNumber).containsExactly("2026/1234");
    }

    private static void rate(FxRobot robot, int positive, int negative, String justification) {
        click(robot, robot.lookup("#ratingPositive .segment").nth(positive).queryAs(Node.class));
        click(robot, robot.lookup("#ratingNegative .segment").nth(negative).queryAs(Node.class));
        click(robot, "#ratingJustification").write(justification);
    }

    private static TableView<AssessmentSummary> waitForRow(FxRobot robot, Status status) throws Exception {
        WindowUnderTest.waitUntil(() -> robot.lookup(".library-table").tryQuery()
                .map(n -> n.isVisible() && ((TableView<?>) n).getItems().size() == 1
                        && ((AssessmentSummary) ((TableView<?>) n).getItems().get(0)).status() == status)
                .orElse(false));
        return robot.lookup(".library-table").queryAs(TableView.class);
    }

    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        return click(robot, robot.lookup(query).queryAs(Node.class));
    }

    /** Like a person who scrolls the control into view first (focus makes the step scroll to it). */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, Node node) {
        robot.interact(node::requestFocus);
        return robot.clickOn(node);
    }
}
