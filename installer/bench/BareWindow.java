import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window, packaged exactly like the program
 * (same trimmed runtime, JavaFX jars on the class path, same launcher options, its own AOT cache).
 * It reports its first frame the way the program's StartupProbe does. Not part of the program.
 */
public final class BareWindow {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Bærekraftsjekk")), 1100, 720));
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
                        System.out.println("FIRST_FRAME " + (System.currentTimeMillis() - start));
                        System.out.println("LIBRARY_SHOWN " + (System.currentTimeMillis() - start));
                        System.out.flush();
                        if (Boolean.getBoolean("baerekraftsjekk.exitAfterFirstFrame")
                                || Boolean.getBoolean("baerekraftsjekk.exitAfterLibrary")) {
                            Platform.exit();
                        }
                    }
                }
            }.start();
        }
    }
}
