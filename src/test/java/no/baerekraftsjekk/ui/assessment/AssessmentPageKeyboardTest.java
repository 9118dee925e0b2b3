package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Horizon;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The same way as the mouse test, by keyboard alone: Tab, arrows, letters and digits, mnemonics, Space and Escape. */
@ExtendWith(ApplicationExtension.class)
class AssessmentPageKeyboardTest {
    private PageFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new PageFixture(stage);
    }

    @Test
    void aCaseworkerFinishesASoundAssessmentWithTheKeyboardAlone(FxRobot robot) {
        // 1 Om saken: the title has the focus from the start.
        assertFocus(robot, "caseTitle");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Ny barnehage på Vestby");
        robot.push(KeyCode.TAB);
        assertFocus(robot, "caseNumber");
        robot.write("2026/77");
        robot.push(KeyCode.TAB).push(KeyCode.TAB);
        assertFocus(robot, "organisation");
        robot.write("Eksempel kommune").push(KeyCode.TAB).write("Oppvekst").push(KeyCode.TAB).write("Ola Nordmann");
        robot.push(KeyCode.TAB);
        assertFocus(robot, "caseDate");
        robot.write("01.12.2026").push(KeyCode.TAB);
        assertFocus(robot, "caseDescription");
        robot.write("Barnehage med 120 plasser på et tidligere jorde.");
        robot.push(KeyCode.TAB);
        assertFocus(robot, "committee");
        robot.write("Kommunestyret").push(KeyCode.TAB);
        assertFocus(robot, "caseExempt");
        StepSnapshots.save(fixture.scene, "keys-1-case");
        mnemonic(robot, KeyCode.N);

        // 2 Screening: arrows move, letters and digits decide and go on to the next goal.
        assertFocus(robot, "goalTile1");
        robot.push(KeyCode.RIGHT).push(KeyCode.DOWN);
        assertFocus(robot, "goalTile7");
        robot.push(KeyCode.HOME);
        assertFocus(robot, "goalTile1");
        //                1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17
        for (KeyCode key : List.of(KeyCode.N, KeyCode.N, KeyCode.I, KeyCode.D, KeyCode.DIGIT3, KeyCode.N, KeyCode.N,
                KeyCode.N, KeyCode.N, KeyCode.N, KeyCode.DIGIT1, KeyCode.N, KeyCode.N, KeyCode.N, KeyCode.D,
                KeyCode.N, KeyCode.DIGIT3)) {
            robot.push(key);
        }
        Assessment screened = fixture.page.editor().assessment();
        assertThat(screened.goals()).hasSize(17);
        assertThat(screened.goal(3).orElseThrow().relevance()).isEqualTo(Relevance.INDIRECT);
        assertThat(screened.goal(11).orElseThrow().relevance()).isEqualTo(Relevance.DIRECT);
        assertThat(screened.goal(17).orElseThrow().relevance()).isEqualTo(Relevance.NOT_RELEVANT);
        StepSnapshots.save(fixture.scene, "keys-2-screening");
        mnemonic(robot, KeyCode.N);

        // 3 Vurdering: digits on the pickers, Tab between fields, Alt+M to the next goal.
        assertFocus(robot, "ratingPositive");
        robot.push(KeyCode.DIGIT1).push(KeyCode.TAB).push(KeyCode.DIGIT0).push(KeyCode.TAB)
                .push(KeyCode.DIGIT3).push(KeyCode.TAB).push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.TAB);
        assertFocus(robot, "targetFilter");
        robot.write("3.4").push(KeyCode.DOWN).push(KeyCode.SPACE).push(KeyCode.TAB);
        assertFocus(robot, "ratingJustification");
        robot.write("Uteområdet gir lek og bevegelse.");
        var goal3 = fixture.page.editor().assessment().goal(3).orElseThrow();
        assertThat(goal3.positive()).isEqualTo(1);
        assertThat(goal3.certainty()).isEqualTo(Certainty.HIGH);
        assertThat(goal3.horizon()).isEqualTo(Horizon.LONG);
        assertThat(goal3.targets()).containsExactly("3.4");
        mnemonic(robot, KeyCode.M);
        StepSnapshots.save(fixture.scene, "keys-3-rating-next-goal");
        rateByKeys(robot, 4, KeyCode.DIGIT3, KeyCode.DIGIT0, "Tidlig læring for 120 barn.");
        rateByKeys(robot, 11, KeyCode.DIGIT2, KeyCode.DIGIT0, "Kort vei til barnehagen.");
        rateByKeys(robot, 15, KeyCode.DIGIT0, KeyCode.DIGIT2, "Dyrket jord bygges ned.");
        StepSnapshots.save(fixture.scene, "keys-3-rating");
        robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_DOWN);

        // 4 Tre dimensjoner.
        assertFocus(robot, "dimensionTextENVIRONMENT");
        robot.write("Jord går tapt.");
        mnemonic(robot, KeyCode.N);

        // 5 Målkonflikter: the strongest unhandled conflict has the focus; Tab goes on to the next.
        assertFocus(robot, "handling4_15");
        robot.write("Barnehageplasser veier tyngst.").push(KeyCode.TAB).write("Matjorda flyttes.");
        robot.push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB);
        assertFocus(robot, "handling11_15");
        robot.write("Kort vei veier tyngst.");
        // 3–15 is small (severity 1): it waits in the collapsed group; Space opens it, and one note may cover it.
        robot.push(KeyCode.TAB).push(KeyCode.TAB);
        assertFocus(robot, "minorConflicts");
        robot.push(KeyCode.SPACE).push(KeyCode.TAB);
        assertFocus(robot, "minorConflictsNote");
        robot.write("Lek ute veier tyngre enn jorda.");
        StepSnapshots.save(fixture.scene, "keys-5-conflicts");
        mnemonic(robot, KeyCode.N);

        // 6 Oppsummering: Space on "Ferdig".
        assertFocus(robot, "collaboration");
        robot.write("Landbruk og eiendom.").push(KeyCode.TAB).write("Barnehagen anbefales.").push(KeyCode.TAB);
        assertFocus(robot, "complete");
        robot.push(KeyCode.SPACE);
        assertThat(fixture.page.editor().assessment().status()).isEqualTo(Status.COMPLETE);
        StepSnapshots.save(fixture.scene, "keys-6-summary");

        // Back to the step list and out with Escape: everything typed is in the library.
        robot.push(KeyCode.SHIFT, KeyCode.TAB).push(KeyCode.SHIFT, KeyCode.TAB);
        // «Skjul hjelp» beside the step's heading, then the step list.
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertFocus(robot, "toggleStepHelp");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertFocus(robot, "stepList");
        // Arrows move through the steps and keep the focus in the list; Enter goes into the step.
        robot.push(KeyCode.UP);
        assertFocus(robot, "stepList");
        assertThat(fixture.page.editor().currentStepProperty().get()).isEqualTo(Step.CONFLICTS);
        robot.push(KeyCode.ENTER);
        assertFocus(robot, "handling4_15");
        // Back past the conflict card and the hints, which come before the cards (issue 20).
        for (int i = 0; i < 40 && !"stepList".equals(fixture.scene.getFocusOwner().getId()); i++) {
            robot.push(KeyCode.SHIFT, KeyCode.TAB);
        }
        assertFocus(robot, "stepList");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.closed).isTrue();
        Assessment stored = fixture.library.get(fixture.id);
        assertThat(stored).isEqualTo(fixture.page.editor().assessment());
        assertThat(stored.status()).isEqualTo(Status.COMPLETE);
        assertThat(stored.caseInfo().title()).isEqualTo("Ny barnehage på Vestby");
        assertThat(stored.caseInfo().date()).hasToString("2026-12-01");
        assertThat(stored.caseInfo().description()).isEqualTo("Barnehage med 120 plasser på et tidligere jorde.");
        assertThat(stored.dimensionText(no.baerekraftsjekk.domain.Dimension.ENVIRONMENT)).isEqualTo("Jord går tapt.");
        assertThat(stored.handlingFor(List.of(4, 15)).orElseThrow().mitigation()).isEqualTo("Matjorda flyttes.");
        assertThat(stored.conclusion()).isEqualTo("Barnehagen anbefales.");
        assertThat(fixture.errors.shown).isEmpty();
    }

    private void rateByKeys(FxRobot robot, int goal, KeyCode positive, KeyCode negative, String justification) {
        assertFocus(robot, "ratingPositive");
        assertThat(fixture.page.editor().assessment().goal(goal)).isPresent();
        robot.push(positive).push(KeyCode.TAB).push(negative);
        for (int i = 0; i < 5; i++) {
            robot.push(KeyCode.TAB);
        }
        assertFocus(robot, "ratingJustification");
        robot.write(justification);
        var rated = fixture.page.editor().assessment().goal(goal).orElseThrow();
        assertThat(rated.justification()).isEqualTo(justification);
        if (goal != 15) {
            mnemonic(robot, KeyCode.M);
        }
    }

    private static void mnemonic(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The focus is on the node with this id, or inside it (a date picker's text field). */
    private void assertFocus(FxRobot robot, String id) {
        javafx.scene.Scene scene = fixture.scene;
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = scene.getFocusOwner();
        String path = "";
        for (Node n = focused; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return;
            }
            path += n.getClass().getSimpleName() + "#" + n.getId() + " < ";
        }
        throw new AssertionError("Expected the focus on #" + id + " but it is on " + path);
    }
}
