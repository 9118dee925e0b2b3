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
 * Puts the keyboard in a page just opened, and keeps it there until the person using it acts.
 *
 * <p>When the control that opened the page («Ny vurdering») leaves the window, JavaFX moves the
 * focus on the scene's next pulse: to the window's first control, which is «Til biblioteket» once
 * the page is in. The step's fields cannot take the focus before that same pulse either: a field
 * in a scroll pane joins the scene only when the pulse's CSS pass makes the pane's skin, so a
 * request made sooner does nothing. On a busy machine the pulse comes late, after every early
 * request has run, and the first keys went to «Til biblioteket». So the step asks for the focus
 * after the first pulse that lays the page out: the cleanup has run, and the fields are there.
 *
 * <p>Until the first key or mouse press, a focus that lands outside the page (the help menu above
 * it) also goes back to the step.
 */
final class FocusStaysInPage {
    private FocusStaysInPage() {
    }

    static void install(Parent page, Scene scene, Runnable focusStep) {
        Runnable afterFirstLayout = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (page.getScene() == scene) {
                    focusStep.run();
                }
            }
        };
        scene.addPostLayoutPulseListener(afterFirstLayout);
        Platform.requestNextPulse();
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
                scene.removePostLayoutPulseListener(afterFirstLayout);
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
