package no.baerekraftsjekk.ui.assessment.rating;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;
import no.baerekraftsjekk.ui.assessment.Step;
import no.baerekraftsjekk.ui.assessment.StepView;

/** Step 3, Vurdering: the list of relevant goals, the rating form, and the guidance beside it. */
public final class RatingView implements StepView {
    private final RatingViewModel model;
    private final GoalList goals;
    private final RatingForm form;
    private final HBox box;

    public RatingView(RatingViewModel model) {
        this.model = model;
        goals = new GoalList(model);
        form = new RatingForm(model, () -> model.editor().next());
        GuidancePanel guidance = new GuidancePanel(model);
        box = new HBox(12, goals.node(), form.node(), guidance.node());
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
