package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseType;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.ConflictKind;
import no.baerekraftsjekk.ui.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A caseworker goes the whole way with the mouse, from a new assessment to "Ferdig", and every step is photographed. */
@ExtendWith(ApplicationExtension.class)
class AssessmentPageMouseTest {
    /** Goals 4, 7 and 11 gain, 15 loses: the school takes forest. */
    private static final Map<Integer, Relevance> SCREENING = Map.of(4, Relevance.DIRECT, 7, Relevance.INDIRECT,
            11, Relevance.DIRECT, 15, Relevance.DIRECT);

    private PageFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new PageFixture(stage);
    }

    @Test
    void aCaseworkerFinishesASoundAssessmentWithTheMouse(FxRobot robot) {
        // 1 Om saken: an empty title is pointed out as it is typed.
        robot.clickOn("#caseTitle");
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#caseTitleError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#caseTitleError").queryAs(Label.class).getText()).isEqualTo("Tittel må fylles ut");
        StepSnapshots.save(fixture.scene, "mouse-1-case-title-missing");
        robot.write("Ny barneskole på Nordbyhagen");
        assertThat(robot.lookup("#caseTitleError").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#caseNumber").write("2026/1234");
        robot.clickOn("#caseType").clickOn("Prosjekt");
        robot.clickOn("#organisation").write("Eksempel kommune");
        robot.clickOn("#unit").write("Kommunalteknikk");
        robot.clickOn("#caseworker").write("Kari Nordmann");
        robot.clickOn("#caseDate").write("23.11.2026").push(KeyCode.ENTER);
        robot.clickOn("#caseDescription").write("Ny skole for 600 elever, bygget i tre, på en tomt med skog i dag.");
        robot.clickOn("#caseExempt");
        robot.clickOn("#exemptionBasis").write("Offl. § 14");
        StepSnapshots.save(fixture.scene, "mouse-1-case");

        // 2 Screening: every tile by its buttons.
        robot.clickOn("#nextStep");
        for (int goal = 1; goal <= 17; goal++) {
            Relevance relevance = SCREENING.getOrDefault(goal, Relevance.NOT_RELEVANT);
            robot.clickOn("#goal" + goal + "_" + relevance.name());
        }
        assertThat(robot.lookup("#screeningProgress").queryAs(Label.class).getText()).isEqualTo("17 av 17 vurdert");
        StepSnapshots.save(fixture.scene, "mouse-2-screening");

        // 3 Vurdering: four goals, one negative.
        robot.clickOn("#nextStep");
        rate(robot, 4, 3, 0, "Gir plass til 600 elever i moderne lokaler.");
        click(robot, "#nextGoal");
        rate(robot, 7, 1, 0, "Solceller på taket.");
        click(robot, "#nextGoal");
        rate(robot, 11, 2, 0, "Kort skolevei for de fleste.");
        click(robot, "#nextGoal");
        rate(robot, 15, 0, 2, "Om lag 30 dekar skog hogges.");
        click(robot, robot.lookup("#targetList .check-box").nth(1).queryAs(Node.class));
        StepSnapshots.save(fixture.scene, "mouse-3-rating");

        // Trying to finish now is refused, with the reasons as links.
        robot.clickOn(stepCell(robot, "Oppsummering"));
        click(robot, "#complete");
        assertThat(fixture.page.editor().assessment().status()).isEqualTo(Status.DRAFT);
        assertThat(blockingTexts(robot)).contains("Målkonflikten mellom mål 4 og 15 er ikke avveid");
        StepSnapshots.save(fixture.scene, "mouse-6-summary-refused");
        robot.clickOn("Målkonflikten mellom mål 4 og 15 er ikke avveid");
        assertThat(fixture.page.editor().currentStepProperty().get()).isEqualTo(Step.CONFLICTS);

        // 5 Målkonflikter: the conflicts from goal 15 are there, strongest first; handle the ones that need it.
        assertThat(fixture.page.editor().analysis().conflictsOf(ConflictKind.GOALS))
                .extracting(c -> c.goals()).contains(List.of(4, 15), List.of(7, 15), List.of(11, 15));
        click(robot, "#handling4_15").write("Behovet for skoleplasser veier tyngst.");
        click(robot, "#mitigation4_15").write("Erstatningsskog plantes.");
        click(robot, "#handling11_15").write("Kort skolevei veier tyngre enn skogen.");
        // 7–15 is small (severity 1): no card of its own, but a line in the collapsed group, with one shared note.
        assertThat(robot.lookup("#handling7_15").tryQuery()).isEmpty();
        click(robot, "#minorConflicts .title");
        click(robot, "#minorConflictsNote").write("Solcellene veier lite mot skogen, men er med.");
        assertThat(fixture.page.editor().assessment().minorConflictsNote()).isEqualTo("Solcellene veier lite mot skogen, men er med.");
        StepSnapshots.save(fixture.scene, "mouse-5-conflicts");
        var hintLinks = robot.lookup(".hint-box .link-button").queryAllAs(javafx.scene.control.Button.class);
        assertThat(hintLinks).as("hints about goals marked not relevant").isNotEmpty();
        javafx.scene.control.Button lastHint = hintLinks.stream().reduce((a, b) -> b).orElseThrow();
        robot.interact(lastHint::requestFocus);
        StepSnapshots.save(fixture.scene, "mouse-5-conflicts-hints");

        // 4 Tre dimensjoner.
        robot.clickOn(stepCell(robot, "Tre dimensjoner"));
        click(robot, "#dimensionTextENVIRONMENT").write("Skog går tapt; bygget i tre og solceller demper.");
        StepSnapshots.save(fixture.scene, "mouse-4-dimensions");

        // 6 Oppsummering: now Ferdig is accepted.
        robot.clickOn(stepCell(robot, "Oppsummering"));
        click(robot, "#collaboration").write("Eiendom, oppvekst og miljøenheten.");
        click(robot, "#conclusion").write("Skolen anbefales, med erstatningsskog.");
        click(robot, "#complete");
        assertThat(fixture.page.editor().assessment().status()).isEqualTo(Status.COMPLETE);
        StepSnapshots.save(fixture.scene, "mouse-6-summary");

        robot.clickOn("#nextStep");
        StepSnapshots.save(fixture.scene, "mouse-7-report");

        robot.clickOn("#toLibrary");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.closed).isTrue();
        Assessment stored = fixture.library.get(fixture.id);
        assertThat(stored).isEqualTo(fixture.page.editor().assessment());
        assertThat(stored.status()).isEqualTo(Status.COMPLETE);
        assertThat(stored.caseInfo().title()).isEqualTo("Ny barneskole på Nordbyhagen");
        assertThat(stored.caseInfo().caseType()).isEqualTo(CaseType.PROJECT);
        assertThat(stored.caseInfo().date()).hasToString("2026-11-23");
        assertThat(stored.caseInfo().exemptionBasis()).isEqualTo("Offl. § 14");
        assertThat(stored.goals()).hasSize(17);
        assertThat(stored.goal(15).orElseThrow().negative()).isEqualTo(2);
        assertThat(stored.goal(15).orElseThrow().targets()).hasSize(1);
        assertThat(stored.handlingFor(List.of(4, 15)).orElseThrow().mitigation()).isEqualTo("Erstatningsskog plantes.");
        assertThat(stored.conclusion()).isEqualTo("Skolen anbefales, med erstatningsskog.");
        assertThat(fixture.errors.shown).isEmpty();
    }

    private void rate(FxRobot robot, int goal, int positive, int negative, String justification) {
        assertThat(robot.lookup("#ratingGoalHeading").queryAs(Label.class).getText()).startsWith("Mål " + goal + " ");
        click(robot, robot.lookup("#ratingPositive .segment").nth(positive).queryAs(Node.class));
        click(robot, robot.lookup("#ratingNegative .segment").nth(negative).queryAs(Node.class));
        click(robot, robot.lookup("#ratingCertainty .segment").nth(1).queryAs(Node.class));
        click(robot, robot.lookup("#ratingHorizon .segment").nth(2).queryAs(Node.class));
        click(robot, "#ratingJustification").write(justification);
        var stored = fixture.page.editor().assessment().goal(goal).orElseThrow();
        assertThat(stored.positive()).isEqualTo(positive);
        assertThat(stored.negative()).isEqualTo(negative);
        assertThat(stored.justification()).isEqualTo(justification);
    }

    /** Clicks like a person who first scrolls the control into view (focusing it makes its step scroll to it). */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        return click(robot, robot.lookup(query).queryAs(Node.class));
    }

    private static org.testfx.api.FxRobotInterface click(FxRobot robot, Node node) {
        robot.interact(node::requestFocus);
        return robot.clickOn(node);
    }

    private static Node stepCell(FxRobot robot, String title) {
        return robot.lookup(".step-list .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof Step s && Words.TEXTS.get(s.titleKey()).equals(title)).query();
    }

    private static List<String> blockingTexts(FxRobot robot) {
        return robot.lookup("#blockingReasons .link-button").queryAllAs(javafx.scene.control.Button.class).stream()
                .map(javafx.scene.control.Button::getText).toList();
    }

    @SuppressWarnings("unused")
    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }
}
