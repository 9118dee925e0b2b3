package no.baerekraftsjekk.ui.assessment;

import javafx.scene.Node;
import javafx.scene.control.Label;
import no.baerekraftsjekk.ui.UiServices;

/** Makes the view of each step. */
final class StepViews {
    private StepViews() {
    }

    static StepView create(Step step, AssessmentEditorViewModel editor, AssessmentGuidance guidance, UiServices services) {
        Label placeholder = new Label(step.title());
        return new StepView() {
            @Override
            public Node node() {
                return placeholder;
            }

            @Override
            public void shown() {
            }
        };
    }
}
