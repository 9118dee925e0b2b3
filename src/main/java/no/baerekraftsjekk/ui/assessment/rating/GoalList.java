package no.baerekraftsjekk.ui.assessment.rating;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;

/** The relevant goals to jump between, each marked when it still lacks a justification. */
final class GoalList {
    private final ListView<Integer> list;

    GoalList(RatingViewModel model) {
        Texts texts = model.guidance().texts();
        list = new ListView<>(model.relevantGoals());
        list.setId("ratingGoals");
        list.getStyleClass().add("rating-goals");
        list.setAccessibleText(texts.get("assessment.rating.goals.accessible"));
        // A row of goal chips above the form, so the form and the guidance get the width.
        list.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
        // In em, to grow with the text size.
        list.setStyle("-fx-fixed-cell-size: 5.3em; -fx-pref-height: 4.15em; -fx-min-height: 4.15em; -fx-max-height: 4.15em;");
        list.setCellFactory(view -> new GoalCell(model));
        list.getSelectionModel().select(Integer.valueOf(model.selectedGoalProperty().get()));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, goal) -> {
            if (goal != null) {
                model.select(goal);
            }
        });
        model.selectedGoalProperty().addListener((obs, old, goal) -> {
            list.getSelectionModel().select(Integer.valueOf(goal.intValue()));
            list.scrollTo(Integer.valueOf(goal.intValue()));
        });
        model.editor().analysisProperty().addListener((obs, old, now) -> list.refresh());
    }

    ListView<Integer> node() {
        return list;
    }

    private static final class GoalCell extends ListCell<Integer> {
        private final RatingViewModel model;
        private final AssessmentGuidance guidance;
        private final Texts texts;
        private final Label chip = new Label();
        private final Label state = new Label();
        private final HBox box;

        GoalCell(RatingViewModel model) {
            this.model = model;
            this.guidance = model.guidance();
            this.texts = guidance.texts();
            chip.getStyleClass().add("goal-chip");
            state.getStyleClass().add("goal-list-state");
            box = new HBox(6, chip, state);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Integer goal, boolean empty) {
            super.updateItem(goal, empty);
            if (empty || goal == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Goal g = model.guidance().goals().goal(goal);
            chip.setText(Integer.toString(goal));
            chip.setStyle("-fx-background-color: " + g.colour() + "; -fx-text-fill: "
                    + ("white".equalsIgnoreCase(g.textColour()) ? "#ffffff" : "#000000") + ";");
            boolean needsWork = model.needsWork(goal);
            String stateText = needsWork ? texts.get("assessment.rating.missingJustification") : texts.get("assessment.rating.justified");
            state.setText(needsWork ? "!" : "✓");
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("attention"), needsWork);
            setGraphic(box);
            setText(null);
            setTooltip(new javafx.scene.control.Tooltip(guidance.goalName(g) + ": " + stateText));
            setAccessibleText(guidance.goalName(g) + ": " + stateText);
        }
    }
}
