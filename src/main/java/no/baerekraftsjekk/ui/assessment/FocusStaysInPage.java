package no.baerekraftsjekk.ui.assessment;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the keyboard in a page just opened until the person using it acts. When the control that
 * opened the page («Ny vurdering») leaves the window, JavaFX gives the focus to the window's first
 * control (the help menu above the page) on a later pulse, which may come after the step has taken
 * it; seen in the window tests on a busy machine. Until the first key or mouse press, a focus that
 * lands outside the page goes back to the step.
 */
final class FocusStaysInPage {
    private FocusStaysInPage() {
    }

    static void install(Parent page, Scene scene, Runnable focusStep) {
        ChangeListener<Node> back = (obs, old, now) -> {
            if (now != null && page.getScene() == scene && !isInside(now, page)) {
                // Not inside the focus change itself.
                Platform.runLater(focusStep);
            }
        };
        scene.focusOwnerProperty().addListener(back);
        EventHandler<InputEvent> acted = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                scene.focusOwnerProperty().removeListener(back);
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, acted);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, acted);
        page.sceneProperty().addListener((obs, was, now) -> {
            if (now != scene) {
                acted.handle(null);
            }
        });
    }

    private static boolean isInside(Node node, Parent page) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }
}
