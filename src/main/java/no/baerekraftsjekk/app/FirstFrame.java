package no.baerekraftsjekk.app;

import javafx.animation.AnimationTimer;

/**
 * Runs an action once the window's first frame is on screen. A pulse lays the scene out and hands
 * it to the render thread; the next pulse starts only when that frame is drawn, so the second
 * pulse from now is the first moment the frame is known to be visible.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Call on the FX thread, right after showing the stage. */
    static void whenDrawn(Runnable action) {
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
