package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.CaseInfo;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import org.junit.jupiter.api.Test;

class AssessmentEditorViewModelTest {
    private final EditorFixtures fixtures = new EditorFixtures();

    @Test
    void aNewDraftHasOnlyTheCaseStepBegun() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        var states = editor.stepStatesProperty().get();
        assertThat(states.get(Step.CASE)).isEqualTo(StepState.IN_PROGRESS);
        assertThat(states.get(Step.SCREENING)).isEqualTo(StepState.NOT_STARTED);
        assertThat(states.get(Step.ASSESSMENT)).isEqualTo(StepState.NOT_STARTED);
        assertThat(states.get(Step.CONFLICTS)).isEqualTo(StepState.NOT_STARTED);
        assertThat(states.get(Step.SUMMARY)).isEqualTo(StepState.NOT_STARTED);
    }

    @Test
    void aBlankTitleNeedsAttentionOnceTheCaseHasBegun() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft(""));
        assertThat(editor.stepStatesProperty().get().get(Step.CASE)).as("a new assessment, nothing typed").isEqualTo(StepState.NOT_STARTED);
        editor.edit(a -> a.withCaseInfo(a.caseInfo().withCommittee("Kommunestyret").withTitle(" ")));
        assertThat(editor.stepStatesProperty().get().get(Step.CASE)).isEqualTo(StepState.NEEDS_ATTENTION);
    }

    @Test
    void stepStatesFollowTheWork() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        editor.edit(a -> a.withGoal(GoalAssessment.screened(4, Relevance.DIRECT)));
        assertThat(editor.stepStatesProperty().get().get(Step.SCREENING)).isEqualTo(StepState.IN_PROGRESS);

        editor.edit(a -> EditorFixtures.screenedWithConflict());
        var states = editor.stepStatesProperty().get();
        assertThat(states.get(Step.SCREENING)).isEqualTo(StepState.DONE);
        assertThat(states.get(Step.ASSESSMENT)).isEqualTo(StepState.DONE);
        assertThat(states.get(Step.CONFLICTS)).as("an unhandled conflict of severity 2").isEqualTo(StepState.NEEDS_ATTENTION);
        assertThat(states.get(Step.DIMENSIONS)).as("a clear negative without words").isEqualTo(StepState.NEEDS_ATTENTION);

        editor.edit(a -> EditorFixtures.soundAndHandled());
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.DONE);
    }

    /** Issue 20: a step is not «Ferdig» before anything in it is done. */
    @Test
    void theConflictStepIsNotDoneWhileGoalsAreStillToBeScreenedOrJustified() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        editor.edit(a -> a.withGoal(GoalAssessment.screened(4, Relevance.DIRECT).withRatings(3, 0)));
        assertThat(editor.analysis().conflicts()).as("one rated goal, nothing to weigh yet").isEmpty();
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.NOT_STARTED);

        // Every goal screened, but a relevant goal's rating is still unjustified: more may change.
        editor.edit(a -> EditorFixtures.soundAndHandled());
        editor.edit(a -> a.withGoal(a.goal(7).orElseThrow().withJustification("")));
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.IN_PROGRESS);

        editor.edit(a -> EditorFixtures.soundAndHandled());
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.DONE);
    }

    @Test
    void theReportStepIsDoneOnlyOnceAReportWasMade() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        assertThat(editor.stepStatesProperty().get().get(Step.REPORT)).isEqualTo(StepState.NOT_STARTED);
        editor.reportMadeProperty().set(true);
        assertThat(editor.stepStatesProperty().get().get(Step.REPORT)).isEqualTo(StepState.DONE);
    }

    @Test
    void everyEditIsRecomputedAndHandedToAutosave() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        editor.edit(a -> EditorFixtures.screenedWithConflict());
        assertThat(editor.analysis().conflicts()).isNotEmpty();
        assertThat(editor.autosaver().hasUnsavedChanges()).isTrue();
        assertThat(editor.flush()).isTrue();
        assertThat(fixtures.library.get(editor.assessmentId())).isEqualTo(editor.assessment());
    }

    @Test
    void aCompleteAssessmentThatAnEditMakesUnsoundGoesBackToDraft() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled().withStatus(Status.COMPLETE));
        editor.edit(a -> a.withGoal(a.goal(7).orElseThrow().withJustification("")));
        assertThat(editor.assessment().status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void theLastStepIsRememberedPerAssessment() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        editor.currentStepProperty().set(Step.CONFLICTS);
        AssessmentEditorViewModel reopened = new AssessmentEditorViewModel(editor.assessmentId(), editor.assessment(),
                no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer.standard(), editor.autosaver(), fixtures.settings);
        assertThat(reopened.currentStepProperty().get()).isEqualTo(Step.CONFLICTS);
    }

    @Test
    void showingAGoalMovesToItsStep() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        editor.showGoal(Step.ASSESSMENT, 15);
        assertThat(editor.currentStepProperty().get()).isEqualTo(Step.ASSESSMENT);
        assertThat(editor.goalFocusProperty().get().goal()).isEqualTo(15);
    }

    @Test
    void unchangedEditsAreNotSaved() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        editor.edit(a -> a.withCaseInfo(CaseInfo.titled("Ny skole")));
        assertThat(editor.autosaver().hasUnsavedChanges()).isFalse();
    }
}
