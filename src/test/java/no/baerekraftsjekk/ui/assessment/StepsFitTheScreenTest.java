package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.format.BkjReader;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.MainWindowStylesheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of an assessment on a council laptop: a 1024×768 and a 1366×768 screen, less the task
 * bar and the title bar (the window's inside is 696 high). No step needs a sideways scroll bar, and
 * every control the caseworker tabs to is scrolled into view. Snapshots of each step go to
 * target/snapshots/fit/ for a person to look at.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class StepsFitTheScreenTest {
    /** A 768-high screen less a 40-pixel task bar and a 32-pixel title bar. */
    private static final int INSIDE_HEIGHT = 696;
    private static final int MAX_TABS = 120;

    private Stage stage;
    private PageFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0} at {1} wide")
    @CsvSource({"wind,1024", "wind,1366", "new,1024", "new,1366"})
    void everyStepFitsWithoutSidewaysScrollingAndShowsTheFocusedControl(String which, int width, FxRobot robot) throws Exception {
        Assessment assessment = "wind".equals(which) ? windPowerPlan() : Assessment.newDraft("Ny vurdering");
        FxTesting.onFx(() -> {
            fixture = new PageFixture(stage, assessment, Step.CASE, width, INSIDE_HEIGHT);
            fixture.scene.getStylesheets().add(MainWindowStylesheet.url());
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        for (Step step : Step.values()) {
            FxTesting.onFx(() -> fixture.page.editor().currentStepProperty().set(step));
            WaitForAsyncUtils.waitForFxEvents();
            String name = "fit/" + which + "-" + width + "-" + step.number() + "-" + step.name().toLowerCase(java.util.Locale.ROOT);
            StepSnapshots.save(fixture.scene, name);
            String at = which + " " + width + " step " + step.number() + ": ";
            FxTesting.get(() -> FitChecks.sidewaysProblems(fixture.scene)).forEach(p -> problems.add(at + p));
            if (step == Step.SCREENING && "new".equals(which)) {
                // The new assessment gets goals to rate: 1 and 7 direct, 15 indirect.
                screenSomeGoals(robot);
            }
            if (step == Step.ASSESSMENT && width >= 1366) {
                problems.addAll(whatMustBeFilledIsInView(at));
            }
            if (step == Step.SUMMARY && width >= 1366) {
                for (String id : List.of("collaboration", "conclusion", "complete")) {
                    String out = FxTesting.get(() -> FitChecks.outOfView(fixture.scene.lookup("#" + id), fixture.scene));
                    if (!out.isEmpty()) {
                        problems.add(at + "before scrolling, " + out);
                    }
                }
            }
            problems.addAll(tabThrough(robot, at));
            StepSnapshots.save(fixture.scene, name + "-after-tabbing");
        }
        assertThat(problems).isEmpty();
    }

    /** The rating form at 1366×768: «Begrunnelse» in view at once, and the target list more than three rows high. */
    private List<String> whatMustBeFilledIsInView(String at) {
        return FxTesting.get(() -> {
            List<String> found = new ArrayList<>();
            String out = FitChecks.outOfView(fixture.scene.lookup("#ratingJustification"), fixture.scene);
            if (!out.isEmpty()) {
                found.add(at + "before scrolling, " + out);
            }
            ListView<?> targets = (ListView<?>) fixture.scene.lookup("#targetList");
            Node cell = targets.lookup(".list-cell");
            double row = cell == null ? 24 : cell.getLayoutBounds().getHeight();
            if (targets.getHeight() < 3.5 * row) {
                found.add(at + "the target list shows " + Math.round(targets.getHeight() / row * 10) / 10.0 + " rows");
            }
            return found;
        });
    }

    private void screenSomeGoals(FxRobot robot) {
        FxTesting.onFx(() -> fixture.scene.lookup("#goalTile1").requestFocus());
        robot.push(KeyCode.D);
        FxTesting.onFx(() -> fixture.scene.lookup("#goalTile7").requestFocus());
        robot.push(KeyCode.D);
        FxTesting.onFx(() -> fixture.scene.lookup("#goalTile15").requestFocus());
        robot.push(KeyCode.I);
        FxTesting.onFx(() -> fixture.page.root().requestFocus());
        FxTesting.onFx(() -> fixture.page.editor().currentStepProperty().set(Step.CASE));
        FxTesting.onFx(() -> fixture.page.editor().currentStepProperty().set(Step.SCREENING));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Tabs from where the step puts the focus until it leaves the step or comes round again. */
    private List<String> tabThrough(FxRobot robot, String at) {
        List<String> found = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node content = fixture.scene.lookup(".step-content");
        for (int i = 0; i < MAX_TABS; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = fixture.scene.getFocusOwner();
            if (focused == null || !inside(focused, content) || !seen.add(focused)) {
                break;
            }
            String out = FxTesting.get(() -> FitChecks.outOfView(focused, fixture.scene));
            if (!out.isEmpty()) {
                found.add(at + out);
            }
            robot.push(KeyCode.TAB);
        }
        return found;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    static Assessment windPowerPlan() throws IOException {
        try (InputStream in = StepsFitTheScreenTest.class.getResourceAsStream("/examples/vindkraft-omrade.bkj")) {
            return new BkjReader().read(in.readAllBytes()).assessment();
        } catch (no.baerekraftsjekk.domain.format.InvalidAssessmentFileException e) {
            throw new IOException(e);
        }
    }
}
