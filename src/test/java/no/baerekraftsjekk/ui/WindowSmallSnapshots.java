package no.baerekraftsjekk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** Snapshots of the window-small branch's screens, together under target/snapshots/window-small/ for a person to look at. */
public final class WindowSmallSnapshots {
    private WindowSmallSnapshots() {
    }

    public static Path save(Scene scene, String name) {
        try {
            Files.createDirectories(Path.of("target", "snapshots", "window-small"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return TestSnapshots.save(scene, "window-small/" + name);
    }
}
