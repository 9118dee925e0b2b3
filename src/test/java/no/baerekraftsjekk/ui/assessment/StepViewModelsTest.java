package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.Status;
import no.baerekraftsjekk.domain.analysis.BlockingReason;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.assessment.caseinfo.CaseInfoViewModel;
import no.baerekraftsjekk.ui.assessment.conflicts.ConflictsViewModel;
import no.baerekraftsjekk.ui.assessment.rating.RatingViewModel;
import no.baerekraftsjekk.ui.assessment.screening.ScreeningKeys;
import no.baerekraftsjekk.ui.assessment.screening.ScreeningViewModel;
import no.baerekraftsjekk.ui.assessment.summary.SummaryViewModel;
import org.junit.jupiter.api.Test;

class StepViewModelsTest {
    private final EditorFixtures fixtures = new EditorFixtures();

    @Test
    void theTitleIsValidatedAsTheCaseworkerTypes() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        CaseInfoViewModel model = new CaseInfoViewModel(editor, Words.TEXTS);
        assertThat(model.titleErrorProperty().get()).isEmpty();

        model.titleProperty().set("");
        assertThat(model.titleErrorProperty().get()).isEqualTo("Tittel må fylles ut");
        model.titleProperty().set("   ");
        assertThat(model.titleErrorProperty().get()).isEqualTo("Tittel må fylles ut");
        model.titleProperty().set("Ny barneskole");
        assertThat(model.titleErrorProperty().get()).isEmpty();
        assertThat(editor.assessment().caseInfo().title()).isEqualTo("Ny barneskole");
    }

    /** Issue 20: a new assessment opens with an empty title, and is not scolded for it before the first key. */
    @Test
    void anEmptyTitleOfANewAssessmentIsPointedOutOnlyOnceTouched() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft(""));
        CaseInfoViewModel model = new CaseInfoViewModel(editor, Words.TEXTS);
        assertThat(model.titleProperty().get()).isEmpty();
        assertThat(model.titleErrorProperty().get()).isEmpty();
        model.titleLeft();
        assertThat(model.titleErrorProperty().get()).isEqualTo("Tittel må fylles ut");
        model.titleProperty().set("Vindkraft på Fjellet");
        assertThat(model.titleErrorProperty().get()).isEmpty();
    }

    @Test
    void editingTheCaseKeepsTheCommitteeAndMeetingDateItHasNoFieldFor() {
        Assessment draft = Assessment.newDraft("Ny skole");
        AssessmentEditorViewModel editor = fixtures.editor(draft.withCaseInfo(draft.caseInfo()
                .withCommittee("Kommunestyret").withMeetingDate(java.time.LocalDate.of(2027, 2, 11))));
        CaseInfoViewModel model = new CaseInfoViewModel(editor, Words.TEXTS);

        model.titleProperty().set("Ny barneskole");

        assertThat(editor.assessment().caseInfo().committee()).isEqualTo("Kommunestyret");
        assertThat(editor.assessment().caseInfo().meetingDate()).isEqualTo(java.time.LocalDate.of(2027, 2, 11));
    }

    @Test
    void switchingTheExemptionOffAndOnKeepsTheTypedBasis() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Ny skole"));
        CaseInfoViewModel model = new CaseInfoViewModel(editor, Words.TEXTS);
        model.exemptProperty().set(true);
        assertThat(model.exemptionErrorProperty().get()).contains("hjemmelen");
        model.exemptionBasisProperty().set("Offl. § 14");
        assertThat(editor.assessment().caseInfo().exemptionBasis()).isEqualTo("Offl. § 14");

        model.exemptProperty().set(false);
        assertThat(editor.assessment().caseInfo().isExempt()).isFalse();
        model.exemptProperty().set(true);
        assertThat(editor.assessment().caseInfo().exemptionBasis()).isEqualTo("Offl. § 14");
    }

    @Test
    void screeningKeysSetRelevanceAndArrowsMoveInTheGrid() {
        assertThat(ScreeningKeys.relevanceFor(KeyCode.D)).contains(Relevance.DIRECT);
        assertThat(ScreeningKeys.relevanceFor(KeyCode.DIGIT2)).contains(Relevance.INDIRECT);
        assertThat(ScreeningKeys.relevanceFor(KeyCode.N)).contains(Relevance.NOT_RELEVANT);
        assertThat(ScreeningKeys.relevanceFor(KeyCode.X)).isEmpty();

        assertThat(ScreeningKeys.move(7, KeyCode.RIGHT, 5)).contains(8);
        assertThat(ScreeningKeys.move(7, KeyCode.DOWN, 5)).contains(12);
        assertThat(ScreeningKeys.move(3, KeyCode.UP, 5)).contains(1);
        assertThat(ScreeningKeys.move(16, KeyCode.DOWN, 5)).contains(17);
        assertThat(ScreeningKeys.move(1, KeyCode.LEFT, 5)).contains(1);
        assertThat(ScreeningKeys.move(9, KeyCode.END, 5)).contains(17);
        assertThat(ScreeningKeys.move(9, KeyCode.TAB, 5)).isEmpty();
    }

    @Test
    void screeningCountsAndKeepsRatingsWhenOnlyDirectnessChanges() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        ScreeningViewModel model = new ScreeningViewModel(editor);
        assertThat(model.screenedProperty().get()).isEqualTo(17);
        model.setRelevance(7, Relevance.INDIRECT);
        assertThat(editor.assessment().goal(7).orElseThrow().positive()).isEqualTo(3);
        model.setRelevance(7, Relevance.NOT_RELEVANT);
        assertThat(editor.assessment().goal(7).orElseThrow().positive()).isZero();
        assertThat(editor.assessment().goal(7).orElseThrow().justification()).isEqualTo("Mer fornybar energi.");
    }

    /** Issue 20: a short, optional reason for a goal marked not relevant, kept as its justification. */
    @Test
    void aGoalMarkedNotRelevantTakesAShortReasonThatTheListShows() {
        AssessmentEditorViewModel editor = fixtures.editor(Assessment.newDraft("Vindkraft på Fjellet"));
        ScreeningViewModel model = new ScreeningViewModel(editor);
        model.setRelevance(14, Relevance.NOT_RELEVANT);
        model.setRelevance(7, Relevance.DIRECT);
        model.setRelevance(2, Relevance.NOT_RELEVANT);
        assertThat(model.notRelevantGoals()).containsExactly(2, 14);

        model.reasonProperty(14).set("Ingen sjø eller kyst i planområdet.");
        assertThat(editor.assessment().goal(14).orElseThrow().justification()).isEqualTo("Ingen sjø eller kyst i planområdet.");
        assertThat(editor.analysis().readyToComplete()).isFalse();

        // A relevant goal's justification belongs to the rating form: the list neither shows nor writes it.
        editor.edit(a -> a.withGoal(a.goal(7).orElseThrow().withJustification("Fornybar energi.")));
        model.reasonProperty(7).set("skal ikke lagres");
        assertThat(editor.assessment().goal(7).orElseThrow().justification()).isEqualTo("Fornybar energi.");

        // Changed elsewhere (undo, another window): the list follows.
        editor.edit(a -> a.withGoal(a.goal(2).orElseThrow().withJustification("Ingen matproduksjon.")));
        assertThat(model.reasonProperty(2).get()).isEqualTo("Ingen matproduksjon.");
        model.setRelevance(2, Relevance.INDIRECT);
        assertThat(model.notRelevantGoals()).containsExactly(14);
    }

    /** Issue 20: the dimension step says which goals feed each dimension and where that grouping comes from. */
    @Test
    void theDimensionStepNamesTheGoalsOfEachDimensionAndWhereTheGroupingComesFrom() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        var model = new no.baerekraftsjekk.ui.assessment.dimensions.DimensionsViewModel(editor, Words.TEXTS);
        assertThat(model.feedsProperty(no.baerekraftsjekk.domain.Dimension.SOCIAL).get())
                .isEqualTo("Mål som hører til her: 1, 2, 3, 4, 5, 7, 11 og 16. Relevante i saken: 7.");
        assertThat(model.mappingOrigin()).contains("programmets standardinndeling").contains("mål 7");

        editor.edit(a -> a.withGoal(a.goal(7).orElseThrow().withRelevance(Relevance.NOT_RELEVANT)));
        assertThat(model.feedsProperty(no.baerekraftsjekk.domain.Dimension.SOCIAL).get())
                .endsWith("Ingen av dem er relevante i saken.");

        // An organisation that puts goal 7 under the economy: the step says so and where it is decided.
        var byGoal = new java.util.HashMap<Integer, no.baerekraftsjekk.domain.Dimension>();
        no.baerekraftsjekk.domain.DimensionMapping.standard().goalsByDimension()
                .forEach((d, goals) -> goals.forEach(g -> byGoal.put(g, d)));
        byGoal.put(7, no.baerekraftsjekk.domain.Dimension.ECONOMIC);
        var own = new no.baerekraftsjekk.domain.analysis.AssessmentAnalyzer(no.baerekraftsjekk.domain.DimensionMapping.of(byGoal),
                no.baerekraftsjekk.domain.analysis.TradeOffCatalog.standard());
        var council = new no.baerekraftsjekk.ui.assessment.dimensions.DimensionsViewModel(
                fixtures.editor(EditorFixtures.screenedWithConflict(), own), Words.TEXTS);
        assertThat(council.feedsProperty(no.baerekraftsjekk.domain.Dimension.ECONOMIC).get()).contains("7").endsWith("Relevante i saken: 7.");
        assertThat(council.mappingOrigin()).contains("organisasjonens egen inndeling").contains("dimension-mapping.tsv");
    }

    @Test
    void ratingWritesIntoTheSelectedGoalOnly() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        RatingViewModel model = new RatingViewModel(editor, Words.guidance(), term -> { });
        assertThat(model.relevantGoals()).containsExactly(7, 15);
        assertThat(model.selectedGoalProperty().get()).isEqualTo(7);
        assertThat(model.positiveProperty().get()).isEqualTo(3);

        model.select(15);
        assertThat(model.negativeProperty().get()).isEqualTo(2);
        model.negativeProperty().set(3);
        model.visibleTargets().stream().filter(t -> t.id().equals("15.1")).findFirst().orElseThrow()
                .chosenProperty().set(true);
        model.targetFilterProperty().set("15.5");
        assertThat(model.visibleTargets()).extracting(t -> t.id()).containsExactly("15.5");

        assertThat(editor.assessment().goal(15).orElseThrow().negative()).isEqualTo(3);
        assertThat(editor.assessment().goal(15).orElseThrow().targets()).containsExactly("15.1");
        assertThat(editor.assessment().goal(7).orElseThrow().negative()).isZero();
        assertThat(model.nextGoal()).isFalse();
    }

    @Test
    void theGuidanceLinksTheGlossaryTermsItUsesToTheGlossary() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        List<String> opened = new java.util.ArrayList<>();
        RatingViewModel model = new RatingViewModel(editor, Words.guidance(), opened::add);
        model.select(15);
        List<String> terms = model.glossaryTermsIn(model.goalGuidanceProperty().get());
        assertThat(terms).isNotEmpty().doesNotHaveDuplicates();
        model.showInGlossary(terms.get(0));
        assertThat(opened).containsExactly(terms.get(0));
    }

    @Test
    void aConflictAppearsLiveAndItsHandlingIsStored() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        ConflictsViewModel model = new ConflictsViewModel(editor, Words.TEXTS);
        assertThat(model.majorConflicts()).extracting(c -> c.goals()).containsExactly(List.of(7, 15));
        var item = model.majorConflicts().getFirst();
        assertThat(item.handledProperty().get()).isFalse();

        item.handlingProperty().set("Energi veier tyngst.");
        assertThat(item.handledProperty().get()).isTrue();
        assertThat(editor.assessment().handlingFor(List.of(7, 15)).orElseThrow().handling()).isEqualTo("Energi veier tyngst.");

        // The conflict goes away when goal 15 loses nothing; the written handling is kept and shown as such.
        editor.edit(a -> a.withGoal(a.goal(15).orElseThrow().withRatings(0, 0)));
        assertThat(model.majorConflicts()).isEmpty();
        assertThat(model.orphaned()).containsExactly(item);
        assertThat(editor.assessment().handlingFor(List.of(7, 15))).isPresent();
    }

    /** Rule 6: a severity-1 conflict is shown and may be weighed, but is not asked for, and the step can be done without it. */
    @Test
    void aSmallConflictIsShownAsOptionalAndTheStepIsDoneWithoutIt() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        editor.edit(a -> a.withGoal(a.goal(15).orElseThrow().withRatings(0, 1)));
        ConflictsViewModel model = new ConflictsViewModel(editor, Words.TEXTS);

        assertThat(model.majorConflicts()).isEmpty();
        var item = model.minorConflicts().getFirst();
        assertThat(item.severityProperty().get()).isEqualTo(1);
        assertThat(item.requiredProperty().get()).isFalse();
        assertThat(item.handledProperty().get()).isFalse();
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.DONE);

        editor.edit(a -> a.withGoal(a.goal(15).orElseThrow().withRatings(0, 2)));
        assertThat(item.requiredProperty().get()).isTrue();
        assertThat(model.majorConflicts()).containsExactly(item);
        assertThat(model.minorConflicts()).isEmpty();
        assertThat(editor.stepStatesProperty().get().get(Step.CONFLICTS)).isEqualTo(StepState.NEEDS_ATTENTION);
    }

    /** Issue 20: «Vurdert – ikke aktuelt» moves a hint out of the open ones, on this step and beside the rating; «Vis igjen» brings it back. */
    @Test
    void aDismissedHintLeavesTheOpenHintsUntilItIsShownAgain() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        ConflictsViewModel model = new ConflictsViewModel(editor, Words.TEXTS);
        RatingViewModel rating = new RatingViewModel(editor, Words.guidance(), term -> { });
        var hint = model.openHints().getFirst();
        rating.select(ConflictsViewModel.gainingGoal(hint));
        assertThat(rating.hints()).contains(hint);

        model.dismiss(hint, "Passer ikke saken.");

        assertThat(model.openHints()).doesNotContain(hint);
        assertThat(model.dismissedHints()).containsExactly(hint);
        assertThat(model.reasonOf(hint)).isEqualTo("Passer ikke saken.");
        assertThat(rating.hints()).doesNotContain(hint);
        assertThat(editor.analysis().hints()).as("the rules still give it, as check lists it").contains(hint);

        model.showAgain(hint);

        assertThat(model.openHints()).contains(hint);
        assertThat(model.dismissedHints()).isEmpty();
        assertThat(editor.assessment().dismissedHints()).isEmpty();
    }

    @Test
    void oneNoteCoversTheSmallConflicts() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict());
        editor.edit(a -> a.withGoal(a.goal(15).orElseThrow().withRatings(0, 1)));
        ConflictsViewModel model = new ConflictsViewModel(editor, Words.TEXTS);

        model.minorNoteProperty().set("Følges opp i byggesaken.");

        assertThat(editor.assessment().minorConflictsNote()).isEqualTo("Følges opp i byggesaken.");
        assertThat(model.minorConflicts()).singleElement().satisfies(item -> assertThat(item.sidesProperty().get())
                .isEqualTo("Mål 7 får positiv virkning (stor), mål 15 negativ virkning (liten). "
                        + "Konflikten går på tvers av to dimensjoner: sosiale forhold (mål 7) og miljø og klima (mål 15)."));
    }

    @Test
    void ferdigIsRefusedWithTheReasonsUntilTheAssessmentIsSound() {
        AssessmentEditorViewModel editor = fixtures.editor(EditorFixtures.screenedWithConflict()
                .withGoal(EditorFixtures.screenedWithConflict().goal(15).orElseThrow().withJustification("")));
        SummaryViewModel model = new SummaryViewModel(editor);

        assertThat(model.requestComplete(true)).isFalse();
        assertThat(model.refusedProperty().get()).isTrue();
        assertThat(model.completeProperty().get()).isFalse();
        assertThat(editor.assessment().status()).isEqualTo(Status.DRAFT);
        assertThat(model.blocking()).extracting(BlockingReason::kind)
                .containsExactlyInAnyOrder(BlockingReason.Kind.MISSING_JUSTIFICATION, BlockingReason.Kind.UNHANDLED_CONFLICT);

        model.fix(model.blocking().stream().filter(r -> r.kind() == BlockingReason.Kind.MISSING_JUSTIFICATION).findFirst().orElseThrow());
        assertThat(editor.currentStepProperty().get()).isEqualTo(Step.ASSESSMENT);
        assertThat(editor.goalFocusProperty().get().goal()).isEqualTo(15);

        editor.edit(a -> EditorFixtures.soundAndHandled());
        assertThat(model.blocking()).isEmpty();
        assertThat(model.requestComplete(true)).isTrue();
        assertThat(editor.assessment().status()).isEqualTo(Status.COMPLETE);
    }
}
