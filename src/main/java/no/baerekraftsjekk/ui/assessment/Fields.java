package no.baerekraftsjekk.ui.assessment;

import javafx.scene.TraversalDirection;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

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
     * mnemonic, a link from another step) it is scrolled into view. JavaFX does not do this by itself.
     */
    public static javafx.scene.control.ScrollPane followFocus(javafx.scene.control.ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, oldScene, scene) -> {
            // Steps leave and re-enter the scene as the caseworker moves; listen once per scene.
            if (scene != null && scroll.getProperties().put("followFocus.scene", scene) != scene) {
                scene.focusOwnerProperty().addListener((o, old, focused) -> reveal(scroll, focused));
            }
        });
        return scroll;
    }

    private static void reveal(javafx.scene.control.ScrollPane scroll, javafx.scene.Node focused) {
        javafx.scene.Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        javafx.geometry.Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (node.getMinY() < top) {
            // Room for the field's label above it.
            newTop = node.getMinY() - 40;
        } else if (node.getMaxY() > top + viewport) {
            newTop = Math.min(node.getMinY() - 8, node.getMaxY() - viewport + 8);
        }
        scroll.setVvalue(Math.clamp(newTop / (contentHeight - viewport), 0.0, 1.0));
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
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
