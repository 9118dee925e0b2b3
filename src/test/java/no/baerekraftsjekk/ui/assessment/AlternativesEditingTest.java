package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.assessment.alternatives.AlternativesViewModel;
import no.baerekraftsjekk.ui.assessment.summary.SummaryViewModel;
import org.junit.jupiter.api.Test;

/** A case with alternatives in the editor, without a window: the steps see one alternative, the case is saved whole. */
class AlternativesEditingTest {
    private final EditorFixtures fixtures = new EditorFixtures();

    @Test
    void addingAnAlternativeTurnsTheAssessmentIntoACaseAndShowsTheNewOneOnTheSameStep() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        editor.currentStepProperty().set(Step.ASSESSMENT);
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);

        assertThat(alternatives.add("Nullalternativet", -1, "Solkraftverket")).isEmpty();

        assertThat(editor.wholeCase().alternatives()).extracting(Alternative::label)
                .containsExactly("Solkraftverket", "Nullalternativet");
        assertThat(editor.alternativeProperty().get()).isEqualTo(1);
        assertThat(editor.assessment().goals()).isEmpty();
        assertThat(editor.currentStepProperty().get()).isEqualTo(Step.ASSESSMENT);

        editor.showAlternative(0);
        assertThat(editor.assessment().goals()).isEqualTo(EditorFixtures.soundAndHandled().goals());
        assertThat(editor.currentStepProperty().get()).isEqualTo(Step.ASSESSMENT);
    }

    @Test
    void anEditOfAStepGoesIntoTheAlternativeShownAndTheWholeCaseIsSaved() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);
        alternatives.add("Kopi", 0, "Original");

        editor.edit(a -> a.withGoal(GoalAssessment.screened(7, Relevance.NOT_RELEVANT)));

        assertThat(editor.wholeCase().alternatives().get(1).goals().get(7).relevance()).isEqualTo(Relevance.NOT_RELEVANT);
        assertThat(editor.wholeCase().alternatives().get(0).goals().get(7).relevance()).isEqualTo(Relevance.DIRECT);
        assertThat(editor.flush()).isTrue();
        assertThat(fixtures.library.get(editor.assessmentId())).isEqualTo(editor.wholeCase());
    }

    @Test
    void theCaseFactsEditedInAnAlternativeAreTheCases() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        new AlternativesViewModel(editor).add("B", -1, "A");

        editor.edit(a -> a.withCaseInfo(a.caseInfo().withTitle("Nytt navn")));
        editor.showAlternative(0);

        assertThat(editor.wholeCase().caseInfo().title()).isEqualTo("Nytt navn");
        assertThat(editor.assessment().caseInfo().title()).isEqualTo("Nytt navn");
    }

    @Test
    void namesAreRefusedInPlainWordsWhenEmptyTooLongOrTaken() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);
        alternatives.add("B", -1, "A");

        assertThat(alternatives.add(" ", -1, "")).map(Words.TEXTS::format).contains("Skriv et navn på alternativet.");
        assertThat(alternatives.add(" b ", -1, "")).map(Words.TEXTS::format).get().asString().contains("«b»");
        assertThat(alternatives.rename(0, "x".repeat(101))).isPresent();
        assertThat(alternatives.rename(0, "B")).isPresent();
        assertThat(alternatives.rename(0, "Ny A")).isEmpty();
        assertThat(editor.wholeCase().alternatives().getFirst().label()).isEqualTo("Ny A");
    }

    @Test
    void removingCanBeUndoneAlsoWhenTheCaseHadBecomeOneAssessmentAgain() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);
        alternatives.add("B", 0, "A");
        alternatives.recommend("B");
        Assessment before = editor.wholeCase();

        alternatives.remove(1);
        assertThat(editor.wholeCase().hasAlternatives()).isFalse();
        assertThat(alternatives.canUndoRemoveProperty().get()).isTrue();
        alternatives.undoRemove();

        assertThat(editor.wholeCase()).isEqualTo(before);
    }

    @Test
    void removingOneOfThreeAndUndoingPutsItBackAsTheRecommendedOne() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);
        alternatives.add("B", 0, "A");
        alternatives.add("C", -1, "");
        alternatives.toggleZero(2);
        alternatives.recommend("B");
        Assessment before = editor.wholeCase();

        alternatives.remove(1);
        assertThat(editor.wholeCase().recommendation().isChosen()).isFalse();
        alternatives.undoRemove();

        assertThat(editor.wholeCase()).isEqualTo(before);
    }

    @Test
    void movingKeepsTheAlternativeShown() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);
        alternatives.add("B", -1, "A");
        alternatives.add("C", -1, "");
        editor.showAlternative(0);

        alternatives.move(0, 1);

        assertThat(editor.wholeCase().alternatives()).extracting(Alternative::label).containsExactly("B", "A", "C");
        assertThat(editor.alternativeProperty().get()).isEqualTo(1);
        assertThat(editor.assessment().goals()).isEqualTo(EditorFixtures.soundAndHandled().goals());
    }

    @Test
    void completionAsksRule6ForTheCaseEveryAlternativeReadyAndARecommendationWithAReason() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        AlternativesViewModel alternatives = new AlternativesViewModel(editor);
        alternatives.add("Kopi", 0, "Original");
        SummaryViewModel summary = new SummaryViewModel(editor);

        assertThat(summary.requestComplete(true)).isFalse();
        assertThat(summary.blocking()).extracting(b -> Words.TEXTS.format(b.message()))
                .containsExactly("Ingen av alternativene er valgt som anbefalt", "Anbefalingen mangler begrunnelse");

        alternatives.recommend("Kopi");
        alternatives.recommendationReason("Samme virkning, mindre risiko.");
        assertThat(summary.requestComplete(true)).isTrue();
        assertThat(editor.wholeCase().status()).isEqualTo(Status.COMPLETE);

        // An edit that makes one alternative unsound takes the case back to draft.
        editor.showAlternative(0);
        editor.edit(a -> a.withGoal(a.goal(7).orElseThrow().withJustification("")));
        assertThat(editor.wholeCase().status()).isEqualTo(Status.DRAFT);
        assertThat(summary.blocking()).extracting(b -> Words.TEXTS.format(b.message()))
                .containsExactly("Original: Mål 7 mangler begrunnelse");
    }

    @Test
    void theRatingStepMarksAGoalByTheGapsOfTheAlternativeShownOnly() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        new AlternativesViewModel(editor).add("Kopi", 0, "Original");
        editor.showAlternative(0);
        editor.edit(a -> a.withGoal(a.goal(7).orElseThrow().withJustification("")));
        var rating = new no.baerekraftsjekk.ui.assessment.rating.RatingViewModel(editor, Words.guidance(), term -> { });

        assertThat(rating.needsWork(7)).isTrue();
        editor.showAlternative(1);
        assertThat(rating.needsWork(7)).isFalse();
    }

    @Test
    void theStepListMarksTheAlternativeShownByItsOwnWork() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.soundAndHandled());
        new AlternativesViewModel(editor).add("Tom", -1, "Ferdig");

        editor.showAlternative(0);
        assertThat(editor.stepStatesProperty().get().get(Step.SCREENING)).isEqualTo(StepState.DONE);
        editor.showAlternative(1);
        assertThat(editor.stepStatesProperty().get().get(Step.SCREENING)).isEqualTo(StepState.NOT_STARTED);
    }
}
