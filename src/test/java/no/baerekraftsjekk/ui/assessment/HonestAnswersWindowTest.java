package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Certainty;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.ui.WindowSmallSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 20, honest answers in the window: a short reason under the tiles for a goal not relevant,
 * «Vet ikke» among the certainties, and the dimension step naming its goals and their grouping.
 */
@ExtendWith(ApplicationExtension.class)
class HonestAnswersWindowTest {
    private PageFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new PageFixture(stage, EditorFixtures.screenedWithConflict(), Step.SCREENING);
    }

    @Test
    void aReasonTypedUnderTheTilesIsKeptWithTheGoal(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField reason = robot.lookup("#notRelevantReason14").queryAs(TextField.class);
        robot.interact(reason::requestFocus);
        robot.write("Ingen sjø eller kyst");
        assertThat(fixture.page.editor().assessment().goal(14).orElseThrow().justification()).isEqualTo("Ingen sjø eller kyst");
        assertThat(robot.lookup("#notRelevantReason7").tryQuery()).as("goal 7 is relevant").isEmpty();
        WindowSmallSnapshots.save(fixture.scene, "screening-reasons");
    }

    @Test
    void vetIkkeCanBeChosenAndTheDimensionStepNamesItsGoals(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.page.editor().showGoal(Step.ASSESSMENT, 15));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ratingCertainty").tryQuery().isPresent());
        Node unknown = robot.lookup("#ratingCertainty .segment").nth(Certainty.UNKNOWN.ordinal()).query();
        assertThat(((javafx.scene.control.Labeled) unknown).getText()).isEqualTo("Vet ikke");
        robot.clickOn(unknown);
        assertThat(fixture.page.editor().assessment().goal(15).orElseThrow().certainty()).isEqualTo(Certainty.UNKNOWN);
        WindowSmallSnapshots.save(fixture.scene, "rating-vet-ikke");

        robot.interact(() -> fixture.page.editor().currentStepProperty().set(Step.DIMENSIONS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dimensionGoalsSOCIAL").tryQuery().isPresent());
        assertThat(robot.lookup("#dimensionGoals" + Dimension.SOCIAL.name()).queryAs(Label.class).getText())
                .isEqualTo("Mål som hører til her: 1, 2, 3, 4, 5, 7, 11 og 16. Relevante i saken: 7.");
        assertThat(robot.lookup("#dimensionMappingOrigin").queryAs(Label.class).getText()).contains("standardinndeling");
        WindowSmallSnapshots.save(fixture.scene, "dimensions-goals");
    }
}
