package no.baerekraftsjekk.ui.assessment;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.TraversalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Small helpers the step views share for text fields. */
public final class Fields {
    private Fields() {
    }

    /**
     * Keeps a text control and a view-model value in step without moving the caret: the control is
     * only written when the value differs from what it shows (e.g. when another goal is selected).
     */
    public static void sync(TextInputControl control, ObservableValue<String> value, Consumer<String> onTyped) {
        control.setText(Objects.requireNonNullElse(value.getValue(), ""));
        value.addListener((obs, old, now) -> {
            String text = Objects.requireNonNullElse(now, "");
            if (!text.equals(control.getText())) {
                control.setText(text);
            }
        });
        control.textProperty().addListener((obs, old, now) -> onTyped.accept(now));
    }

    /** A wrapping text area where Tab moves on, as keyboard users expect in a form; Ctrl+Tab too. */
    public static TextArea textArea(String accessibleName, int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setAccessibleText(accessibleName);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        return area;
    }

    /** A field label tied to its control, so the mnemonic and screen readers find the control. */
    public static Label label(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMnemonicParsing(true);
        label.getStyleClass().add("field-label");
        return label;
    }
}
