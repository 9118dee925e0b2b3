package no.baerekraftsjekk.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.profile.EffectDirection;
import no.baerekraftsjekk.domain.profile.LocalGoal;
import no.baerekraftsjekk.domain.profile.TouchedLocalGoal;
import no.baerekraftsjekk.ui.FxTesting;
import no.baerekraftsjekk.ui.TestSnapshots;
import no.baerekraftsjekk.ui.Words;
import no.baerekraftsjekk.ui.assessment.rating.RatingView;
import no.baerekraftsjekk.ui.assessment.rating.RatingViewModel;
import no.baerekraftsjekk.ui.assessment.summary.SummaryView;
import no.baerekraftsjekk.ui.assessment.summary.SummaryViewModel;
import no.baerekraftsjekk.ui.common.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The council's local goals in Vurdering (under each UN goal) and in Oppsummering (the touched ones, with direction). */
@ExtendWith(ApplicationExtension.class)
class LocalGoalsInStepsTest {
    private static final LocalGoal SCHOOL_ROADS = new LocalGoal("KP-6", "Trygge skoleveier", "", List.of(), List.of("11.2"));
    private static final LocalGoal CENTRE = new LocalGoal("KP-7", "Et levende sentrum", "Boliger for alle livsfaser.", List.of(11), List.of());
    private static final LocalGoal NATURE = new LocalGoal("KP-5", "Naturmangfold", "", List.of(15), List.of());
    private static final List<LocalGoal> PLAN = List.of(NATURE, SCHOOL_ROADS, CENTRE);

    private final EditorFixtures fixtures = new EditorFixtures();
    private Stage stage;

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
    }

    private static Assessment goal11Rated() {
        return Assessment.newDraft("Ny flerbrukshall")
                .withGoal(GoalAssessment.screened(11, Relevance.INDIRECT).withRatings(0, 2))
                .withGoal(GoalAssessment.screened(15, Relevance.DIRECT).withRatings(1, 1));
    }

    @Test
    void vurderingShowsTheLocalGoalsOfTheSelectedGoalAndMarksThoseTouched() {
        AssessmentEditorViewModel editor = fixtures.editor(goal11Rated());
        RatingViewModel model = new RatingViewModel(editor, Words.guidance(), term -> { }, PLAN);
        model.selectedGoalProperty().set(11);
        // KP-6 (target 11.2, not picked yet) and KP-7 (goal 11, relevant) are linked; only KP-7 is touched.
        assertThat(model.localGoals()).containsExactly(new RatingViewModel.LinkedLocalGoal(SCHOOL_ROADS, false),
                new RatingViewModel.LinkedLocalGoal(CENTRE, true));

        editor.edit(a -> a.withGoal(a.goal(11).orElseThrow().withTargets(List.of("11.2"))));
        assertThat(model.localGoals()).containsExactly(new RatingViewModel.LinkedLocalGoal(SCHOOL_ROADS, true),
                new RatingViewModel.LinkedLocalGoal(CENTRE, true));

        model.selectedGoalProperty().set(15);
        assertThat(model.localGoals()).containsExactly(new RatingViewModel.LinkedLocalGoal(NATURE, true));
        assertThat(new RatingViewModel(editor, Words.guidance(), term -> { }).localGoals()).isEmpty();
    }

    @Test
    void theSummaryListsTheTouchedLocalGoalsWithTheirDirection() throws Exception {
        AssessmentEditorViewModel editor = fixtures.editor(goal11Rated());
        SummaryViewModel model = new SummaryViewModel(editor, PLAN);
        assertThat(model.hasPlan()).isTrue();
        assertThat(model.touchedLocalGoals()).containsExactly(
                new TouchedLocalGoal(NATURE, EffectDirection.BOTH, List.of(15)),
                new TouchedLocalGoal(CENTRE, EffectDirection.NEGATIVE, List.of(11)));
        editor.edit(a -> a.withGoal(a.goal(11).orElseThrow().withRelevance(Relevance.NOT_RELEVANT)));
        assertThat(model.touchedLocalGoals()).containsExactly(new TouchedLocalGoal(NATURE, EffectDirection.BOTH, List.of(15)));
        assertThat(new SummaryViewModel(editor).hasPlan()).isFalse();
    }

    @Test
    void bothStepsAsTheCaseworkerSeesThem() throws Exception {
        AssessmentEditorViewModel editor = fixtures.editor(goal11Rated());
        Files.createDirectories(Path.of("target", "snapshots", "profile"));
        FxTesting.onFx(() -> {
            RatingViewModel rating = new RatingViewModel(editor, Words.guidance(), term -> { }, PLAN);
            rating.selectedGoalProperty().set(11);
            stage.setScene(new Scene((javafx.scene.Parent) new RatingView(rating).node(), 1280, 800));
            stage.show();
        });
        FxTesting.onFx(() -> assertThat(stage.getScene().lookup("#ratingLocalGoals").isVisible()).isTrue());
        TestSnapshots.save(stage.getScene(), "profile/rating-local-goals");
        FxTesting.onFx(() -> {
            SummaryView summary = new SummaryView(new SummaryViewModel(editor, PLAN), Words.guidance());
            stage.setScene(new Scene((javafx.scene.Parent) summary.node(), 1280, 800));
        });
        FxTesting.onFx(() -> assertThat(((javafx.scene.layout.VBox) stage.getScene().lookup("#summaryLocalGoals")).getChildren())
                .extracting(n -> ((javafx.scene.control.Label) n).getText())
                .containsExactly("KP-5 Naturmangfold: Både positiv og negativ", "KP-7 Et levende sentrum: Negativ"));
        TestSnapshots.save(stage.getScene(), "profile/summary-local-goals");
    }
}
