package no.baerekraftsjekk.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import no.baerekraftsjekk.ui.common.FrameDrawn;

/**
 * Tells the installer's smoke test and start-up benchmark when the window has drawn its first
 * frame and when the library is shown, as lines on standard output ("FIRST_FRAME 734", in ms since
 * the process started), and can end the program there. Off unless the system property
 * {@code baerekraftsjekk.startupProbe} is true; the build also uses it to train the AOT cache.
 */
public final class StartupProbe {
    static final String ENABLED = "baerekraftsjekk.startupProbe";
    static final String EXIT_AFTER_FIRST_FRAME = "baerekraftsjekk.exitAfterFirstFrame";
    static final String EXIT_AFTER_LIBRARY = "baerekraftsjekk.exitAfterLibrary";
    static final String EXIT_WHEN_USABLE = "baerekraftsjekk.exitWhenUsable";

    private final boolean enabled;
    private final boolean exitAfterFirstFrame;
    private final boolean exitAfterLibrary;
    private final boolean exitWhenUsable;
    private final PrintStream out;
    private final Instant processStart;

    StartupProbe(boolean enabled, boolean exitAfterFirstFrame, boolean exitAfterLibrary, PrintStream out, Instant processStart) {
        this(enabled, exitAfterFirstFrame, exitAfterLibrary, false, out, processStart);
    }

    StartupProbe(boolean enabled, boolean exitAfterFirstFrame, boolean exitAfterLibrary, boolean exitWhenUsable,
            PrintStream out, Instant processStart) {
        this.enabled = enabled;
        this.exitAfterFirstFrame = exitAfterFirstFrame;
        this.exitAfterLibrary = exitAfterLibrary;
        this.exitWhenUsable = exitWhenUsable;
        this.out = Objects.requireNonNull(out);
        this.processStart = Objects.requireNonNull(processStart);
    }

    public static StartupProbe fromSystemProperties() {
        boolean enabled = Boolean.getBoolean(ENABLED);
        Instant start = enabled ? ProcessStart.estimate() : Instant.now();
        return new StartupProbe(enabled, Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME),
                Boolean.getBoolean(EXIT_AFTER_LIBRARY), Boolean.getBoolean(EXIT_WHEN_USABLE), System.out, start);
    }

    public static StartupProbe off() {
        return new StartupProbe(false, false, false, System.out, Instant.now());
    }

    /** Call before the stage is shown. */
    public void watch(Stage stage) {
        if (enabled) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> FrameDrawn.then(() -> report("FIRST_FRAME", exitAfterFirstFrame)));
        }
    }

    /**
     * True when the program ends at its first frame: the build's AOT training run. It then must not
     * start opening the library, or the classes of that work, loaded by chance before the JVM
     * exits, land in the cache and are loaded before main on every start.
     */
    public boolean endsAtFirstFrame() {
        return enabled && exitAfterFirstFrame;
    }

    /** True when the program ends once its library is usable: the build's AOT training and the start-up benchmark. */
    public boolean endsWhenUsable() {
        return enabled && exitWhenUsable;
    }

    /** Call once the library has been put in the window. */
    public void libraryShown() {
        if (enabled) {
            Platform.runLater(() -> report("LIBRARY_SHOWN", exitAfterLibrary));
        }
    }

    /**
     * Call on the FX thread once the library is usable: its list drawn with rows, the search field
     * taking typing and the first row selectable. This, not the first frame, is what the caseworker waits for.
     */
    public void libraryUsable() {
        if (enabled) {
            // Rows exist and a frame with them was handed to the render thread: report once it is painted.
            FrameDrawn.afterPainting(() -> report("LIBRARY_USABLE", exitWhenUsable));
        }
    }

    /** A step on the way to the usable library, for finding where start-up time goes ("PHASE name ms"). */
    public void phase(String name) {
        if (enabled) {
            synchronized (out) {
                out.println("PHASE " + name + " " + Duration.between(processStart, Instant.now()).toMillis());
                out.flush();
            }
        }
    }

    private void report(String event, boolean exit) {
        out.println(event + " " + Duration.between(processStart, Instant.now()).toMillis());
        out.flush();
        if (exit) {
            // The log is written only after the first frame. A run that ends there (the AOT
            // training among them) writes it first, so the cache holds the classes that do it.
            DeferredLogging.firstFrameDrawn();
            DeferredLogging.awaitDone();
            Platform.exit();
        }
    }
}
