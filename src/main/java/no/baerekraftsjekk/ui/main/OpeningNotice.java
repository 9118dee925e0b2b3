package no.baerekraftsjekk.ui.main;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * What the window shows while the library opens: words at once, a spinner only if the wait is long
 * enough to notice (the library is usually open within a few hundred milliseconds, and a spinner
 * cost the first frame 25 ms). It is the whole of the first frame, which is drawn before the theme
 * is loaded (another 25–30 ms), so it is made of a text and layout panes only: the first control
 * would make JavaFX load its own theme. app.css gives it the theme's colour and font, written out.
 */
final class OpeningNotice {
    /** How long the library may take to open before a spinner joins the words saying so. */
    static final Duration SPINNER_DELAY = Duration.millis(400);
    private static final double SPINNER_SIZE = 32;

    private final VBox box;

    OpeningNotice(String words) {
        Text text = new Text(words);
        text.getStyleClass().add("opening-text");
        // The spinner's room is kept from the start, so the words do not move when it comes.
        Region room = new Region();
        room.setMinSize(SPINNER_SIZE, SPINNER_SIZE);
        room.setMaxSize(SPINNER_SIZE, SPINNER_SIZE);
        box = new VBox(12, room, text);
        box.setAlignment(Pos.CENTER);
        box.setAccessibleText(words);
    }

    Node node() {
        return box;
    }

    /** Call once the theme is loaded: the spinner is a control. It comes only if the notice is still shown. */
    void spinAfterDelay() {
        PauseTransition patience = new PauseTransition(SPINNER_DELAY);
        patience.setOnFinished(e -> {
            if (box.getScene() != null) {
                ProgressIndicator progress = new ProgressIndicator();
                progress.setMaxSize(SPINNER_SIZE, SPINNER_SIZE);
                box.getChildren().set(0, progress);
            }
        });
        patience.play();
    }
}
