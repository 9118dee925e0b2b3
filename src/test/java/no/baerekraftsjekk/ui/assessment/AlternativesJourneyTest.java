package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case with the zero alternative and two others: added in the window, assessed, compared,
 * recommended, completed and exported. Snapshots under target/snapshots/alternatives/.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class AlternativesJourneyTest {
    private PageFixture fixture;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(StepSnapshots.FOLDER.resolve("alternatives"));
        fixture = new PageFixture(stage, EditorFixtures.soundAndHandled(), Step.SCREENING);
    }

    private AssessmentEditorViewModel editor() {
        return fixture.page.editor();
    }

    private void snapshot(String name) {
        StepSnapshots.save(fixture.scene, "alternatives/" + name);
    }

    @Test
    void aCaseWithTheZeroAlternativeAndTwoOthersIsAssessedComparedRecommendedCompletedAndExported(FxRobot robot)
            throws Exception {
        snapshot("01-single-assessment");

        // The zero alternative: empty, marked as such.
        robot.clickOn("#addAlternativeMenu");
        robot.clickOn("Tomt alternativ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives()).extracting(Alternative::label)
                .containsExactly("Alternativ 1", "Alternativ 2");
        robot.clickOn("#alternativeName").write("Ingen utbygging");
        robot.clickOn("#renameAlternative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives().get(1).label()).isEqualTo("Ingen utbygging");
        assertThat(editor().currentStepProperty().get()).as("the step stays").isEqualTo(Step.SCREENING);
        robot.clickOn("#zeroAlternative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives().get(1).zero()).isTrue();

        // A third: a copy of the first, renamed, then made smaller.
        robot.clickOn("#alternative0");
        robot.clickOn("#alternativeName").write("Mindre anlegg");
        robot.clickOn("#addCopyAlternative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives()).extracting(Alternative::label)
                .containsExactly("Alternativ 1", "Ingen utbygging", "Mindre anlegg");
        robot.clickOn("#alternative0");
        robot.clickOn("#alternativeName").write("Stort anlegg");
        robot.clickOn("#renameAlternative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives().getFirst().label()).isEqualTo("Stort anlegg");

        // Assessed, as the steps do it: the smaller plant takes less forest; doing nothing helps and harms nothing.
        robot.clickOn("#alternative2");
        robot.interact(() -> editor().edit(a -> a.withGoal(a.goal(7).orElseThrow().withRatings(2, 0))
                .withGoal(a.goal(15).orElseThrow().withRatings(0, 1))));
        robot.clickOn("#alternative1");
        robot.interact(() -> editor().edit(AlternativesJourneyTest::nothingHappens));
        snapshot("02-zero-alternative-screening");
        assertThat(editor().assessment().goals()).hasSize(17);

        // Removing can be undone.
        robot.clickOn("#alternative2");
        robot.clickOn("#removeAlternative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives()).hasSize(2);
        robot.clickOn("#undoRemoveAlternative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().alternatives()).extracting(Alternative::label)
                .containsExactly("Stort anlegg", "Ingen utbygging", "Mindre anlegg");
        assertThat(editor().wholeCase().alternatives().get(2).goals().get(15).negative()).isEqualTo(1);

        // Compared side by side, then recommended.
        robot.clickOn("#showComparison");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#comparisonTable").tryQuery()).isPresent();
        assertThat(robot.lookup(".comparison-difference").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("Ulik positiv virkning", "Ulik negativ virkning");
        snapshot("03-comparison");
        robot.interact(() -> robot.lookup("#recommendedAlternative").queryAs(ChoiceBox.class).setValue("Mindre anlegg"));
        robot.clickOn("#recommendationReason").write("Nesten like mye energi, mye mindre skog tapt.");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("04-recommended");
        assertThat(editor().wholeCase().recommendation()).isEqualTo(new no.baerekraftsjekk.domain.Recommendation(
                "Mindre anlegg", "Nesten like mye energi, mye mindre skog tapt."));

        // Completed: rule 6 for the case.
        robot.interact(() -> editor().currentStepProperty().set(Step.SUMMARY));
        // The switch sits below the picture of the 17 goals; fired as a click on it would.
        robot.interact(() -> robot.lookup("#complete").queryAs(javafx.scene.control.CheckBox.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor().wholeCase().status()).isEqualTo(Status.COMPLETE);
        snapshot("05-complete");

        // Exported.
        Path target = folder.resolve("alternativer.pdf");
        fixture.dialogs.saveLocation = target;
        robot.interact(() -> editor().currentStepProperty().set(Step.REPORT));
        robot.clickOn("#makePdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> editor().reportMadeProperty().get());
        assertThat(fixture.errors.shown).isEmpty();
        // The report is the case's: its first page compares the alternatives (kept for a person to look at).
        Files.copy(target, StepSnapshots.FOLDER.resolve("alternatives").resolve("journey-report.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String firstPage = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(
                Files.readAllBytes(target))).getTextFromPage(1);
        assertThat(firstPage).contains("Sammenligning av alternativene").contains("Mindre anlegg")
                .contains("Nesten like mye energi");

        assertThat(editor().flush()).isTrue();
        Assessment stored = fixture.library.get(fixture.id);
        assertThat(stored).isEqualTo(editor().wholeCase());
        assertThat(stored.alternatives()).hasSize(3);
    }

    /** Every goal assessed as not relevant, with nothing to weigh: the zero alternative as assessed here. */
    private static Assessment nothingHappens(Assessment alternative) {
        Assessment a = alternative;
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            a = a.withGoal(GoalAssessment.screened(goal, Relevance.NOT_RELEVANT));
        }
        return a;
    }
}
