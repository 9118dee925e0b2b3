package no.baerekraftsjekk.ui.assessment.screening;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.ui.assessment.AssessmentGuidance;

/**
 * The compact list under the tiles: one line per goal marked not relevant, where the caseworker may
 * say why in a few words. Optional by design: the report shows the reasons given and names the rest.
 */
final class NotRelevantReasons {
    private final ScreeningViewModel model;
    private final AssessmentGuidance guidance;
    private final VBox box = new VBox(6);
    private final GridPane rows = new GridPane();
    /** One field per goal, made once: the list is rebuilt as goals are marked, the fields and their bindings are kept. */
    private final Map<Integer, TextField> fields = new HashMap<>();

    NotRelevantReasons(ScreeningViewModel model, AssessmentGuidance guidance) {
        this.model = model;
        this.guidance = guidance;
        var texts = guidance.texts();
        Label heading = new Label(texts.get("assessment.windowSmall.reasons.title"));
        heading.getStyleClass().add("field-label");
        Label hint = new Label(texts.get("assessment.windowSmall.reasons.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        rows.setHgap(10);
        rows.setVgap(6);
        box.setId("notRelevantReasons");
        box.getStyleClass().add("not-relevant-reasons");
        box.getChildren().setAll(heading, hint, rows);
        model.notRelevantGoals().addListener((ListChangeListener<Integer>) change -> rebuild());
        rebuild();
    }

    Node node() {
        return box;
    }

    /** The field for a goal's reason, for tests and for focus; null while the goal is not marked not relevant. */
    TextField field(int goal) {
        return model.notRelevantGoals().contains(goal) ? fields.get(goal) : null;
    }

    private void rebuild() {
        rows.getChildren().clear();
        int row = 0;
        for (int goal : model.notRelevantGoals()) {
            TextField field = fields.computeIfAbsent(goal, this::newField);
            Label name = new Label(guidance.texts().get("assessment.windowSmall.reasons.goal", goal, guidance.goalTitle(goal)));
            name.setLabelFor(field);
            name.setMinWidth(Label.USE_PREF_SIZE);
            GridPane.setHgrow(field, Priority.ALWAYS);
            rows.addRow(row++, name, field);
        }
        box.setVisible(row > 0);
        box.setManaged(row > 0);
    }

    private TextField newField(int goal) {
        TextField field = new TextField();
        field.setId("notRelevantReason" + goal);
        field.setPromptText(guidance.texts().get("assessment.windowSmall.reasons.prompt"));
        field.setAccessibleText(guidance.texts().get("assessment.windowSmall.reasons.accessible", goal, guidance.goalTitle(goal)));
        field.textProperty().bindBidirectional(model.reasonProperty(goal));
        return field;
    }
}
