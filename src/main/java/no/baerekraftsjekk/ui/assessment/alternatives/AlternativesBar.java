package no.baerekraftsjekk.ui.assessment.alternatives;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import no.baerekraftsjekk.domain.Alternative;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;
import no.baerekraftsjekk.ui.assessment.AssessmentEditorViewModel;

/**
 * Always above the steps: which alternative of the case the steps show, and a switch to another that
 * keeps the step; the comparison; and adding, naming, marking, moving and removing alternatives. An
 * assessment without alternatives shows only how to add one.
 */
public final class AlternativesBar {
    private final AssessmentEditorViewModel editor;
    private final AlternativesViewModel model;
    private final Texts texts;
    private final FlowPane switcher = new FlowPane(8, 6);
    private final FlowPane actions = new FlowPane(8, 6);
    private final TextField name = new TextField();
    private final Label refusal = new Label();
    private final BooleanProperty comparing = new SimpleBooleanProperty(false);
    private final VBox root;
    private final javafx.scene.control.MenuButton addMenu = new javafx.scene.control.MenuButton();

    public AlternativesBar(AssessmentEditorViewModel editor, AlternativesViewModel model, Texts texts) {
        this.editor = editor;
        this.model = model;
        this.texts = texts;
        name.setId("alternativeName");
        name.setPromptText(texts.get("alternatives.window.name.prompt"));
        name.setAccessibleText(texts.get("alternatives.window.name.prompt"));
        name.setPrefColumnCount(18);
        refusal.setId("alternativeRefusal");
        refusal.getStyleClass().add("alternative-refusal");
        refusal.setWrapText(true);
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.visibleProperty().bind(refusal.managedProperty());
        switcher.setAlignment(Pos.CENTER_LEFT);
        actions.setAlignment(Pos.CENTER_LEFT);
        // An assessment without alternatives gets one small menu in the header, not a row of its own:
        // most assessments never have alternatives, and the steps need the height.
        addMenu.setText(texts.get("alternatives.window.addEmpty"));
        addMenu.setId("addAlternativeMenu");
        // Who may only read it adds no alternative (the editor would refuse it anyway).
        addMenu.disableProperty().bind(editor.readOnlyProperty());
        javafx.scene.control.MenuItem empty = new javafx.scene.control.MenuItem(texts.get("alternatives.window.addMenu.empty"));
        empty.setOnAction(e -> add(-1));
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem(texts.get("alternatives.window.addMenu.copy"));
        copy.setOnAction(e -> add(0));
        addMenu.getItems().addAll(empty, copy);
        root = new VBox(6, switcher, actions, refusal);
        root.managedProperty().bind(root.visibleProperty());
        root.setId("alternativesBar");
        root.getStyleClass().add("alternatives-bar");
        root.setPadding(new Insets(8, 16, 8, 16));
        rebuild();
        editor.wholeCaseProperty().addListener((obs, o, v) -> rebuild());
        editor.alternativeProperty().addListener((obs, o, v) -> rebuild());
        model.canUndoRemoveProperty().addListener((obs, o, v) -> rebuild());
        comparing.addListener((obs, o, v) -> rebuild());
    }

    public Node node() {
        return root;
    }

    /** The header's "Legg til alternativ" for an assessment without alternatives; hidden for a case. */
    public Node addMenu() {
        return addMenu;
    }

    /** True while the comparison is shown in place of the step. */
    public BooleanProperty comparingProperty() {
        return comparing;
    }

    private void rebuild() {
        switcher.getChildren().clear();
        actions.getChildren().clear();
        boolean single = !editor.wholeCase().hasAlternatives();
        root.setVisible(!single || model.canUndoRemoveProperty().get());
        addMenu.setVisible(single);
        addMenu.setManaged(single);
        if (single) {
            comparing.set(false);
            if (model.canUndoRemoveProperty().get()) {
                actions.getChildren().add(button("undoRemoveAlternative", "alternatives.window.undoRemove", model::undoRemove));
            }
            return;
        }
        Label shown = new Label(texts.get("alternatives.window.shown"));
        switcher.getChildren().add(shown);
        ToggleGroup group = new ToggleGroup();
        // The editor sets the case and the index one after the other: between the two they may disagree.
        int current = Math.max(0, Math.min(editor.alternativeProperty().get(), editor.wholeCase().alternatives().size() - 1));
        for (int i = 0; i < editor.wholeCase().alternatives().size(); i++) {
            Alternative alternative = editor.wholeCase().alternatives().get(i);
            int index = i;
            ToggleButton toggle = new ToggleButton(alternative.zero()
                    ? texts.get("alternatives.window.zeroLabel", alternative.label()) : alternative.label());
            toggle.setId("alternative" + i);
            toggle.setToggleGroup(group);
            toggle.setSelected(!comparing.get() && i == current);
            toggle.setOnAction(e -> {
                comparing.set(false);
                model.show(index);
                rebuild();
            });
            switcher.getChildren().add(toggle);
        }
        ToggleButton compare = new ToggleButton(texts.get("alternatives.window.compare"));
        compare.setId("showComparison");
        compare.setToggleGroup(group);
        compare.setSelected(comparing.get());
        compare.setOnAction(e -> comparing.set(true));
        switcher.getChildren().add(compare);

        Alternative alternative = editor.wholeCase().alternatives().get(current);
        CheckBox zero = new CheckBox(texts.get("alternatives.window.zero"));
        zero.setId("zeroAlternative");
        zero.setSelected(alternative.zero());
        zero.setOnAction(e -> model.toggleZero(current));
        actions.getChildren().addAll(name,
                button("addEmptyAlternative", "alternatives.window.addEmpty", () -> add(-1)),
                button("addCopyAlternative", "alternatives.window.addCopy", () -> add(current)),
                button("renameAlternative", "alternatives.window.rename", () -> show(model.rename(current, name.getText()))),
                zero,
                button("moveAlternativeLeft", "alternatives.window.moveLeft", () -> model.move(current, -1)),
                button("moveAlternativeRight", "alternatives.window.moveRight", () -> model.move(current, 1)),
                button("removeAlternative", "alternatives.window.remove", () -> model.remove(current)));
        if (model.canUndoRemoveProperty().get()) {
            actions.getChildren().add(button("undoRemoveAlternative", "alternatives.window.undoRemove", model::undoRemove));
        }
        actions.getChildren().forEach(n -> n.setDisable(comparing.get() && n != name));
    }

    private void add(int copyOf) {
        int next = editor.wholeCase().alternatives().size() + 1;
        String typed = name.getText() == null ? "" : name.getText().strip();
        String label = typed.isEmpty() ? texts.get("alternatives.window.defaultName", Math.max(2, next)) : typed;
        Optional<Message> refused = model.add(label, copyOf, texts.get("alternatives.window.defaultName", 1));
        show(refused);
    }

    private void show(Optional<Message> refused) {
        refusal.setText(refused.map(texts::format).orElse(""));
        if (refused.isEmpty()) {
            name.clear();
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** For a caller that wants to hear of the comparison being shown or left. */
    public void onComparing(Consumer<Boolean> listener) {
        comparing.addListener((obs, o, v) -> listener.accept(v));
    }
}
