package no.baerekraftsjekk.ui.assessment;

import javafx.scene.TraversalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import no.baerekraftsjekk.ui.common.FocusFollower;

/** Small helpers the step views share for text fields. */
public final class Fields {
    private Fields() {
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

    /**
     * Makes {@code scroll} follow the keyboard: when a control inside it gets the focus (Tab, a
     * mnemonic, a link from another step) it is scrolled into view, by the scene's one
     * {@link FocusFollower}. JavaFX does not do this by itself.
     */
    public static javafx.scene.control.ScrollPane followFocus(javafx.scene.control.ScrollPane scroll) {
        if (scroll.getScene() != null) {
            FocusFollower.install(scroll.getScene());
        }
        scroll.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                FocusFollower.install(scene);
            }
        });
        return scroll;
    }

    /** A field label tied to its control, so the mnemonic and screen readers find the control. */
    public static Label label(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMnemonicParsing(true);
        // At a large text size a long label wraps rather than being cut short.
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().add("field-label");
        return label;
    }
}
