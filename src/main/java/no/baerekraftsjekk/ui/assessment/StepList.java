package no.baerekraftsjekk.ui.assessment;

import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The seven steps on the left, each with its state as an icon and a word. Selecting a step shows it;
 * Enter moves into the step, Escape goes back to the library.
 */
final class StepList {
    private final ListView<Step> list = new ListView<>(FXCollections.observableArrayList(Step.values()));
    private final AssessmentEditorViewModel editor;
    private final Texts texts;

    StepList(AssessmentEditorViewModel editor, Texts texts, Runnable onEscape, Runnable onEnter) {
        this.editor = editor;
        this.texts = texts;
        list.getStyleClass().add("step-list");
        list.setId("stepList");
        list.setAccessibleText(texts.get("assessment.stepList.name"));
        list.setCellFactory(view -> new StepCell());
        compact(false);
        list.getSelectionModel().select(editor.currentStepProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            if (step != null) {
                editor.currentStepProperty().set(step);
            }
        });
        editor.currentStepProperty().addListener((obs, old, step) -> list.getSelectionModel().select(step));
        editor.stepStatesProperty().addListener((obs, old, states) -> list.refresh());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onEscape.run();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onEnter.run();
            }
        });
    }

    ListView<Step> node() {
        return list;
    }

    /**
     * At a large text size the list gives the step its room: narrower, each step's name wrapping
     * onto a second line and its state in the icon (✓, ○, !) and the tooltip instead of a line of
     * its own (screen readers still hear it). Sizes in em (14 px at 100 %): the list grows with the
     * text size chosen in the settings.
     */
    void compact(boolean compact) {
        if (compact == this.compact && list.getStyle() != null && !list.getStyle().isEmpty()) {
            return;
        }
        this.compact = compact;
        double cell = compact ? 3.1 : 4;
        list.setStyle((compact ? "-fx-pref-width: 11.7em; -fx-min-width: 11.7em;" : "-fx-pref-width: 16em; -fx-min-width: 14.3em;")
                + " -fx-fixed-cell-size: " + cell + "em; -fx-pref-height: " + (cell * Step.values().length + 0.3) + "em;");
        list.pseudoClassStateChanged(COMPACT, compact);
        list.refresh();
    }

    private static final javafx.css.PseudoClass COMPACT = javafx.css.PseudoClass.getPseudoClass("compact");
    private boolean compact;

    private final class StepCell extends ListCell<Step> {
        private final Label icon = new Label();
        private final Label name = new Label();
        private final Label state = new Label();
        private final HBox box;

        StepCell() {
            icon.getStyleClass().add("step-icon");
            name.getStyleClass().add("step-name");
            state.getStyleClass().add("step-state");
            javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(name, state);
            name.setMinWidth(0);
            name.setMinHeight(Label.USE_PREF_SIZE);
            HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
            text.setMinWidth(0);
            box = new HBox(10, icon, text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // Never wider than the list, so no horizontal scroll bar appears under the steps.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().removeIf(c -> c.startsWith("step-"));
            if (empty || step == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Map<Step, StepState> states = editor.stepStatesProperty().get();
            StepState stepState = states.get(step);
            icon.setText(stepState.icon());
            name.setText(step.number() + "  " + texts.get(step.titleKey()));
            state.setText(texts.get(stepState.labelKey()));
            // Compact: the name may wrap, the state is told by the icon and the tooltip.
            name.setWrapText(compact);
            state.setVisible(!compact);
            state.setManaged(!compact);
            box.setSpacing(compact ? 6 : 10);
            box.setAlignment(compact ? javafx.geometry.Pos.TOP_LEFT : javafx.geometry.Pos.CENTER_LEFT);
            setTooltip(compact ? new javafx.scene.control.Tooltip(texts.get(step.titleKey()) + ": " + texts.get(stepState.labelKey())) : null);
            getStyleClass().add(stepState.styleClass());
            setGraphic(box);
            setText(null);
            setAccessibleText(texts.get("assessment.stepList.accessible", step.number(), texts.get(step.titleKey()), texts.get(stepState.labelKey())));
        }
    }
}
