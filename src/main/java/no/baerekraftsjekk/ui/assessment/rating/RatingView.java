package no.baerekraftsjekk.ui.assessment.rating;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.SideColumn;
import no.baerekraftsjekk.ui.assessment.Step;
import no.baerekraftsjekk.ui.assessment.StepView;

/** Step 3, Vurdering: the list of relevant goals, the rating form, and the guidance beside it. */
public final class RatingView implements StepView {
    /** Room for the two vertical scroll bars (form and guidance) when they stand side by side. */
    private static final double SCROLL_BARS = 32;

    private final RatingViewModel model;
    private final GoalList goals;
    private final RatingForm form;
    private final javafx.scene.layout.VBox box;

    public RatingView(RatingViewModel model) {
        this.model = model;
        goals = new GoalList(model);
        form = new RatingForm(model, () -> model.editor().next());
        GuidancePanel guidance = new GuidancePanel(model);
        javafx.scene.control.Label goalsLabel = new javafx.scene.control.Label(
                model.guidance().texts().get("assessment.rating.goals"));
        goalsLabel.setLabelFor(goals.node());
        goalsLabel.setMnemonicParsing(true);
        goalsLabel.getStyleClass().add("field-label");
        goalsLabel.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        HBox goalRow = new HBox(10, goalsLabel, goals.node());
        goalRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(goals.node(), javafx.scene.layout.Priority.ALWAYS);
        HBox formAndGuidance = new HBox(16, form.node(), guidance.node());
        javafx.scene.layout.VBox.setVgrow(formAndGuidance, javafx.scene.layout.Priority.ALWAYS);
        box = new javafx.scene.layout.VBox(10, goalRow, formAndGuidance);
        // The guidance beside the form on a wide window, below it (in the form's scroll) on a narrow one.
        new SideColumn(box, guidance.beside(), form.column(), guidance.content(),
                () -> form.minFormWidth() + formAndGuidance.getSpacing() + guidance.widthBeside() + SCROLL_BARS);
        goals.node().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                form.focusFirst();
                e.consume();
            }
        });
        model.editor().goalFocusProperty().addListener((obs, old, focus) -> {
            if (focus != null && focus.step() == Step.ASSESSMENT) {
                model.select(focus.goal());
                form.focusFirst();
            }
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void shown() {
        AssessmentEditorViewModel.GoalFocus focus = model.editor().goalFocusProperty().get();
        if (focus != null && focus.step() == Step.ASSESSMENT) {
            model.select(focus.goal());
        }
        if (model.selectedGoalProperty().get() == RatingViewModel.NONE) {
            goals.node().requestFocus();
        } else {
            form.focusFirst();
        }
    }
}
