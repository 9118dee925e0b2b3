package no.baerekraftsjekk.ui.common;

import javafx.animation.AnimationTimer;

/**
 * Runs an action once the frame JavaFX is preparing now is on screen. A pulse lays the scene out and
 * hands it to the render thread; the next pulse starts only when that frame is drawn, so the second
 * pulse from now is the first moment the frame is known to be visible.
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
                    action.run();
                }
            }
        }.start();
    }
}
