package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.ConflictHandling;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.Hint;
import no.baerekraftsjekk.domain.format.BkjReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20, «Ask only what matters», in the window: the shipped wind-power plan with every weighing
 * removed is completed by weighing its severity-2 and 3 conflicts only; the small conflicts wait in
 * one collapsed group; a hint is dismissed with a reason and shown again.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsStepTest {
    private PageFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new PageFixture(stage, unweighedWindPower(), Step.CONFLICTS);
        Files.createDirectories(StepSnapshots.FOLDER.resolve("conflicts"));
    }

    /** The shipped example with every weighing and measure removed. */
    static Assessment unweighedWindPower() throws Exception {
        Assessment plan;
        try (InputStream in = ConflictsStepTest.class.getResourceAsStream("/examples/vindkraft-omrade.bkj")) {
            plan = new BkjReader().read(in.readAllBytes()).assessment();
        }
        for (ConflictHandling handling : plan.conflicts()) {
            plan = plan.withHandling(ConflictHandling.of(handling.goals(), "", ""));
        }
        return plan.withStatus(Status.DRAFT);
    }

    /** Moves the focus as Tab would; the step scrolls the focused control into view. */
    private static FxRobot focus(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    @Test
    void thePlanIsCompletedByWeighingOnlyTheStrongConflicts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cards = robot.lookup(".conflict-card").queryAll().stream()
                .filter(Node::isVisible).map(Node::getId).toList();
        assertThat(cards).as("cards: severity 2 and 3 only, strongest first")
                .containsExactly("conflict7_15", "conflict8_15", "conflict13_15");
        TitledPane minor = robot.lookup("#minorConflicts").queryAs(TitledPane.class);
        assertThat(minor.isExpanded()).isFalse();
        assertThat(minor.getText()).isEqualTo("Små konflikter (9): trenger ingen avveining");
        Label sides = robot.lookup("#conflict7_15 .conflict-sides").queryAs(Label.class);
        assertThat(sides.getText()).isEqualTo("Mål 7 får positiv virkning (stor), mål 15 negativ virkning (stor). "
                + "Konflikten går på tvers av to dimensjoner: sosiale forhold (mål 7) og miljø og klima (mål 15).");
        StepSnapshots.save(fixture.scene, "conflicts/1-wind-power-unweighed");

        // The focus starts at the strongest conflict; the caseworker weighs the three and nothing else.
        assertThat(fixture.scene.getFocusOwner().getId()).isEqualTo("handling7_15");
        robot.write("Fornybar kraft veier tyngst, med strenge krav til plassering.");
        focus(robot, "#handling8_15").write("Inntektene veier tyngre enn tapet av inngrepsfri natur.");
        focus(robot, "#handling13_15").write("Klimagevinsten veier tyngst; naturtapet avbøtes.");
        WaitForAsyncUtils.waitForFxEvents();

        AssessmentEditorViewModel editor = fixture.page.editor();
        assertThat(editor.analysis().blocking()).isEmpty();
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.DONE);
        assertThat(editor.assessment().conflicts()).filteredOn(ConflictHandling::isHandled)
                .extracting(ConflictHandling::goals).containsExactlyInAnyOrder(List.of(7, 15), List.of(8, 15), List.of(13, 15));

        // One optional note may cover every small conflict.
        robot.interact(() -> minor.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minor.isExpanded()).isTrue();
        focus(robot, "#minorConflictsNote").write("De små konfliktene følges opp i detaljplanen.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.assessment().minorConflictsNote()).isEqualTo("De små konfliktene følges opp i detaljplanen.");
        StepSnapshots.save(fixture.scene, "conflicts/2-weighed-small-ones-open");

        assertThat(fixture.page.editor().analysis().readyToComplete()).isTrue();

        // Last, as the headless screen cannot grow a window back: the step on a 1024 × 768 screen.
        Stage stage = (Stage) fixture.scene.getWindow();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        robot.interact(() -> robot.lookup("#handling7_15").query().requestFocus());
        StepSnapshots.save(fixture.scene, "conflicts/1b-wind-power-1024x768");
    }

    @Test
    void aHintIsDismissedWithAReasonAndShownAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AssessmentEditorViewModel editor = fixture.page.editor();
        Hint hint = editor.analysis().hints().getFirst();
        String key = hint.goals().get(0) + "_" + hint.goals().get(1) + "_" + hint.overlookedGoal();
        int before = robot.lookup(".hint-box").queryAll().size();
        assertThat(before).isEqualTo(editor.analysis().hints().size());
        // The hints come before the conflict cards.
        Node hints = robot.lookup("#hints").query();
        Node firstCard = robot.lookup("#conflict7_15").query();
        assertThat(hints.localToScene(0, 0).getY()).isLessThan(firstCard.localToScene(0, 0).getY());

        focus(robot, "#hintReason" + key).write("Planen berører ikke dette.");
        focus(robot, "#dismissHint" + key).push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.assessment().dismissalOf(hint.goals(), hint.overlookedGoal())).hasValueSatisfying(d ->
                assertThat(d.reason()).isEqualTo("Planen berører ikke dette."));
        assertThat(robot.lookup(".hint-box").queryAll()).hasSize(before - 1);
        TitledPane dismissed = robot.lookup("#dismissedHints").queryAs(TitledPane.class);
        assertThat(dismissed.isVisible()).isTrue();
        robot.interact(() -> dismissed.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.scene.getFocusOwner()).as("the focus goes on to the next hint").isInstanceOf(javafx.scene.control.TextField.class);
        StepSnapshots.save(fixture.scene, "conflicts/3-hint-dismissed-focus-on-next");
        focus(robot, "#showHintAgain" + key);
        StepSnapshots.save(fixture.scene, "conflicts/4-dismissed-hints-open");

        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.assessment().dismissedHints()).isEmpty();
        assertThat(robot.lookup(".hint-box").queryAll()).hasSize(before);
        assertThat(dismissed.isVisible()).isFalse();
    }
}
