package no.baerekraftsjekk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves what a scene looks like as {@code target/snapshots/<name>.png}, for a person to look at.
 * Copies the pixels by hand because javafx-swing (SwingFXUtils) is not a dependency.
 */
public final class TestSnapshots {
    private static final Path FOLDER = Path.of("target", "snapshots");

    private TestSnapshots() {
    }

    public static Path save(Scene scene, String name) {
        WritableImage image = onFxThread(scene);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path file = FOLDER.resolve(name + ".png");
            // A name may hold a folder: "a11y/light-100-library".
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WritableImage onFxThread(Scene scene) {
        if (Platform.isFxApplicationThread()) {
            return scene.snapshot(null);
        }
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                image.complete(scene.snapshot(null));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        try {
            return image.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not take a snapshot of the scene", e);
        }
    }
}
