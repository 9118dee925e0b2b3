package no.baerekraftsjekk.ui.assessment;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Makes the step's fields read-only once the editor is: text stays selectable and readable by a
 * screen reader (not editable), choices and buttons are disabled, lists and scroll panes still
 * scroll. Steps build their controls lazily (a goal's form when the goal is chosen), so the step
 * area is locked again after each layout. The editor refuses edits as well; this only shows it.
 */
public final class ReadOnlyLock {
    /** Marks a part that changes nothing stored (making a report, opening it): it stays usable when locked. */
    private static final Object KEEP_USABLE = new Object();

    private ReadOnlyLock() {
    }

    /**
     * Leaves {@code node} and everything in it usable in a read-only editor: a reader of an approved
     * assessment (the political secretariat) makes its report and opens it, though it may not change it.
     */
    public static void keepUsable(Node node) {
        node.getProperties().put(KEEP_USABLE, Boolean.TRUE);
    }

    static void install(Parent area, ObservableBooleanValue readOnly) {
        Runnable lock = () -> {
            if (readOnly.get()) {
                lock(area);
            }
        };
        area.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(lock);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(lock);
            }
        });
        readOnly.addListener((obs, was, is) -> {
            Scene scene = area.getScene();
            if (is && scene != null) {
                lock(area);
            }
        });
    }

    static void lock(Node node) {
        if (node.getProperties().containsKey(KEEP_USABLE)) {
            return;
        }
        if (node instanceof TextInputControl text) {
            if (text.isEditable() && !text.editableProperty().isBound()) {
                text.setEditable(false);
            }
        } else if ((node instanceof ButtonBase && !(node instanceof Hyperlink)) || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider || node instanceof Spinner<?>) {
            if (!node.isDisable() && !node.disableProperty().isBound()) {
                node.setDisable(true);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                lock(child);
            }
        }
    }
}
