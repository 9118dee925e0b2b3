import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Rectangle;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window, packaged exactly like the program
 * (same trimmed runtime, JavaFX jars on the class path, same launcher options, its own AOT cache)
 * and of the program's size. It reports its first frame the way the program's StartupProbe does:
 * once the frame is painted. Not part of the program.
 */
public final class BareWindow {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            // The program's size on a first start (WindowBounds): 1280 x 860, never larger than the
            // screen's visible area. A frame of as many pixels takes as long to paint and hand to
            // the window, which the first frame's time includes.
            Rectangle2D area = Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(new StackPane(new Label("Bærekraftsjekk"))));
            stage.setWidth(Math.min(1280, area.getWidth()));
            stage.setHeight(Math.min(860, area.getHeight()));
            stage.setTitle("Bærekraftsjekk");
            if (Boolean.getBoolean("baerekraftsjekk.startupProbe")) {
                stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> reportSecondPulse());
            }
            stage.show();
        }

        private static void reportSecondPulse() {
            long start = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        // As the program's StartupProbe: the frame is on screen once a one-pixel
                        // snapshot, rendered after it on the render thread, has returned, and the
                        // painted pixels, queued to the FX thread, have been handed to the window.
                        new Rectangle(1, 1).snapshot(null, new WritableImage(1, 1));
                        Platform.runLater(() -> report(start));
                    }
                }
            }.start();
        }

        private static void report(long start) {
            System.out.println("FIRST_FRAME " + (System.currentTimeMillis() - start));
            System.out.println("LIBRARY_SHOWN " + (System.currentTimeMillis() - start));
            System.out.flush();
            if (Boolean.getBoolean("baerekraftsjekk.exitAfterFirstFrame")
                    || Boolean.getBoolean("baerekraftsjekk.exitAfterLibrary")) {
                Platform.exit();
            }
        }
    }
}
