package no.baerekraftsjekk.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;

/**
 * Runs an action once the frame JavaFX is preparing now is on screen. A pulse lays the scene out
 * and hands the frame to the render thread; at the second pulse from now it has been handed over,
 * but JavaFX's software pipeline (no GPU: under Xvfb, and on many remote desktops) may paint it for
 * another 20–90 ms, and then hands the pixels to the window through the FX thread's queue. Work
 * started before that would hold the frame back, so the action waits for both.
 */
public final class FrameDrawn {
    private FrameDrawn() {
    }

    /** Call on the FX thread, right after showing a stage or putting a screen in one. */
    public static void then(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    afterPainting(action);
                }
            }
        }.start();
    }

    /**
     * Runs {@code action} on the FX thread once every frame handed to the render thread so far is
     * painted and in the window. A snapshot of one pixel is rendered on that thread after them, so
     * it returns once they are painted (with a GPU, presented); the software pipeline's pixels are
     * then queued to the FX thread, and the action is queued behind them. Call on the FX thread,
     * which waits for the painting.
     */
    public static void afterPainting(Runnable action) {
        new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
        Platform.runLater(action);
    }
}
