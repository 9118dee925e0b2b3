package no.baerekraftsjekk.ui.assessment.summary;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.Relevance;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;
import no.baerekraftsjekk.ui.assessment.EffectBar;

/** All 17 goals, each with its positive and its negative effect side by side; kept live. */
final class GoalsPicture {
    private final GridPane grid = new GridPane();
    private final EffectBar[] positives = new EffectBar[Goal.COUNT + 1];
    private final EffectBar[] negatives = new EffectBar[Goal.COUNT + 1];
    private final Label[] notes = new Label[Goal.COUNT + 1];

    private final AssessmentGuidance guidance;
    private final Texts texts;

    GoalsPicture(AssessmentGuidance guidance) {
        this.guidance = guidance;
        this.texts = guidance.texts();
        grid.getStyleClass().add("goals-picture");
        grid.setId("goalsPicture");
        grid.setHgap(10);
        grid.setVgap(3);
        grid.addRow(0, new Label(""), header("assessment.summary.goal"), header("assessment.rating.positive"),
                header("assessment.rating.negative"));
        for (Goal goal : guidance.goals().all()) {
            int n = goal.number();
            Label chip = new Label(Integer.toString(n));
            chip.getStyleClass().add("goal-chip");
            chip.setStyle("-fx-background-color: " + goal.colour() + "; -fx-text-fill: "
                    + ("white".equalsIgnoreCase(goal.textColour()) ? "#ffffff" : "#000000") + ";");
            Label title = new Label(guidance.goalTitle(goal.number()));
            title.getStyleClass().add("picture-goal-title");
            // A long title wraps at a large text size instead of widening the step sideways.
            title.setWrapText(true);
            title.setStyle("-fx-min-width: 8em;");
            title.setMinHeight(Label.USE_PREF_SIZE);
            positives[n] = new EffectBar(texts, false, 22, 14);
            negatives[n] = new EffectBar(texts, true, 22, 14);
            notes[n] = new Label();
            notes[n].getStyleClass().add("picture-note");
            grid.addRow(n, chip, title, positives[n], negatives[n]);
            grid.add(notes[n], 2, n, 2, 1);
            GridPane.setHalignment(chip, javafx.geometry.HPos.CENTER);
            chip.setAlignment(Pos.CENTER);
        }
    }

    private Label header(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("picture-header");
        // The goal titles wrap when the picture is narrow; the headers of the bars keep their words.
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    void show(Assessment assessment) {
        for (int n = Goal.FIRST; n <= Goal.LAST; n++) {
            GoalAssessment goal = assessment.goal(n).orElse(null);
            boolean rated = goal != null && goal.isRelevant();
            positives[n].setVisible(rated);
            negatives[n].setVisible(rated);
            positives[n].setLevel(rated ? goal.positive() : -1);
            negatives[n].setLevel(rated ? goal.negative() : -1);
            notes[n].setText(goal == null ? texts.get("assessment.summary.notAssessed")
                    : rated ? "" : texts.name(Relevance.NOT_RELEVANT));
            notes[n].setVisible(!rated);
        }
    }

    GridPane node() {
        return grid;
    }
}
