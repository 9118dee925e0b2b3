package no.baerekraftsjekk.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space opens a choice box or a combo box, as Alt+Down does: what a keyboard user tries first, and
 * what a button-like control does elsewhere in the window. An editable combo box takes Space as text.
 */
public final class SpaceOpensChoices {
    private SpaceOpensChoices() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            Node focused = scene.getFocusOwner();
            if (focused instanceof ComboBox<?> combo && !combo.isEditable() && !combo.isShowing() && !combo.isDisabled()) {
                combo.show();
                e.consume();
            } else if (focused instanceof ChoiceBox<?> choice && !choice.isShowing() && !choice.isDisabled()) {
                choice.show();
                e.consume();
            } else if (focused instanceof DatePicker) {
                // A date picker's field is for typing; Space stays a space.
                return;
            }
        });
    }
}
